"""The lines of a register of stukken under their dossier, as the Handelingen and the
besluitenlijsten print them: a dossier's heading, then one stuk a line.

    35 300 VIII Vaststelling van de begrotingsstaten ...
    nr. 45 Motie van het lid Westerveld over ...
    - nr. 46 motie-Kwint (verworpen)

A line that opens with "nr." and a number and goes on with a title is proposed where the line
before it is such a line or names its dossier (a heading, "Kamerstuk 35 300 VIII"); the grammar
reads it as a stuk of the dossier cited last (a short form). A Kamerstuk's own heading, "Nr. 45
MOTIE VAN HET LID ...", has its title in capitals: it names the paper being read, not one it
cites, and the grammar leaves it (as the labelled corpus does).

>>> text = "35 300 VIII Begroting OCW\\nnr. 45 Motie Westerveld\\nnr. 46 Motie Kwint"
>>> [register_line(text, text.index(n)) for n in ("nr. 45", "nr. 46")]
[True, True]

A list of moties or amendments names the dossier once and then only the stukken: "- de
motie-Hermans (35 300, nr. 30);\n- de motie-Asscher (nr. 31);" (:func:`listed_stuk`).

>>> register_line("Kavels:\\nnr. 12 Hoofdstraat\\nnr. 13 Kerkstraat", 27)
False
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lazy_patterns import LazyPattern
from .leads import SP, plausible

__all__ = [
    "AGENDA_BILL",
    "BARE_BILL",
    "LETTER_KINDS",
    "agenda_bills",
    "letter_line",
    "letter_lines",
    "listed_stuk",
    "register_line",
]

# Where "nr." may open a register line: the line's start, or a dash or bullet of a list.
_OPENING = LazyPattern(r"[ \t]*(?:[-\u2013\u2022*][ \t]+)?$")
# A register line itself (from its start): "nr. 45 Motie ...", "- nr. 46 motie-Kwint".
_REGISTER = LazyPattern(
    r"[ \t]*(?:[-\u2013\u2022*][ \t]+)?(?i:nrs?)\.?[ \t]*[0-9]{1,4}[a-z]?[ \t]+(?:[A-Z][a-z]|[a-z])"
)
# A line that names the dossier the register is of: its heading ("35 300 VIII Vaststelling",
# "35 300-VIII Begroting OCW", "1. 35 300 VIII"), or a head word and the dossier alone
# ("Kamerstuk 35 300 VIII", "Wetsvoorstel 35 925").
# The dossier such a line names, with its chapter or fund letter: "35 300-VIII", "35.570 B".
_DOSSIER = r"[1-9][0-9](?:[ \t\u00a0]?|\.)[0-9]{3}(?:(?:[ \t]+|[\-\u2013])(?:[IVX]+[AB]?|[A-M]))?"
_DOSSIER_LINE = LazyPattern(
    r"[ \t]*(?:[0-9]{1,2}\.[ \t]+)?(?:(?i:kamerstuk(?:ken)?|wetsvoorstel)[ \t]+)?"
    + _DOSSIER
    + r"(?:[ \t]*(?::[ \t]*)?$|[ \t]+[A-Z][a-z])"
)
# A dossier alone on its line ("35 570 XV", "35 570 XV:"), the heading of a list whose title
# follows on the next line ("35 570 XV\nBegroting SZW 2021\nnr. 12 Brief ...").
_DOSSIER_ALONE = LazyPattern(r"[ \t]*(?:[0-9]{1,2}\.[ \t]+)?" + _DOSSIER + r"[ \t]*(?::[ \t]*)?$")
# Such a title: a capital and a word, no "nr." opening it (that is a register line).
_TITLE = LazyPattern(r"[ \t]*[A-Z][a-z]")
# The kind of paper a register line under such a title opens with, after its number.
_PAPER_KIND = LazyPattern(
    r"[ \t]*(?:[-\u2013\u2022*][ \t]+)?(?i:nrs?)\.?[ \t]*[0-9]{1,4}[a-z]?[ \t]+"
    r"(?i:brief|motie|amendement|gewijzigd|nota|(?:voorlopig |nader |eind)?verslag|memorie"
    r"|lijst|voorstel|koninklijke|advies|nadere|rapport|antwoord|verbeterblad|bijlage|besluit"
    r"|jaarverslag|wetsvoorstel|tekst|mededeling)(?![a-z])"
)
# The kinds of the Eerste Kamer's papers a line of its register names after the letter
# ("B Voorlopig verslag", "C Memorie van antwoord"), as grammar.lark's REGISTER_LETTER has them.
LETTER_KINDS = (
    r"(?:Gewijzigd[ \t]+voorstel|Voorlopig[ \t]+verslag|Nader[ \t]+voorlopig[ \t]+verslag"
    r"|Memorie[ \t]+van[ \t]+antwoord|Nadere[ \t]+memorie|Eindverslag|Verslag|Brief|Motie|Nota"
    r"|Koninklijke[ \t]+boodschap|Advies|Amendement)(?![a-z])"
)
_LETTER_LINE = LazyPattern(r"[ \t]*(?:[-\u2013\u2022*][ \t]+)?[A-Z]{1,2}[ \t]+" + LETTER_KINDS)
# How many register lines may stand between a line and its dossier's.
_LONGEST = 200


def register_line(text: str, at: int) -> bool:
    """True when the "nr." at ``at`` opens a line of a register of stukken (see the module):
    the lines before it, blank ones aside, are register lines up to one that names a dossier."""
    start = text.rfind("\n", 0, at) + 1
    if not _OPENING.match(text, start, at) or not _REGISTER.match(text, start):
        return False
    below = start
    for begin, line in _lines_above(text, start - 1):
        if _DOSSIER_LINE.match(line):
            return True
        if not _REGISTER.match(line):
            return _titled(text, begin, line, below)
        below = begin
    return False


def letter_line(text: str, at: int) -> bool:
    """True when the line at ``at`` is a line of an Eerste Kamer register, a letter and its
    paper's kind ("B Voorlopig verslag"), and the lines before it, blank ones aside, are such
    lines up to one that names their dossier ("35 300 XV Vaststelling ...").

    >>> text = "35 300 XV Vaststelling begroting\\nB Voorlopig verslag\\nC Memorie van antwoord"
    >>> letter_line(text, text.index("C M")), letter_line("Blok\\nC Memorie van antwoord", 5)
    (True, False)
    """
    if not _LETTER_LINE.match(text, at):
        return False
    for _, line in _lines_above(text, at - 1):
        if _DOSSIER_LINE.match(line):
            return True
        if not _LETTER_LINE.match(line):
            return False
    return False


def _lines_above(text: str, end: int) -> Iterator[tuple[int, str]]:
    """The lines above the one whose line break is at ``end``, nearest first, blank ones left
    out, each with where it begins: as many as a register may run up (_LONGEST) and one more,
    the line that tells whether they are one."""
    seen = 0
    while end > 0 and seen < _LONGEST:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        end = begin - 1
        if line.strip():
            yield begin, line
            seen += 1  # (the caller went on past it: one more register line)


def _titled(text: str, begin: int, line: str, below: int) -> bool:
    """True when ``line`` (at ``begin``) is the title of the dossier alone on the line right
    above it, blank lines aside ("35 570 XV\nBegroting SZW 2021" above a register), and the
    register line ``below`` it names a paper's kind ("nr. 12 Brief van de minister"): a number
    alone above a line and a list ("12 345\nTotaal\nnr. 3 Hoofdstraat") is no register."""
    if not _TITLE.match(line) or not _PAPER_KIND.match(text, below):
        return False
    end = begin - 1
    while end > 0:
        above = text.rfind("\n", 0, end) + 1
        if text[above:end].strip():
            return _DOSSIER_ALONE.match(text[above:end]) is not None
        end = above - 1
    return False


# "(nr. 31)" or "(idem, nr. 31)" where the bracket opens, the number closing it.
_LISTED_OPEN = LazyPattern(r"\([ \t]*(?:(?i:idem),?[ \t]*)?$")
_LISTED_CLOSE = LazyPattern(r"(?i:nrs?)\.?[ \t]*[0-9]{1,4}[a-z]?[ \t]*\)")
# The item's kind on its line before the bracket, and a stuk cited with its dossier in brackets
# on the same line or the one before ("(35 300, nr. 30)", "(36 200 VII nr. 18)").
_LISTED_KIND = LazyPattern(r"(?i:motie|amendement)")
# (or a listed stuk of an item before, itself after such a stuk: the list goes on).
_CITED_IN_BRACKETS = LazyPattern(
    r"\([^()\n]{0,20}?[1-9][0-9](?:[ \t\u00a0]?|\.)[0-9]{3}(?![0-9])"
    r"[^()\n]{0,12}?(?i:nrs?)\.?[ \t]*[0-9]"
    r"|\([ \t]*(?:(?i:idem),?[ \t]*)?(?P<listed>(?i:nrs?))\.?[ \t]*[0-9]{1,4}[a-z]?[ \t]*\)"
    # (or the dossier alone in brackets ending the list's heading: "Stemmingen over moties
    # ingediend bij het debat over de begroting (35 570 XV)\n- de motie-Van Kent (nr. 21);")
    r"|(?P<heading>\([ \t]*[1-9][0-9](?:[ \t\u00a0]?|\.)[0-9]{3}(?![0-9])"
    r"(?:(?:[ \t]+|[\-\u2013])(?:[IVX]+[AB]?|[A-M]))?[ \t]*\))[ \t]*(?::[ \t]*)?\n"
)
# How far back the item's kind and the cited stuk may be.
_LISTED_REACH = 240
# How many items of such a list may follow the one that names the dossier.
_LISTED_DEEPEST = 40


def listed_stuk(text: str, at: int, depth: int = 0) -> int | None:
    """Where the bracket opens when the "nr." at ``at`` names a stuk of a list of moties or
    amendments whose dossier an item before it named: "- de motie-Asscher (nr. 31);" after "- de
    motie-Hermans (35 300, nr. 30);", on its line or the line before; else None.

    >>> text = "- de motie-Hermans (35 300, nr. 30);\\n- de motie-Asscher (nr. 31);"
    >>> listed_stuk(text, text.index("nr. 31")), listed_stuk("de woning (nr. 31)", 11)
    (56, None)
    """
    low = max(0, at - 12)
    opening = _LISTED_OPEN.search(text, low, at)
    if opening is None or not _LISTED_CLOSE.match(text, at):
        return None
    start = opening.start()
    line = text.rfind("\n", 0, start) + 1
    reach = max(0, line - _LISTED_REACH, text.rfind("\n", 0, max(0, line - 1)) + 1)
    cited = None
    for found in _CITED_IN_BRACKETS.finditer(text, reach, start):
        cited = found  # the last one before the bracket
    # The item's kind after that stuk: "(35 300, nr. 30) en de motie-Asscher (nr. 31)", not
    # "de motie (35 300, nr. 30) over de woning (nr. 31)".
    if cited is None or not _LISTED_KIND.search(text, cited.end(), start):
        return None
    if cited.group("heading") is not None:
        # The heading names the list's kind before its dossier ("Stemmingen over moties ...").
        above = text.rfind("\n", 0, cited.start()) + 1
        return start if _LISTED_KIND.search(text, above, cited.start()) else None
    if cited.group("listed") is None:
        return start
    if depth >= _LISTED_DEEPEST:
        return None
    return start if listed_stuk(text, cited.start("listed"), depth + 1) is not None else None


def letter_lines(text: str, heading: int) -> tuple[int, ...]:
    """The lines of an Eerste Kamer register under the heading line at ``heading`` (blank lines
    between), each a letter and its paper's kind, under its dossier (:func:`letter_line`);
    none where the line after the heading is no such line (the common case: one match).

    >>> letter_lines("35 300 XV Vaststelling\\nB Voorlopig verslag\\nC Nota", 0)
    (23, 43)
    """
    found: list[int] = []
    below = text.find("\n", heading)
    while below >= 0:
        at = below + 1
        below = text.find("\n", at)
        if _LETTER_LINE.match(text, at):
            found.append(at)
        elif text[at : len(text) if below < 0 else below].strip():
            break
    return tuple(at for at in found if letter_line(text, at))


# A bill on an agenda line: its dossier, perhaps its chapter, and the first word of its title.
AGENDA_BILL = (
    rf"[1-9][0-9](?:{SP}|\.)[0-9]{{3}}(?:{SP}+(?:[IVX]+[AB]?|[A-M]))?{SP}+"
    r"(?:Wet|Wijziging|Regels|Vaststelling|Goedkeuring|Voorstel|Initiatiefvoorstel|Rijkswet"
    r"|Intrekking|Invoering|Uitvoering|Aanpassing|Herziening|Implementatie|Machtiging"
    r"|Tijdelijke|Verlenging|Instelling|Samenvoeging|Slotwet|Jaarverslag|Begroting)(?![a-z])"
)
# A bill named by its dossier alone in such a list, its title perhaps in brackets after it:
# "35 165 (Wet verplichte ggz), 35 093 en 35 227." Only before a bracket, a separator or the
# line's end, so "35 000 euro" is no bill.
BARE_BILL = (
    rf"[1-9][0-9](?:{SP}|\.)[0-9]{{3}}(?![0-9])(?:{SP}+(?:[IVX]+[AB]?|[A-M])(?![\w]))?"
    rf"(?={SP}*(?:\([ \t]*[A-Z]|[,;.]|$)|{SP}+en{SP}+[1-9])"
)
# The words that head such a list before its colon: an agenda, the votes, the bills passed
# without debate, the papers received ("Stemmingen Eerste Kamer: 35 165, 35 093 en 35 227").
_LIST_WORD = LazyPattern(r"(?i:agenda|stemming|hamerstuk|ingekomen)")
_BILL_AFTER = LazyPattern(
    rf"(?:[:;,]|{SP}en(?={SP})){SP}*(?:(?P<bill>{AGENDA_BILL})|(?P<bare>{BARE_BILL}))"
)
_NUMBER_AFTER = LazyPattern(rf"(?:[:;,]|{SP}en){SP}*[0-9]|{SP}*[0-9]")
# What a bare bill's bracketed title may be, skipped to the next separator.
_BRACKETED = LazyPattern(r"[ \t]*\([^()\n]{1,120}\)")


def agenda_bills(match: re.Match[str], text: str) -> tuple[int, ...] | None:
    """The bills after the colon ``match`` found, where its line names a list of bills before
    it (an agenda, votes, hamerstukken, papers received), and after each separator of that line
    after it: "Agenda 12 mei 2020: 35 227 Wet verplichte ggz; 35 282 Wet open overheid". Bills
    by their dossier alone count where a title follows one in brackets or two stand in a list,
    each ending at a separator: amounts, counts and years do not ("35 000 euro").

    >>> text = "Agenda: 35 227 Wet X; 35 282 Wet Y"
    >>> other, colon = "Uitslag: 35 227 Wet X", re.compile(":")
    >>> agenda_bills(colon.search(text), text), agenda_bills(colon.search(other), other)
    ((8, 22), None)
    >>> text = "Stemmingen: 35 165 (Wet ggz), 35 093 en 35 227."
    >>> agenda_bills(colon.search(text), text)
    (12, 30, 40)
    """
    colon = match.start()
    line = text.rfind("\n", 0, colon) + 1
    if _LIST_WORD.search(text, line, colon) is None:
        return None
    end = text.find("\n", colon)
    end = len(text) if end < 0 else end
    found: list[int] = []
    bare: list[int] = []
    at, titled = colon, False
    while (bill := _BILL_AFTER.match(text, at, end)) is not None:
        name = "bill" if bill.group("bill") is not None else "bare"
        if not plausible(bill.group(name)[:8]):
            break
        (found if name == "bill" else bare).append(bill.start(name))
        at = bill.end()
        if name == "bare" and (title := _BRACKETED.match(text, at, end)) is not None:
            at, titled = title.end(), True
        elif name == "bill":
            # A titled bill's title runs to the next semicolon (the old agenda form).
            semicolon = text.find(";", at, end)
            at = end if semicolon < 0 else semicolon
    # A list that goes on in a number no bill is is one of amounts ("35 000, 36 000 en 36 500
    # euro"): its bare numbers are none.
    if bare and (titled or len(bare) > 1) and not _NUMBER_AFTER.match(text, at, end):
        found.extend(bare)
    return tuple(sorted(found)) or None
