"""Layout damage, found by the rare characters it leaves: repairs that make a text say what a
reader of it sees.

- a word hyphenated over a line by layout, "Handelin-\\ngen", joined (PDF text);
- invisible characters inside words (soft hyphens, zero-width spaces and joiners: HTML, PDF);
- markdown left by conversion: emphasis and bold markers around a word or number of a
  citation ("*Stb.* 2003, 75", "nr. **18**", "__Kamerstukken__", "*PbEU* 2016"), or around a
  link or identifier as a whole ("_kst-30600-20_"), and backslash escapes ("\\)", "\\_");
- a minus sign (U+2212) or a non-breaking hyphen (U+2011) read as "-" (a spelling repair: the
  checks still see the sign as written).

Each is what a rendered page shows, so a repair cannot make a lookalike read as a citation
that its clean form is not: markers are taken out only at a word's edge (not inside
"snake_case"), a hyphen is joined only between two lower-case letters.

>>> text = "(Handelin-\\ngen II, nr. 5\\\\)"
>>> [(e.start, e.end, text[e.start : e.end]) for e in layout_edits(text, 0, len(text))]
[(9, 11, '-\\n'), (24, 25, '\\\\')]
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from .edit import LAYOUT, MARKUP, SPELLING, Edit
from .vocabulary import in_citation

__all__ = [
    "DASHES",
    "INVISIBLE_CHARS",
    "REGISTER_WORDS",
    "SUPERSCRIPTS",
    "layout_edits",
    "markers",
    "within",
]

# A hyphen at the end of a line between two lower-case letters is a word broken by layout; a
# hyphen before a digit ("21501-07-\n1400") is part of the citation and stays.
# The pattern starts with its literal hyphen so that re can skip ahead to it quickly; the letter
# before it is checked in Python. In C before that: one look at the character after it (most
# hyphens fail that alone), then a lookbehind that turns away a space or digit before it
# (neither is a letter of either case: a dash between words, " -\n", is passed in C).
# Between two capitals (a heading, a line in capitals) only a head word is joined:
# "TRACTATEN-\nBLAD", not "NOORD-\nHOLLAND".
_BREAK = re.compile(r"-(?=[ \t\u00a0\r\n])(?<![\s\d]-)[ \t\u00a0]*\r?\n[ \t\u00a0]*(?=[a-zA-Z])")
_CAPITALS_BEFORE = re.compile(r"[A-Z]+")
_MARKS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"  # superscript digits, as a class's range
# A number of a dossier's shape with a letter OCR put for a digit in it; what may close it:
# markers and footnote marks (cut apart), not a letter or digit.
_OCR_DOSSIER = r"(?=(?:[0-9.]|[^\S\n])*[OolI])[1-9Il][0-9OolI](?:[^\S\n]{1,3}|\.)?[0-9OolI]{3}"
_OCR_CLOSED = rf"(?![^\W_{_MARKS}])[*_{_MARKS}]*"
# A table cell that holds only a number of a dossier's shape with letters OCR put for digits
# ("| 2I678 |"): read as digits (text/tables.py proposes the cells of a Kamerstukken column).
_OCR_CELL = re.compile(rf"\|[^\S\n]*[*_]{{0,3}}(?P<cell>{_OCR_DOSSIER}){_OCR_CLOSED}[^\S\n]*(?=\|)")
_AS_DIGITS = str.maketrans("OolI", "0011")
# What follows another hyphen of Unicode at a line break, matched at each one str.find finds
# (a pattern that opens with a character class is tried at every character of the text).
_ODD_BREAK = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*(?=[a-z])")
#: Characters that are there but not seen: soft hyphens (U+00AD) and zero-width spaces and
#: joiners, which HTML and PDF text leave inside words ("Kamer\u00adstukken").
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Markdown emphasis: a run of "*" or "_" that opens a word (after a space, a bracket or the
# start of a line) or closes one (before a space or punctuation). A run between two letters
# or digits is part of a name ("snake_case", "3*5"), one between two spaces a bullet or a sign.
# Only a marker right after a digit or a dot, or with a digit soon after it (before the next
# marker), is looked at: a citation has its numbers there; a closing marker brings the one
# that opens its word ("*Stb.* 2003"). The first markers are found with str.find (a pass of re
# costs more where there are few, even one that opens with its literal); past _FEW of them, by
# one pass of re that checks the digit before or after each in C (a Python look at each of 920
# stars in text without citations cost 0.6 ms, the pass 0.35). The lookahead stops at the next
# marker, so a table of bold words costs little.
# A link opens with letters far from its first digit: a marker before "http" is looked at too.
# A line break may stand between (a head at a line's end, its number on the next), no blank line.
_DIGIT_SOON = {
    char: re.compile(
        rf"https?:|[^\n\d{char}]{{0,24}}(?:[0-9]|\n(?![^\S\n]*\n)[^\n\d{char}]{{0,24}}[0-9])"
    )
    for char in "*_"
}
_DIGIT_OR_DOT = frozenset("0123456789.")
_NEAR_DIGITS = {
    char: re.compile(rf"{re.escape(char)}(?:(?<=[0-9.]{re.escape(char)})|(?={soon.pattern}))")
    for char, soon in _DIGIT_SOON.items()
}
_FEW = 32
# An underscore run closing the words after an opening one: within the line or the next
# (a break before the number), after a character that is no space, before one that ends a word.
_UNDERSCORE_CLOSING = re.compile(r"[^_\n]{0,80}?(?:\n[^_\n]{0,80}?)?(?<=\S)(_{1,3})(?![\w])")
_RUN = re.compile(r"\*{1,3}|_{1,3}")
# The word a run opens, and the one it closes, read backwards (perhaps inside other markers);
# a word split by OCR's space ("Han delingen") is read with the other part of it.
_WORD_AFTER = re.compile(r"[*_]*([^\W\d_]+\.?)(?: ([^\W\d_]+\.?))?")
_WORD_BEFORE = re.compile(r"[*_]*(\.?[^\W\d_]+(?:-[^\W\d_]+)*)(?: ([^\W\d_]+))?")
# A number that OCR opened with a letter for a digit: "**l29**" (or closed: "**29O**").
_OCR_NUMBER_AFTER = re.compile(r"[lIOo][0-9]")
#: The head words of the registers beside KOOP's (kamerstuk.text.registers), which emphasis
#: marks as it marks the gazettes' ("*PbEU* 2016, L 119/1", "_CELEX_ 32016R0679").
REGISTER_WORDS = frozenset(
    ("celex", "celex-nummer", "celexnummer", "pbeu", "pbeg", "pb", "pb.", "publicatieblad", "oj")
)
# A link or identifier emphasised as a whole ("_kst-30600-20_", "_https://..._"): one word
# with a digit in it (or a link) between an opening and a closing run of one marker.
_TOKEN = re.compile(r"(?=[^\s*_]*[0-9]|https?:)[^\s]+")
_TRAILING = ")]}\"'\u2019\u201d.,;:!?"
# (A dash or slash is a separator of a citation's numbers: "25515-**200**", "**44**-19".)
_OPEN_AFTER = frozenset("([{\"'\u2018\u201c|>*_-/\u2013")
# A dash and a space before a number (an agenda line's "- 36 123").
_AGENDA_DASHES = frozenset("-\u2013\u2014\u2212")
_DASHED_NUMBER = re.compile(r"[^\S\n]+[1-9]")
_CLOSE_BEFORE = frozenset(")]}\"'\u2019\u201d|.,;:!?*_-/\u2013")
# A markdown escape: a backslash before ASCII punctuation stands for that character.
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
# How far past a part's end the layout patterns read (a line-end hyphen's spaces, the line
# after it): the scan for a part stops there, not at the end of the text.
_LOOKAHEAD = 64
#: Superscript digits. Glued to a word, a number, a dot or a bracket they are footnote marks
#: ("Kamerstukken¹² II", "(28 141⁸¹)", "Stb.⁴"), cut as markup. Each is looked for with one
#: ``str.find``: in Latin-1 text only the first three can stand (a find of the others returns
#: at once), in other text the ten finds cost about a tenth of find()'s time where there is
#: no citation (measured on dev text without its digits, 2026-12-07).
SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
# What a footnote mark is glued to (besides a letter or digit).
_MARK_AFTER = frozenset(".)]*_")
# In text beyond Latin-1 (two bytes a character) str.find looks for a character by its low byte
# with memchr and checks each hit: U+2074's is that of "t", U+2076's that of "v", which stop it
# at every "t" and "v" of Dutch text (twice the time of a pass of re over the text, which skips
# to a literal a character at a time; each other superscript is found quicker by str.find).
_BY_RE = {char: re.compile(char) for char in "\u2074\u2076"}
#: Dashes that mean "-" in a citation: the minus sign and the non-breaking hyphen (converters
#: write them; each is looked for with one ``str.find``, the rarer hyphens of Unicode are not).
DASHES = "\u2212\u2011"


def layout_edits(original: str, start: int, end: int) -> Iterator[Edit]:
    """The layout repairs that start in ``original[start:end]``, in order (they may overlap:
    the caller keeps the first), each decided by the whole text around it, so that a part
    repaired alone is repaired as the whole is. Each kind is looked for only when its
    character occurs at all, which ``str.find`` tells at memory speed; the hyphen breaks
    always (one pass)."""
    found: list[Iterator[Edit]] = [_breaks(original, start, end)]
    invisible = _places(original, INVISIBLE_CHARS, start, end)
    if invisible:
        found.append(_invisible(original, invisible, end))
    for char in "*_":
        if original.find(char, start, end) >= 0:
            found.append(_emphasis(original, char, start, end))
    if original.find("|", start, end) >= 0:
        found.append(_ocr_cells(original, start, end))
    if original.find("\\", start, end) >= 0:
        found.append(_cuts(within(_ESCAPE, original, start, end), MARKUP))
    if not original.isascii():
        marks = _places(original, SUPERSCRIPTS, start, end)
        if marks:
            found.append(_footnote_marks(original, marks, end))
    dashes = _places(original, DASHES, start, end)
    if dashes:
        found.append(_dashes(original, dashes, end))
    if len(found) == 1:
        return found[0]
    return heapq.merge(*found, key=lambda e: e.start)


def within(
    pattern: re.Pattern[str], original: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` that start in ``original[start:end]``, each seen with the
    text after ``end`` (where a part of a text ends, its lookaheads see what the whole has:
    the layout patterns look a few characters ahead at most)."""
    for m in pattern.finditer(original, start, min(len(original), end + _LOOKAHEAD)):
        if m.start() >= end:
            return
        yield m


def _breaks(original: str, start: int, end: int) -> Iterator[Edit]:
    for m in within(_BREAK, original, start, end):
        before, after = original[m.start() - 1 : m.start()], original[m.end()]
        lower = before.islower() and after.islower()
        if lower or (before.isupper() and after.isupper() and _head_broken(original, *m.span())):
            yield Edit(m.start(), m.end(), "", LAYOUT)


def _ocr_cells(original: str, start: int, end: int) -> Iterator[Edit]:
    # Matched at each bar str.find skips to (a pass of re would visit every character: most
    # texts have a few bars or none). Matches cannot overlap: one ends before the next bar.
    limit = min(len(original), end + _LOOKAHEAD)
    bar = original.find("|", start, end)
    while bar >= 0:
        m = _OCR_CELL.match(original, bar, limit)
        if m is not None:
            cell = m.group("cell")
            yield Edit(m.start("cell"), m.end("cell"), cell.translate(_AS_DIGITS), SPELLING)
        bar = original.find("|", bar + 1, end)


def _head_broken(original: str, hyphen: int, after: int) -> bool:
    """True when the capitals before ``hyphen`` and those from ``after`` make a word of
    citations ("KAMER-\nSTUKKEN", "GEMEENSCHAPPE-\nLIJKE"; "ookAANH-\nANGSEL", a word glued
    to it by PDF text)."""
    low = hyphen
    while low > max(0, hyphen - 40) and original[low - 1].isupper():
        low -= 1
    rest = _CAPITALS_BEFORE.match(original, after)
    return rest is not None and in_citation(original[low:hyphen] + rest.group())


def _places(original: str, chars: str, start: int, end: int) -> list[int]:
    """Where any of ``chars`` (rare characters) stands in ``original[start:end]``, in order:
    by ``str.find``, which runs at memory speed where a character class of re does not (or
    by re's literal search, see _BY_RE)."""
    places: list[int] = []
    for char in chars:
        if char in _BY_RE:
            places.extend(m.start() for m in _BY_RE[char].finditer(original, start, end))
            continue
        at = original.find(char, start, end)
        while at >= 0:
            places.append(at)
            at = original.find(char, at + 1, end)
    if len(chars) > 1:
        places.sort()
    return places


def _runs(original: str, places: list[int], chars: str, end: int) -> Iterator[tuple[int, int]]:
    """The runs of ``chars`` that start at one of ``places`` (in order), as (start, end): a run
    may go on past ``end``, as far as the layout patterns look; a place inside a run is passed."""
    limit, reached = min(len(original), end + _LOOKAHEAD), -1
    for at in places:
        if at < reached:
            continue
        reached = at + 1
        while reached < limit and original[reached] in chars:
            reached += 1
        yield at, reached


def _invisible(original: str, places: list[int], end: int) -> Iterator[Edit]:
    """Each run of invisible characters that starts at one of ``places``, cut."""
    for at, reached in _runs(original, places, INVISIBLE_CHARS, end):
        yield Edit(at, reached, "", LAYOUT)


def _footnote_marks(original: str, places: list[int], end: int) -> Iterator[Edit]:
    """Each run of superscript digits that starts at one of ``places`` and is glued to what
    stands before it (a word, a number, a dot, a bracket), cut: "(28 141⁸¹)" reads
    "(28 141)". A run after a space ("zie ¹² hier") is left: it may open a footnote's text."""
    for at, reached in _runs(original, places, SUPERSCRIPTS, end):
        before = original[at - 1 : at]
        if before.isalnum() or before in _MARK_AFTER:
            yield Edit(at, reached, "", MARKUP)


def _dashes(original: str, places: list[int], end: int) -> Iterator[Edit]:
    """The dashes at ``places`` read as "-" (a spelling repair), or cut with the line break
    after them where they break a word over a line, as a hyphen does."""
    limit = min(len(original), end + _LOOKAHEAD)
    for at in places:
        broken = _ODD_BREAK.match(original, at + 1, limit)
        if broken is not None and at and original[at - 1].islower():
            yield Edit(at, broken.end(), "", LAYOUT)
        yield Edit(at, at + 1, "-", SPELLING)


def _cuts(matches: Iterator[re.Match[str]], kind: str) -> Iterator[Edit]:
    for m in matches:
        yield Edit(m.start(), m.end(), "", kind)


def _emphasis(original: str, char: str, start: int, end: int) -> Iterator[Edit]:
    """Emphasis markers at the edge of a citation's word (see :func:`markers`), found near a
    digit, with the marker that opens a word a closing one found closes ("*Stb.*" is found by
    its dot)."""
    runs: dict[int, int] = {}  # the runs to cut, start: end
    reached = -1  # the end of the run looked at last: its other markers are passed by
    for at in _near_digits(original, char, start, end):
        if at < reached:
            continue
        low, high = _run(original, at, char)
        reached = high
        if low in runs or high - low > 3:
            continue  # seen already, or a rule ("****")
        word = _marked(original, low, high)
        if word is None:
            closing = _token_closed(original, low, high)
            if closing is not None:
                runs[low], runs[closing[0]] = high, closing[1]
            continue
        runs[low] = high
        if word >= high and char == "_":
            runs.update(_underscore_closing(original, high, high - low))
        if word < low and word and original[word - 1] == char:
            opening = _run(original, word - 1, char)
            if opening[1] - opening[0] <= 3 and _marked(original, *opening) is not None:
                runs[opening[0]] = opening[1]
    for low in sorted(runs):
        if start <= low < end:
            yield Edit(low, runs[low], "", MARKUP)


def _underscore_closing(original: str, high: int, size: int) -> dict[int, int]:
    """The run of underscores that closes an opening one of ``size`` ending at ``high``, when
    it closes a word of the same line or the next: {start: end}, or {} when there is none.

    An underscore is a word character, so one left after a chapter ("_wetsvoorstel
    33336-VIII_") would keep the grammar from reading the chapter; an asterisk would not.
    (Found from the opening run, as the closing one has no digit beside it.)
    """
    m = _UNDERSCORE_CLOSING.match(original, high)
    if m is None or m.end(1) - m.start(1) != size:
        return {}
    return {m.start(1): m.end(1)}


def _near_digits(original: str, char: str, start: int, end: int) -> Iterator[int]:
    """Where ``char`` stands right after a digit or a dot, or with a digit soon after it."""
    soon = _DIGIT_SOON[char]
    at = original.find(char, start, end)
    for _ in range(_FEW):
        if at < 0:
            return
        if original[at - 1 : at] in _DIGIT_OR_DOT or soon.match(original, at + 1):
            yield at
        at = original.find(char, at + 1, end)
    # Many markers: the rest by one pass, the same test made in C. (Its lookahead decides
    # within 52 characters, a blank line's spaces past 25 no longer matter: within's reach.)
    if at >= 0:
        yield from (m.start() for m in within(_NEAR_DIGITS[char], original, at, end))


def markers(text: str, start: int, end: int) -> list[Edit]:
    """The markdown emphasis markers in ``text[start:end]`` (a citation and what is around it)
    at the edge of a word of citations or a number: "*Stb.*", "**18**", "__Kamerstukken__".
    Emphasis of other words is left as it is."""
    found = []
    for m in _RUN.finditer(text, start, end):
        low, high = _run(text, m.start(), m.group()[0])
        if (low, high) == m.span() and _marked(text, low, high) is not None:
            found.append(Edit(low, high, "", MARKUP))
    return found


def _run(original: str, at: int, char: str) -> tuple[int, int]:
    """The run of ``char`` that the one at ``at`` is part of."""
    low, high = at, at + 1
    while low and original[low - 1] == char:
        low -= 1
    while high < len(original) and original[high] == char:
        high += 1
    return low, high


def _marked(original: str, low: int, high: int) -> int | None:
    """Where the word starts that the markers at ``original[low:high]`` open or close, when
    they are emphasis of a number or a word of citations; None when they are not."""
    before = original[low - 1] if low else "\n"
    after = original[high] if high < len(original) else "\n"
    opens = (before.isspace() or before in _OPEN_AFTER) and not after.isspace()
    closes = (after.isspace() or after in _CLOSE_BEFORE) and not before.isspace()
    if opens == closes:
        return None
    if opens:
        if after.isdigit() or _OCR_NUMBER_AFTER.match(original, high):
            return high
        word = _WORD_AFTER.match(original, high)
        if word is not None and _words_of_citations(word.group(1), word.group(2)):
            return high
        # The dash before an agenda line's bill number, emphasised with it: "**- 36 123**".
        if after in _AGENDA_DASHES and _DASHED_NUMBER.match(original, high + 1):
            return high
        return None
    if before.isdigit() or (before in "lIOo" and original[low - 2 : low - 1].isdigit()):
        return low  # a number, perhaps closed by a letter OCR put for a digit ("**29O**")
    back = _WORD_BEFORE.match(original[max(0, low - 48) : low][::-1])
    if back is None:
        return None
    last, previous = back.group(1)[::-1], (back.group(2) or "")[::-1]
    if _citation_word(last):
        return low - back.end(1)
    part = last.rpartition("-")[2]
    if part != last and _citation_word(part):  # "Kamer-*stukken*"
        return low - back.start(1) - len(part)
    if previous and _citation_word(previous + last):
        return low - back.end(2)
    return None


def _words_of_citations(word: str, following: str | None) -> bool:
    """True when ``word`` is a word of citations, or with the ``following`` one a head word
    that OCR split ("Han delingen")."""
    if _citation_word(word):
        return True
    return following is not None and word[-1] != "." and _citation_word(word + following)


def _citation_word(word: str) -> bool:
    return in_citation(word) or word.lower() in REGISTER_WORDS


def _token_closed(original: str, low: int, high: int) -> tuple[int, int] | None:
    """The run that closes the one at ``original[low:high]`` around one link or identifier as
    a whole ("_kst-30600-20_", "**ECLI:NL:HR:2019:123**"): the run of the same markers that
    ends its word (before any closing punctuation); None when it is not so emphasised."""
    before = original[low - 1] if low else "\n"
    token = _TOKEN.match(original, high)
    if token is None or not (before.isspace() or before in _OPEN_AFTER):
        return None
    end = token.end()
    while end > high and original[end - 1] in _TRAILING:
        end -= 1
    close = end
    while close > high and original[close - 1] == original[low]:
        close -= 1
    if end - close != high - low or original[close - 1] in "*_" or close <= high:
        return None
    return close, end
