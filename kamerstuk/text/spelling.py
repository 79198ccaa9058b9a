"""Spelling damage, repaired only where a citation shows itself: a head word in lower case or
capitals, or misread by OCR; a letter for a digit; "mr." for "nr."; a space inside a word.

Such damage has no character of its own to find, and the words it hits are ordinary ones
elsewhere, so it is looked for from what only citations have: a number before a comma, and a
space and a number, or "nr." (or a word like it) and a number, after it ("2003, 75",
"2019/20, 35 300", "35 300, nr. 5"; not "802,83"). From each such comma the repair looks back
past the numbers, vergaderjaar, chamber and date for the head word
(:mod:`kamerstuk.text.vocabulary`):

- in another case ("stb.", "STAATSCOURANT", "provinciaal blad"): put in the case the
  proposers know;
- misread ("Karnerstukken", "Handelmgen", "Hande1ingen") or split ("Kamer stukken",
  "Kam erstukken"): the head word put in its place;
- with a footnote number glued to it ("Kamerstukken3 II", "Stb.4 2003"): the number cut.

Where it finds a head word, or the number before the comma is a dossier and "nr." comes after
it, it repairs the numbers too: O and o read as 0, l and I as 1 in a number that has a digit
("2O19", "nr. l2"); "nr" misread ("mr.", "ne@", "nr,"); a blank line between "nr." and its
number; a year split by a space ("20 14-2015"). Elsewhere nothing is touched, so "mr. 5" in a
name or "2O19" in a code stay as they are.

>>> [(e.start, e.end, e.text) for e in spelling_edits("Zie stb. 2003, 75.", 0, 18)]
[(4, 8, 'Stb.')]
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from .commaless import commaless_edits
from .commaless import triggers as commaless_triggers
from .compact import DASH, compact_dashes, compact_edits
from .digits import folded as _folded
from .digits import marks as _marks
from .digits import ocr_letters as _ocr_letters
from .edit import LAYOUT, SPELLING, Edit
from .eu_spelling import publicatieblad_edits
from .layout import SUPERSCRIPT_CLASS
from .letters import BARE_LETTER, bare_letter_edits, bare_letters, letter_edits
from .lookback import NO_HEAD, REACH, head_before, quick
from .ocr_numbers import split_number
from .ocr_words import MISREAD, MISREAD_HEAD, OCR_WORD, chamber_edits, chamber_head, dot_for_comma
from .possessive import possessive
from .tails import back_reference_edits, list_tail, no_list_at
from .vocabulary import canonical, distance
from .years import date_year, runs_to, split_years

__all__ = ["REACH", "spelling_edits"]

# The comma: a number before it (two digits, or OCR letters for them), and after it a space
# and a number, or "nr." or a word like it ("mr.", "ne@", "nr,") and a number, which may have
# OCR letters in it too: read in groups; markdown markers may stand around the number and
# word after it, and a footnote number glued to that word ("1 mei 1966, 81Stb. 362"). "802,83"
# (no space) is a decimal number. The pattern opens with its literal
# comma, which re skips to quickly, and a lookbehind of the one character before it that each
# of the three after it needs (most commas, after a word, fail that one alone).
# A superscript, looked for in a citation by one search (0.4 us, a find of each 0.9 us).
_SUPERSCRIPT = re.compile(f"[{SUPERSCRIPT_CLASS}]")
# What may not follow a number read: a letter (a superscript is a footnote mark, no letter).
_NO_LETTER = rf"(?![^\W\d_{SUPERSCRIPT_CLASS}])"
# The possessive runs of _TRIGGER (each a group of its own on Python 3.10: text/possessive.py).
_SPACES, _MARKERS, _WORD, _DOT = (
    # (a line break may stand before the keyword: "36.037,\nnr.\n\n24.")
    possessive(r"[^\S\n]*(?:\n[^\S\n]*)?"),
    possessive("[*_]{0,3}"),
    possessive("[A-Za-z]{2,3}"),
    # (OCR puts a space before the dot: "nr . 5")
    possessive(r"(?:[^\S\n]?[.,@:;])?"),
)
_AFTER_WORD = possessive(rf"[\s*_{SUPERSCRIPT_CLASS}]*")
_WHITE, _WHITE_MARKERS = possessive(r"\s+"), possessive("[*_]{0,3}")
_LETTER_SPACES, _LETTERS = possessive(r"[^\S\n]*"), possessive("[A-Z]{1,2}")
_TRIGGER = re.compile(
    rf",(?<=[0-9OolIA-MVX)*_\- {SUPERSCRIPT_CLASS}],)"
    rf"(?:(?<=[0-9OolIA-MVX)*_\-{SUPERSCRIPT_CLASS}]{{2}},)|(?<=[\s\\]\),)|(?<=[0-9]\s[A-MVX],)|(?<=[0-9]\s\s[A-MVX],)"
    # (OCR's space before the comma: "35 300 VII , nr . 5")
    rf"|(?<=[0-9OolIVX]{{2}} ,))"
    # (the class takes a bold or emphasised number too: "**34 824**, 28.443")
    # Runs that what follows them cannot start with are possessive: where the number after
    # them fails ("2023, de"), re does not give them back a character at a time to try again
    # (the pass 0.1-0.16 ms quicker on 0.5-0.8 MB, the same matches and groups).
    rf"(?:(?:{_SPACES}{_MARKERS}(?P<glued>[0-9]{{1,2}}(?=[A-Za-z]))?(?P<word>{_WORD}|nummers?|{OCR_WORD})"
    rf"(?=[.,@:;\s*_{SUPERSCRIPT_CLASS}])(?P<dot>{_DOT})"
    rf"(?P<space>{_AFTER_WORD})|{_WHITE}{_WHITE_MARKERS})"
    # (or a capitalised word glued to it by PDF text: a table's next cell, "5725OBesluiten")
    # (after a keyword a stuk may have its letter: "rn. 7a")
    rf"(?P<number>(?=[0-9OolI]*[0-9])[0-9OolI]+)(?(word)[a-z]?)(?:{_NO_LETTER}|(?=[A-Z][a-z]))"
    # An Eerste Kamer letter after its dossier ("29.679⁵⁸, letter L", "CLI⁷⁵, D").
    rf"|{_LETTER_SPACES}(?P<letter>(?:(?:letter|LETTER)[^\S\n]+)?{_LETTERS})(?![^\W_]))"
)
# The slash of a gazette's "year/number" ("Stb. 2003/75", "STAATSCOURANT 2015/49960"): a
# citation without a comma. (A vergaderjaar's slash, "2019/20", is passed by in Python; the
# groups after the comma's are there, never matching, so that both are read alike.)
_SLASH = re.compile(
    r"/(?<=[0-9OolI]{2}/)(?:(?P<word>(?!))(?P<dot>)(?P<space>))?[*_]{0,3}"
    rf"(?P<number>(?=[0-9OolI]*[0-9])[0-9OolI]+){_NO_LETTER}"
)
# A zaak number's Z ("2019Z12345"), with OCR letters perhaps in its digits: a Kamervraag's
# head word ("Kamervragen", "vraagnummer", "schriftelijke vragen") is looked for before it.
_ZAAK = re.compile(
    r"Z(?<=[12Il][0-9OolI]{3}Z)(?:(?P<word>(?!))(?P<dot>)(?P<space>))?"
    rf"(?P<number>(?=[0-9OolI]*[0-9])[0-9OolI]{{5}}){_NO_LETTER}"
)
# A year before a gazette's slash, perhaps with OCR letters or a space in it ("2O15", "20 24").
_YEAR_BEFORE = re.compile(r"(?<![0-9OolI])[12Il][0-9OolI](?:[^\S\n]?)[0-9OolI]{2}$")
# How far past its comma numbers are repaired (lookback.REACH: how far before it).
_AHEAD = 40


# A space inside a year next to a dash, read backwards ("20 14-2015", "2014-20 15").
_SPLIT_HINT = re.compile(
    r"[0-9](?:(?<=[\-/\u2013\u2014][0-9])|(?<=[\-/\u2013\u2014][0-9]{2}))[^\S\n][0-9]"
    r"|[0-9][^\S\n][0-9]{1,3}[\-/\u2013\u2014]|(?:1[89]|20)[0-9]?[^\S\n][0-9]{1,2}$"
)
# A space inside a year, anywhere in a citation: where _suspect sends a citation on to repair.
_YEAR_SPACE = re.compile(
    r"(?:1[89]|20)[0-9]?[^\S\n][0-9]{1,2}(?![0-9])|[\-/\u2013\u2014][0-9]{1,3}[^\S\n][0-9]"
)
# A dossier number right before the comma, perhaps with OCR letters for digits in it.
_DOSSIER_BEFORE = re.compile(
    r"(?<![0-9OolI])[1-9Il][0-9OolI](?:[^\S\n]{1,3}|\.)?[0-9OolI]{3}"
    r"(?:(?:[^\S\n]{1,3}|-)(?:[IVX]+[AB]?|[A-M]|[0-9]{1,2}))?"
    rf"(?:[^\S\n]{{0,3}}\\?\([^\S\n]*R[^\S\n]?[0-9]{{3,4}}[^\S\n]*\\?\))?[{SUPERSCRIPT_CLASS}]*[^\S\n]?$"
)
# How far before its comma a dossier (with its suffix or Rijkswet number) is looked for.
_DOSSIER_REACH = 24
_KEYWORDS = frozenset({"nr", "nrs", "no", "nos", "nummer", "nummers"})
_PLAIN_NR = (_KEYWORDS - {"nos"}) | {"Nr", "NR", "Nrs", "No", "Nummer", "Nummers"}
# A blank line (PDF text puts one between "nr." and its number).
_BLANK = re.compile(r"[^\S\n]*\n\s*\n\s*")
# Words one letter off "nr" that are words in their own right before a number.
_NOT_NR = frozenset({"nu", "na"})


def _comma_edits(original: str, start: int, end: int) -> Iterator[Edit]:
    """The spelling repairs that lie in ``original[start:end]``, in order (they may overlap:
    the caller keeps the first), as the scan for commas reaches them; each is decided by the
    whole text around it, so that a part repaired alone is repaired as the whole is."""
    pending: list[tuple[int, int, int, Edit]] = []  # (start, end, order, edit)
    order = 0
    # A comma up to REACH before the part repairs in it (the list after its number reaches
    # that far: kamerstuk.text.tails), one up to REACH after it too.
    for trigger in _triggers(original, max(0, start - REACH), end + REACH + _AHEAD):
        comma = trigger.start()
        if comma >= end + REACH:
            break
        while pending and pending[0][0] < comma - REACH:
            yield heapq.heappop(pending)[3]
        for edit in _at_comma(original, trigger):
            if start <= edit.start and edit.end <= end:
                order += 1
                heapq.heappush(pending, (edit.start, edit.end, order, edit))
    while pending:
        yield heapq.heappop(pending)[3]


def spelling_edits(original: str, start: int, end: int) -> Iterator[Edit]:
    """The spelling repairs that lie in ``original[start:end]``, in order (they may overlap:
    the caller keeps the first): those the citation-shaped commas show, and those of the
    back-references, which have none (:mod:`kamerstuk.text.tails`)."""
    return heapq.merge(
        _comma_edits(original, start, end),
        back_reference_edits(original, start, end),
        key=lambda e: e.start,
    )


def _triggers(original: str, low: int, high: int) -> Iterator[re.Match[str]]:
    """The citation-shaped commas, the gazettes' slashes, the zaak numbers' Zs, the compact
    references' dashes and the triggers of the forms without a comma
    (:mod:`kamerstuk.text.commaless`) in ``original[low:high]``, in order (the others are few:
    most text has only the commas' pass, the brackets' and the dashes')."""
    commas = _TRIGGER.finditer(original, low, high)
    # (A pass of re for the slashes and Zs: it skips to its literal in C, where a loop of
    # str.find pays Python's cost at every "Z" of "Zie" and every "/" of a date.)
    rare = [*_slashes(original, low, high), *_ZAAK.finditer(original, low, high)]
    rare.extend(compact_dashes(original, low, high))  # a compact reference's (text/compact.py)
    rare.extend(commaless_triggers(original, low, high))  # the formula's bracket, headings
    rare.extend(bare_letters(original, low, high))  # an EK letter without a comma (letters.py)
    if not rare:
        return commas
    return iter(sorted([*commas, *rare], key=re.Match.start))


def _slashes(original: str, low: int, high: int) -> list[re.Match[str]]:
    """The gazettes' slashes in ``original[low:high]``."""
    return [m for m in _SLASH.finditer(original, low, high) if not _passed(m)]


def _passed(slash: re.Match[str]) -> bool:
    """True when the slash is no gazette's "year/number": there is no year before it (a date,
    "12/05"), or it stands in a vergaderjaar ("2019/20", "2019/2020"), which the comma after it
    brings to a repair."""
    text, at = slash.string, slash.start()
    year = text[at - 4 : at]
    if not _YEAR_BEFORE.match(text, at - 5 if text[at - 3 : at - 2].isspace() else at - 4, at):
        return True  # (a year split by a space, "20 24/957", is one too)
    number = slash.group("number")
    return (
        len(number) in (2, 4) and number.isdigit() and year.isdigit() and runs_to(int(year), number)
    )


def _at_comma(text: str, trigger: re.Match[str]) -> list[Edit]:
    """The repairs a citation-shaped comma shows: its head word, then its numbers and the
    markdown markers in it. Most such commas are in whole citations: this is the hot path, so
    what is plain is passed by with string methods (:func:`_quick`)."""
    comma = trigger.start()
    pattern = trigger.re
    if pattern is _TRIGGER:
        # (One call for the groups: each call of group() costs as much as a look at a word.)
        word, dot, space, number, letter, glued = trigger.group(
            "word", "dot", "space", "number", "letter", "glued"
        )
        if letter is not None:
            # A Publicatieblad's series ("PbEU 2O16, L 1"), or an Eerste Kamer letter.
            return publicatieblad_edits(text, comma) or letter_edits(text, comma, trigger.end())
        # A footnote mark glued to the word after the comma: only a gazette's head word ("1 mei
        # l966, 81stb. 362", the act's date before it) is read so.
        if glued is not None and canonical(word + dot) is None:
            return []
    elif pattern is _ZAAK or pattern is _SLASH:
        word, dot, space, number = trigger.group("word", "dot", "space", "number")
    elif pattern is DASH:
        return compact_edits(text, trigger)  # text/compact.py
    elif pattern is BARE_LETTER:
        return bare_letter_edits(text, trigger)
    else:
        return commaless_edits(text, trigger)  # the bracket's, the page top's: commaless.py
    found: list[Edit] = []
    begin = quick(text, comma)
    if begin is None:
        begin = head_before(text, comma, found)
    if begin == NO_HEAD and _chamber_sign(text[max(0, comma - 48) : comma]):
        begin = chamber_head(text, comma, found)  # "Handelingen U 2019/20,", "zie tk 2003/04,"
    if begin == NO_HEAD:
        if word is None:
            return found
        dossier = _DOSSIER_BEFORE.search(text, max(0, comma - _DOSSIER_REACH), comma)
        if dossier is None:
            if word.lower() in _KEYWORDS:  # "(R1632), nr. 26⁶⁴": marks around its number
                return _marks(text, trigger.start("word"), trigger.end())
            # No citation before the comma: one may start after it ("1 mei 1966, stb. 362").
            if canonical(word + dot) is None:
                return publicatieblad_edits(text, comma)  # "PB L l19 van 4.5.2016, blz. 1"
            found.extend(_after(text, trigger))
            found.extend(_marks(text, trigger.start("word"), trigger.end()))
            found.extend(date_year(text, comma))
            found.sort(key=lambda e: e.start)
            return found
        begin = dossier.start()
    head = text[begin:comma]
    if " H " in head or " U " in head or " ii " in head or " i " in head or "I I" in head:
        found.extend(chamber_edits(text, begin, comma))
    plain = word is None or (word in _PLAIN_NR and dot in ("", ".") and "\n" not in space)
    # To the number and what is glued to it, and on over the list it goes on with. After most
    # numbers (a bracket, a full stop) no list goes on and no number is split: one look tells.
    tail = trigger.end()
    in_tail: list[Edit] = []
    if no_list_at(text, tail):
        list_end = tail
        found.extend(dot_for_comma(text, tail))
    else:
        list_end, in_tail = list_tail(text, tail, comma + REACH)
        found.extend(dot_for_comma(text, list_end))  # "35 300 VII. nr. 5": OCR's dot for a comma
        found.extend(split_number(text, trigger))  # "nr. 1 35": OCR's space in a number
    window = text[begin : max(tail + 12, list_end)]
    if plain and number.isdigit() and not found and not _suspect(window):
        return in_tail  # the common case: nothing in the citation looks damaged
    between = text[begin:comma]
    if _ocr_letters(between):
        found.extend(_folded(text, begin, comma))
    if (
        "-" in between
        or "/" in between
        or "\u2013" in between
        or "\u2014" in between
        or between[-3:-2].isspace()
    ) and _SPLIT_HINT.search(between):
        found.extend(split_years(text, begin, comma))
    if not plain or not number.isdigit():
        found.extend(_after(text, trigger))
    if _ocr_letters(text[tail : tail + 12]):  # (the same edit twice is made once)
        found.extend(_folded(text, trigger.start("number"), tail + 12))
    found.extend(_marks(text, begin, comma))
    found.extend(in_tail)
    if len(found) > 1:
        found.sort(key=lambda e: e.start)
    return found


def _chamber_sign(window: str) -> bool:
    """True when ``window`` (before a comma) has a chamber where the look back for a head word
    stops: OCR's "U" for "II", "tk" or "ek" in lower case, "Karner" (:func:`chamber_head`)."""
    return (
        " U " in window
        or "I I " in window
        or "tk " in window
        or "ek " in window
        or "arner" in window
        or "ARNER" in window
    )


def _after(original: str, trigger: re.Match[str]) -> list[Edit]:
    """What the comma's match read after it: "nr" misread or with the wrong sign ("mr.",
    "ne@", "nr,"), a blank line before its number, OCR letters in the numbers up to the next
    comma."""
    out: list[Edit] = []
    word = trigger.group("word")
    if word is not None:
        lower, dot = word.lower(), trigger.group("dot")
        target = "nrs" if len(lower) == 3 else "nr"
        misread = MISREAD.get("n r" if lower[1:2].isspace() else lower)
        if lower in _KEYWORDS:
            if dot not in ("", "."):
                out.append(Edit(trigger.start("dot"), trigger.end("dot"), ".", SPELLING))
        elif misread is not None:
            written = misread + ("." if dot else "")
            out.append(Edit(trigger.start("word"), trigger.end("dot"), written, SPELLING))
        elif lower not in _NOT_NR and (distance(lower, target, 1) <= 1 or lower == "rn"):
            # One letter misread ("mr", "ne@"), or the two turned round ("rn.").
            written = target + ("." if dot else "")
            out.append(Edit(trigger.start("word"), trigger.end("dot"), written, SPELLING))
        else:
            head = canonical(word + dot) or canonical(word)
            if head is None or head.rstrip(".").lower() not in (lower, MISREAD_HEAD.get(lower)):
                return out
            # A head word after the comma ("1 mei 1966, stb. 362"), as proposers know it.
            at = trigger.start("word")
            if original[at : at + len(word)] != head[: len(word)]:
                out.append(Edit(at, at + len(word), head[: len(word)], SPELLING))
        space = trigger.group("space")
        blank = _BLANK.search(space) if space.count("\n") > 1 else None
        if blank is not None:
            at = trigger.start("space")
            out.append(Edit(at + blank.start(), at + blank.end(), " ", LAYOUT))
    number = trigger.start("number")
    stop = original.find(",", number, number + 24)
    stop = number + 24 if stop < 0 else stop
    if not trigger.group("number").isdigit() or _ocr_letters(original[number:stop]):
        out.extend(_folded(original, number, stop))
    return out


def _suspect(window: str) -> bool:
    """True when ``window`` (a citation) has what any repair of its numbers and marks starts
    from: markdown or an escape, "@" (of "ne@"), a superscript, an OCR letter by a digit, a
    year split by a space. String methods alone: a whole citation is passed by at once."""
    if "*" in window or "_" in window or "@" in window or "\\" in window:
        return True
    if not window.isascii() and _SUPERSCRIPT.search(window) is not None:
        return True
    if _ocr_letters(window):
        return True
    return ("20 " in window or "19 " in window or "18 " in window or "\xa0" in window) and bool(
        _YEAR_SPACE.search(window)
    )
