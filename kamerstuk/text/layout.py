"""Layout damage, found by the rare characters it leaves: repairs that make a text say what a
reader of it sees.

- a word hyphenated over a line by layout, "Handelin-\\ngen", joined (PDF text);
- invisible characters inside words (soft hyphens, zero-width spaces and joiners: HTML, PDF);
- markdown left by conversion: emphasis and bold markers around a word or number
  ("*Stb.* 2003, 75", "nr. **18**", "__Kamerstukken__"), and backslash escapes ("\\)", "\\_");
- a minus sign (U+2212) or a non-breaking hyphen (U+2011), and the other hyphens of Unicode,
  read as "-" (a spelling repair: the checks still see the sign as written).

Each is what a rendered page shows, so a repair cannot make a lookalike read as a citation
that its clean form is not: markers are taken out only at a word's edge (not inside
"snake_case"), a hyphen is joined only between two lower-case letters.

>>> [(e.start, e.end, e.text) for e in layout_edits("Zie *Stb.* 2003, 75", 0, 19)]
[(4, 5, ''), (9, 10, '')]
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from .repair import LAYOUT, MARKUP, SPELLING, Edit
from .vocabulary import in_citation

__all__ = ["DASHES", "INVISIBLE_CHARS", "layout_edits", "within"]

# A hyphen at the end of a line between two lower-case letters is a word broken by layout; a
# hyphen before a digit ("21501-07-\n1400") is part of the citation and stays.
# The pattern starts with its literal hyphen so that re can skip ahead to it quickly; the letter
# before it is checked in Python.
_BREAK = re.compile(r"-[ \t\u00a0]*\r?\n[ \t\u00a0]*(?=[a-z])")
# The same with another hyphen of Unicode (looked for only where one occurs).
_ODD_BREAK = re.compile(r"[\u2010\u2011\u2212][ \t\u00a0]*\r?\n[ \t\u00a0]*(?=[a-z])")
#: Characters that are there but not seen: soft hyphens (U+00AD) and zero-width spaces and
#: joiners, which HTML and PDF text leave inside words ("Kamer\u00adstukken").
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]+")
# Markdown emphasis: a run of "*" or "_" that opens a word (after a space, a bracket or the
# start of a line) or closes one (before a space or punctuation). A run between two letters
# or digits is part of a name ("snake_case", "3*5"), one between two spaces a bullet or a sign.
# Only a run right after a digit or a dot, or with a digit soon after it, is looked
# at: a citation has its numbers there. (Not \*{1,3}: re skips ahead quickly only to a
# pattern's literal first character.)
_STARS = re.compile(r"\*(?:(?<=[0-9.]\*)\*?\*?|\*?\*?(?=(?s:.){0,32}?[0-9]))")
_UNDERSCORES = re.compile(r"_(?:(?<=[0-9.]_)_?_?|_?_?(?=(?s:.){0,32}?[0-9]))")
# The word a run opens or closes (read backwards for the one it closes).
_WORD_AFTER = re.compile(r"[*_]*([^\W\d_]+\.?)")
_WORD_BEFORE = re.compile(r"[*_]*(\.?[^\W\d_]+)")
_OPEN_AFTER = frozenset("([{\"'\u2018\u201c|>*_")
_CLOSE_BEFORE = frozenset(")]}\"'\u2019\u201d|.,;:!?*_")
# A markdown escape: a backslash before ASCII punctuation stands for that character.
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
#: Dashes that mean "-" in a citation: minus sign, non-breaking hyphen, hyphen, figure dash.
DASHES = "\u2212\u2011\u2010\u2012"


def layout_edits(original: str, start: int, end: int) -> Iterator[Edit]:
    """The layout repairs that start in ``original[start:end]``, in order (they may overlap:
    the caller keeps the first), each decided by the whole text around it, so that a part
    repaired alone is repaired as the whole is. Each kind is looked for only when its
    character occurs at all, which ``str.find`` tells at memory speed; the hyphen breaks
    always (one pass)."""
    found: list[Iterator[Edit]] = [_breaks(original, start, end)]
    if any(original.find(char, start, end) >= 0 for char in INVISIBLE_CHARS):
        found.append(_cuts(within(_INVISIBLE, original, start, end), LAYOUT))
    for pattern, char in ((_STARS, "*"), (_UNDERSCORES, "_")):
        if original.find(char, start, end) >= 0:
            found.append(_markers(original, pattern, start, end))
    if original.find("\\", start, end) >= 0:
        found.append(_cuts(within(_ESCAPE, original, start, end), MARKUP))
    odd = [dash for dash in DASHES if original.find(dash, start, end) >= 0]
    for dash in odd:
        found.append(_folds(original, dash, "-", start, end))
    if odd:
        found.append(_breaks(original, start, end, _ODD_BREAK))
    if len(found) == 1:
        return found[0]
    return heapq.merge(*found, key=lambda e: e.start)


def within(
    pattern: re.Pattern[str], original: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` that start in ``original[start:end]``, each seen with the
    text after ``end`` (where a part of a text ends, its lookaheads see what the whole has)."""
    for m in pattern.finditer(original, start):
        if m.start() >= end:
            return
        yield m


def _breaks(
    original: str, start: int, end: int, pattern: re.Pattern[str] = _BREAK
) -> Iterator[Edit]:
    for m in within(pattern, original, start, end):
        if m.start() and original[m.start() - 1].islower():
            yield Edit(m.start(), m.end(), "", LAYOUT)


def _cuts(matches: Iterator[re.Match[str]], kind: str) -> Iterator[Edit]:
    for m in matches:
        yield Edit(m.start(), m.end(), "", kind)


def _markers(original: str, pattern: re.Pattern[str], start: int, end: int) -> Iterator[Edit]:
    """Emphasis markers at the edge of a citation's word: the run opens a word or closes one,
    not both (then it is inside a word) and not neither (a bullet, a sign between spaces), and
    that word is a number or a word of citations ("*Stb.*", "**18**", "__Kamerstukken__"), so
    that emphasis in prose is left as it is."""
    for m in within(pattern, original, start, end):
        before = original[m.start() - 1] if m.start() else "\n"
        after = original[m.end()] if m.end() < len(original) else "\n"
        if before == m.group()[0] or after == m.group()[0]:
            continue  # part of a longer run ("****"): a rule, not emphasis
        opens = (before.isspace() or before in _OPEN_AFTER) and not after.isspace()
        closes = (after.isspace() or after in _CLOSE_BEFORE) and not before.isspace()
        if opens != closes and _marks_citation(original, m.start(), m.end(), opens):
            yield Edit(m.start(), m.end(), "", MARKUP)


def _marks_citation(original: str, start: int, end: int, opens: bool) -> bool:
    """True when the word the marker at ``original[start:end]`` opens (or closes) is a
    number or a word citations have."""
    if opens:
        if original[end : end + 1].isdigit():
            return True
        word = _WORD_AFTER.match(original, end)
        return word is not None and in_citation(word.group(1))
    if original[start - 1].isdigit():
        return True
    word = _WORD_BEFORE.match(original[max(0, start - 24) : start][::-1])
    return word is not None and in_citation(word.group(1)[::-1])


def _folds(original: str, char: str, to: str, start: int, end: int) -> Iterator[Edit]:
    at = original.find(char, start, end)
    while at >= 0:
        yield Edit(at, at + 1, to, SPELLING)
        at = original.find(char, at + 1, end)
