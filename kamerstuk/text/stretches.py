"""A text read a stretch at a time, each repaired (:mod:`kamerstuk.text.repair`), so that a
large text is never copied whole: find() and validate() read a text through
:func:`stretches`, the stretches repaired one by one making exactly the whole repaired."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from .layout import INVISIBLE_CHARS
from .repair import Repaired, edits, needs_repair
from .spelling import REACH

__all__ = ["STRETCH", "Stretch", "stretch_from", "stretches"]


#: Characters of the original a stretch covers (without its context) when a text with
#: something to repair is longer: the most find() copies at a time.
STRETCH = 1 << 20


@attrs.frozen
class Stretch:
    """One part of a text, repaired, as find() reads it: ``source`` is the original from
    ``offset`` on, context included, and the part itself is ``source.text[first:last]``; ``at``
    is where ``source.text[first]`` lies in the whole text repaired."""

    source: Repaired
    offset: int
    first: int
    last: int
    at: int


def stretches(original: str, before: int, after: int, size: int | None = None) -> Iterator[Stretch]:
    """``original`` repaired, in parts of about ``size`` characters
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
    if len(original) <= size:
        whole = Repaired.of(original)
        yield Stretch(whole, 0, 0, len(whole.text), 0)
        return
    if not needs_repair(original):
        yield Stretch(Repaired(original), 0, 0, len(original), 0)
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
        source = Repaired.of(original, start, end)
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
_NOT_AT_SEAM = frozenset(" \t\u00a0abcdefghijklmnopqrstuvwxyz" + INVISIBLE_CHARS)
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
        if (
            original[at] not in _NOT_AT_SEAM
            and (not bars or original.find("|", at, line_end) < 0)
            and not _inside_edit(original, at)
        ):
            return at
        at = line_end + 1
    if bars or at >= end:
        return end
    # No line to end at within reach: between two word characters, in a text without tables.
    for pair in _WORD_PAIR.finditer(original, target):
        if not _inside_edit(original, pair.start() + 1):
            return pair.start() + 1
    return end


def _inside_edit(original: str, at: int) -> bool:
    """True when a repair reaches over ``at`` (a line joined to the next by a blank line cut
    out, a head word folded across the place): a stretch may not end there."""
    low, high = max(0, at - 2 * REACH), min(len(original), at + 2 * REACH)
    # (An edit that ends at ``at`` joins the line before to it: "TRACTATEN-\nBLAD".)
    return any(e.start < at <= e.end for e in edits(original, low, high))
