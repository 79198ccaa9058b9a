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

from .layout import markers
from .repair import LAYOUT, MARKUP, SPELLING, Edit
from .vocabulary import BETWEEN, HEADS, PHRASES, canonical, distance

__all__ = ["REACH", "spelling_edits"]

# The comma: a number before it (two digits, or OCR letters for them), and after it a space
# and a number, or "nr." or a word like it ("mr.", "ne@", "nr,") and a number, which may have
# OCR letters in it too: read in groups; markdown markers may stand around the number and
# word after it. "802,83" (no space) is a decimal number. The pattern opens with its literal
# comma, which re skips to quickly, and has one lookbehind (each costs a little at every comma).
_TRIGGER = re.compile(
    r",(?<=[0-9OolI\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{2},)"
    r"(?:[^\S\n]*[*_]{0,3}(?P<word>[A-Za-z]{2,3}|nummer)(?=[.,@:;\s*_])(?P<dot>[.,@:;]?)"
    r"(?P<space>[\s*_]*)|\s+[*_]{0,3})"
    r"(?P<number>(?=[0-9OolI]*[0-9])[0-9OolI]+)(?![^\W\d_])"
)
#: How far back from its comma a head word is looked for, and how far past it numbers are
#: repaired: an edit lies at most this far from the comma that found it.
REACH = 96
_AHEAD = 40

_LETTER = r"[^\W\d_]"
# Superscript digits: footnote marks glued to a head word or number ("Kamerstukken¹² II",
# "nr. 18³"). Looked for only where a citation shows itself: finding U+2074 and its neighbours
# in text beyond Latin-1 costs a tenth of find()'s time on text without citations.
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_SUPERSCRIPT = re.compile(f"(?<=[\\w.)])[{_SUPERSCRIPTS}]+")


def _reversed(words: frozenset[str]) -> str:
    return "|".join(sorted((w[::-1] for w in words), key=len, reverse=True))


# Read backwards from the character before the comma: what stands between a head word and the
# comma (separators and markdown, numbers in which OCR letters may stand for digits or Roman
# ones, the words above), digits glued to the head word, the head word (letters, perhaps a 1
# or 0 OCR put for one inside), and up to two words before it, for heads of more words and
# split ones. What stands between is taken possessively: given back a character at a time, a
# long run of digits would be tried in every split (exponential time). (No group inside the
# possessive repeat: Python 3.11's re then reports a wrong span, SystemError.)
_BACK = re.compile(
    rf"(?P<between>(?:[\s,()/.*_\\\-\u2013\u2014\u2212\u2011{_SUPERSCRIPTS}]"
    rf"|[0-9OolIVXLC]++(?!{_LETTER})"
    rf"|(?i:{_reversed(BETWEEN)})\.?(?!{_LETTER}))*+)"
    rf"(?P<glued>[0-9]{{1,2}})?"
    rf"(?P<w1>(?:{_LETTER}|(?<={_LETTER})[01](?={_LETTER}))+)(?!{_LETTER})"
    rf"(?:[^\S\n]{{1,2}}(?P<w2>\.?{_LETTER}+)(?!{_LETTER})"
    rf"(?:[^\S\n]{{1,2}}(?P<w3>{_LETTER}+)(?!{_LETTER}))?)?"
)
_OCR_LETTERS = frozenset("OolI")
_OCR_NEAR_DIGIT = re.compile(r"[0-9][OolI]|[OolI][0-9]")
# A space inside a year next to a dash, read backwards ("20 14-2015", "2014-20 15").
_SPLIT_HINT = re.compile(
    r"[0-9](?:(?<=[\-/\u2013\u2014][0-9])|(?<=[\-/\u2013\u2014][0-9]{2}))[^\S\n][0-9]"
    r"|[0-9][^\S\n][0-9]{1,3}[\-/\u2013\u2014]|(?:1[89]|20)[0-9]?[^\S\n][0-9]{1,2}$"
)
# A number with a letter OCR puts for a digit in it: "2O19", "3O0", "l2".
_OCR_NUMBER = re.compile(
    rf"(?<!{_LETTER})(?=[0-9OolI]*[0-9])[0-9OolI]*[OolI][0-9OolI]*(?!{_LETTER})"
)
_AS_DIGITS = str.maketrans("OolI", "0011")
# A footnote number glued to a head word, not the first digits of a dossier glued to it
# ("Kst.35 300").
_GLUED = re.compile(r"[0-9]{1,2}(?![0-9])(?![^\S\n]?[0-9]{3}(?![0-9]))(?=[\s,(])")
# A dossier number right before the comma, perhaps with OCR letters for digits in it.
_DOSSIER_BEFORE = re.compile(
    r"(?<![0-9OolI])[1-9Il][0-9OolI](?:[^\S\n]|\.)?[0-9OolI]{3}"
    r"(?:[ \-](?:[IVX]+[AB]?|[A-M]|[0-9]{1,2}))?$"
)
# Head words as the proposers know them: nothing to repair.
_AS_PROPOSED = frozenset([*HEADS.values(), *(h.rstrip(".") for h in HEADS.values())])
_KEYWORDS = frozenset({"nr", "nrs", "no", "nos", "nummer"})
_PLAIN_NR = frozenset({"nr", "Nr", "NR", "nrs", "Nrs", "no", "No", "nummer", "Nummer"})
# A blank line (PDF text puts one between "nr." and its number).
_BLANK = re.compile(r"[^\S\n]*\n\s*\n\s*")
# Words one letter off "nr" that are words in their own right before a number.
_NOT_NR = frozenset({"nu", "na"})
# A year with a space inside it, before or after the year it runs to: "20 14-2015",
# "2014-20 15".
_SPLIT_YEAR = re.compile(
    r"(?<![0-9])(?P<a>(?:1[89]|20)[0-9]?)(?P<s>[^\S\n])(?P<b>[0-9]{1,2})(?![0-9])"
    r"(?=[^\S\n]?[\-/\u2013\u2014][^\S\n]?(?P<next>[0-9]{2,4})(?![0-9])|[^\S\n]*(?P<end>$))"
)
_SPLIT_NEXT_YEAR = re.compile(
    r"(?<![0-9])(?P<year>(?:1[89]|20)[0-9]{2})[^\S\n]?[\-/\u2013\u2014][^\S\n]?"
    r"(?P<a>[0-9]{1,3})(?P<s>[^\S\n])(?P<b>[0-9]{1,3})(?![0-9])"
)


def spelling_edits(original: str, start: int, end: int) -> Iterator[Edit]:
    """The spelling repairs that lie in ``original[start:end]``, in order (they may overlap:
    the caller keeps the first), as the scan for commas reaches them; each is decided by the
    whole text around it, so that a part repaired alone is repaired as the whole is."""
    pending: list[tuple[int, int, int, Edit]] = []  # (start, end, order, edit)
    order = 0
    # A comma up to _AHEAD before the part repairs in it, one up to REACH after it too.
    # (The comma's match reads at most _AHEAD characters past it.)
    for trigger in _TRIGGER.finditer(original, max(0, start - _AHEAD), end + REACH + _AHEAD):
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


def _at_comma(text: str, trigger: re.Match[str]) -> list[Edit]:
    """The repairs a citation-shaped comma shows: its head word, then its numbers and the
    markdown markers in it. Most such commas are in whole citations: this is the hot path, so
    what is plain is passed by with string methods (:func:`_quick`)."""
    comma = trigger.start()
    found: list[Edit] = []
    begin = _quick(text, comma)
    if begin is None:
        back = _BACK.match(text[max(0, comma - REACH) : comma][::-1])
        begin = _NO_HEAD if back is None else _head(text, comma, back, found)
    if begin is None or begin == _NO_HEAD:
        word = trigger.group("word")
        if word is None:
            return found
        if not _DOSSIER_BEFORE.search(text, max(0, comma - 12), comma):
            # No citation before the comma: one may start after it ("1 mei 1966, stb. 362").
            if canonical(word + trigger.group("dot")) is None:
                return found
            found.extend(_after(text, trigger))
            found.extend(_marks(text, trigger.start("word"), trigger.end()))
            found.sort(key=lambda e: e.start)
            return found
        begin = comma - 12
    between = text[begin:comma]
    if _ocr_letters(between):
        found.extend(_folded(text, begin, comma))
    if (
        "-" in between or "/" in between or "\u2013" in between or between[-3:-2].isspace()
    ) and _SPLIT_HINT.search(between):
        found.extend(_split_years(text, begin, comma))
    word, dot, space, number = trigger.group("word", "dot", "space", "number")
    tail = trigger.end()
    if (
        word is not None and (word not in _PLAIN_NR or dot not in ("", ".") or "\n" in space)
    ) or not number.isdigit():
        found.extend(_after(text, trigger))
    elif _ocr_letters(text[tail : tail + 12]):
        found.extend(_folded(text, trigger.start("number"), tail + 12))
    found.extend(_marks(text, begin, comma))
    if len(found) > 1:
        found.sort(key=lambda e: e.start)
    return found


_DIGITS = frozenset("0123456789")
#: What :func:`_quick` gives where no head word can stand before the numbers.
_NO_HEAD = -1
# What may stand between a head word and its comma: numbers (perhaps with OCR letters in them),
# separators, a chamber ("II").
_BETWEEN_CHARS = "0123456789OolIVX/-.,\u2013\u2014 \t\n\r\u00a0\u2009\u202f" + _SUPERSCRIPTS
# Signs that open a word: "(Kamerstuk 33694, nr. 20)"; and a footnote number before one.
_OPENING = "([{\"'\u2018\u201c0123456789"
# Words that commonly stand before a citation.
_BEFORE_CITATIONS = frozenset(
    ("zie", "de", "het", "in", "en", "van", "ook", "bij", "uit", "op", "aan", "vgl", "cf", "of")
)


def _quick(text: str, comma: int) -> int | None:
    """Where the head word before ``comma`` starts when it is written as the proposers know it
    (only numbers, separators and a chamber after it); :data:`_NO_HEAD` when the word before
    the numbers is plainly none, or there is none; None when it takes :data:`_BACK` to tell (a
    word that may be a damaged head word, a vergaderjaar's or date's word, markers)."""
    low = max(0, comma - 48)
    before = _stripped(text, low, comma)
    if not before:
        return None if low else _NO_HEAD
    if not (before[-1].isalpha() or before[-1] in ".*_"):
        return _NO_HEAD  # "(21 501-20, nr. 5)": a bracket, no word, before the numbers
    words = before.rsplit(None, 2)
    for _ in range(3):  # "vergaderjaar", "Kamer" (Tweede Kamer), a month: the head is before
        if len(words) < 2 or words[-1].rstrip(",.").lower() not in BETWEEN:
            break
        before = _stripped(text, low, low + len(before) - len(words[-1]))
        if not before or not before[-1].isalpha():
            return None
        words = before.rsplit(None, 2)
    end = low + len(before)
    # A footnote number before the word is the proposers' to pass ("2Kamerstuk").
    word = words[-1].lstrip(_OPENING)
    if len(words) == 1 and low:
        return None  # the word may go on before the window
    after = text[end : end + 2]
    if word in _AS_PROPOSED and not (
        after[:1] in _DIGITS or (after[:1] == "." and after[1:] in _DIGITS)
    ):
        phrase = PHRASES.get(word.lower())
        start = end - len(word)
        return start if phrase is None else _phrase_quick(text, words, phrase[0], start)
    previous = words[-2].lower() if len(words) > 1 else ""
    return None if _maybe_head(word, previous) else _NO_HEAD


def _stripped(text: str, low: int, high: int) -> str:
    """``text[low:high]`` without the numbers, separators and chamber at its end, but with the
    whole of its last word (a Roman or OCR digit can end a word: "JANUARI", "Aanhangsel")."""
    before = text[low:high].rstrip(_BETWEEN_CHARS)
    end = low + len(before)
    while end < high and text[end].isalpha():
        end += 1
    return text[low:end]


def _marks(text: str, begin: int, comma: int) -> list[Edit]:
    """The markdown markers and footnote marks in a citation (from ``begin``, its head or
    dossier, to a little past ``comma``)."""
    low, high = max(0, begin - 3), min(len(text), comma + _AHEAD)
    found = []
    if text.find("*", low, high) >= 0 or text.find("_", low, high) >= 0:
        found.extend(markers(text, low, high))
    found.extend(Edit(*m.span(), "", MARKUP) for m in _SUPERSCRIPT.finditer(text, low, high))
    return found


def _maybe_head(word: str, previous: str) -> bool:
    """True when ``word`` (with the word ``previous`` before it, in lower case) may be a head
    word or stand between one and its numbers: then it takes :data:`_BACK` to tell."""
    lower = word.lower()
    return (
        lower.rstrip(".") in BETWEEN
        or lower in PHRASES
        or not word.isalpha()  # markers, a glued footnote number, an OCR digit, a dot
        or canonical(word) is not None
        or canonical(word + ".") is not None  # its dot went with the numbers: "kst. 35 300"
        or (previous.isalpha() and canonical(previous + lower) is not None)
    )


def _phrase_quick(text: str, words: list[str], before: tuple[str, ...], start: int) -> int | None:
    """The head that the proposers' word ``words[-1]`` ends ("Handelingen" of "Aanhangsel
    Handelingen"): where it starts when the word before it is plainly not part of it; None
    when it takes :data:`_BACK` to tell."""
    previous = words[-2].lstrip(_OPENING + "0123456789") if len(words) > 1 else ""
    if len(before) == 1 and previous in (before[0], before[0].capitalize()):
        at = text.rfind(previous, max(0, start - len(previous) - 3), start)
        return at if at >= 0 and text[at + len(previous) : start].isspace() else None
    if previous.lower() in _BEFORE_CITATIONS or not previous.isalpha():
        return start
    return None


def _head(original: str, comma: int, back: re.Match[str], found: list[Edit]) -> int | None:
    """Where the head word before ``comma`` starts, the edits that repair it appended to
    ``found``; None when the word there is no head word."""
    w1_start, w1_end = comma - back.end("w1"), comma - back.start("w1")
    if w1_start and original[w1_start - 1].isalpha():
        return None  # cut by the window's edge: part of a longer word
    dotted = w1_end + 1 if original.startswith(".", w1_end) else w1_end
    before = [(comma - back.end(g), comma - back.start(g)) for g in ("w2", "w3") if back.group(g)]
    last = _last_word(original, (w1_start, w1_end, dotted), before)
    if last is None:
        return None
    start, end, head, used = last
    phrase = PHRASES.get(head.lower())
    first = None if phrase is None else _phrase_start(original, before[used:], phrase[0])
    if phrase is not None and first is not None:
        start, head = first, phrase[1]
    elif head not in _AS_PROPOSED:
        return None  # the last word of a head of several ("blad"), without the words before
    if original[start:end] != head:
        found.append(Edit(start, end, head, SPELLING))
    if original[end : end + 1].isdigit():
        glued = _GLUED.match(original, end)
        if glued is not None:  # a footnote mark: a fix of the citation must keep it
            found.append(Edit(glued.start(), glued.end(), "", MARKUP))
    return start


def _last_word(
    original: str, word: tuple[int, int, int], before: list[tuple[int, int]]
) -> tuple[int, int, str, int] | None:
    """The head word (or the last word of a head of several) that ``word`` (start, end, end
    with its dot) is, alone or with the word before it (split by a space): its span, the head
    as the proposers know it, and how many of the words ``before`` it took. None when none."""
    start, end, dotted = word
    if original[start:dotted] in _AS_PROPOSED:
        return start, dotted, original[start:dotted], 0  # the common case: nothing to do
    if before and before[0][1] - before[0][0] > 1:
        # Split by a space into two parts that make a head word whole ("Kamerstu kken").
        joined = (original[before[0][0] : before[0][1]] + original[start:end]).lower()
        if joined in HEADS:
            return before[0][0], end, HEADS[joined], 1
    for stop in (dotted, end):
        written = original[start:stop]
        head = canonical(written)
        if head is not None:
            return start, stop, head, 0
        if written.lower() in PHRASES:  # "blad" of "Provinciaal blad"
            return start, stop, written.lower(), 0
    if before and before[0][1] - before[0][0] > 1:
        # A space inside a head word: "Kamer stukken", "Kam erstukken".
        piece = original[before[0][0] : before[0][1]]
        head = canonical(piece + original[start:end]) if canonical(piece) is None else None
        if head is not None:
            return before[0][0], end, head, 1
    return None


def _phrase_start(
    original: str, before: list[tuple[int, int]], words: tuple[str, ...]
) -> int | None:
    """Where a head of several words starts whose ``words`` before its last are the words
    ``before`` it (nearest first), each perhaps misread or split; None when they are not."""
    at, start = 0, None
    for wanted in reversed(words):
        if at < len(before) and _same(original[slice(*before[at])], wanted):
            start, at = before[at][0], at + 1
        elif at + 1 < len(before) and _same(
            original[slice(*before[at + 1])] + original[slice(*before[at])], wanted
        ):
            start, at = before[at + 1][0], at + 2
        else:
            return None
    return start


def _same(written: str, wanted: str) -> bool:
    """True when ``written`` is the word ``wanted`` (lower case), in any case, or with one
    OCR slip in a long word."""
    lower = written.lower()
    if lower == wanted:
        return True
    return len(wanted) >= 7 and lower[:1] == wanted[0] and distance(lower, wanted, 1) <= 1


def _replace(original: str, start: int, end: int, head: str, found: list[Edit]) -> None:
    if original[start:end] != head:
        found.append(Edit(start, end, head, SPELLING))


def _folded(original: str, start: int, end: int) -> Iterator[Edit]:
    """The numbers in ``original[start:end]`` with letters OCR put for digits, as digits."""
    for m in _OCR_NUMBER.finditer(original, start, end):
        yield Edit(m.start(), m.end(), m.group().translate(_AS_DIGITS), SPELLING)


def _split_years(original: str, head: int, comma: int) -> Iterator[Edit]:
    """A year split by a space next to the year it runs to: the space cut."""
    for m in _SPLIT_YEAR.finditer(original, head, comma):
        year = m.group("a") + m.group("b")
        # Before its comma a year stands alone ("Stb. 20 03, 75", "22 januari 19 92, nr."); in a
        # vergaderjaar the next year says it is one.
        if len(year) == 4 and (m.group("end") is not None or _runs_to(int(year), m.group("next"))):
            yield Edit(m.start("s"), m.end("s"), "", SPELLING)
    for m in _SPLIT_NEXT_YEAR.finditer(original, head, comma):
        following = m.group("a") + m.group("b")
        if len(following) in (2, 4) and _runs_to(int(m.group("year")), following):
            yield Edit(m.start("s"), m.end("s"), "", SPELLING)


def _runs_to(year: int, following: str) -> bool:
    """True when ``following`` (2 or 4 digits) is the year after ``year``."""
    modulo = 100 if len(following) == 2 else 10000
    return int(following) % modulo == (year + 1) % modulo


def _after(original: str, trigger: re.Match[str]) -> list[Edit]:
    """What the comma's match read after it: "nr" misread or with the wrong sign ("mr.",
    "ne@", "nr,"), a blank line before its number, OCR letters in the numbers up to the next
    comma."""
    out: list[Edit] = []
    word = trigger.group("word")
    if word is not None:
        lower, dot = word.lower(), trigger.group("dot")
        target = "nrs" if len(lower) == 3 else "nr"
        if lower in _KEYWORDS:
            if dot not in ("", "."):
                out.append(Edit(trigger.start("dot"), trigger.end("dot"), ".", SPELLING))
        elif lower not in _NOT_NR and (distance(lower, target, 1) <= 1 or lower == "rn"):
            # One letter misread ("mr", "ne@"), or the two turned round ("rn.").
            written = target + ("." if dot else "")
            out.append(Edit(trigger.start("word"), trigger.end("dot"), written, SPELLING))
        else:
            head = canonical(word + dot) or canonical(word)
            if head is not None and head.rstrip(".").lower() == lower:
                # A head word after the comma ("1 mei 1966, stb. 362"), as proposers know it.
                at = trigger.start("word")
                out.append(Edit(at, at + len(word), head[: len(word)], SPELLING))
            return out
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


def _ocr_letters(numbers: str) -> bool:
    """True when a letter OCR puts for a digit stands next to a digit in ``numbers``; quick
    where there is none (most text: ``in`` runs at memory speed; the "I" of a chamber "II"
    is looked at alone)."""
    if "O" in numbers or "o" in numbers or "l" in numbers:
        return _OCR_NEAR_DIGIT.search(numbers) is not None
    at = numbers.find("I")
    while at >= 0:
        if numbers[at - 1 : at].isdigit() or numbers[at + 1 : at + 2].isdigit():
            return True
        at = numbers.find("I", at + 1)
    return False
