"""What the grammar and find() give: a cited document and the span of text that names it.

:class:`Found` is the grammar's output (spans into the text it read); :class:`Match` is what
:func:`kamerstuk.find` yields (spans into the text the user gave, and that text).

>>> from kamerstuk.model.bladen import Staatsblad
>>> Found(Staatsblad(year=2019, number="123"), 4, 18).end
18
"""

from __future__ import annotations

import html
from typing import Any

import attrs

from ._construct import reduce_fields
from .citations import Citation

__all__ = ["Found", "Match"]


@attrs.frozen
class Found:
    """One cited document and the span ``[start, end)`` of the text that names it.

    ``marked`` is True where the grammar read what makes a lone number a citation around it:
    parentheses, an agenda line's dash, a table's bars, a heading's title.
    """

    citation: Citation
    start: int
    end: int
    marked: bool = False


@attrs.frozen
class Match:
    """A citation found in text: ``text[m.start:m.end] == m.text``.

    Several documents named by one phrase ("nrs. 31 en 32") share the phrase's span. A
    back-reference ("t.a.p., p. 7", "stuk nr. 12") has ``short_form`` True: its ``citation`` is
    the full citation it stands for, and ``antecedent`` the match it refers to (None where it
    names the document being read, ``find(text, context=...)``).
    """

    citation: Citation
    start: int
    end: int
    text: str
    short_form: bool = False
    antecedent: Match | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as its fields' values, rebuilt by a fast constructor (find_many's workers).
        return reduce_fields(self)

    def to_dict(self) -> dict[str, object]:
        """The citation's fields plus ``start``, ``end`` and ``text``: JSON-ready."""
        return {**self.citation.to_dict(), "start": self.start, "end": self.end, "text": self.text}

    def _repr_html_(self) -> str:
        """How Jupyter shows a match: the text as written, where, and the citation it names.

        >>> from kamerstuk.model.bladen import Staatsblad
        >>> m = Match(Staatsblad(year=2019, number="123"), 4, 18, "Stb. 2019, 123")
        >>> print(m._repr_html_())  # doctest: +ELLIPSIS
        <span class='kamerstuk-match' title='characters 4-18'>Stb. 2019, 123</span> &rarr; \
<span class='kamerstuk-citation' title='staatsblad'><a href=".../stb-2019-123.html">...</a></span>
        """
        written = html.escape(self.text)
        where = f"characters {self.start}-{self.end}"
        shown = f"<span class='kamerstuk-match' title='{where}'>{written}</span>"
        return f"{shown} &rarr; {self.citation._repr_html_()}"
