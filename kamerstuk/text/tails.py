"""The rest of a list after a citation's first numbers, and the numbers of a back-reference:
spelling repairs where no citation-shaped comma stands.

A repair of spelling (:mod:`kamerstuk.text.spelling`) starts from a comma that only citations
have and reaches the numbers just after it. A list goes on past them: "nrs. 20 en 2l", "nr. 133,
item 4 en nr. l35, item 7", "p. 3 en 4, en mr. 32", "34 824, 28.443 en 35.82O". Each element
of such a list is read after the one before it (:func:`list_tail`): a number
with letters OCR put for digits ("2l", "35.82O") read as digits, a misread "nr." ("mr.", "rn.",
"ne@") read as "nr.". The list ends where an element does not follow, so the words after it are
never reached.

A back-reference has no comma at all: "stuk mr. 411", "nr. l73 van hetzelfde dossier",
"nr.\\n\\n1136 van dit wetsvoorstel". Its words are rare and say what it is;
:func:`back_reference_edits` repairs its keyword and number where they stand.

>>> text = "Kamerstuk 34203, nummers 20 en 2l."
>>> end, edits = list_tail(text, text.index("20 en"), len(text))
>>> text[:end], [(text[e.start : e.end], e.text) for e in edits]
('Kamerstuk 34203, nummers 20 en 2l', [('2l', '21')])
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Iterator

from .edit import LAYOUT, SPELLING, Edit
from .layout import SUPERSCRIPTS
from .ocr_words import MISREAD
from .vocabulary import distance

__all__ = ["back_reference_edits", "fold", "list_tail", "no_list_at"]

# One more element of a list: its separator ("," "en" ", en" "t/m" "&" ";"), perhaps a word
# ("nr." or a misreading of it, "nummer", "p.", "item", "blz."), and a number with OCR letters
# perhaps ("2l", "35.82O", "28 443"). A number glued to a letter is no element.
_ELEMENT = re.compile(
    r"[^\S\n]*(?:,[^\S\n]*(?:(?i:en)[^\S\n]+)?|(?i:en|t[/\-\u2013\u2014\u2212]m|tot en met)[^\S\n]+"
    r"|(?P<ocr_en>cn|eri)[^\S\n]+"  # (OCR's "en")
    r"|[&;][^\S\n]*)"
    r"[*_]{0,3}(?:(?P<word>[A-Za-z]{1,5}|(?i:nummers?))(?P<dot>[.,@:;]?)[^\S\n]*[*_]{0,3})?"
    r"(?:(?P<number>(?=[0-9OolI]*[0-9])[0-9OolI]+(?:(?:\.|[^\S\n]{1,3})[0-9OolI]{3}(?![0-9]))?)"
    # (a lone "l" or "I": an item's 1, "item l", which is no letter or Roman numeral)
    r"|(?P<lone>[lI]))"
    rf"(?![^\W\d_{SUPERSCRIPTS}])[*_{SUPERSCRIPTS}]*"
)
# The rest of a number whose first digits a pattern read ("28" of "28.443", "35" of "35 300"),
# and the markers and footnote marks after it.
_REST = re.compile(
    rf"[0-9OolI]*(?:(?:\.|[^\S\n]{{1,3}})[0-9OolI]{{3}}(?![0-9]))?[*_{SUPERSCRIPTS}]*"
)
# What may follow a number where its rest or a list's separator goes on (spaces other than a
# line break too): a digit or a letter OCR put for one, a dot, ",", ";", "&", "en" and "t/m"
# (in any case), a marker or a footnote mark. (A Python look at one character is cheaper than
# the two matches list_tail makes, after most citations' numbers.)
_NUMBER_CHARS = frozenset("0123456789OolI")
_GOES_ON = _NUMBER_CHARS | frozenset(f".,;&eEtT*_{SUPERSCRIPTS}")
# After a space: the number's next three digits, a separator (or more spaces).
_AFTER_SPACE = _NUMBER_CHARS | frozenset(",;&eEtTc")
# The most elements read after a citation's first numbers.
_ELEMENTS = 12
# A number with a letter OCR puts for a digit in it.
_OCR_NUMBER = re.compile(r"(?<![^\W\d_])(?=[0-9OolI]*[0-9])[0-9OolI]*[OolI][0-9OolI]*(?![^\W\d_])")
_AS_DIGITS = str.maketrans("OolI", "0011")
# Words of a list that are no misread "nr." ("p.", "item", "en"); words one letter off "nr"
# that are words before a number in their own right.
_NOT_NR = frozenset({"nu", "na", "en", "in", "op", "om", "of", "or"})
_KEYWORDS = frozenset({"nr", "nrs", "no", "nos", "nummer", "nummers"})


def no_list_at(text: str, at: int) -> bool:
    """True when one look at ``text[at:at + 2]`` (right after a citation's number) tells that
    no list goes on there and no number runs on into it: :func:`list_tail` gives ``(at, [])``
    and kamerstuk.text.ocr_numbers.split_number nothing. So after most citations' numbers, a
    bracket or a full stop; not before a space, a line break, a comma or a number's dot.

    >>> no_list_at("(31 415, nr. 7).", 14), no_list_at("nr. 7, 8", 5), no_list_at("28.443", 2)
    (True, False, False)
    """
    after = text[at : at + 1]
    if after not in _GOES_ON:
        return not after.isspace()
    return after == "." and text[at + 1 : at + 2] not in _NUMBER_CHARS


def list_tail(text: str, at: int, limit: int) -> tuple[int, list[Edit]]:
    """Where the list that goes on at ``at`` (just after a citation's number, perhaps inside
    it: "28.443") ends, up to ``limit`` (``at`` when none goes on), and the repairs in it: OCR
    letters in its numbers, a misread "nr." before one. After most citations' numbers (a
    bracket, a full stop, a line's end) no list goes on, which one look at the next character
    tells; elsewhere a match or two of patterns that fail at once."""
    after = text[at : at + 1]
    if after not in _GOES_ON and (after == "\n" or not after.isspace()):
        return at, []  # neither the rest of a number nor a separator can start here
    if after == "." and text[at + 1 : at + 2] not in _NUMBER_CHARS:
        return at, []  # a full stop (a number's dot has three digits after it)
    if after == " ":
        following = text[at + 1 : at + 2]
        if following not in _AFTER_SPACE and (following == "\n" or not following.isspace()):
            return at, []  # a word or a bracket: "nr. 5 van", "p. 3 (...)"
    rest = _REST.match(text, at)
    end = at if rest is None else rest.end()
    found: list[Edit] = []
    for _ in range(_ELEMENTS):
        element = _ELEMENT.match(text, end, limit)
        if element is None:
            break
        word = element.group("word")
        if element.group("lone") is not None:
            # An item is numbered in digits: "item l" is item 1 (a lone letter elsewhere,
            # "nr. 5 en I", may be a letter or a Roman numeral, and ends the list).
            if word is None or word.lower() != "item":
                break
            found.append(Edit(element.start("lone"), element.end("lone"), "1", SPELLING))
            end = element.end()
            continue
        end = element.end()
        if element.group("ocr_en") is not None:
            found.append(Edit(element.start("ocr_en"), element.end("ocr_en"), "en", SPELLING))
        if word is not None:
            found.extend(_keyword(element, word))
        if not element.group("number").isdigit():
            found.extend(fold(text, element.start("number"), element.end("number")))
    return end, found


def _keyword(element: re.Match[str], word: str) -> Iterator[Edit]:
    """ "mr.", "rn.", "ne@" (one letter misread, two turned round) read as "nr."; "nr," and
    "nr@" given their dot."""
    lower, dot = word.lower(), element.group("dot")
    misread = MISREAD.get(lower) if len(lower) > 2 else None
    if misread is not None:  # "ltem 6", "biz. 12"
        yield Edit(element.start("word"), element.end("word"), misread, SPELLING)
        return
    if lower in _KEYWORDS:
        if dot not in ("", "."):
            yield Edit(element.start("dot"), element.end("dot"), ".", SPELLING)
        return
    if len(lower) not in (2, 3) or lower in _NOT_NR:
        return
    target = "nrs" if len(lower) == 3 else "nr"
    if distance(lower, target, 1) <= 1 or lower == "rn":
        written = target + ("." if dot else "")
        yield Edit(element.start("word"), element.end("dot"), written, SPELLING)


def fold(text: str, start: int, end: int) -> Iterator[Edit]:
    """The numbers in ``text[start:end]`` with letters OCR put for digits, as digits."""
    for m in _OCR_NUMBER.finditer(text, start, end):
        yield Edit(m.start(), m.end(), m.group().translate(_AS_DIGITS), SPELLING)


# A back-reference, found by its rare words: "stuk" and a keyword (perhaps misread) before a
# number, or a keyword and a number before "van hetzelfde dossier" (grammar.lark's STUK and
# SAME_DOSSIER); the number may have OCR letters, a blank line may stand before it.
# Markdown markers and footnote marks may stand around the number (the layout cuts them; the
# spelling reads the text with them where there is nothing else to repair).
_KEYWORD = r"(?P<word>[A-Za-z]{2,6})(?P<dot>[.,@:;]?)(?P<space>[\s*_]*)"
_NUMBER = (
    rf"(?P<number>(?=[0-9OolI]*[0-9])[0-9OolI]{{1,5}}[a-z]?)(?![^\W\d_{SUPERSCRIPTS}])"
    rf"[*_{SUPERSCRIPTS}]*"
)
_STUK = re.compile(rf"(?i:stuk)[^\S\n]+{_KEYWORD}{_NUMBER}")
_SAME = re.compile(
    rf"(?<![^\W_]){_KEYWORD}{_NUMBER}[^\S\n]+(?i:van[^\S\n]+(?:hetzelfde|datzelfde|dit|dat"
    r"|het[^\S\n]+onderhavige)[^\S\n]+(?:dossier|wetsvoorstel|kamerstuk))(?![a-z])"
)
# How far before "van hetzelfde dossier" its keyword and number may start.
_SAME_REACH = 32
# "van hetzelfde dossier" and its kin, and "stuk" before a keyword and a number, in lower case
# and in capitals (a heading): each pattern opens with one literal, which re skips to in C (a
# pattern in any case would not), and the lookbehinds right after it turn most away in C.
# A single letter is skipped to fastest, the rarer the better: "stuk" by its "u" (before a
# "k"), "STUK" by its "K", "VAN" by its "N", "van" by its "v" before "an" (measured,
# 2026-12-07). Capitals have patterns of their own: unrepaired, "STUK NR. 41I"
# would be read as stuk 41 with a letter I. Their matches are found by one pass for a capital
# "S" (_capitals): rarer still, and one pass where two cost twice (0.3 ms less on 0.74 MB).
# What ends the number before "van": a digit (or a letter OCR put for one), a marker, a mark.
_ENDS_NUMBER = f"[0-9OolI*_{SUPERSCRIPTS}]"
# Each (pattern, how many characters of its word stand before the place it opens with).
# ("van" opens with its "v" and checks the literal "an" after it first: 0.05 ms less than
# opening with all three, whose search re makes a character at a time as well.)
_SAME_WORDS = [
    (
        re.compile(
            rf"{opening}(?:(?<={_ENDS_NUMBER}\s{behind})|(?<={_ENDS_NUMBER}\s\s{behind})){after}"
            rf"[^\S\n]+(?:{words})[^\S\n]+(?:{ends})(?![A-Za-z])"
        ),
        len(behind) - 1,
    )
    for opening, behind, after, words, ends in (
        (
            "v(?=an)",
            "v",
            "an",
            r"hetzelfde|datzelfde|dit|dat|het[^\S\n]+onderhavige",
            "dossier|wetsvoorstel|kamerstuk",
        ),
        (
            "N",
            "VAN",
            "",
            r"HETZELFDE|DATZELFDE|DIT|DAT|HET[^\S\n]+ONDERHAVIGE",
            "DOSSIER|WETSVOORSTEL|KAMERSTUK",
        ),
    )
]
# (What follows "stuk": a keyword and a number.) "stuk" opens with its "u" and the "k" after
# it: a "u" is a little rarer than a "k", and the literal turns most away before any
# lookbehind is tried (0.1 ms less on 0.74 MB than opening with the "k", 2026-12-07).
# (The lower-case pass looks only at "stuk" itself: it reads no further than the part, and
# _STUK decides, whose match needs what _AFTER_STUK looks for.)
_AFTER_STUK = r"[^\S\n]+[A-Za-z]{2,6}[.,@:;]?[\s*_]*[0-9OolI]"
_STUK_LOWER = re.compile(r"u(?=k)(?<=[sS]tu)(?<![A-Za-z][sS]tu)")
_STUK_CAPITALS = re.compile(rf"K(?<=STUK)(?<![A-Za-z]STUK)(?={_AFTER_STUK})")
_BLANK = re.compile(r"[^\S\n]*\n\s*\n\s*")
# The capital "S" of "STUK" and of the words that end SAME_DOSSIER in capitals ("DOSSIER",
# "WETSVOORSTEL", "KAMERSTUK"): one pass for both forms in capitals (see _capitals).
_CAPITAL_S = re.compile(r"S(?=TUK|SIER|VOORSTEL)")
_ASCII_LETTERS = frozenset(string.ascii_letters)
# What "van hetzelfde dossier" (in either case) cannot hold: it is ASCII letters and the spaces
# of one line. A match that starts before a place ends before the first such character after
# it, so the passes for that form read no further (not on to the end of a large text, which
# a text read a stretch at a time would pay for at every stretch).
_OUT_OF_PHRASE = re.compile(r"[^A-Za-z\s]|\n")


def back_reference_edits(text: str, start: int, end: int) -> Iterator[Edit]:
    """The repairs of the back-references in ``text[start:end]``, in order: found by "stuk"
    before a keyword and a number, and by "van hetzelfde dossier" (and its kin) after them."""
    found: dict[int, re.Match[str]] = {}
    stuks, sames = _capitals(text, start, end)
    # Each match is read against the whole text (a lookahead cut at the part's end would see
    # less than the whole sees); each pass stops where its matches no longer reach the part.
    # (The "u" of "stuk" two characters after its "s", which may stand up to nine before the
    # part, and up to its end; the capitals' "K" three after.)
    lower = _STUK_LOWER.finditer(text, max(0, start - 7), min(len(text), end + 2))
    for words, back in ((lower, 2), (stuks, 3)):
        for word in words:
            matched = _STUK.match(text, word.start() - back)
            if matched is not None:
                found[matched.start()] = matched
    # (Each pattern's match opens ``back`` characters into its "van".)
    (same, lower_back), upper_back = _SAME_WORDS[0], _SAME_WORDS[1][1]
    reach = end + _SAME_REACH + lower_back
    lower = itertools.takewhile(
        lambda w: w.start() < reach, same.finditer(text, start + lower_back, _bound(text, reach))
    )
    for words, back in ((lower, lower_back), (sames, upper_back)):
        for word in words:
            low = max(0, word.start() - back - _SAME_REACH)
            for matched in _SAME.finditer(text, low, word.end()):
                found.setdefault(matched.start(), matched)
    for begin in sorted(found):
        for edit in _back_reference(text, found[begin]):
            if start <= edit.start and edit.end <= end:
                yield edit


def _capitals(text: str, start: int, end: int) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The matches that the passes in capitals would give for ``text[start:end]`` ("STUK"'s
    "K", "VAN"'s "N"), found by one pass for the "S" that "STUK" and each word that ends the
    capitals' "VAN HETZELFDE DOSSIER" have: rarer than a "K" or an "N", and one pass, not two.
    "VAN" is looked for on the line before such a word (the words between are all on it)."""
    stuk = _STUK_CAPITALS
    same, back = _SAME_WORDS[1]
    stuks: list[re.Match[str]] = []
    sames: list[re.Match[str]] = []
    # Where the matches of "VAN" not yet found may start, and how far they reach the part.
    scanned, reach = start + back, end + _SAME_REACH + back
    # (An "S" past the bound ends no match that starts before ``reach``; the pattern looks up
    # to eight characters past its "S".)
    for s in _CAPITAL_S.finditer(text, max(0, start - 9), min(len(text), _bound(text, reach) + 8)):
        at = s.start()
        if at >= end - 1 and scanned >= reach:
            break
        if at < end - 1 and text.startswith("TUK", at + 1):
            word = stuk.match(text, at + 3)  # the pattern of "STUK", at its "K"
            if word is not None:
                stuks.append(word)
        begin, stop = _end_word(text, at)
        if stop < 0 or scanned >= reach or text[stop : stop + 1] in _ASCII_LETTERS:
            continue
        # A match ends at such a word, and starts after the one before it: those that end at
        # this word are on its line, after the last word looked at.
        low = max(scanned, text.rfind("\n", scanned, begin) + 1)
        for word in same.finditer(text, low, stop):
            if word.start() >= reach:
                break
            sames.append(word)
        scanned = stop
    return stuks, sames


def _bound(text: str, reach: int) -> int:
    """How far the matches of "van hetzelfde dossier" (either case) that start before ``reach``
    read: up to the first character from ``reach`` on that none can hold, which the look
    after a match's last word reads too."""
    stop = _OUT_OF_PHRASE.search(text, reach)
    return len(text) if stop is None else stop.end()


def _end_word(text: str, at: int) -> tuple[int, int]:
    """Where the word that the capital "S" at ``at`` stands in starts and ends, when it is one
    that ends the capitals' "VAN HETZELFDE DOSSIER"; (``at``, -1) when it is not."""
    if text.startswith("TUK", at + 1):
        return (at - 5, at + 4) if text.startswith("KAMER", at - 5) else (at, -1)
    if text.startswith("SIER", at + 1):
        return (at - 2, at + 5) if text.startswith("DO", at - 2) else (at, -1)
    return (at - 3, at + 9) if text.startswith("WET", at - 3) else (at, -1)


def _back_reference(text: str, matched: re.Match[str]) -> Iterator[Edit]:
    word, dot = matched.group("word"), matched.group("dot")
    lower = word.lower()
    if lower in ("no", "nos"):
        # Read as "nr.": the proposers look for "nr." and "No." (a pass for a lower-case "no."
        # would cost every text; here it is found by its rarer words).
        yield Edit(matched.start("word"), matched.end("dot"), "nr" + lower[2:] + ".", SPELLING)
    elif lower not in _KEYWORDS:
        if MISREAD.get(lower) == "nr":  # "stuk rir. 75" (ri read for n)
            yield Edit(matched.start("word"), matched.end("word"), "nr", SPELLING)
        elif len(lower) not in (2, 3) or lower in _NOT_NR:
            return
        target = "nrs" if len(lower) == 3 else "nr"
        if distance(lower, target, 1) > 1 and lower != "rn":
            return
        yield Edit(matched.start("word"), matched.end("dot"), target + ".", SPELLING)
    elif dot not in ("", "."):
        yield Edit(matched.start("dot"), matched.end("dot"), ".", SPELLING)
    space = matched.group("space")
    blank = _BLANK.search(space) if space.count("\n") > 1 else None
    if blank is not None:
        at = matched.start("space")
        yield Edit(at + blank.start(), at + blank.end(), " ", LAYOUT)
    if not matched.group("number").isdigit():
        yield from fold(text, matched.start("number"), matched.end("number"))
