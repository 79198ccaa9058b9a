"""Spelling damage in the citations that have no citation-shaped comma, which the comma's
repairs (:mod:`kamerstuk.text.spelling`) never see: the Handelingen formula, "stuk nr. 14
(36 410)"; the heading of an Eerste Kamer verslag, "(2021/2022 nr. 19)"; a Kamerstuk's heading
at the top of a page, "35 300 VII Vaststelling van ...".

Each is looked for from what only it has: a bracket that opens on a dossier or a vergaderjaar
(numbers in which OCR may have put letters for digits), or a page that opens on a dossier with
such a letter in it, before a title. From the bracket the formula is read back to its "nr."
(or a word OCR made of it: "mr.", "ne@", "nr,", "rn."). Only where the whole form is there are
its numbers repaired (O and o read as 0, l and I as 1 next to a digit: "nr. 8I, I (28 14l)"),
"nr" put for its misreading, a blank line after it cut to a space, a year split by a space
joined; elsewhere nothing is touched.

>>> text = "Het amendement op mr. l9 (36 O46) is aangenomen."
>>> [(e.start, e.end, e.text) for e in commaless_edits(text, next(iter(triggers(text, 0, 48))))]
[(18, 21, 'nr.'), (22, 24, '19'), (29, 32, '046')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .digits import folded as _folded
from .edit import LAYOUT, MARKUP, SPELLING, Edit
from .emphasis import markers
from .layout import SUPERSCRIPTS
from .ocr_words import MISREAD
from .vocabulary import distance

__all__ = ["commaless_edits", "patterns", "triggers"]

# Spaces of any kind, a line break too (the grammar reads one, never a blank line); in a str
# pattern \s takes no-break, thin and narrow spaces in too (and compiles quicker than a set).
_SP = r"\s"
# A digit, or a letter OCR puts for one.
_D = "[0-9OolI]"
# Markup that spelling reads through (kamerstuk.text.layout cuts it): emphasis or bold around a
# number, a footnote mark after it.
_OPEN = "[*_]{0,3}"
_CLOSE = f"[*_{SUPERSCRIPTS}]{{0,3}}"
# A dossier number, perhaps with OCR letters in it; its spaces doubled perhaps ("36  046").
_DOSSIER = rf"[1-9Il]{_D}(?:{_SP}{{1,3}}|\.)?{_D}{{3}}(?!{_D})"
# A year, perhaps with OCR letters or a space in it ("2O12", "20 12").
_YEAR = rf"[12Il]{_D}(?:[^\S\n]?{_D}){{2}}"
# The bracket that opens on a dossier (the formula's) or on the vergaderjaar, "nr." and number
# of an Eerste Kamer verslag's heading. The pattern opens with its literal bracket, which re
# skips to quickly; most brackets fail the character after it, or (the formula's) the end of a
# number before it ("14 (", "8I, I (", "14a  ("), told by lookbehinds of fixed widths.
_GAP_CHAR = r"[\s\\]"
_NUMBER_END = rf"[0-9OolIVX*_{SUPERSCRIPTS}]"
_AFTER_NUMBER = "|".join(
    [rf"(?<={_NUMBER_END}{_GAP_CHAR}{{{n}}}\()" for n in range(4)]
    + [rf"(?<=[0-9][a-z]{_GAP_CHAR}{{{n}}}\()" for n in range(3)]
)
_BRACKET = (
    rf"\((?={_SP}{{0,2}}{_OPEN}[1-9Il])"
    rf"(?:(?:{_AFTER_NUMBER})(?={_SP}{{0,2}}{_OPEN}(?P<dossier>{_DOSSIER}))"
    rf"|(?={_SP}{{0,2}}{_OPEN}(?P<vj>{_YEAR}[/\-\u2013\u2014\u2212]{_D}(?:[^\S\n]?{_D}){{1,3}})"
    rf"(?P<vspace>{_SP}{{1,3}})(?P<word>[A-Za-z]{{2,3}}|[Nn]ummer|NUMMER)(?P<dot>[.,@:;]?)"
    rf"(?P<space>{_SP}{{0,4}})"
    rf"{_OPEN}(?P<number>(?={_D}*[0-9]){_D}{{1,3}}|[lI]){_CLOSE}{_SP}*\\?\)))"
)
# A page that opens (after blank lines, perhaps a numbered list's "1. ") on a dossier with an
# OCR letter in it, then perhaps its suffix or Rijkswet number, then its title (as
# kamerstuk.text.anchors reads a heading): the text's first page or one after a form feed.
# (Its spaces are bounded, as the bracket's are: every repair lies within kamerstuk.text.spelling's
# reach of its trigger, so that a part of a text is repaired as the whole is.)
_HEADING = (
    rf"\f?\s{{0,12}}(?:[0-9]{{1,2}}\.[^\S\n]{{1,3}})?{_OPEN}"
    rf"(?P<heading>(?=[^\n]{{0,6}}[OolI])[1-9Il]{_D}[^\S\n]{{0,2}}{_D}{{3}})"
    rf"{_CLOSE}(?![0-9OolI\w])(?=(?:{_SP}+(?:[IVX]+[AB]?|[A-M])(?![\w])|{_SP}*\\?\({_SP}*R[0-9]{{3,4}}{_SP}*\\?\))?"
    r"(?:[^\S\n]+\r?\n?|\r?\n)[^\S\n]*(?:[A-Z][a-z]|[A-Z]{2,}[^\S\n]+[A-Z]{2}))"
)

# The formula read backwards from its bracket (a pattern run over the text before it reversed,
# which matches at one place only): an amendment's part ("9, I"), its numbers ("14", "14 en
# 15", "27, was nr. 19"; the first after each "nr." may be a lone l or I that OCR put for a 1),
# "nr." or what OCR made of it ("mr.", "ne@"), not glued to a word before it.
_WORD_BACK = r"(?:s?remmun|S?REMMUN|[A-Za-z]{2,3})"
_NUMBER_BACK = rf"{_CLOSE}[a-z]?(?={_D}{{0,4}}[0-9]){_D}{{1,5}}{_OPEN}"
_SEP_BACK = rf"{_SP}*(?:,|ne|NE){_SP}*"


def _part_back(n: int) -> str:
    return (
        rf"(?:{_NUMBER_BACK}{_SEP_BACK})*(?:{_CLOSE}(?P<l{n}>[lI]){_OPEN}|{_NUMBER_BACK})"
        rf"(?P<s{n}>{_SP}*)(?P<d{n}>[.,@:;]?)(?P<w{n}>{_WORD_BACK})(?![^\W\d_])"
    )


_FORMULA_BACK = (
    rf"\\?{_SP}*(?:[IVX]{{1,4}}{_SP}*,)?"
    rf"(?:{_part_back(2)}{_SP}+(?:saw|SAW){_SP}*,?)?{_part_back(1)}"
)
# What may stand between the formula's last number and its bracket; what may end the number.
_GAP = " \t\n\r\u00a0\u2009\u202f\\"
# How far before its bracket the formula's "nr." is looked for.
_FORMULA_REACH = 64
_KEYWORDS = frozenset({"nr", "nrs", "no", "nos", "nummer", "nummers"})
# Words one letter off "nr" that are words or abbreviations in their own right before a number
# ("nu 5", "nl. 12": namelijk; titles and units: "dr.", "jr.", "gr.").
_NOT_NR = frozenset({"nu", "na", "nl", "dr", "jr", "sr", "vr", "zr", "gr"})
# A blank line (PDF text puts one between "nr." and its number).
_BLANK = re.compile(r"[^\S\n]*\n\s*\n\s*")
# A year split by a space ("20 12").
_SPLIT = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]?(?P<s>[^\S\n])[0-9]{1,2}(?![0-9])")


@functools.cache
def patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The bracket's and the page top's trigger patterns (kamerstuk.text.spelling sends their
    matches to :func:`commaless_edits`) and the formula read back. Compiled on first use:
    compiling them costs more than importing this module does."""
    return re.compile(_BRACKET), re.compile(_HEADING), re.compile(_FORMULA_BACK)


def triggers(original: str, low: int, high: int) -> list[re.Match[str]]:
    """The brackets, and the starts of the text and of its pages, in ``original[low:high]``
    that may open a citation without a comma, in order."""
    # (A formula's bracket has a number before it: most brackets are passed by here.)
    found = [
        m
        for m in patterns()[0].finditer(original, low, high)
        if m.group("vj") is not None or _number_before(original, m.start())
    ]
    # A heading at the top of a page: at the start of the text or after a form feed, which
    # PDF text puts at each page. (Not at every line: a pass over every line of every text
    # costs more than a heading misread by OCR in the middle of one is worth.)
    pages = [0] if low == 0 else []
    at = original.find("\f", low, high)
    while at >= 0:
        pages.append(at)
        at = original.find("\f", at + 1, high)
    if not pages:
        return found
    page_top = patterns()[1]
    tops = (page_top.match(original, page, high) for page in pages)
    found.extend(top for top in tops if top is not None)
    return sorted(found, key=re.Match.start)


def commaless_edits(text: str, trigger: re.Match[str]) -> list[Edit]:
    """The repairs that the bracket or page top ``trigger`` shows (in order)."""
    if trigger.re is not patterns()[0]:
        number = trigger.span("heading")
        start, found = number[0], list(_folded(text, *number))
        if not found:
            return found  # an OCR letter by no digit: "24950 IX" is read as it is
    elif trigger.group("dossier") is not None:
        number = trigger.span("dossier")
        start, found = _formula(text, trigger)
    else:
        number = trigger.span("number")
        start, found = trigger.start(), _verslag(text, trigger)
    if not found and start == trigger.start():
        return found  # no citation here, or one with nothing to repair
    low, high = max(0, start - 3), trigger.end() + 3
    if text.find("*", low, high) < 0 and text.find("_", low, high) < 0:
        return found
    # (Markers in a formula without other damage too: "_nr.\n4 (34 397)_".)
    numbers = [number, *((e.start, e.end) for e in found if e.kind == SPELLING)]
    return _with_markers(text, (start, high), numbers, found)


def _with_markers(
    text: str, span: tuple[int, int], numbers: list[tuple[int, int]], found: list[Edit]
) -> list[Edit]:
    """``found`` with the markdown markers of the citation at ``span``: those that
    kamerstuk.text.layout cuts at a word's edge, a run that opens the citation's first word
    however damaged ("_rn. 5 (24794)_"), and runs around a number that OCR put a letter in
    ("**2495O**", "**23 73O**"), which layout does not take for a number."""
    start, end = span
    cuts = markers(text, max(0, start - 3), min(len(text), end))
    run = _run_before(text, start)
    if run < start and (not run or text[run - 1].isspace() or text[run - 1] in "(["):
        cuts.append(Edit(run, start, "", MARKUP))
    for low, high in numbers:
        run = _run_before(text, low)
        if run < low and text.startswith(text[run:low], high):
            cuts.append(Edit(run, low, "", MARKUP))
            cuts.append(Edit(high, high + low - run, "", MARKUP))
    merged = {(e.start, e.end): e for e in [*cuts, *found]}
    return sorted(merged.values(), key=lambda e: (e.start, e.end))


def _run_before(text: str, at: int) -> int:
    """Where the run of markdown markers ("*", "_") that ends at ``at`` starts (``at``: none)."""
    run = at
    while run > max(0, at - 3) and text[run - 1] in "*_" and text[run - 1] == text[at - 1]:
        run -= 1
    return run


def _formula(text: str, trigger: re.Match[str]) -> tuple[int, list[Edit]]:
    """Where the Handelingen formula that ends in the bracket's dossier starts, and its
    repairs: its "nr." words, the blank line after each, OCR letters in its numbers and
    dossier (none where no formula ends there)."""
    at = trigger.start()
    back = patterns()[2].match(text[max(0, at - _FORMULA_REACH) : at][::-1])
    if back is None:
        return at, []

    def span(group: str) -> tuple[int, int]:
        return at - back.end(group), at - back.start(group)

    found: list[Edit] = []
    for n in "12":
        if back.group("w" + n) is None:
            continue
        fixed = _keyword(text, span("w" + n), span("d" + n))
        if fixed is None:
            return at, []  # no "nr." before the numbers: no formula
        found.extend(fixed)
        found.extend(_blank(text, span("s" + n)))
        found.extend(_lone(text, span("l" + n)))
    found.extend(_folded(text, span("s1")[1], at))
    found.extend(_folded(text, *trigger.span("dossier")))
    found.sort(key=lambda e: e.start)
    return span("w1")[0], found


def _number_before(text: str, at: int) -> bool:
    """True when a number of the formula may end before the bracket at ``at``: a digit or a
    marker, or a letter OCR put for a digit or an amendment's Roman part, alone or after a
    digit ("8I (", "9, I ("; not "bestel ("). The pattern's lookbehinds passed the rest."""
    end = at
    while end and text[end - 1] in _GAP:
        end -= 1
    letters = end
    while letters > max(0, end - 4) and text[letters - 1] in "OolIVX":
        letters -= 1
    if letters == end:
        return True
    before = text[letters - 1 : letters]
    return not before or before.isdigit() or before.isspace() or before in ",*_"


def _verslag(text: str, trigger: re.Match[str]) -> list[Edit]:
    """The heading of an Eerste Kamer verslag, "(2012/2013 nr. 8)": the years' OCR letters and
    split, "nr." misread, a blank line before the number, the number's OCR letters."""
    fixed = _keyword(text, trigger.span("word"), trigger.span("dot"))
    if fixed is None:
        return []
    start, end = trigger.span("vj")
    found = list(_folded(text, start, end))
    found.extend(
        Edit(m.start("s"), m.end("s"), "", SPELLING) for m in _SPLIT.finditer(text, start, end)
    )
    found.extend(fixed)
    found.extend(_blank(text, trigger.span("space")))
    found.extend(_folded(text, *trigger.span("number")))
    found.extend(_lone(text, trigger.span("number")))
    found.sort(key=lambda e: e.start)
    return found


def _keyword(text: str, word: tuple[int, int], sign: tuple[int, int]) -> list[Edit] | None:
    """The repair of the number keyword at ``word`` (its sign at ``sign``): none where it is
    written right, "nr." for a misreading ("mr.", "ne@", "rn."), a dot for another sign
    ("nr,"); None where the word is no number keyword."""
    written, dot = text[slice(*word)], text[slice(*sign)]
    lower = written.lower()
    if lower in _KEYWORDS:
        return [] if dot in ("", ".") else [Edit(*sign, ".", SPELLING)]
    target = "nr" if MISREAD.get(lower) == "nr" else "nrs" if len(lower) == 3 else "nr"  # "rir."
    if not dot or lower in _NOT_NR or not (lower == "rn" or distance(lower, target, 1) <= 1):
        return None  # a misread word must keep its sign: "er 19 (36 046)" is prose
    target = target.upper() if written.isupper() else target
    return [Edit(word[0], sign[1], target + ".", SPELLING)]


def _blank(text: str, space: tuple[int, int]) -> Iterator[Edit]:
    """A blank line in ``text[space]`` (after a number keyword), as a space."""
    start, end = space
    blank = _BLANK.search(text, start, end) if text.count("\n", start, end) > 1 else None
    if blank is not None:
        yield Edit(blank.start(), blank.end(), " ", LAYOUT)


def _lone(text: str, number: tuple[int, int]) -> Iterator[Edit]:
    """A number that is a lone l or I (at ``number``) right after "nr.", where only a number
    can stand: the 1 OCR read so."""
    if number[1] - number[0] == 1 and text[number[0]] in "lI":
        yield Edit(*number, "1", SPELLING)
