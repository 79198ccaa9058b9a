"""The longest citation that starts at a given place in running text.

The grammar is fed token by token; after each token it says whether the text so far is a
complete citation. The last such point is where the citation ends: "Kamerstuk 33694, Nr. 20)"
ends before the parenthesis, "Kamerstuk 33694, nr." ends before "nr." (which is incomplete).

>>> [f.citation.identifier for f in longest_citation("(Kamerstuk 33694, Nr. 20). Zie", 1, 30)]
['kst-33694-20']
"""

from __future__ import annotations

from .found import Found
from .parsing import engine

__all__ = ["longest_citation"]


def longest_citation(text: str, start: int, limit: int) -> list[Found] | None:
    """The documents named by the longest citation in ``text[start:limit]`` that starts at
    ``start``, with spans into ``text``; None when no citation starts there."""
    result = engine().longest(text, start, limit)
    if result is None:
        return None
    found: list[Found] = result[0]
    return found
