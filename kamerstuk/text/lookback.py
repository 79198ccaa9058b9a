"""Where a citation's head word is, read backwards from its numbers: the head word before a
citation-shaped comma (:mod:`kamerstuk.text.spelling`), past what stands between them (numbers,
chamber, vergaderjaar, a date), in any case, misread by OCR, split by a space or with a
footnote mark glued on (:mod:`kamerstuk.text.vocabulary` says which words are head words).
Most commas are in whole citations: :func:`quick` tells the plain cases with string methods
alone, the others are read by a pattern run backwards from the comma (:func:`head_before`).

>>> text = "Zie stb. 2003, 75."
>>> quick(text, 13) is None
True
>>> found = []
>>> head_before(text, 13, found), found
(4, [Edit(start=4, end=8, text='Stb.', kind='spelling')])
"""

from __future__ import annotations

import functools
import re

from .edit import MARKUP, SPELLING, Edit
from .layout import SUPERSCRIPTS
from .possessive import possessive, possessive_around
from .vocabulary import BETWEEN, HEADS, PHRASES, canonical, distance

__all__ = ["NO_HEAD", "REACH", "SUPERSCRIPTS", "head_before", "quick"]

#: How far back from its comma a head word is looked for.
REACH = 96

_LETTER = r"[^\W\d_]"


def _reversed(words: frozenset[str]) -> str:
    return "|".join(sorted((w[::-1] for w in words), key=len, reverse=True))


# Read backwards from before the comma: what stands between a head word and the comma
# (separators, markdown, numbers with OCR letters for digits or Roman ones, the words above),
# digits glued to the head word, the head word (perhaps with a 1 or 0 OCR put for a letter),
# up to four words before it (heads of more words, split ones; a 1 or 0 for a letter in one too:
# "Aanhangse1"). What stands between is taken possessively (text/possessive.py): else a long run
# of digits is tried in every split (exponential). No group in it (3.11: SystemError, wrong span).
_OPEN, _CLOSE = possessive_around("*")
_WORD = rf"(?:{_LETTER}|[01](?={_LETTER}))+"  # (read backwards: a digit after a letter)
_BACK = re.compile(
    rf"(?P<between>{_OPEN}(?:[\s,()/.*_\\\-\u2013\u2014\u2212\u2011{SUPERSCRIPTS}]"
    rf"|{possessive('[0-9OolIVXLC]+')}(?!{_LETTER})"
    rf"|(?i:{_reversed(BETWEEN)})\.?(?!{_LETTER})"
    rf"|[A-M]{possessive('[IVX]*')}(?!{_LETTER})){_CLOSE})"  # a dossier's suffix: "35 300 IIA"
    rf"(?P<glued>[0-9]{{1,2}})?"
    rf"(?P<w1>(?:{_LETTER}|(?<={_LETTER})[01](?={_LETTER}))+)(?!{_LETTER})"
    rf"(?:[^\S\n]{{1,2}}(?P<w2>\.?{_WORD})(?!{_LETTER})"
    rf"(?:[^\S\n]{{1,2}}(?P<w3>{_WORD})(?!{_LETTER})"
    rf"(?:[^\S\n]{{1,2}}(?P<w4>{_WORD})(?!{_LETTER})"
    rf"(?:[^\S\n]{{1,2}}(?P<w5>{_WORD})(?!{_LETTER}))?)?)?)?"
)

# A footnote number glued to a head word, not a dossier's first digits glued to it ("Kst.35 300").
_GLUED = re.compile(r"[0-9]{1,2}(?![0-9])(?![^\S\n]?[0-9]{3}(?![0-9]))(?=[\s,(])")
# The last words of heads of several that are long enough to be told with a slip in them.
_LONG_LAST_WORDS = tuple(word for word in PHRASES if len(word) >= 7 and word not in HEADS)
# (Their lengths with a letter more or less: a word of another length is passed by at once.)
_LAST_LENGTHS = frozenset(n + d for n in map(len, _LONG_LAST_WORDS) for d in (-1, 0, 1))
_CONNECTORS = frozenset(("de", "der", "van", "bij"))  # in a head: "Aanhangsel van de Hand."
_GLUED_WORD = re.compile(r"(?<=[\W\d_])[^\W\d_]{5,}$")  # after a sign: "ook**Aahangsel"
# A head of several words with those between, as the proposers read it (text/heads.py).
_WHOLE_AS_PROPOSED = re.compile(
    r"[Aa]anhangsels?(?:[^\S\n]+(?:van|bij|der)(?:[^\S\n]+de)?)?[^\S\n]+[Hh]andelingen"
    r"|AANHANGSELS?(?:[^\S\n]+(?:VAN|BIJ|DER)(?:[^\S\n]+DE)?)?[^\S\n]+HANDELINGEN"
)
# Head words as the proposers know them: nothing to repair.
_AS_PROPOSED = frozenset([*HEADS.values(), *(h.rstrip(".") for h in HEADS.values())])
_DIGITS = frozenset("0123456789")
_OCR = str.maketrans("10I", "lol")  # OCR's 1, 0 and I in a word for l, o, l: "b1ad" is "blad"
# A chamber that heads a citation, and its vergaderjaar right before a comma (OCR letters and a
# space perhaps in the years, markers and a footnote mark perhaps after the chamber): "Tweede
# Kamer 1996-19 97", "TK 2010-2O11", "_Tweede Kamer_ 1996-1997". (Searched where _BACK finds no
# head word: a chamber is one of the words it passes.)
_VERGADERJAAR = (
    r"[12Il][0-9OolI][^\S\n]?[0-9OolI]{2}[^\S\n]?[\-/\u2013\u2014\u2212][^\S\n]?"
    r"[0-9OolI]{1,2}[^\S\n]?[0-9OolI]{0,2}[^\S\n]?$"  # (OCR's space before the comma)
)
_CHAMBER_HEAD = re.compile(
    r"(?<![^\W_])(?:TK|EK|(?i:tweede|eerste)[^\S\n]{1,3}(?i:kamer)"
    r"(?:[^\S\n]+(?i:der)[^\S\n]+(?i:staten-generaal))?)"
    rf"[*_{SUPERSCRIPTS}]*\s*(?:,[^\S\n]*)?(?:(?i:vergaderjaar|zitting)[^\S\n]+)?{_VERGADERJAAR}"
)
_CHAMBER_REACH = 64
# The vergaderjaar alone, at most 13 characters: looked for first, where most commas have none
# (a search of a few places, where the chamber's tries each of its reach).
_VERGADERJAAR_END = re.compile(_VERGADERJAAR)
_VERGADERJAAR_REACH = 13
_SUFFIX = re.compile(r"[IVX]*[A-M]")  # a dossier's suffix with a letter in it: "IIA", "B"
#: What :func:`quick` gives where no head word can stand before the numbers.
NO_HEAD = -1
# What may stand between a head word and its comma: numbers (perhaps with OCR letters in them),
# separators, a chamber ("II").
_BETWEEN_CHARS = "0123456789OolIVX/-.,\u2013\u2014 \t\n\r\u00a0\u2009\u202f" + SUPERSCRIPTS
_OPENING = "([{\"'\u2018\u201c\u201e\u00ab\u2039\u201a0123456789"  # and a footnote number
_BEFORE_CITATIONS = frozenset(  # words that commonly stand before a citation
    ("zie", "de", "het", "in", "en", "van", "ook", "bij", "uit", "op", "aan", "vgl", "cf", "of")
)


def quick(text: str, comma: int) -> int | None:
    """Where the head word before ``comma`` starts when it is written as the proposers know it
    (only numbers, separators and a chamber after it); :data:`NO_HEAD` when the word before
    the numbers is plainly none, or there is none; None when it takes :data:`_BACK` to tell (a
    word that may be a damaged head word, a vergaderjaar's or date's word, markers)."""
    low = comma - 48 if comma > 48 else 0
    before = text[low:comma].rstrip(_BETWEEN_CHARS)  # (as _stripped, with one slice)
    if low + len(before) < comma and text[low + len(before)].isalpha():
        before = _stripped(text, low, comma)  # a word that ends in a Roman or OCR digit
    if not before:
        return NO_HEAD  # numbers and signs only, as far back as a head word stands
    if not (before[-1].isalpha() or before[-1] in ".*_"):
        return NO_HEAD  # "(21 501-20, nr. 5)": a bracket, no word, before the numbers
    words = before.rsplit(None, 2)
    if before[-1] <= "M" and len(words) > 1 and _SUFFIX.fullmatch(words[-1]):
        # A dossier's suffix ("35.331 IIA, nr. 943"): the head word is before its numbers.
        before = _stripped(text, low, low + len(before) - len(words[-1]))
        if not before or not (before[-1].isalpha() or before[-1] in ".*_"):
            return NO_HEAD
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
    previous = words[-2].lstrip(_OPENING + "*_\\").lower() if len(words) > 1 else ""  # "\\(Kame"
    return None if _maybe_head(word, previous) else NO_HEAD


def _stripped(text: str, low: int, high: int) -> str:
    """``text[low:high]`` without the numbers, separators and chamber at its end, but with the
    whole of its last word (a Roman or OCR digit can end a word: "JANUARI", "Aanhangsel")."""
    before = text[low:high].rstrip(_BETWEEN_CHARS)
    end = low + len(before)
    while end < high and text[end].isalpha():
        end += 1
    return text[low:end]


@functools.lru_cache(maxsize=4096)
def _maybe_head(word: str, previous: str) -> bool:
    """True when ``word`` (with the word ``previous`` before it, in lower case) may be a head
    word or stand between one and its numbers: then it takes :data:`_BACK` to tell (cached)."""
    lower = word.lower()
    return (
        lower.rstrip(".") in BETWEEN
        or lower in PHRASES
        or not word.isalpha()  # markers, a glued footnote number, an OCR digit, a dot
        or canonical(word) is not None
        or canonical(word + ".") is not None  # its dot went with the numbers: "kst. 35 300"
        or (previous.isalpha() and canonical(previous + lower) is not None)
        or (len(word) in _LAST_LENGTHS and any(_same(word, w) for w in _LONG_LAST_WORDS))
        or (previous + lower) in PHRASES  # "reg eling"
        or word.translate(_OCR).lower() in PHRASES  # "bIad" of "Provinciaal bIad"
        or _title_word(lower, previous)
    )


# The long words of the Staatsblad's full title, which OCR misreads as it does head words.
_TITLE_WORDS = ("koninkrijk", "nederlanden")
_TITLE_LENGTHS = frozenset(n + d for n in map(len, _TITLE_WORDS) for d in (-1, 0, 1))
_TITLE_FIRSTS = frozenset(w[0] for w in _TITLE_WORDS)
# "Staatsblad van het Koninkrijk der Nederlanden", its two long words perhaps misread or split
# ("Nederlauden", "Koni nkrijk"), before its year (after "jaargang") and the comma.
_TITLE = re.compile(
    r"(?i:staatsblad)[^\S\n]+(?i:van)[^\S\n]+(?i:het)[^\S\n]+"
    r"(?P<kingdom>[^\W\d_]+(?:[^\S\n][^\W\d_]+)?)[^\S\n]+(?i:der)[^\S\n]+"
    r"(?P<country>[^\W\d_]+(?:[^\S\n][^\W\d_]+)?)"
    r"(?=(?:[^\S\n]*,)?\s*(?:(?i:jaargang)\s+)?[0-9OolI][0-9OolI\s]*$)"
)


def _title_word(lower: str, previous: str) -> bool:
    """True when ``lower`` (alone, or after ``previous`` when a space split it) is a long word
    of the Staatsblad's full title with one slip in it ("nederlauden")."""
    if lower[:1] in _TITLE_FIRSTS and len(lower) in _TITLE_LENGTHS:
        return any(_same(lower, t) for t in _TITLE_WORDS)
    joined = previous + lower
    return (
        previous[:1] in _TITLE_FIRSTS
        and len(joined) in _TITLE_LENGTHS
        and any(_same(joined, t) for t in _TITLE_WORDS)
    )


def _title(text: str, comma: int, found: list[Edit]) -> int | None:
    """Where the Staatsblad's full title before ``comma`` starts when OCR misread or split
    one of its long words, the words put right in ``found``; None when it is not there."""
    title = _TITLE.search(text, max(0, comma - REACH), comma)
    if title is None:
        return None
    start = title.start()
    # The head word in the case the proposers know, as for any other head ("STAATSBLAD").
    edits = []
    if not text.startswith("Staatsblad", start):
        edits.append(Edit(start, start + 10, "Staatsblad", SPELLING))
    for group, word in zip(("kingdom", "country"), _TITLE_WORDS, strict=True):
        written = title.group(group)
        if not _same(written.replace(" ", ""), word) and not _same(written, word):
            return None
        if written.lower() != word:
            right = word.upper() if written.isupper() else word.capitalize()
            edits.append(Edit(title.start(group), title.end(group), right, SPELLING))
    found.extend(edits)
    return start


def _phrase_quick(text: str, words: list[str], before: tuple[str, ...], start: int) -> int | None:
    """The head that the proposers' word ``words[-1]`` ends ("Handelingen" of "Aanhangsel
    Handelingen"): where it starts when the word before it is plainly not part of it; None
    when it takes :data:`_BACK` to tell."""
    previous = words[-2].lstrip(_OPENING + "*_\\") if len(words) > 1 else ""  # "_Aanhngsel"
    if len(before) == 1 and previous in (before[0], before[0].capitalize()):
        at = text.rfind(previous, max(0, start - len(previous) - 3), start)
        return at if at >= 0 and text[at + len(previous) : start].isspace() else None
    if previous.lower() in _CONNECTORS:
        return None  # "de Handelingen", or a misread "Aanhangel van de Handelingen"
    if previous.lower() in _BEFORE_CITATIONS or not previous.isalpha():
        # _BACK tells a word glued on ("ook**Aahangsel") or with an OCR digit ("Aanhangse1").
        same = len(before) == 1 and _same(previous.rstrip("*_"), before[0])
        return None if same or _GLUED_WORD.search(previous) else start
    return None


def _head(original: str, comma: int, back: re.Match[str], found: list[Edit]) -> int | None:
    """Where the head word before ``comma`` starts, the edits that repair it appended to
    ``found``; None when the word there is no head word."""
    w1_start, w1_end = comma - back.end("w1"), comma - back.start("w1")
    if w1_start and original[w1_start - 1].isalpha():
        return None  # cut by the window's edge: part of a longer word
    dotted = w1_end + 1 if original.startswith(".", w1_end) else w1_end
    before = [
        (comma - back.end(g), comma - back.start(g))
        for g in ("w2", "w3", "w4", "w5")
        if back.group(g)
    ]
    last = _last_word(original, (w1_start, w1_end, dotted), before)
    if last is None:
        return None
    start, end, head, used = last
    phrase = PHRASES.get(head.lower())
    first = None if phrase is None else _phrase_start(original, before[used:], phrase[0])
    if phrase is not None and first is not None:
        # "Aanhangsel van de Handelingen" as the proposers read it is left as written.
        written = _WHOLE_AS_PROPOSED.fullmatch(original, first, end)
        if written and first and original[first - 1].isalpha() and original[first].islower():
            written = None  # glued in lower case ("ookaanhangsel"): the proposers need a capital
        start, head = first, original[first:end] if written else phrase[1]
    elif head not in _AS_PROPOSED:
        return None  # the last word of a head of several ("blad"), without the words before
    elif phrase is not None and _connected(original, before[used:]):
        return start  # "AANHANGSEL VAN DE HANDELINGEN": the proposers read it as written
    if original[start:end] != head:
        found.append(Edit(start, end, head, SPELLING))
    if original[end : end + 1].isdigit():
        glued = _GLUED.match(original, end)
        if glued is not None:  # a footnote mark: a fix of the citation must keep it
            found.append(Edit(glued.start(), glued.end(), "", MARKUP))
    return start


def _connected(original: str, before: list[tuple[int, int]]) -> bool:
    """True when the word before a head of several's last word joins it to the others
    ("van de" of "Aanhangsel van de Handelingen")."""
    return bool(before) and original[slice(*before[0])].lower() in _CONNECTORS


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
        if joined in PHRASES:  # "reg eling" of "Blad gemeenschappelijke regeling"
            return before[0][0], end, joined, 1
    for stop in (dotted, end):
        written = original[start:stop]
        head = canonical(written)
        if head is not None:
            return start, stop, head, 0
        if written.lower() in PHRASES:  # "blad" of "Provinciaal blad"
            return start, stop, written.lower(), 0
        if (ocr := written.translate(_OCR).lower()) in PHRASES:  # "b1ad": too short for a slip
            return start, stop, ocr, 0
        for last in _LONG_LAST_WORDS:  # misread: "regellng", "reeling"
            if _same(written, last):
                return start, stop, last, 0
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
    ``before`` it (nearest first), each perhaps misread or split, perhaps joined to the last by
    "van de", "bij de" or "der" ("Aanhongsel van de Handelingen"); None when they are not."""
    at, start = 0, None
    while at < 2 and at < len(before) and original[slice(*before[at])].lower() in _CONNECTORS:
        at += 1
    for wanted in reversed(words):
        # "Aanhangsel der (van de, bij de) Handelingen": the words that join them are passed.
        while at + 1 < len(before) and original[slice(*before[at])].lower() in _CONNECTORS:
            at += 1
        word = original[slice(*before[at])] if at < len(before) else ""
        joined = original[slice(*before[at + 1])] + word if at + 1 < len(before) else ""
        if word and _same(word, wanted):
            start, at = before[at][0], at + 1
        elif word and (glued := _glued(word, wanted)) is not None:
            # Glued by PDF text to the word before it ("ookAanhangel der Handelingen"): the
            # proposers read a head that opens with a capital after a lower-case letter.
            start, at = before[at][0] + glued, at + 1
        elif joined and _same(joined, wanted):
            start, at = before[at + 1][0], at + 2
        elif joined and (glued := _glued(joined, wanted)) is not None:
            start, at = before[at + 1][0] + glued, at + 2  # "ookAanhan gsel Handelingen"
        else:
            return None
    return start


def _glued(word: str, wanted: str) -> int | None:
    """Where ``wanted`` opens at the end of ``word``, glued on by PDF text: at the first capital
    after a lower-case letter ("ookAanhangsel", "ookAANHANGSEL"; an "I" is OCR's "l"), or in
    lower case after a word often before a citation ("ookaanhangsel"); one slip allowed."""
    word = word.replace("I", "l")
    for at in range(1, len(word)):
        if word[at].isupper() and word[at - 1].islower():
            return at if _same(word[at:], wanted) else None
    if word.islower():
        for at in range(max(2, len(word) - len(wanted) - 1), len(word) - len(wanted) + 2):
            if word[:at] in _BEFORE_CITATIONS and _same(word[at:], wanted):
                return at
    return None


def _same(written: str, wanted: str) -> bool:
    """True when ``written`` is the word ``wanted`` (lower case), in any case, or with one
    OCR slip in a long word."""
    lower = written.lower().removesuffix("" if wanted[-1] == "s" else "s")  # "Aanhagsels"
    if lower == wanted or (len(wanted) < 7 and written.translate(_OCR).lower() == wanted):
        return True  # (a short word may hold OCR's 1, 0 or I for a letter: "B1ad")
    # One slip changes the length by one at most: "Aanhangselder" is no "aanhangsel" (and
    # the length is told at once, the distance is not).
    return (
        len(wanted) >= 7
        and abs(len(lower) - len(wanted)) <= 1
        and lower[:1] == wanted[0]
        and distance(lower, wanted, 1) <= 1
    )


def head_before(text: str, comma: int, found: list[Edit]) -> int:
    """Where the head word before ``comma`` starts (read with :data:`_BACK`), the edits that
    repair it appended to ``found``; or where the chamber starts that heads a citation before
    its vergaderjaar ("Tweede Kamer 1996-19 97, 32 864"); :data:`NO_HEAD` when there is none."""
    back = _BACK.match(text[max(0, comma - REACH) : comma][::-1])
    head = None if back is None else _head(text, comma, back, found)
    if head is None and back is not None:
        last, previous = back.group("w1")[::-1].lower(), (back.group("w2") or "")[::-1].lower()
        if _title_word(last, previous.lstrip(".")):
            head = _title(text, comma, found)
    if head is None:
        if _VERGADERJAAR_END.search(text, max(0, comma - _VERGADERJAAR_REACH), comma) is None:
            return NO_HEAD
        chamber = _CHAMBER_HEAD.search(text, max(0, comma - _CHAMBER_REACH), comma)
        return NO_HEAD if chamber is None else chamber.start()
    return head
