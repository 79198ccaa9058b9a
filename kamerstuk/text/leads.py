"""What leads up to a number a proposer found, and what makes a lone number a dossier.

A proposer (:mod:`kamerstuk.text.anchors`) finds a dossier number by what follows it; what comes
before it may belong to the same citation: the dossiers before it in a list of stukken, the other
dossier of a stuk printed under two, the session of an old Kamerstuk (:func:`led`). A spaced
number in brackets is a bill's only after its title (:func:`titled`), and a number without a head
word a dossier only below the highest dossier number there can be by now (:func:`plausible`),
and not as a value of a table (:func:`captioned`), a count before a name's initial
(:func:`initial`) or a count in brackets (:func:`tallied`).

>>> text = "Aan de orde: 30 126 (R 1790), 30 127, nr. 4"
>>> led(text, text.index("30 127"))
(13, 30)
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from .lazy_patterns import LazyPattern
from .named import count_words, named_otherwise

__all__ = [
    "CHAPTER",
    "GLUE",
    "SP",
    "SUFFIXED_DOSSIER_BEFORE",
    "Starts",
    "Tracer",
    "captioned",
    "counted",
    "dossier_start",
    "dossier_stuk",
    "funded",
    "initial",
    "joint_dotted",
    "led",
    "plausible",
    "tallied",
    "titled",
    "unglued",
]

#: Spaces writers and PDF text put between words and inside numbers: the no-break space, thin
#: space and narrow no-break space too, which re's ``\s`` (of a str pattern: what str.isspace()
#: says) takes in. (Named beside it in a class, "[\s\u00a0\u2009\u202f]", they matched the
#: same characters and made compiling the proposers' patterns 2.5 times as slow.)
SP = r"\s"
_SP = SP
#: What a tracer gives: where a citation may start (or two places), or None.
Starts = int | tuple[int, ...] | None
#: A tracer: from a match of its pattern to where the citation starts.
Tracer = Callable[[re.Match[str], str], Starts]
#: Characters that glue a number to the word before it: then it is part of something else.
GLUE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/.,_")

# A dossier (with its suffix or Rijkswet number) and the separator of a list or a joint stuk,
# just before another dossier; the session before an old Kamerstuk's dossier.
_ELEMENT_BEFORE = LazyPattern(
    rf"(?P<dossier>[1-9][0-9]{_SP}?[0-9]{{3}})"
    rf"(?:{_SP}*\({_SP}*R{_SP}?[0-9]{{3,4}}{_SP}*\)|,?{_SP}*R{_SP}?[0-9]{{3,4}}"
    rf"|{_SP}+(?:[IVX]+[AB]?|[A-M])|[\-\u2013](?:[0-9][0-9]|[IVX]+[AB]?|[A-M]))?"
    rf"{_SP}*(?:,|{_SP}en|/){_SP}*$"
)
# A joint stuk's first dossier written with a dot ("21.265 / 26306, nr. 5": the stuk is filed
# under the first), only before a slash: after a comma or "en" a dotted number is as often an
# amount ("12.500 en 33694, nr. 5").
_JOINT_DOTTED_BEFORE = LazyPattern(
    rf"(?P<dossier>[1-9][0-9]\.[0-9]{{3}})"
    rf"(?:{_SP}+(?:[IVX]+[AB]?|[A-M])|[\-\u2013](?:[0-9][0-9]|[IVX]+[AB]?|[A-M]))?{_SP}*/{_SP}*$"
)
# A dossier's optional suffix after it: " VII", "-VI", "-07", " A".
_SUFFIX = rf"(?:{_SP}+(?:[IVX]+[AB]?|[A-M])|[\-\u2013](?:[0-9][0-9]|[IVX]+[AB]?|[A-M]))"
# A stuk printed under two dossiers, the second written with a dot, right before its keyword
# ("21.265 / 26.306, nr. 5"; the first in any of its forms).
_JOINT_DOTTED_SECOND = LazyPattern(
    rf"(?<![\w.,])(?P<first>[1-9][0-9](?:{_SP}{{1,3}}|\.)?[0-9]{{3}}){_SUFFIX}?{_SP}*/{_SP}*"
    rf"(?P<second>[1-9][0-9]\.[0-9]{{3}}){_SUFFIX}?,?{_SP}*$"
)
# What follows a capital that is a name's initial, not an Eerste Kamer letter: its dot, perhaps
# more initials, and a name ("A. de Vries", "A.B. van der Berg", "C. Jansen"); a sentence after
# a letter ("35526, A. De motie ...") cannot be told from one, and no letter of a dossier
# without a head word was seen so (they stand in brackets or lists: "(35.526, BH)").
_INITIAL = LazyPattern(
    rf"\.(?:[A-Z]\.)*{_SP}*(?:(?:de|van|der|den|ter|ten|te|het|in|op|'t|la|le|von|du)"
    rf"{_SP}+)*[A-Z][a-z]"
)
_JOINT_LONGEST = 48
_SESSION_BEFORE = LazyPattern(
    rf"(?<![\w])(?i:zitting|vergaderjaar|zittingsjaar){_SP}+(?:1[89]|2[01])[0-9]{{2}}{_SP}*"
    rf"[/\-\u2013\u2014\u2212]{_SP}*[0-9]{{2,4}}{_SP}*(?:[,\-\u2013\u2014]{_SP}*)?$"
)
# What the text before a dossier ends with when something leads up to it: a list's comma, a
# joint stuk's "en" or "/", a session's dash or year.
_LEADS = frozenset(",/n-\u2013\u2014")
# The most characters an element of a list before a dossier takes ("30 126 (R 1790), "), and
# the most elements looked back over.
_ELEMENT_LONGEST = 40
_LIST_MOST = 12
# A table's or figure's caption, its number and colon, right before a number: "Tabel 3:",
# "Fig. 2a:", "Grafiek 1.2:".
_CAPTION = LazyPattern(
    rf"(?<![\w])(?i:tabel|tab\.|figuur|fig\.|grafiek|diagram|kolom){_SP}*[0-9]{{1,3}}[a-z]?"
    rf"(?:\.[0-9]{{1,2}})*{_SP}*:$"
)
_CAPTION_LONGEST = 24
_SPACES = frozenset(" \t\n\u00a0\u2009\u202f")
_AGENDA_TITLE = LazyPattern(
    r"[ \t]*(?:[-\u2013\u2022*][ \t]+|[0-9]{1,2}[.)][ \t]+)?"
    r"[A-Z][^\d\n.;:!?()\u20ac$%]{2,100}?[ \t]+"
)
# Where a clause before a number begins, and how far back it is read; the words of an amount
# that may end it right before the number.
_CLAUSE = LazyPattern(r"[.;:!?()]")
_CLAUSE_LONGEST = 80
_AMOUNT_END = LazyPattern(
    rf"(?<![\w])(?i:was|is|waren|zijn|bedraagt|bedroeg|bedragen|bedroegen|telt|telde|tellen"
    rf"|circa|ca\.|ongeveer|ruim|bijna|totaal){_SP}*$"
)
_AMOUNT_START = LazyPattern(
    rf"{_SP}*(?:(?i:het|de|een|in){_SP}+)?(?i:aantal|totaal|bedrag|som|kosten|gemiddeld|gemiddelde"
    rf"|maximaal|minimaal)(?![\w])"
)
_LINE_END = LazyPattern(r"[ \t]*(?:;[ \t]*)?(?:\r?\n|$)")
_TITLE_WORD = LazyPattern(
    r"(?i:wet|wijziging|voorstel|goedkeuring|regeling|begroting|verdrag|besluit|slotwet)"
)
# The other words a bill's title opens with, where a title opens (a line, an item of a list, a
# sentence, or after "wetsvoorstel"), capitalised and joined to their subject, and with no
# digit or amount between them and the bracket: "Regels over de bescherming van
# persoonsgegevens (24 191)", "Vaststelling van ...", "Tijdelijke regels ter ...".
_TITLE_OPENING = LazyPattern(
    r"(?:^|[.:;][ \t]+|(?i:wetsvoorstel|wetsontwerp)[ \t]+)"
    r"(?:[-\u2013\u2022*][ \t]+|[0-9]{1,2}[.)][ \t]+)?"
    r"(?:Regels|Vaststelling|Invoering|Aanpassing|Intrekking|Herziening|Instelling|Uitvoering"
    r"|Implementatie|Machtiging|Verlenging|Bepalingen|Tijdelijke|Samenvoeging|Herindeling"
    r"|Aanvulling|Opheffing|Verklaring|Nadere|Introductie)"
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:van|over|ter|tot|met|inzake|voor|omtrent|betreffende|houdende"
    r"|in|op|regels|bepalingen|voorzieningen)(?![\w])[^\d\n\u20ac$%()]*$"
)


def led(text: str, start: int | None) -> Starts:
    """``start``, and where what leads up to the dossier there begins, if anything does: the
    dossiers before it in a list ("30 126 (R 1790), 30 127, nr. 4") or a joint stuk ("32 145 en
    29 383, nr. 17"), and the session of an old Kamerstuk ("zitting 1969-1970 - 10 423, nr. 4").
    The grammar decides what they are; both starts are proposed."""
    if start is None:
        return None
    tail = text[max(0, start - 3) : start].rstrip()
    if not tail or not (tail[-1] in _LEADS or tail[-1].isdigit()):
        return start  # most dossiers follow a word: nothing leads up to them
    first = start
    for _ in range(_LIST_MOST):
        before = _dossier_before(text, first)
        if before is None:
            break
        if before.start() and text[before.start() - 1] in GLUE:
            break
        first = before.start()
    session = _SESSION_BEFORE.search(text, max(0, first - _ELEMENT_LONGEST), first)
    if session is not None:
        first = session.start()
    return start if first == start else (first, start)


def joint_dotted(text: str, at: int) -> Starts:
    """Where a stuk printed under two dossiers starts whose second is written with a dot
    before the keyword at ``at`` ("21.265 / 26.306, nr. 5", "32 145 / 29.383 VII, nr. 17"): at
    the first, under which the stuk is filed. A dotted number alone before "nr." is as often an
    amount as a dossier ("12.500, nr. 5"); after a dossier and a slash it is the joint stuk's.

    >>> joint_dotted("Zie 21.265 / 26.306, nr. 5", 21), joint_dotted("Zie 26.306, nr. 5", 12)
    (4, None)
    """
    low = max(0, at - _JOINT_LONGEST)
    joint = _JOINT_DOTTED_SECOND.search(text, low, at)
    if joint is None or not (plausible(joint.group("first")) and plausible(joint.group("second"))):
        return None
    return led(text, dossier_start(text, joint.start()))


def initial(match: re.Match[str], text: str) -> bool:
    """True when the one capital after a number's comma (``match``, a proposer's) is a name's
    initial ("31 066, A. de Vries"); "letter" before it says it is a letter, and two capitals
    are no initial.

    >>> text = "Het aantal was 31 066, A. de Vries; zie (35 300, A)."
    >>> [initial(m, text) for m in re.finditer(r", [A-Z]", text)]
    [True, False]
    """
    end = match.end()
    if text[end : end + 1] != "." or text[end - 2].isupper():
        return False
    return _INITIAL.match(text, end) is not None and "etter" not in match.group().lower()


def titled(text: str, at: int, end: int) -> bool:
    """True when the spaced number in parentheses at ``at`` follows a bill's title: a title word
    on its line, or on the line before when this line goes on from it (a title broken over
    lines), or a line of its own that the number ends, as on an agenda ("Voortgang Waddenfonds
    (29 684)"): a capital first, no digits or sentence stops, nothing after the bracket."""
    lines = text[max(0, at - 200) : at].rsplit("\n", 2)
    line = lines[-1]
    if _TITLE_WORD.search(line) or _TITLE_OPENING.search(line):
        return True
    if len(lines) > 1 and line[:1].islower() and _TITLE_WORD.search(lines[-2]):
        return True
    agenda = _AGENDA_TITLE.fullmatch(line) and _LINE_END.match(text, end)
    # "Aantal inwoners (12 500)" ends a line too: a count, not a bill (also hyphenated over
    # two lines: "AANTAL INWO-\nNERS (36 583)").
    return bool(agenda) and not count_words(line_before(text, at))


# A budget fund's name right before the bracket of its dossier and letter: "Het Gemeentefonds
# (35 570 B)", "Diergezondheidsfonds (36 200 F)", "het BES-fonds (35 570 H)".
_FUND_NAME = LazyPattern(r"[A-Za-z]-?fonds[ \t]*$")


def funded(text: str, at: int) -> bool:
    """True when the bracket at ``at`` follows the name of a budget fund, whose dossier it holds
    with the fund's letter ("Het Gemeentefonds (35 570 B)"): "Het pensioenfonds (12 500)" has
    no letter, and is not asked about.

    >>> funded("Het Gemeentefonds (35 570 B)", 18), funded("Het fonds van (35 570 B)", 14)
    (True, False)
    """
    return _FUND_NAME.search(text, max(0, at - 40), at) is not None


def tallied(text: str, at: int) -> bool:
    """True when the bracket at ``at`` closes a clause that names a count or an amount, not a
    bill's title: a clause that opens with a word that says so ("Aantal inwoners (31066)"; a
    title may have it further on: "Initiatiefnota over het aantal ..."), or a verb or word of
    amount right before the bracket ("De uitkomst was (31066)", "circa (31066)"), and no title
    word on the line ("Wet ... kosten ... (34556)" is a bill).

    >>> tallied("Het aantal was (31066) in totaal.", 15)
    True
    >>> tallied("Wet fiscale maatregelen rijksmonumenten en scholing (34556)", 52)
    False
    """
    line = line_before(text, at)
    clause = _CLAUSE.split(line[-_CLAUSE_LONGEST:])[-1]
    if not (_AMOUNT_END.search(clause) or _AMOUNT_START.match(clause)):
        return False
    return not _TITLE_WORD.search(line)


def line_before(text: str, at: int) -> str:
    """The line before ``at``, with the line before it where that ends in a hyphen (a word
    hyphenated over the two)."""
    start = text.rfind("\n", 0, at)
    if start > 0 and text[start - 1] == "-":
        start = text.rfind("\n", 0, start)
    return text[start + 1 : at]


def counted(text: str, at: int) -> bool:
    """True when the line a number at ``at`` ends names a count, not a bill: a word that says
    so (not only a noun of what is counted: "Compensatie gedupeerde studenten - 35 788" may be
    an agenda's) and no bill's title word ("Totaal aantal woningen - 25 300"; "Wijziging van
    de Kieswet in verband met het aantal leden - 36 123" is a bill)."""
    line = line_before(text, at)
    return count_words(line, nouns=False) and not _TITLE_WORD.search(line)


# A date and "nr." before a number: the number of the dated document ("Brief van 12 mei 2019,
# nr. 31066-4", "Besluit van 3 juni 2019 nr. 12345-6"), where the Kamerstuk cited by its date
# has its head word ("Kamerstuk 31066, nr. 4 van 12 mei 2019").
_DATED_NR = LazyPattern(
    rf"(?<![0-9])[0-3]?[0-9]{_SP}+(?i:januari|februari|maart|april|mei|juni|juli|augustus"
    rf"|september|oktober|november|december){_SP}+(?:19|20)[0-9]{{2}}(?:{_SP}*,)?{_SP}*"
    rf"(?i:nrs?|nummers?|no)\.?$"
)
_DATED_NR_LONGEST = 40
_NR_ENDS = frozenset(".rRoO")


# A budget chapter, with OCR's l or 1 for an I where one Roman letter is there ("VIl", "lXB").
CHAPTER = r"(?=[IVXl1]*[IVX])[IVXl1]{1,6}[AB]?"
# A dossier with its chapter or letter, read backwards from what follows it ("25 424, nr.").
SUFFIXED_DOSSIER_BEFORE = LazyPattern(
    rf"(?:[1-9][0-9]{SP}{{0,3}}[0-9]{{3}}(?:{SP}+(?:{CHAPTER}|[A-M])|[\-\u2013](?:[0-9][0-9]|{CHAPTER}|[A-M])"
    # (the chapter after a comma or spelled out, as old Kamerstukken print it: "14 800, hoofdstuk
    # VII, nr. 24", grammar.lark's CHAPTER)
    rf"|,?{SP}*(?i:hoofdstuk){SP}+{CHAPTER}|,{SP}*{CHAPTER})?"
    # A dotted dossier only with its budget chapter ("35.300-VII, nr. 5", "35.300 VII, nr. 5"):
    # a dotted number alone before "nr." is as often an amount ("12.500, nr. 5").
    rf"|(?<![\w.,])[1-9][0-9]\.[0-9]{{3}}(?:{SP}+|[\-\u2013])[IVX]+[AB]?)"
    rf",?{SP}*$"
)
# A dossier (not dotted: "12.500, stuk nr. 4" is an amount) and a comma before "stuk nr.".
_DOSSIER_COMMA_BEFORE = LazyPattern(
    rf"(?<![\w.,])[1-9][0-9]{_SP}{{0,3}}[0-9]{{3}}"
    rf"(?:{_SP}+{CHAPTER}|[\-\u2013](?:[0-9][0-9]|{CHAPTER}))?{_SP}*,{_SP}*$"
)


def dossier_stuk(text: str, stuk: int) -> Starts:
    """Where the citation starts whose dossier and comma stand before the "stuk nr." at
    ``stuk``, as older Handelingen write it ("(19 403, stuk nr. 12)"); None without one.

    >>> dossier_stuk("(19 403, stuk nr. 12)", 9)
    1
    """
    dossier = _DOSSIER_COMMA_BEFORE.search(text, max(0, stuk - 24), stuk)
    if dossier is None or not plausible(dossier.group()):
        return None
    return led(text, dossier_start(text, dossier.start()))


def unglued(text: str, start: int) -> int | None:
    """``start``, unless the character before it glues the number there to a word (GLUE).

    >>> unglued("kst-33694", 4), unglued("Kamerstuk 33694", 10)
    (None, 10)
    """
    return None if start and text[start - 1] in GLUE else start


def dossier_start(text: str, start: int) -> int | None:
    """``start`` of a dossier without a head word, unless glued to the word before it or named
    otherwise by it (:func:`kamerstuk.text.named.named_otherwise`: "artikel 12345-13").

    >>> text = "artikel 12345-13 en motie 33694-49"
    >>> dossier_start(text, 8), dossier_start(text, text.index("33694"))
    (None, 26)
    """
    if start and text[start - 1] in GLUE and not _joint_slash(text, start):
        return None
    return None if named_otherwise(text, start) or dated_number(text, start) else start


def dated_number(text: str, start: int) -> bool:
    """True when the number at ``start`` follows a date and "nr.": a dated document's own
    number ("Brief van 12 mei 2019, nr. 31066-4"); a Kamerstuk cited so has its head word.

    >>> dated_number("Brief van 12 mei 2019, nr. 31066-4", 27)
    True
    """
    at = start - 1
    while at >= 0 and text[at] in _SPACES:
        at -= 1
    if at < 1 or text[at] not in _NR_ENDS:  # most numbers: the one look needed
        return False
    return _DATED_NR.search(text, max(0, at - _DATED_NR_LONGEST), at + 1) is not None


def _joint_slash(text: str, start: int) -> bool:
    """True when the number at ``start`` is glued by a slash to a five-digit dossier before it,
    the second of a joint stuk ("32145/29383, nr. 17", "21.265/26306, nr. 5"); "2019/12345"
    has a year before it."""
    return text[start - 1] == "/" and _dossier_before(text, start) is not None


def _dossier_before(text: str, at: int) -> re.Match[str] | None:
    """The dossier and the list's or joint stuk's separator that end at ``at``, when the
    dossier is one a dossier can be ("30 127, " of "30 127, 30 128"; "21.265 / ")."""
    low = max(0, at - _ELEMENT_LONGEST)
    before = _ELEMENT_BEFORE.search(text, low, at) or _JOINT_DOTTED_BEFORE.search(text, low, at)
    return before if before is not None and plausible(before.group("dossier")) else None


def captioned(text: str, start: int) -> bool:
    """True when the number at ``start`` follows a table's or figure's caption and its colon
    ("Tabel 3: 31.066, C en D samen"): a value of the table, not a dossier.

    >>> captioned("Tabel 3: 31.066, C", 9), captioned("Agendapunt 3: 35526, BH", 14)
    (True, False)
    """
    at = start - 1
    while at >= 0 and text[at] in _SPACES:
        at -= 1
    if at < 0 or text[at] != ":":  # most numbers: the one look needed
        return False
    return _CAPTION.search(text, max(0, at - _CAPTION_LONGEST), at + 1) is not None


def plausible(number: str) -> bool:
    """A number written without a head word is taken for a dossier only where one can exist:
    below the highest dossier number there can be by now (from the shipped KOOP data)."""
    digits = number[:5]
    if not digits.isdigit():  # most are digits only ("33694"); "35 300", "35.300" are not
        digits = "".join(filter(str.isdigit, number[:8]))[:5]
    return int(digits) <= _dossier_ceiling()


@functools.cache
def _dossier_ceiling() -> int:
    from ..model.limits import limits

    return limits().dossier_ceiling(dt.date.today())
