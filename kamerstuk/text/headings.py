"""A Kamerstuk's heading, its dossier and title at the start of a line ("35 300 VII Vaststelling
van ...", "31 570 Herziening Grondwet"): told apart from prose that opens a line with a number
and a capital ("12 000 Mensen kwamen naar het plein."), and repaired where OCR put a letter in
its dossier near the top of a page ("Tweede Kamer der Staten-Generaal\\n\\n3I 464 VII Regels ...").

A real heading's dossier has its chapter or Rijkswet number after it, or else a title that is a
name: no sentence (the title of a Kamerstuk never ends in a full stop), and a number that is
not a round count (dossiers ending in 000 are the budget series, always with their chapter).

>>> prose_line("12 000 Mensen kwamen naar het plein.", 0, "12 000")
True
>>> prose_line("31 570 Herziening Grondwet\\n\\nNr. 20", 7, "31 570")
False
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from .commaless import commaless_edits, patterns
from .edit import Edit
from .leads import SP, Starts, plausible
from .ocr_fields import field_edits
from .register_lines import letter_lines
from .spelling import spelling_edits

__all__ = ["HEADING", "heading_edits", "heading_start", "prose_line", "with_headings"]

# A line that ends a sentence: a word of two letters or more, or a number or bracket, before
# its full stop (not an abbreviation's: "... van het lid Kuiken c.s."); or one that ends a
# sentence inside it and opens the next ("kwamen. Daarna").
_SENTENCE = re.compile(
    r"(?:[^\W\d_]{2}|[0-9)])[*_]*[.!?][*_\"\u201d\u2019)]*[^\S\n]*$"
    r"|[^\W\d_]{2}[.!?][^\S\n]+[A-Z]"
)


def prose_line(text: str, title: int, number: str) -> bool:
    """True when the dossier-shaped ``number`` before the title at ``title`` (no chapter after
    it) is prose: a round count ("12 000", "25 000 Nederlanders"), a dotted number before no
    bill's title ("36.123 Nederlanders") or a line that reads as a sentence ("24 317 Bezoekers
    kwamen er."), not a heading."""
    if number[-3:] == "000":
        return True
    if "." in number:  # "36.123 Nederlanders": a count, unless a bill's title follows
        return _BILL_TITLE.match(text, title) is None
    end = text.find("\n", title)
    line = text[title : len(text) if end < 0 else end]
    # Both of _SENTENCE's forms need a full stop, "!" or "?": without one the search, which
    # tries every letter of a long line, cannot match.
    if "." not in line and "!" not in line and "?" not in line:
        return False
    return _SENTENCE.search(line) is not None


# The words a bill's title opens with: after a dotted dossier ("35.447 Wijziging van ...", as
# the Eerste Kamer writes it) they tell a heading from a count ("36.123 Nederlanders").
_BILL_TITLE = re.compile(
    r"(?:Wijziging|Regels|Vaststelling|Goedkeuring|Voorstel|Initiatiefvoorstel|Wet|Rijkswet"
    r"|Intrekking|Invoering|Uitvoering|Aanpassing|Herziening|Implementatie|Machtiging"
    r"|Tijdelijke|Verlenging|Instelling|Samenvoeging|Slotwet|Jaarverslag)(?![a-z])"
)
# A page's first lines, where a Kamerstuk prints its heading under the chamber and vergaderjaar
# ("Tweede Kamer der Staten-Generaal\n\n2\n\nVergaderjaar 2011–2012\n\n31 570 Herziening ..."),
# and an agenda its first item: a heading with an OCR letter in its dossier is looked for at
# each line start this far from the top of the text or of a page (a form feed).
TOP_REACH = 160
# A line that opens (after blank lines, perhaps a numbered list's "1. " or markers) on a digit,
# or a letter OCR puts for one, before another: where kamerstuk.text.commaless's page-top
# pattern is tried (one search of C over a page's first lines; most find none).
_LINE = re.compile(r"\n\s{0,12}(?:[0-9]{1,2}\.[^\S\n]{1,3})?[*_]{0,3}[1-9Il][^\S\n]{0,2}[0-9OolI]")
# How far past its line break _LINE reads.
_LINE_LONGEST = 24


def with_headings(original: str, start: int, end: int) -> Iterator[Edit]:
    """kamerstuk.text.spelling's repairs of ``original[start:end]``, the headings' near the
    tops of pages and the Eerste Kamer letters' signs OCR read for a comma
    (kamerstuk.text.ocr_fields), in order (they may overlap: the caller keeps the first)."""
    found = heading_edits(original, start, end)
    signs = field_edits(original, start, end)
    if signs:
        found = sorted([*found, *signs], key=lambda e: e.start)
    if not found:
        return spelling_edits(original, start, end)
    return heapq.merge(spelling_edits(original, start, end), found, key=lambda e: e.start)


def heading_edits(original: str, start: int, end: int) -> list[Edit]:
    """The repairs of the OCR letters in a heading's dossier in the first lines of the text or
    of a page (kamerstuk.text.commaless repairs one right at the top), in
    ``original[start:end]``, in order. Only page tops are looked at, which str.find finds at
    memory speed: a look at every line start of every text costs 3-6 % of find()
    (docs/performance.md)."""
    found: list[Edit] = []
    top = 0 if start <= TOP_REACH else _next_top(original, start - TOP_REACH, end)
    while top >= 0:
        limit = min(len(original), top + TOP_REACH + _LINE_LONGEST)
        line = _LINE.search(original, top, limit)
        while line is not None and line.start() < top + TOP_REACH:
            m = patterns()[1].match(original, line.start() + 1)
            if m is not None:
                edits = commaless_edits(original, m)
                found.extend(e for e in edits if start <= e.start < e.end <= end)
            line = _LINE.search(original, line.end(), limit)
        top = _next_top(original, top, end)
    return sorted(set(found), key=lambda e: (e.start, e.end)) if found else found


def _next_top(original: str, at: int, end: int) -> int:
    """The top of the next page (after a form feed) from ``at`` before ``end``; -1: none."""
    feed = original.find("\f", at, end)
    return feed + 1 if feed >= 0 else -1


# A Kamerstuk's heading: its dossier (after a numbered list's "1. "), then its title; dotted as
# the Eerste Kamer writes it too ("35.570 VII Vaststelling ...").
# (Spaces of any width, doubled too; a title in capitals has two words of them at least.)
HEADING = (
    r"(?:[0-9]{1,2}\.[^\S\n]+)?"
    r"(?P<dossier>[1-9][0-9](?:[^\S\n]{0,2}|\.)[0-9]{3}|C[LXVI]+|XC[IVX]*|LXXX[IVX]*)"
    rf"(?=(?P<suffix>{SP}+(?:[IVX]+[AB]?|[A-M])(?![\w])|{SP}*\({SP}*R[0-9]{{3,4}}{SP}*\))?"
    r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)(?P<title>[A-Z][a-z]|[A-Z]{2,}[^\S\n]+[A-Z]{2}"
    # (or an Eerste Kamer paper's letter on its own line, its kind under it: "D\nMEMORIE")
    r"|(?![IVX]+[^\S\n]*\n)[A-Z]{1,2}[^\S\n]*\n[^\S\n]*[A-Z]{3}"
    # (or the word for the bill in brackets, as a list of votes has it: "36 333 (wetsvoorstel)")
    r"|\((?i:wetsvoorstel|wetsontwerp|voorstel[^\S\n]+van[^\S\n]+wet)\)))"
)


# A title that is a table's word for a sum ("Totaal", "Subtotaal", "Bedrag", "Aantal"): what a
# figure stands above in a table, never a Kamerstuk's title (which names a bill or a subject).
_TOTAL_TITLE = re.compile(
    r"(?:(?:(?i:sub)t|T)otaal|Totalen|Bedrag(?:en)?|Aantal(?:len)?|Saldo|Som|Gemiddeld[e]?)(?![^\W\d_])"
)


def heading_start(match: re.Match[str], text: str) -> Starts:
    """A Kamerstuk's heading at the start of a line: its dossier and title, "35 300 VII
    Vaststelling van ...", also as an item of a numbered agenda ("1. 35300 VIII"); without a
    chapter after the dossier, not a count or a sentence ("12 000 Mensen kwamen")."""
    number = match.group("dossier")
    if number[0] in "CLX":
        return match.start("dossier")
    if not plausible(number):
        return None
    if match.group("suffix") is None and prose_line(text, match.start("title"), number):
        return None
    if match.group("suffix") is None and _TOTAL_TITLE.match(text, match.start("title")):
        return None  # "12 345\nTotaal": a table's figure above its total, no heading
    # An Eerste Kamer register under the heading: its lines too ("B Voorlopig verslag").
    register = letter_lines(text, match.start("dossier"))
    return (match.start("dossier"), *register) if register else match.start("dossier")
