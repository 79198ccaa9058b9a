"""Markdown emphasis left by conversion around a citation's words: the runs of "*" or "_"
that open or close a word or number of a citation ("*Stb.* 2003, 75", "nr. **18**",
"__Kamerstukken__", "*PbEU* 2016", "_wetsvoorstel 33336-VIII_"), or a link or identifier as a
whole ("_kst-30600-20_"), cut as markup (:mod:`kamerstuk.text.layout` asks for them).

A run between two letters or digits is part of a name ("snake_case", "3*5") and stays.

>>> text = "Zie *Stb.* 2003, 75 en nr. **18**."
>>> [text[e.start : e.end] for e in emphasis_edits(text, "*", 0, len(text))]
['*', '*', '**', '**']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .edit import MARKUP, Edit, within
from .vocabulary import in_citation

__all__ = ["REGISTER_WORDS", "emphasis_edits", "markers"]

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
# a word split by OCR's space ("Han delingen"), or one a run opens broken over a line
# ("_Wets-\nontwerp"), is read with the other part of it.
_WORD_AFTER = re.compile(r"[*_]*([^\W\d_]+\.?)(?:(?: |-\n)([^\W\d_]+\.?))?")
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
# An invisible character (layout cuts it) and the end of a character reference or the start
# of a tag of HTML left in the text ("&nbsp;**18**", "_kst-1-2_</a>") stand as a space would.
_INVISIBLE_OR_HTML = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# (A dash or slash is a separator of a citation's numbers: "25515-**200**", "**44**-19".)
_OPEN_AFTER = frozenset("([{\"'\u2018\u201c|>*_-/\u2013\u2014\u2212" + _INVISIBLE_OR_HTML + ";")
# A dash and a space before a number (an agenda line's "- 36 123").
_AGENDA_DASHES = frozenset("-\u2013\u2014\u2212")
_DASHED_NUMBER = re.compile(r"[^\S\n]+[1-9]")
_CLOSE_BEFORE = frozenset(
    ")]}\"'\u2019\u201d|.,;:!?*_-/\u2013\u2014\u2212" + _INVISIBLE_OR_HTML + "<&"
)


def emphasis_edits(original: str, char: str, start: int, end: int) -> Iterator[Edit]:
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
