"""The style check: a citation not written the way the chosen style writes it (KS301).

The fix is the citation in that style, :meth:`Citation.format`. It is offered only where it is
safe: it must keep every number the citation's text states (:mod:`.digits`; the vergaderjaar that
the ``kort`` style leaves out on purpose aside), and put in the text in place of the citation it
must be read back by find()'s own scan as the same documents, starting where the citation starts
and covering exactly the new text. So ``--fix`` never changes what the text cites, never drops a
number it misread, and a second ``--fix`` finds nothing left to do.

>>> from kamerstuk.text.extract import reads
>>> text = "Zie Kamerstuk 33694-49 d.d. 3 oktober 2019."
>>> read = next(reads(text))
>>> style_problems(text, read, read.found, "aanwijzingen")[0].fix
'Kamerstukken 33694, nr. 49 van 3 oktober 2019'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Sequence

import attrs

from ..grammar import tables
from ..model.bladen import Blad
from ..model.citations import Aanhangsel, Bijlage, Citation, Handelingen, Kamerstuk
from ..model.found import Found
from ..text.extract import WINDOW, Read, reads
from .digits import lost
from .problems import Problem

__all__ = ["DEFAULT_STYLE", "STYLES", "document_key", "style_problems"]

#: The styles the check knows (see :mod:`kamerstuk.model.formatting`).
STYLES = ("aanwijzingen", "kort")
#: The one default of validate(), fix_text() and ``kamerstuk check``: the style of the
#: Aanwijzingen voor de regelgeving (docs/checks.md says why; ``None`` checks no style).
DEFAULT_STYLE = "aanwijzingen"

# The kinds the Aanwijzingen voor de regelgeving (3.43, 3.45) give a form for. Zaak numbers and
# KOOP identifiers are not written in a citation style: they are left as they are.
_STYLED = (Kamerstuk, Bijlage, Handelingen, Aanhangsel, Blad)
# "Kamerstuk 31728, 30914, nr. 5": a stuk printed under two dossiers; its model keeps the first
# dossier only, so the canonical text would drop the second.
_JOINT = re.compile(
    r"(?<![\d/\-\u2013])[1-9][0-9]?[\s\u00a0\u2009\u202f.]?[0-9]{3},[\s\u00a0]*"
    r"[1-9][0-9]?[\s\u00a0\u2009\u202f.]?[0-9]{3}(?![\w])"
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
    return re.compile(tables.load().terminals["IDENTIFIER"])  # the grammar's, without Lark


def _styled(citation: Citation, written: str) -> bool:
    if not isinstance(citation, _STYLED):
        return False
    if isinstance(citation, Bijlage) and citation.dossier is None:
        return False
    return not (_identifier_pattern().fullmatch(written.strip()) or _JOINT.search(written))


def style_problems(
    text: str,
    read: Read,
    found: Sequence[Found],
    style: str,
    evidence: Collection[Found] = (),
    written: Callable[[int, int], str] | None = None,
) -> list[Problem]:
    """KS301 for each of ``found`` (single documents that ``read`` read) that ``text`` does not
    write as ``style`` does; none for those it does, or whose kind the style says nothing of.

    The fixes of one reading are checked together, as ``--fix`` applies them (one parse for a
    whole list of citations), and one by one only when together they would read differently.
    A fix never removes the evidence of a problem it does not fix: a citation in ``evidence``
    (one with an error or warning of its own) gets no fix that would drop one of its facts.
    ``written`` gives a span of ``text`` as the writer spelt it, where ``text`` is a repaired
    view (:meth:`kamerstuk.text.repair.Repaired.written`: "stb." read as "Stb." is still
    written "stb.").
    """
    wanted: list[tuple[Found, str]] = []
    withheld: dict[int, str] = {}
    for f in found:
        spelt = text[f.start : f.end] if written is None else written(f.start, f.end)
        if not _styled(f.citation, spelt):
            continue
        canonical = f.citation.format(style)
        if " ".join(spelt.split()) == canonical:
            continue
        if f in evidence and document_key(f.citation, style) != f.citation:
            withheld[id(f)] = "it would drop the chamber and vergaderjaar the problem is about"
        dropped = lost(spelt, f"{canonical} {_left_out(f.citation, style)}")
        if dropped:
            withheld[id(f)] = f"it would drop {_listed(dropped)}, which the text states"
        wanted.append((f, canonical))
    fixable = [(f, canonical) for f, canonical in wanted if id(f) not in withheld]
    together = len(fixable) > 1 and _reads_the_same(text, read, fixable, style)
    out = []
    for f, canonical in wanted:
        why = withheld.get(id(f))
        if why is None and not (together or _reads_the_same(text, read, [(f, canonical)], style)):
            why = "that text would read differently here"
        message = f"not in {style} style: write {canonical!r}"
        if why is not None:
            message += f" (no automatic fix: {why})"
        out.append(Problem.of("KS301", message, f.start, f.end, None if why else canonical))
    return out


def _left_out(citation: Citation, style: str) -> str:
    """What ``style`` leaves out of ``citation`` on purpose, as text: the ``kort`` style's
    vergaderjaar of a Kamerstuk (its identifier does not need it)."""
    if document_key(citation, style) == citation:
        return ""
    return str(getattr(citation, "vergaderjaar", None) or "")


def _listed(numbers: list[str]) -> str:
    shown = [repr(n) for n in numbers[:3]]
    more = f" and {len(numbers) - 3} more" if len(numbers) > 3 else ""
    return ", ".join(shown) + more


#: Characters of text before a rewritten citation that the re-reading scans too: enough for the
#: proposers to see the words before it (a head word that the old text did not join to it).
LEAD = 64


def _reads_the_same(
    text: str, read: Read, replacements: list[tuple[Found, str]], style: str
) -> bool:
    """True when the canonical texts in place of their citations read as the same documents,
    each over exactly its new text, reaching as far as before (moved by the change in length).

    The new text is read as find() reads it (its scan proposes the starts, then the grammar
    reads), from a little before the citation: a fix that the scan would read from elsewhere
    (a head word left before it, then joined to it) is no fix, for a second ``--fix`` would
    change it again.

    Only the stretch the reading could reach is rebuilt, so a long text costs no more per
    citation than a short one.
    """
    lead = max(0, read.start - LEAD)
    base = read.start
    pieces: list[str] = [text[lead:base]]
    spans: list[tuple[int, int]] = []
    position, delta = base, base - lead
    for f, canonical in replacements:
        pieces.append(text[position : f.start])
        begin = f.start - base + delta
        pieces.append(canonical)
        spans.append((begin, begin + len(canonical)))
        delta += len(canonical) - (f.end - f.start)
        position = f.end
    pieces.append(text[position : min(len(text), base + WINDOW)])
    local = "".join(pieces)
    reach = max(f.end for f in read.found)
    again = _taken_at(local, spans[0][0], reach - base + delta)
    if again is None:
        return False
    if [document_key(f.citation, style) for f in again] != [
        document_key(f.citation, style) for f in read.found
    ]:
        return False
    # Each rewritten citation must cover exactly its new text.
    read_spans = {(f.start, f.end) for f in again}
    return all(span in read_spans for span in spans)


def _taken_at(local: str, start: int, reach: int) -> list[Found] | None:
    """The documents find()'s scan takes in ``local`` in the reading that reaches past
    ``start`` first, when they reach as far as ``reach`` (a bracket around them aside); else
    None."""
    for again in reads(local):
        if again.taken and max(f.end for f in again.found) > start:
            return again.found if max(f.end for f in again.found) == reach else None
    return None
