"""Proposers for citations that open with a number or a sign: "33694-49", "25 424, nr. 650",
"2019Z12345", "(34556)", "35526, BH", a link, a heading, "t.a.p.".

Number-led shapes are found by their rare middle ("-4", "nr.", "Z1", ", B") and traced back to
where they begin; a number written without a head word is only proposed where a dossier can
exist (:func:`~kamerstuk.text.leads.plausible`). The grammar then reads (or rejects) the
citation at each start.

>>> pattern, trace = anchors()[0]
>>> [trace(m, "de motie 29911-226") for m in pattern.finditer("de motie 29911-226")]
[9]
"""

from __future__ import annotations

import functools
import re

from .headings import HEADING, heading_start
from .lazy_patterns import LazyPattern, compiled
from .leads import (
    SP,
    SUFFIXED_DOSSIER_BEFORE,
    Starts,
    Tracer,
    captioned,
    counted,
    dossier_start,
    dossier_stuk,
    funded,
    initial,
    joint_dotted,
    led,
    plausible,
    tallied,
    titled,
    unglued,
)
from .link_starts import link_start, zaak_start
from .named_stuk import listed_or_named
from .prefixes import identifier_start
from .register_lines import AGENDA_BILL, BARE_BILL, agenda_bills, register_line
from .sessions import session_before
from .shortforms import short_forms

__all__ = ["ANCHOR_SOURCES", "anchors", "before_keyword", "rare_anchors", "short_forms"]

#: Spaces writers and PDF text put between words and inside numbers.
_SP = SP

# A dossier number, read backwards from the part that follows it.
# (With a dot only before a chapter: _ANCHORS lets "35.300-VII" through, never "12.500-13".)
_DOSSIER_BEFORE = LazyPattern(rf"[1-9][0-9](?:{_SP}{{0,3}}|\.)[0-9]{{3}}$")
_DOSSIER_BEFORE_PARENTHESIS = LazyPattern(rf"[1-9][0-9]{_SP}?[0-9]{{3}}{_SP}?$")
# The longest dossier number _DOSSIER_BEFORE can match: "33 694" with three spaces.
_DOSSIER_LONGEST = 8
_DIGITS = frozenset("0123456789")
_LOOKBACK = 24


def _after_dash(match: re.Match[str], text: str) -> int | None:
    """ "33694-49", "36200-XV-12", "34417-(R2068)", and identifiers such as "kst-33694-20";
    or the dash before the bill number that ends an agenda line."""
    if match.group("agenda") is not None:
        dossier = match.group("dossier")
        return match.start() if plausible(dossier) and not counted(text, match.start()) else None
    dash = match.start()
    # The pattern's lookbehind put a digit or a letter before the dash: a letter may end an
    # identifier's prefix, a digit a dossier number, never both. Both are short, so only the
    # few characters before the dash that can hold one are searched.
    if not text[dash - 1].isdigit():
        return identifier_start(text, dash)  # "kst-33694-20" (not "covid-19")
    if text[dash - 4] in _DIGITS:
        # The lookbehind saw five digits before the dash ("33694-49"), no space among them:
        # they are the only dossier number _DOSSIER_BEFORE can find there, if not led by a 0.
        first = dash - 5
        if text[first] == "0" or not plausible(text[first:dash]):
            return None
        return _uncaptioned(text, dossier_start(text, first))
    number = _DOSSIER_BEFORE.search(text, max(0, dash - _DOSSIER_LONGEST), dash)
    if number is None or not plausible(number.group()):
        return None
    return _uncaptioned(text, dossier_start(text, number.start()))


def _uncaptioned(text: str, start: int | None) -> int | None:
    """``start``, unless a table's or figure's caption is right before it ("Tabel 3: 31.066,
    C en D", "Figuur 2: 31066-4"): a value of the table. A stuk's keyword after the number
    ("Tabel 3: 33694, nr. 5") says it is a citation, and is not asked."""
    if start is None or ":" not in text[max(0, start - 6) : start]:
        return start  # no colon right before it: the common case, with no call
    return None if captioned(text, start) else start


def _before_nr(match: re.Match[str], text: str) -> Starts:
    """ "25 424, nr. 650", "21 501-07, nr. 1395", "34 775 A, nr. 7"; the Handelingen formula,
    the stuk before its dossier: "(stuk) nr. 14 (36 410)"; and the number of written questions
    before 2009, "nr. 2060702480"."""
    return before_keyword(text, match.start())


def before_keyword(text: str, at: int) -> Starts:
    """What a number keyword at ``at`` ("nr.", "No.", "nummer") may close or open; "nummer" is
    found by the pass of text/heads.py that looks at every "m" already."""
    window = text[max(0, at - _LOOKBACK) : at]
    number = SUFFIXED_DOSSIER_BEFORE.search(window)
    if number is not None and plausible(number.group()):
        return led(text, dossier_start(text, at - len(window) + number.start()))
    if "/" in window:
        joint = joint_dotted(text, at)
        if joint is not None:
            return joint
    session = session_before(text, at)  # "Zitting 1957-1958-5642: Nr. 607" (sessions.py)
    if session is not None:
        return session
    stuk = _STUK_BEFORE.search(window)
    if stuk is None and "ervanging" in window:
        stuk = _REPLACED_BEFORE.search(window)
    formula = _FORMULA.match(text, at)
    if formula is not None and not plausible(formula.group("dossier")):
        return None
    if stuk is not None:  # "stuk nr. 12": the formula, or a short form of the dossier at hand
        before = at - len(window) + stuk.start()
        found = dossier_stuk(text, before)  # "(19 403, stuk nr. 12)", or the formula
        return before if found is None else found
    if formula is not None or _SAME_DOSSIER.match(text, at) or _OLD_QUESTIONS.match(text, at):
        return unglued(text, at)
    return at if register_line(text, at) else listed_or_named(text, at)


def _before_letter(match: re.Match[str], text: str) -> Starts:
    """An Eerste Kamer letter after its dossier: "35 300-VI, letter Y", "CXLII, letter D",
    "35.526, BH", "35526 / 25295, CF" (five digits: "2019, A" is a year)."""
    at = match.start()
    if initial(match, text):
        return None  # "31 066, A. de Vries": a count and a name's initial
    window = text[max(0, at - 2 * _LOOKBACK) : at]
    first = _EK_FIRST.search(window)  # re tries every place in the window without it
    number = None if first is None else _EK_DOSSIER_BEFORE.search(window, first.start())
    if number is None:
        return None
    if number.group("roman") is None and not plausible(number.group()):
        return None
    dossier = at - len(window) + number.start()
    if match.group("part") is not None and text[max(0, dossier - 3) : dossier].rstrip()[-1:] != "(":
        return None  # "12 500 A, B en C" in prose: a count and a list; "(36 200 A, AE)" a stuk
    return led(text, _uncaptioned(text, dossier_start(text, dossier)))


# "nr.", and "nummer" and "no." as writers also put it (grammar.lark's NRKW).
_NR = r"(?:nrs?|nummers?|nos?)"
# "nr. 14 (36 410)", "nrs. 14 t/m 16 (36 410-VII)", "nr. 27, was nr. 19 (35 925)", "nr. 9, I (...)".
_FORMULA = LazyPattern(
    rf"{_NR}\.?{_SP}*[0-9]{{1,4}}[a-z]?(?:{_SP}*(?:,|en|t/m|tot{_SP}+en{_SP}+met|,{_SP}*was{_SP}+{_NR}\.?){_SP}*[0-9]{{1,4}}[a-z]?)*"
    rf"(?:,{_SP}*[IVX]{{1,4}})?{_SP}*(?P<bracket>\(){_SP}*(?P<dossier>[1-9][0-9](?:{_SP}{{1,3}}|\.)?[0-9]{{3}})(?![\d])",
    re.IGNORECASE,
)
_STUK_BEFORE = LazyPattern(rf"(?<![\w])(?:[Ss]tuk(?:ken)?|STUK(?:KEN)?){_SP}+$")
# "ter vervanging van (de) nr. 6": the stuk a new one replaces, a short form as "stuk nr. 6"
# (searched for only where its word is in the window: most "nr." have none).
_REPLACED_BEFORE = LazyPattern(rf"(?<![\w])(?i:ter{_SP}+vervanging{_SP}+van(?:{_SP}+de)?){_SP}+$")
# "(nr. 2060702480)": written questions before 2009 (grammar.lark's KV_OLD).
_OLD_QUESTIONS = LazyPattern(
    rf"(?i:nr)\.?{_SP}*2(?:9899|9900|0001|0102|0203|0304|0405|0506|0607|0708|0809)[0-9]{{5}}(?!\w)"
)
# A number keyword (_NR, led by its "n" in either case, which re skips to), where the Handelingen
# formula may start; how far back it may be.
_KEYWORD = LazyPattern(r"[nN](?<![\w][nN])(?i:rs?|ummers?|os?)(?![a-z])")
_FORMULA_LONGEST = 48
# "nr. 12 van hetzelfde dossier", "nrs. 3 en 4 van dit wetsvoorstel"; "nr. 54 bij dossier 35 510".
_SAME_DOSSIER = LazyPattern(
    rf"{_NR}\.?{_SP}*[0-9]{{1,4}}[a-z]?(?:{_SP}*(?:,|en){_SP}*[0-9]{{1,4}}[a-z]?)*{_SP}+(?:van|bij|uit|in){_SP}+"
    rf"(?:(?:hetzelfde|datzelfde|dit|dat|het{_SP}+onderhavige){_SP}+(?:dossier|wetsvoorstel|kamerstuk)"
    rf"|(?:het{_SP}+)?(?:kamer)?dossier{_SP}+[1-9])",
    re.IGNORECASE,
)
_EK_DOSSIER = (
    rf"[1-9][0-9](?:{_SP}{{1,3}}|\.)?[0-9]{{3}}"
    rf"(?:{_SP}+(?:[IVX]+[AB]?|[A-M])|[\-\u2013](?:[0-9][0-9]|[IVX]+[AB]?|[A-M]))?"
)
# The first characters of _EK_DOSSIER_BEFORE's match: a dossier's digit or a Roman number's.
_EK_FIRST = LazyPattern(r"[1-9CXL]")
_EK_DOSSIER_BEFORE = LazyPattern(
    rf"(?:(?P<roman>(?<![\w])(?:C[LXVI]+|XC[IVX]*|LXXX[IVX]*))"
    rf"|{_EK_DOSSIER}(?:{_SP}*(?:/{_SP}*)?{_EK_DOSSIER})*),?{_SP}*$"
)
# "- 36 123" ending an agenda line, after a word or a closing bracket or quote (grammar.lark's
# AGENDA_DASH: spaces of any width, doubled, or a line break after the dash). The space before
# the dash is looked at first: most dashes follow a letter.
_AGENDA = (
    r"(?<=[^\S\n].)(?<=[\w)\"\u201d]..)(?=(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)(?P<dossier>[1-9][0-9][^\S\n]{0,3}[0-9]{3})"
    r"(?:(?:[^\S\n]|-)+(?:[IVX]+|[A-Z]))?[^\S\n]*(?:\n|$))"
)


def _parenthesis(match: re.Match[str], text: str) -> Starts:
    """A bill number alone in parentheses after its title: "(34556)", "(34417 (R2068))"; the
    grammar reads the parentheses, which make the lone number a dossier. Spaced and without a
    suffix only after a bill's title: "Wijziging van de Kieswet (35 165)"."""
    at = match.start()
    if match.group("verslag") is not None:
        return at
    if match.group("rijkswet") is not None:
        # "30 126 (R 1790)": the dossier before a Rijkswet number is a citation of its own.
        dossier = _DOSSIER_BEFORE_PARENTHESIS.search(text, max(0, at - _DOSSIER_LONGEST - 2), at)
        if dossier is None or not plausible(dossier.group()):
            return None
        return led(text, unglued(text, dossier.start()))
    formula = _formula_before(text, at)
    if formula is not None:
        # The dossier of the Handelingen formula: the formula starts at its keyword, also where
        # no pass finds it ("no. 143, was no. 249 (23.285)"); where its number is impossible
        # ("nr. 0 (36 410)") nothing is read, and the number is no bill after a title.
        return before_keyword(text, formula)
    number = (
        match.group("bill")
        or match.group("suffixed")
        or match.group("titled")
        or match.group("rwet")
    )
    if number is None or not plausible(number):
        return None
    if match.group("fund") is not None:
        # A budget fund by its letter after its name: "Het Gemeentefonds (35 570 B)".
        return at if funded(text, at) or titled(text, at, match.end()) else None
    if match.group("titled") is not None:
        return at if titled(text, at, match.end()) else None
    if match.group("bill") is not None and tallied(text, at):
        return None  # "Het aantal was (31066)": a count, not a bill after its title
    return at


def _formula_before(text: str, at: int) -> int | None:
    """Where the Handelingen formula whose dossier opens with the bracket at ``at`` starts: the
    last number keyword ("nr.", "nummer", "no.") within reach whose formula ends there."""
    for found in _KEYWORD.finditer(text, max(0, at - _FORMULA_LONGEST), at):
        keyword = found.start()
        formula = _FORMULA.match(text, keyword)
        if formula is not None and formula.start("bracket") == at:
            return keyword if plausible(formula.group("dossier")) else None
    return None


def _dossier_end(dash: str) -> str:
    """Lookbehinds from after ``dash`` for the end of a dossier number before it (see
    _DOSSIER_BEFORE): its five digits, or a space and its last three ("33 694")."""
    # The one-character lookbehind first: most dashes in prose fail it, cheaply.
    return rf"(?<=[0-9]{dash})(?:(?<=[0-9]{{5}}{dash})|(?<={_SP}[0-9]{{3}}{dash}))"


_ANCHORS: list[tuple[str, Tracer]] = [
    # The dash of "33694-49" follows a digit, that of "kst-33694-20" a letter; the lookbehind
    # keeps the many other hyphens of running text from reaching Python at all.
    # After the dash of a compact reference comes a part of at most four digits ("-49",
    # "-07-1398"), a suffix or an R-number; five digits ("33694-33694") are something else.
    # A dash after a word and a space may end an agenda line in the bill's number instead.
    # Before a digit's dash, the end of a dossier number: five digits, or three after a space
    # ("33 694"); a year ("2023-2024") or a time ("10.00-") is left in re.
    (
        rf"-(?:{_dossier_end('-')}(?=\s*[*_]{{0,3}}(?:[0-9]{{1,4}}(?!\d)|[RIVXA-M(]))"
        # A dotted dossier before its budget chapter ("35.300-VII-5", "35.300-VII, nr. 5").
        r"|(?<=[0-9]\.[0-9]{3}-)(?=[IVX]+[AB]?(?:-[0-9A-Z]|,\s*(?:[Nn][Rr]|[Ll]etter|[A-Z]{1,2}(?![\w]))))"
        # An identifier in any case (KST-33694-20, kst-cxxiv-g): a digit, a chamber or an
        # Eerste Kamer dossier's Roman number after its prefix (by their first characters
        # first: most words joined by a hyphen fail there, cheaply).
        r"|(?<=[a-zA-Z]-)(?=[0-9tevcxlTEVCXL])"
        r"(?=[0-9]|(?i:tk|ek|vv)-[0-9]|(?i:c[lxvi]+|xc[ivx]*|lxxx[ivx]*)-)"
        rf"|(?P<agenda>{_AGENDA}))",
        _after_dash,
    ),
    (
        rf"\u2013(?:{_dossier_end(chr(0x2013))}(?=\s*(?:[0-9]{{1,4}}(?!\d)|[RIVXA-M(]))"
        rf"|(?P<agenda>{_AGENDA}))",
        _after_dash,
    ),
    # Two passes: a pattern that opens with a lookbehind loses re's literal skip (ten times
    # slower than these two together, measured).
    (r"nrs?\.?(?=\s*[0-9])", _before_nr),
    # "N" alone: re skips to it faster. "No." too (a lower-case "no." is rare in Dutch, and a
    # pass of its own would cost as much as this one); "NR." of a heading or a capitals line.
    (r"N(?=[roR])(?:rs?|os?|RS?)\.?(?=\s*[0-9])", _before_nr),
    (r"Z[0-9]{5}(?![\w])", zaak_start),
    # An opening parenthesis: a bill number alone in it ("(34556)", "(34417 (R2068))"), spaced
    # with its suffix and an EK letter ("(36 200 VIII)", "(35 570 VII J)"; dotted, a chapter of
    # two numerals or a letter: "(10.000 V)" is a voltage), spaced without one after a bill's
    # title ("(12 500)" is an amount too), or an EK verslag's heading ("(2021/2022 NR.\n19)").
    # A bill with its Rijkswet number after a comma needs no title: "(34 893, R2098)".
    # Spaces inside are the grammar's ("( 36 112 )"). All open with a digit or an R, looked at
    # first: most brackets of running text fail there, before the six ways are tried.
    (
        rf"\({_SP}*(?=[1-9R])(?:(?P<bill>[1-9][0-9]{{4}}(?:{_SP}*\)|{_SP}*\(R[0-9]{{3,4}}\){_SP}*\)))"
        rf"|(?P<suffixed>[1-9][0-9]{_SP}{{1,3}}[0-9]{{3}}(?:{_SP}+|[\-\u2013])(?:[IVX]+[AB]?|[0-9][0-9])"
        rf"(?:(?:{_SP}+|[\-\u2013])[A-Z](?![\w]))?{_SP}*\)"
        rf"|[1-9][0-9]\.[0-9]{{3}}{_SP}+(?:[IVX]{{2,}}[AB]?|[IVX]+[AB]?(?:{_SP}+|-)[A-Z])(?![\w]){_SP}*\))"
        rf"|(?P<titled>[1-9][0-9]{_SP}{{1,3}}[0-9]{{3}})(?P<fund>{_SP}+[A-M])?{_SP}*\)"
        rf"|(?P<rwet>[1-9][0-9](?:{_SP}{{1,3}}|\.)?[0-9]{{3}})(?=,{_SP}*R{_SP}?[0-9]{{3,4}}{_SP}*\))"
        rf"|(?=[1-9][0-9]\.[0-9]{{3}}{_SP}*\))"
        r"|(?P<verslag>(?=(?:1[89]|20)[0-9][0-9][/\-\u2013\u2014\u2212](?:1[89]|20)[0-9][0-9]"
        rf"{_SP}+(?i:{_NR})\.?{_SP}*[0-9]{{1,3}}{_SP}*\)))"
        rf"|(?P<rijkswet>(?=R{_SP}?[0-9]{{3,4}}{_SP}*\))))",
        _parenthesis,
    ),
    # Eerste Kamer letters after their dossier: ", letter D", or ", BH" after five digits.
    # (Also after a chapter with its letter: "35 300 IXB, B"; and after a fund's or a bill's
    # part in brackets: "(36 200 A, AE)". The first look behind turns most commas away.)
    (
        rf",(?<=[0-9A-MVX],)(?:(?<=[0-9IVXLC],)|(?<=[IVX][AB],)"
        rf"|(?P<part>(?<=[0-9][ \t\u00a0\-\u2013][A-M],)))"
        rf"{_SP}*(?:(?:letter|LETTER){_SP}+)?[A-Z]{{1,2}}(?![\w])",
        _before_letter,
    ),
    # A link, by the rarer "/" of its ".nl/" (a chamber's page of a bill too: "eerstekamer.nl/...").
    (
        r"/(?:(?<=officielebekendmakingen\.nl/)|(?<=repository\.overheid\.nl/)(?=frbr/)"
        r"|(?<=eerstekamer\.nl/)(?=wetsvoorstel/)|(?<=tweedekamer\.nl/)(?=kamerstukken/wetsvoorstellen/))",
        link_start,
    ),
    # A heading after a line break, also at the top of a page (PDF text ends a page with a line
    # break and opens the next with a form feed: "\n\f"; a set of the two characters would be
    # skipped to seven times slower than the one), or at the start of the text (\A: tried
    # there only).
    (r"\n(?=[1-9CLX\f])\f?" + HEADING, heading_start),
    (r"\A" + HEADING, heading_start),
]


# Passes for a character most texts do not have, each run only where str.find (at memory
# speed) finds it in the text; a pass of re, even one that opens with its literal, visits
# every character. An em dash only before an agenda line's bill number (a minus sign is "-"
# in the repaired view).
_LISTED = rf":(?={_SP}*(?:{AGENDA_BILL}|{BARE_BILL}))"
_RARE_ANCHORS: list[tuple[str, str, Tracer]] = [
    ("\u2014", rf"\u2014(?P<agenda>{_AGENDA})", _after_dash),
    # The bills of a list after its colon, each with its title, a semicolon between ("Agenda
    # Eerste Kamer 12 mei 2020: 35 227 Wet verplichte ggz; 35 282 Wet open overheid"), or by
    # their dossier alone ("Stemmingen: 35 165 (Wet ggz), 35 093 en 35 227"); agenda_bills
    # looks for the list's word on the line. Keyed on the colon: re skips to it as a literal
    # and fails most at the next character; eight word searches (agenda, stemming, hamerstuk,
    # ingekomen, in two cases) cost three times this pass, measured on dev2 and on prose.
    (":", _LISTED, agenda_bills),
]


def rare_anchors(text: str) -> list[tuple[re.Pattern[str], Tracer]]:
    """The proposers for rare characters and words (see _RARE_ANCHORS) that ``text`` has.

    >>> len(rare_anchors("Lijst \u2014 36 123")), len(rare_anchors("Lijst - 36 123"))
    (1, 0)
    >>> len(rare_anchors("Agenda: 36 123 Wet X"))
    1
    """
    return [entry for char, entry in _rare_anchors() if char in text]


@functools.cache
def _rare_anchors() -> list[tuple[str, tuple[re.Pattern[str], Tracer]]]:
    return [(char, (re.compile(pattern), trace)) for char, pattern, trace in _RARE_ANCHORS]


#: The number- and sign-led proposers uncompiled: (pattern, tracer).
#: :mod:`kamerstuk.text.candidates` compiles each on first use, and only for a text with the
#: literal it opens with.
ANCHOR_SOURCES = _ANCHORS


@functools.cache
def anchors() -> list[tuple[re.Pattern[str], Tracer]]:
    """The number- and sign-led proposers: (pattern, tracer), each pattern a pass over the
    text, all compiled (compiling them costs more than the rest of ``import kamerstuk``)."""
    return [(compiled(pattern), trace) for pattern, trace in ANCHOR_SOURCES]
