"""``find()``: every citation in running text, with exact spans.

Two steps, kept apart: a scan proposes where a citation may start (a head word such as
"Kamerstuk", a KOOP identifier, a zaak number, or a dossier number in a shape only citations
have), then the grammar reads the longest citation that starts there and decides what it is.
The scan never decides a field.

>>> text = "Zie de brief (Kamerstuk 33694, Nr. 20) en Stb. 2019, 123."
>>> [(m.text, m.citation.identifier) for m in find(text)]
[('Kamerstuk 33694, Nr. 20', 'kst-33694-20'), ('Stb. 2019, 123', 'stb-2019-123')]
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from .candidates import starts
from .citations import Citation, Kamerstuk
from .found import Found
from .hyphens import Dehyphenated

__all__ = ["Match", "find"]

#: How far past its start a citation may reach; longer runs are cut (lists stay far below).
WINDOW = 1200


@attrs.frozen
class Match:
    """A citation found in text: ``text[m.start:m.end] == m.text``.

    Several documents named by one phrase ("nrs. 31 en 32") share the phrase's span.
    """

    citation: Citation
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, object]:
        """The citation's fields plus ``start``, ``end`` and ``text``: JSON-ready."""
        return {**self.citation.to_dict(), "start": self.start, "end": self.end, "text": self.text}


def find(text: str) -> Iterator[Match]:
    """Every citation in ``text``, one :class:`Match` per cited document, in text order.

    Never raises on a ``str``; runs in time linear in the text.
    """
    if not isinstance(text, str):
        raise TypeError(f"find() expects text as a str, got {type(text).__name__}")
    source = Dehyphenated.of(text)
    for found in _scan(source.text):
        start, end = source.original_span(found.start, found.end)
        yield Match(found.citation, start, end, text[start:end])


def _scan(text: str) -> Iterator[Found]:
    from .prefix import longest_citation  # loads the grammar on first use

    position = 0
    for start in starts(text):
        if start < position:
            continue  # inside the citation just read
        found = longest_citation(text, start, min(len(text), start + WINDOW))
        if found and not _bare_number(text, found):
            yield from found
            position = max(f.end for f in found)


def _bare_number(text: str, found: list[Found]) -> bool:
    """True for a lone number read as a whole dossier without anything that says it is one: no
    head word, no suffix, no parentheses around it ("33694" left of "-33694-", or of an
    unfinished ", nr."). A bill number in parentheses after its title, "(34556)", does count."""
    if len(found) != 1:
        return False
    citation, start, end = found[0].citation, found[0].start, found[0].end
    if not isinstance(citation, Kamerstuk) or citation.ondernummer or citation.dossier.suffixes:
        return False
    if not text[start].isdigit():
        return False  # a head word ("Kamerstuk 35 111", "wetsvoorstel 34556") says it is
    return not (text[start - 1 : start] == "(" and text[end : end + 1] == ")")
