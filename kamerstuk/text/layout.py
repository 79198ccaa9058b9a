"""Layout damage, found by the rare characters it leaves: repairs that make a text say what a
reader of it sees.

- a word hyphenated over a line by layout, "Handelin-\\ngen", joined (PDF text);
- invisible characters inside words (soft hyphens, zero-width spaces and joiners: HTML, PDF),
  and a line break after a soft hyphen inside a word ("Kamer\u00ad\nstukken"), joined;
- HTML left in the text: tags cut, ``<br>`` and block tags as line breaks, character
  references as their characters (:mod:`kamerstuk.text.leftover_html`);
- markdown left by conversion: emphasis and bold markers around a word or number of a
  citation (found by :mod:`kamerstuk.text.emphasis`), and backslash escapes ("\\)", "\\_");
- a minus sign (U+2212) or a non-breaking hyphen (U+2011) read as "-", and full-width digits
  as digits (spelling repairs: the checks still see the characters as written).

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

from .edit import LAYOUT, LOOKAHEAD, MARKUP, SPELLING, Edit, within
from .emphasis import emphasis_edits
from .leftover_html import html_edits
from .vocabulary import in_citation

__all__ = ["DASHES", "INVISIBLE_CHARS", "SUPERSCRIPTS", "SUPERSCRIPT_CLASS", "layout_edits"]

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
#: The superscript digits (:data:`SUPERSCRIPTS`) as the body of a character class of ``re``.
SUPERSCRIPT_CLASS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
# A number of a dossier's shape with a letter OCR put for a digit in it; what may close it:
# markers and footnote marks (cut apart), not a letter or digit.
_OCR_DOSSIER = r"(?=(?:[0-9.]|[^\S\n])*[OolI])[1-9Il][0-9OolI](?:[^\S\n]{1,3}|\.)?[0-9OolI]{3}"
_OCR_CLOSED = rf"(?![^\W_{SUPERSCRIPT_CLASS}])[*_{SUPERSCRIPT_CLASS}]*"
# A table cell that holds only a number of a dossier's shape with letters OCR put for digits
# ("| 2I678 |"): read as digits (text/tables.py proposes the cells of a Kamerstukken column).
# (The spaces after the bar are taken whole, "(?![^\S\n])": the lookahead of _OCR_DOSSIER
# that scans spaces too is not tried again at each place in a long run of them.)
_OCR_CELL = re.compile(
    rf"\|[^\S\n]*(?![^\S\n])[*_]{{0,3}}(?P<cell>{_OCR_DOSSIER}){_OCR_CLOSED}[^\S\n]*(?=\|)"
)
_AS_DIGITS = str.maketrans("OolI", "0011")
# What follows another hyphen of Unicode at a line break, matched at each one str.find finds
# (a pattern that opens with a character class is tried at every character of the text).
_ODD_BREAK = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*(?=[a-z])")
# The line break after a soft hyphen that ends a line inside a word or number.
_SOFT_BREAK = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*(?=[^\W_])")
#: Characters that are there but not seen: soft hyphens (U+00AD) and zero-width spaces and
#: joiners, which HTML and PDF text leave inside words ("Kamer\u00adstukken").
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# A markdown escape: a backslash before ASCII punctuation stands for that character.
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
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
#: Full-width digits (U+FF10-U+FF19), as text from an East Asian font or input method has them:
#: read as digits. Looked for only where a full-width 1 or 2 stands near: each find costs about
#: 0.09 % of find() on text without citations beyond Latin-1 (2026-12-07), ten 0.85 %, and a
#: text in such digits has a 1 or 2 in its years (every year from 1900 to 2099 has one).
WIDE_DIGITS = "".join(chr(0xFF10 + d) for d in range(10))
_WIDE_GATE = WIDE_DIGITS[1:3]
_AS_ASCII = str.maketrans(WIDE_DIGITS, "0123456789")
# How far around a part the emphasis rules read (their patterns look ahead 24-160 characters).
_SEEN_REACH = 256
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
    # HTML, invisible characters and full-width digits are looked for once, in the stretch the
    # emphasis rules read (_as_seen); their repairs are those that start in the part.
    low, high = max(0, start - _SEEN_REACH), min(len(original), end + _SEEN_REACH)
    unseen = _places(original, INVISIBLE_CHARS, low, high)
    html = list(html_edits(original, low, high))
    wide = not original.isascii() and bool(_places(original, _WIDE_GATE, low, high))
    invisible = [at for at in unseen if start <= at < end]
    if invisible:
        found.append(_invisible(original, invisible, end))
    emphasis = [char for char in "*_" if original.find(char, start, end) >= 0]
    if emphasis:
        seen, shift = (original, 0)
        if unseen or html or wide:
            seen, shift = _as_seen(original, (low, high), unseen, html, wide)
        found += [
            _shifted(emphasis_edits(seen, char, start - shift, end - shift), shift)
            for char in emphasis
        ]
    if original.find("|", start, end) >= 0:
        found.append(_ocr_cells(original, start, end))
    if original.find("\\", start, end) >= 0:
        found.append(_cuts(within(_ESCAPE, original, start, end), MARKUP))
    if html:
        found.append(iter([e for e in html if start <= e.start < end]))
    if not original.isascii():
        marks = _superscripts(original, start, end)
        if marks:
            found.append(_footnote_marks(original, marks, end))
    dashes = _places(original, DASHES, start, end)
    if dashes:
        found.append(_dashes(original, dashes, end))
    if wide:
        found.append(_wide_digits(original, start, end))
    if len(found) == 1:
        return found[0]
    return heapq.merge(*found, key=lambda e: e.start)


def _as_seen(
    original: str, window: tuple[int, int], unseen: list[int], html: list[Edit], wide: bool
) -> tuple[str, int]:
    """The text in ``window`` that the emphasis rules read, and its offset: the original
    itself, or where HTML (its repairs ``html``), invisible characters (at ``unseen``) or
    full-width digits (``wide``) stand in it, a copy of the window of the same length with the
    HTML and the invisible characters as spaces and the digits as ASCII (so that in
    "<em>_kst-1-2_</em>" the markers stand at a word's edge, and in "**３１ ４６４**" next to
    digits)."""
    low, high = window
    hidden = [*_invisible(original, unseen, high), *html]
    if not (hidden or wide):
        return original, 0  # a "<" or "&" that is no HTML
    pieces, at = [], low
    for edit in sorted(hidden, key=lambda e: e.start):
        if at <= edit.start and edit.end <= high:
            pieces += [original[at : edit.start], " " * (edit.end - edit.start)]
            at = edit.end
    pieces.append(original[at:high])
    seen = "".join(pieces)
    # str.translate with a table beyond ASCII looks up each character: only where it is needed.
    return (seen.translate(_AS_ASCII) if wide else seen), low


def _shifted(edits: Iterator[Edit], by: int) -> Iterator[Edit]:
    for e in edits:
        yield Edit(e.start + by, e.end + by, e.text, e.kind) if by else e


def _breaks(original: str, start: int, end: int) -> Iterator[Edit]:
    for m in within(_BREAK, original, start, end):
        before, after = original[m.start() - 1 : m.start()], original[m.end()]
        lower = before.islower() and after.islower()
        if lower or (before.isupper() and after.isupper() and _head_broken(original, *m.span())):
            yield Edit(m.start(), m.end(), "", LAYOUT)


def _ocr_cells(original: str, start: int, end: int) -> Iterator[Edit]:
    # Matched at each bar str.find skips to (a pass of re would visit every character: most
    # texts have a few bars or none). Matches cannot overlap: one ends before the next bar.
    limit = min(len(original), end + LOOKAHEAD)
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


def _superscripts(original: str, start: int, end: int) -> list[int]:
    """Where a superscript stands in ``original[start:end]``, in order, as :func:`_places`
    finds them. Those beyond Latin-1 (U+2070-U+2079, each a byte 0x81 in UTF-8) are looked for
    only in a stretch whose UTF-8 has that byte, which ``in`` tells at memory speed: their
    finds cost about a tenth of the repair of text without citations, a stretch's encoding
    half that, and most texts have none (stretches of _CHUNK, so no copy of a whole text)."""
    places = _places(original, SUPERSCRIPTS[:3], start, end)
    for low in range(start, end, _CHUNK):
        high = min(end, low + _CHUNK)
        if b"\x81" in original[low:high].encode("utf-8", "surrogatepass"):
            places += _places(original, SUPERSCRIPTS[3:], low, high)
    return sorted(places)


_CHUNK = 1 << 16


def _runs(original: str, places: list[int], chars: str, end: int) -> Iterator[tuple[int, int]]:
    """The runs of ``chars`` that start at one of ``places`` (in order), as (start, end): a run
    may go on past ``end``, as far as the layout patterns look; a place inside a run is passed."""
    limit, reached = min(len(original), end + LOOKAHEAD), -1
    for at in places:
        if at < reached:
            continue
        reached = at + 1
        while reached < limit and original[reached] in chars:
            reached += 1
        yield at, reached


def _invisible(original: str, places: list[int], end: int) -> Iterator[Edit]:
    """Each run of invisible characters that starts at one of ``places``, cut; with the line
    break after it where a soft hyphen ends a line inside a word ("Handelin\u00ad\ngen"):
    the word was broken there, and the reader joins it, as at a hyphen."""
    limit = min(len(original), end + LOOKAHEAD)
    for at, reached in _runs(original, places, INVISIBLE_CHARS, end):
        if "\u00ad" in original[at:reached] and original[at - 1 : at].isalnum():
            broken = _SOFT_BREAK.match(original, reached, limit)
            if broken is not None:
                reached = broken.end()
        yield Edit(at, reached, "", LAYOUT)


def _footnote_marks(original: str, places: list[int], end: int) -> Iterator[Edit]:
    """Each run of superscript digits that starts at one of ``places`` and is glued to what
    stands before it (a word, a number, a dot, a bracket), cut: "(28 141⁸¹)" reads
    "(28 141)". A run after a space ("zie ¹² hier") is left: it may open a footnote's text."""
    for at, reached in _runs(original, places, SUPERSCRIPTS, end):
        back = at
        while back and original[back - 1] in INVISIBLE_CHARS:
            back -= 1  # "16\u00ad¹⁵": glued to the number through an invisible character
        before = original[back - 1 : back]
        if before.isalnum() or before in _MARK_AFTER:
            yield Edit(at, reached, "", MARKUP)


def _dashes(original: str, places: list[int], end: int) -> Iterator[Edit]:
    """The dashes at ``places`` read as "-" (a spelling repair), or cut with the line break
    after them where they break a word over a line, as a hyphen does."""
    limit = min(len(original), end + LOOKAHEAD)
    for at in places:
        broken = _ODD_BREAK.match(original, at + 1, limit)
        if broken is not None and at and original[at - 1].islower():
            yield Edit(at, broken.end(), "", LAYOUT)
        yield Edit(at, at + 1, "-", SPELLING)


def _wide_digits(original: str, start: int, end: int) -> Iterator[Edit]:
    """Each run of full-width digits ("２００３") read as ASCII digits (a spelling repair)."""
    for at, reached in _runs(
        original, _places(original, WIDE_DIGITS, start, end), WIDE_DIGITS, end
    ):
        yield Edit(at, reached, original[at:reached].translate(_AS_ASCII), SPELLING)


def _cuts(matches: Iterator[re.Match[str]], kind: str) -> Iterator[Edit]:
    for m in matches:
        yield Edit(m.start(), m.end(), "", kind)
