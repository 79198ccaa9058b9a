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

from ..grammar.parsing import engine
from ..model.citations import Citation, Kamerstuk
from ..model.found import Found, Match
from .backrefs import Trail, context_citation
from .candidates import back_references, starts
from .hyphens import Dehyphenated

__all__ = ["WINDOW", "Match", "find"]

#: How far past its start a citation may reach; longer runs are cut (lists stay far below).
WINDOW = 1200


def find(text: str, context: Citation | str | None = None) -> Iterator[Match]:
    """Every citation in ``text``, one :class:`Match` per cited document, in text order.

    Back-references ("t.a.p., p. 7", "stuk nr. 12") are yielded as the full citation they stand
    for (``m.short_form``, ``m.antecedent``); ``context`` is the Kamerstuk being read (its
    citation, text or identifier: ``"kst-36200-VII-3"``), which "stuk nr. 12" and "nr. 12 van
    dit wetsvoorstel" may refer to. A short form that refers to nothing is left out.

    Never raises on a ``str``; runs in time linear in the text.

    >>> [m.citation.identifier for m in find("Het amendement (stuk nr. 12)", context="kst-36200-3")]
    ['kst-36200-12']
    """
    if not isinstance(text, str):
        raise TypeError(f"find() expects text as a str, got {type(text).__name__}")
    trail = Trail(context_citation(context))
    source = Dehyphenated.of(text)
    for found in _scan(source.text):
        start, end = source.original_span(found.start, found.end)
        match = trail.follow(Match(found.citation, start, end, text[start:end]))
        if match is not None:
            yield match


def _scan(text: str) -> Iterator[Found]:
    longest = engine().longest  # the grammar is loaded on first use, not on import
    position = 0
    main = starts(text)
    # Back-references are looked for once a citation has been read: one before any citation
    # refers to nothing, and text without citations is spared their passes.
    shorts: Iterator[int] = iter(())
    next_main, next_short = next(main, None), None
    while next_main is not None or next_short is not None:
        if next_short is not None and (next_main is None or next_short < next_main):
            start, next_short = next_short, next(shorts, None)
        else:
            assert next_main is not None
            start, next_main = next_main, next(main, None)
        if start < position:
            continue  # inside the citation just read
        result = longest(text, start, min(len(text), start + WINDOW))
        found: list[Found] | None = result[0] if result else None
        if found and not _bare_number(text, found):
            yield from found
            if not position:
                shorts = back_references(text, max(f.end for f in found))
                next_short = next(shorts, None)
            position = max(f.end for f in found)


def _bare_number(text: str, found: list[Found]) -> bool:
    """True for a lone number read as a whole dossier without anything that says it is one: no
    head word, no suffix, nothing the grammar marks it by ("33694" left of "-33694-", or of an
    unfinished ", nr."). A bill number in parentheses after its title, "(34556)", an agenda
    line's or a table's bill number and a heading do count (``Found.marked``)."""
    if len(found) != 1:
        return False
    citation, start = found[0].citation, found[0].start
    if not isinstance(citation, Kamerstuk) or citation.ondernummer or citation.dossier.suffixes:
        return False
    # A head word ("Kamerstuk 35 111", "wetsvoorstel 34556") says it is one, as does a mark.
    return not found[0].marked and text[start].isdigit()
