"""``Found``: one cited document and the span of text that names it (the grammar's output).

>>> from kamerstuk.citations import Staatsblad
>>> Found(Staatsblad(year=2019, number="123"), 4, 18).end
18
"""

from __future__ import annotations

import attrs

from .citations import Citation

__all__ = ["Found"]


@attrs.frozen
class Found:
    """One cited document and the span ``[start, end)`` of the text that names it."""

    citation: Citation
    start: int
    end: int
