"""Words hyphenated across a line break, as PDF extraction leaves them ("Handelin-\\ngen").

:class:`Dehyphenated` joins such words so the grammar sees "Handelingen", and maps every span in
the joined text back to the original, so that matches keep exact offsets into what the user gave.
:func:`stretches` does so a part at a time for find(), so that a large text is never copied whole.

>>> d = Dehyphenated.of("Aanhangsel Handelin-\\ngen II")
>>> d.text
'Aanhangsel Handelingen II'
>>> d.original_span(0, 25)
(0, 27)
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator

import attrs

__all__ = ["STRETCH", "Dehyphenated", "Stretch", "stretch_from", "stretches"]

# A hyphen at the end of a line between two lower-case letters is a word broken by layout; a
# hyphen before a digit ("21501-07-\n1400") is part of the citation and stays.
# The pattern starts with its literal hyphen so that re can skip ahead to it quickly; the letter
# before it is checked in Python.
_BREAK = re.compile(r"-[ \t\u00a0]*\r?\n[ \t\u00a0]*(?=[a-z])")
# Characters that are there but not seen: soft hyphens (U+00AD) and zero-width spaces and
# joiners, which HTML and PDF text leave inside words ("Kamer\u00adstukken").
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")


@attrs.frozen
class Dehyphenated:
    """``text`` with line-break hyphenation and invisible characters removed; ``cuts`` records
    where, for mapping back.

    ``cuts`` holds ``(position in text, characters removed up to and including this cut)``.
    """

    text: str
    cuts: tuple[tuple[int, int], ...] = ()
    # The cut positions alone, for bisect (computed once, not per span).
    _at: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_at", tuple(c[0] for c in self.cuts))

    @classmethod
    def of(cls, original: str, start: int = 0, end: int | None = None) -> Dehyphenated:
        """Join the words broken over lines in ``original[start:end]`` (offsets from ``start``;
        the text itself when it is all of ``original`` and there are none).

        >>> Dehyphenated.of("ja: Handelin-\\ngen II", 4).text
        'Handelingen II'
        """
        end = len(original) if end is None else end
        breaks = list(_breaks(original, start, end))
        if not breaks:
            return cls(original if (start, end) == (0, len(original)) else original[start:end])
        pieces: list[str] = []
        cuts: list[tuple[int, int]] = []
        last, removed = start, 0
        for match in breaks:
            pieces.append(original[last : match.start()])
            cuts.append((match.start() - start - removed, removed + match.end() - match.start()))
            removed = cuts[-1][1]
            last = match.end()
        pieces.append(original[last:end])
        return cls("".join(pieces), tuple(cuts))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text of ``text[start:end]``."""
        if not self.cuts:
            return start, end
        return start + self._removed_before(start, True), end + self._removed_before(end, False)

    def index(self, offset: int) -> int:
        """Where the character at ``offset`` of the original is in ``text`` (a character that
        was not removed; ``offset`` may be the original's length).

        >>> Dehyphenated.of("Handelin-\\ngen II").index(14)
        12
        """
        removed = 0
        for position, total in self.cuts:
            if position + total > offset:  # this cut ends after offset in the original
                break
            removed = total
        return offset - removed

    def _removed_before(self, position: int, is_start: bool) -> int:
        # A start on a cut point lies after the removed characters; an end on one lies before.
        index = (bisect.bisect_right if is_start else bisect.bisect_left)(self._at, position)
        return self.cuts[index - 1][1] if index else 0


def _breaks(original: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What :class:`Dehyphenated` removes from ``original[start:end]``, in order."""
    found: Iterator[re.Match[str]] = (
        m
        for m in _BREAK.finditer(original, start, end)
        if m.start() and original[m.start() - 1].islower()
    )
    # `find` finds a character at memchr speed; a character class scans ten times slower.
    if any(original.find(char, start, end) >= 0 for char in _INVISIBLE_CHARS):
        return heapq.merge(found, _INVISIBLE.finditer(original, start, end), key=re.Match.start)
    return found


#: Characters of the original a stretch covers (without its context) when a text with words
#: broken over lines is longer: the most find() copies at a time.
STRETCH = 1 << 20


@attrs.frozen
class Stretch:
    """One part of a text, repaired, as find() reads it: ``source`` is the original from
    ``offset`` on, context included, and the part itself is ``source.text[first:last]``; ``at``
    is where ``source.text[first]`` lies in the whole text repaired."""

    source: Dehyphenated
    offset: int
    first: int
    last: int
    at: int


def stretches(original: str, before: int, after: int, size: int | None = None) -> Iterator[Stretch]:
    """``original`` with its broken words joined, in parts of about ``size`` characters
    (:data:`STRETCH`), each with at least ``before`` and ``after`` characters of the repaired
    text around it (less at the ends), so that no copy of the whole is made. A text with nothing
    to repair is one part, the text itself; one of at most ``size`` characters is one part,
    repaired whole.

    A part ends at the start of a line that no broken word reaches into and that has no table
    bar (or, in a text without any bar, between two word characters when no such line comes
    within ``size``), so that the parts, repaired one by one, make exactly the whole repaired.

    >>> text = "Zie de Kamer-\\nstukken.\\nEn Handelin-\\ngen.\\nVerder niets."
    >>> [(s.source.text[s.first : s.last], s.at) for s in stretches(text, 4, 4, size=12)]
    [('Zie de Kamerstukken.\\n', 0), ('En Handelingen.\\n', 21), ('Verder niets.', 37)]
    """
    size = STRETCH if size is None else size
    if next(_breaks(original, 0, len(original)), None) is None:
        yield Stretch(Dehyphenated(original), 0, 0, len(original), 0)
        return
    if len(original) <= size:
        whole = Dehyphenated.of(original)
        yield Stretch(whole, 0, 0, len(whole.text), 0)
        return
    bars, at, lo = "|" in original, 0, 0
    while lo < len(original):
        stretch, lo = _stretch(original, lo, size, (before, after), bars)
        stretch = attrs.evolve(stretch, at=at)
        at += stretch.last - stretch.first
        yield stretch
        del stretch  # not kept while the next one is made: one stretch in memory at a time


def stretch_from(
    original: str, lo: int, size: int, context: tuple[int, int], bars: bool
) -> tuple[Stretch, int]:
    """The stretch of ``original`` from ``lo`` on, as :func:`stretches` makes it (``at`` 0),
    and where it ends in ``original``: for a reader that holds a part of a text at a time
    (:class:`kamerstuk.text.chunks.Stretches`), ``original`` being that part. ``bars``: the text
    has table bars."""
    return _stretch(original, lo, size, context, bars)


def _stretch(
    original: str, lo: int, size: int, context: tuple[int, int], bars: bool
) -> tuple[Stretch, int]:
    """The stretch from ``lo`` on, repaired, and where it ends in ``original``: at least
    ``size / 2`` repaired characters (a seam further on when repair leaves fewer), with
    ``context`` (before, after) repaired characters around it."""
    before, after = context
    # Twice the context in characters of the original: repair rarely leaves fewer than half.
    reach, wider, end_of_text = size, 2, len(original)
    hi = _seam(original, lo + reach, size, bars)
    while True:
        start = max(0, lo - before * wider)
        end = min(end_of_text, hi + after * wider)
        source = Dehyphenated.of(original, start, end)
        first, last = source.index(lo - start), source.index(hi - start)
        # A stretch keeps at least half its size (most often all but a few characters), so its
        # context lies within its neighbours: the work stays linear in the text.
        if 2 * (last - first) < size and hi < end_of_text:
            reach *= 2
            hi = _seam(original, lo + reach, size, bars)
        elif (first < before and start) or (len(source.text) - last < after and end < end_of_text):
            wider *= 2
        else:
            return Stretch(source, start, first, last, 0), hi


# Where a line may not start for a stretch to end before it: a broken word's line goes on
# with spaces and a lower-case letter, and a run of invisible characters is cut whole.
_NOT_AT_SEAM = frozenset(" \t\u00a0abcdefghijklmnopqrstuvwxyz" + _INVISIBLE_CHARS)
# Two word characters: no break or invisible character lies between them.
_WORD_PAIR = re.compile(r"\w\w")


def _seam(original: str, target: int, size: int, bars: bool) -> int:
    """The first place from ``target`` on where a stretch may end (see :func:`stretches`)."""
    end = len(original)
    if target >= end:
        return end
    at = original.find("\n", target - 1) + 1
    while 0 < at < end and (bars or at - target <= size):
        line_end = original.find("\n", at)
        line_end = end if line_end < 0 else line_end
        # A table goes on while its lines have bars: a line without one ends it.
        if original[at] not in _NOT_AT_SEAM and (not bars or original.find("|", at, line_end) < 0):
            return at
        at = line_end + 1
    if bars or at >= end:
        return end
    # No line to end at within reach: between two word characters, in a text without tables.
    pair = _WORD_PAIR.search(original, target)
    return end if pair is None else pair.start() + 1
