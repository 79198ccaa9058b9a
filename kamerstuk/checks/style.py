"""The style check: a citation not written the way the chosen style writes it (KS301).

The fix is the citation in that style, :meth:`Citation.format`. It is offered only where it is
safe: put in the text in place of the citation, it must read back as the same documents, over
the same stretch of text, so that ``--fix`` never changes what the text cites.

>>> from kamerstuk.checks.scan import scan
>>> text = "Zie Kamerstuk 33694-49 d.d. 3 oktober 2019."
>>> read = scan(text)[0][0]
>>> style_problem(text, read, read.found[0], "aanwijzingen").fix
'Kamerstukken 33694, nr. 49 van 3 oktober 2019'
"""

from __future__ import annotations

import functools
import re

import attrs

from ..grammar import tables
from ..grammar.parsing import engine
from ..model.bladen import Blad
from ..model.citations import Aanhangsel, Bijlage, Citation, Handelingen, Kamerstuk
from ..model.found import Found
from ..text.extract import WINDOW
from .problems import Problem
from .scan import Read

__all__ = ["STYLES", "document_key", "style_problem"]

#: The styles the check knows (see :mod:`kamerstuk.model.formatting`).
STYLES = ("aanwijzingen", "kort")

# The kinds the Aanwijzingen voor de regelgeving (3.43, 3.45) give a form for. Zaak numbers and
# KOOP identifiers are not written in a citation style: they are left as they are.
_STYLED = (Kamerstuk, Bijlage, Handelingen, Aanhangsel, Blad)
# "Kamerstuk 31728, 30914, nr. 5": a stuk printed under two dossiers; its model keeps the first
# dossier only, so the canonical text would drop the second.
_JOINT = re.compile(
    r"(?<![\d/\-\u2013])[1-9]\d?[\s\u00a0\u2009\u202f.]?\d{3},[\s\u00a0]*"
    r"[1-9]\d?[\s\u00a0\u2009\u202f.]?\d{3}(?![\w])"
)


def document_key(citation: Citation, style: str = "aanwijzingen") -> Citation:
    """What must stay the same when a citation is rewritten in ``style``: everything, except
    that ``kort`` leaves out the chamber and vergaderjaar of a Kamerstuk (its identifier does
    not need them).

    >>> from kamerstuk import parse
    >>> a = parse("Kamerstukken II 2019/20, 35300 VIII, nr. 5")
    >>> document_key(a, "kort") == document_key(parse("Kamerstuk 35300-VIII, nr. 5"), "kort")
    True
    """
    if style == "kort" and isinstance(citation, Kamerstuk | Bijlage):
        return attrs.evolve(citation, chamber=None, vergaderjaar=None)
    return citation


@functools.lru_cache(maxsize=1)
def _identifier_pattern() -> re.Pattern[str]:
    term = next(t for t in tables.lark().terminals if t.name == "IDENTIFIER")
    return re.compile(term.pattern.to_regexp())


def _styled(citation: Citation, written: str) -> bool:
    if not isinstance(citation, _STYLED):
        return False
    if isinstance(citation, Bijlage) and citation.dossier is None:
        return False
    return not (_identifier_pattern().fullmatch(written.strip()) or _JOINT.search(written))


def style_problem(text: str, read: Read, found: Found, style: str) -> Problem | None:
    """KS301 for ``found`` (one document, read by ``read``) when ``text`` does not write it as
    ``style`` does; None when it does, or when the style says nothing about its kind."""
    written = text[found.start : found.end]
    citation = found.citation
    if not _styled(citation, written):
        return None
    canonical = citation.format(style)
    if " ".join(written.split()) == canonical:
        return None
    safe = _reads_the_same(text, read, found, canonical, style)
    message = f"not in {style} style: write {canonical!r}"
    if not safe:
        message += " (no automatic fix: that text would read differently here)"
    return Problem.of("KS301", message, found.start, found.end, canonical if safe else None)


def _reads_the_same(text: str, read: Read, found: Found, canonical: str, style: str) -> bool:
    """True when ``canonical`` in place of ``found`` reads as the same documents, and the reading
    ends where it did (moved by the change in length).

    Only the stretch the reading could reach is rebuilt, so a long text costs no more per
    citation than a short one.
    """
    base = read.start
    window = min(len(text), base + WINDOW)
    local = text[base : found.start] + canonical + text[found.end : window]
    delta = len(canonical) - (found.end - found.start)
    result = engine().longest(local, 0, len(local))
    if result is None or result[1] != read.end - base + delta:
        return False
    again: list[Found] = result[0]
    if [document_key(f.citation, style) for f in again] != [
        document_key(f.citation, style) for f in read.found
    ]:
        return False
    # The rewritten citation must cover exactly the new text.
    spans = {(f.start, f.end) for f in again}
    return (found.start - base, found.start - base + len(canonical)) in spans
