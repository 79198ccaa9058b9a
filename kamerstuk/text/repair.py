"""The repaired view of a text: what it says once the damage of conversion, layout and OCR is
undone, with every offset mapped back to the text as given.

find() and validate() read citations in this view (a large text a stretch at a time,
:mod:`kamerstuk.text.stretches`), and give every span in the original, so that
``text[m.start:m.end] == m.text`` always holds. A repair is an :class:`Edit`: a stretch of the
original and what stands for it in the view. Two kinds:

- ``LAYOUT``: damage that is no part of the wording. A word hyphenated over a line, an
  invisible character (:mod:`kamerstuk.text.layout`). The
  checks judge the repaired text. ``MARKUP`` is layout too, a markdown marker or escape or a
  footnote mark glued to a word, which a fix must not drop: the checks offer none over it.
- ``SPELLING``: the wording itself, misread or written otherwise. A head word in lower case or
  misread by OCR, a letter for a digit, a minus sign for a hyphen, "mr." for "nr."
  (:mod:`kamerstuk.text.spelling`). The checks judge the text as written (:meth:`Repaired.written`):
  a style check still sees "stb." where the view says "Stb.".

A span of a match is a slice of the original, so markup inside a citation stays in its text
("Stb.* 2003, 75" for "*Stb.* 2003, 75"), and markup around it is left out.

>>> r = Repaired.of("Zie *Stb.* 2003, 75.")
>>> r.text
'Zie Stb. 2003, 75.'
>>> r.original_span(4, 17)
(5, 19)
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

import attrs

from .edit import LAYOUT, MARKUP, SPELLING, Edit
from .headings import with_headings  # the spelling repairs, and OCR'd headings'
from .layout import layout_edits

__all__ = ["LAYOUT", "MARGIN", "MARKUP", "SPELLING", "Edit", "Repaired", "edits", "needs_repair"]

#: How much text around a part its repairs are decided by: a spelling repair looks at most
#: this far (kamerstuk.text.spelling.REACH and what its comma's match reads).
MARGIN = 192


def edits(original: str, start: int = 0, end: int | None = None) -> list[Edit]:
    """The repairs of ``original[start:end]``, in order and without overlaps, decided as the
    whole text decides them: the layout first (what a reader of the text sees), then the
    spelling of that view (so that "*stb.* 2003, **75**" is read as "stb. 2003, 75" is)."""
    end = len(original) if end is None else end
    layout, _, spelling = _stages(original, start, end)
    return [e for e in _merged(layout, spelling) if start <= e.start and e.end <= end]


def _stages(original: str, start: int, end: int) -> tuple[list[Edit], Repaired | None, list[Edit]]:
    """The layout repairs around ``original[start:end]``, the view they make of it (with
    MARGIN around; None where it would be the original: no repair, or markup only, which the
    spelling rules read through themselves), and the spelling repairs of that view, in offsets
    of the original."""
    low, high = max(0, start - MARGIN), min(len(original), end + MARGIN)
    layout = _resolved(layout_edits(original, low, high), low, high)
    if all(e.kind == MARKUP and original[e.start] != "<" for e in layout):
        # No copy: a large text with a marker or two is not copied twice (the spelling rules
        # read through markdown markers and footnote marks themselves, not through HTML tags).
        return layout, None, _resolved(with_headings(original, low, high), low, high)
    view = Repaired.applied(original, low, high, layout)
    spelling = []
    for edit in with_headings(view.text, 0, len(view.text)):
        begin, stop = view.original_span(edit.start, edit.end)
        spelling.append(Edit(begin + low, stop + low, edit.text, edit.kind))
    return layout, view, _resolved(iter(spelling), low, high)


def needs_repair(original: str) -> bool:
    """True when ``original`` has anything to repair; quicker than :func:`edits` on text that
    has (it stops at the first repair found) and on text that has not (no copy is made)."""
    if next(layout_edits(original, 0, len(original)), None) is not None:
        return True
    # Without layout repairs the view is the text itself.
    return next(with_headings(original, 0, len(original)), None) is not None


def _resolved(found: Iterator[Edit], start: int, end: int) -> list[Edit]:
    """``found`` within ``start``-``end``, in order, each overlapping an earlier one left out
    (of two at one place, the longer is kept: a line-end hyphen over the dash it is)."""
    out: list[Edit] = []
    reached = start
    for edit in sorted(found, key=lambda e: (e.start, -e.end)):
        if edit.start >= reached and edit.end <= end and edit.end > edit.start:
            out.append(edit)
            reached = edit.end
    return out


def _merged(layout: list[Edit], spelling: list[Edit]) -> list[Edit]:
    """The layout repairs and the spelling repairs of the view they make, as one list of
    repairs of the original: a spelling repair takes in the layout repairs inside it (and is
    markup when one of them is)."""
    out: list[Edit] = []
    at = 0
    for edit in spelling:
        while at < len(layout) and layout[at].end <= edit.start:
            out.append(layout[at])
            at += 1
        inside, markup = at, False
        while inside < len(layout) and layout[inside].start < edit.end:
            if layout[inside].start < edit.start or layout[inside].end > edit.end:
                break  # reaching out of the spelling repair: that one is left out
            markup = markup or layout[inside].kind == MARKUP
            inside += 1
        else:
            out.append(attrs.evolve(edit, kind=MARKUP) if markup else edit)
            at = inside
    out.extend(layout[at:])
    return out


@attrs.frozen
class Repaired:
    """``text``, the repaired view of part of an original; ``edits`` are the repairs, in
    original offsets counted from the part's start, with where each lies in ``text``.

    ``spans`` holds one ``(start in text, end in text, start, end)`` per edit.
    """

    text: str
    spans: tuple[tuple[int, int, int, int], ...] = ()
    kinds: tuple[str, ...] = ()
    #: What each edit replaced, as written in the original.
    was: tuple[str, ...] = ()
    # The edits' starts in text and in the original, for bisect (made once, not per span).
    _at: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _from: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_at", tuple(s[0] for s in self.spans))
        object.__setattr__(self, "_from", tuple(s[2] for s in self.spans))

    @classmethod
    def of(cls, original: str, start: int = 0, end: int | None = None) -> Repaired:
        """``original[start:end]`` repaired (offsets from ``start``; the text itself when it is
        all of ``original`` and needs no repair).

        >>> Repaired.of("ja: Handelin-\\ngen II", 4).text
        'Handelingen II'
        """
        end = len(original) if end is None else end
        layout, view, spelling = _stages(original, start, end)
        if view is not None and not spelling and (start, end) == (0, len(original)):
            return view  # the layout's view is the whole repaired: no second copy
        merged = [e for e in _merged(layout, spelling) if start <= e.start and e.end <= end]
        return cls.applied(original, start, end, merged)

    @classmethod
    def applied(cls, original: str, start: int, end: int, repairs: Iterable[Edit]) -> Repaired:
        """``original[start:end]`` with ``repairs`` (in order, not overlapping) made."""
        pieces: list[str] = []
        spans: list[tuple[int, int, int, int]] = []
        kinds: list[str] = []
        was: list[str] = []
        last, length = start, 0
        for edit in repairs:
            pieces.append(original[last : edit.start])
            length += edit.start - last
            spans.append((length, length + len(edit.text), edit.start - start, edit.end - start))
            kinds.append(edit.kind)
            was.append(original[edit.start : edit.end])
            pieces.append(edit.text)
            length += len(edit.text)
            last = edit.end
        if not spans:
            return cls(original if (start, end) == (0, len(original)) else original[start:end])
        pieces.append(original[last:end])
        return cls("".join(pieces), tuple(spans), tuple(kinds), tuple(was))

    @property
    def original_length(self) -> int:
        """The length of the part of the original that ``text`` is repaired from."""
        if not self.spans:
            return len(self.text)
        to, stop = self.spans[-1][1], self.spans[-1][3]
        return stop + len(self.text) - to

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original (counted from the part's start) of ``text[start:end]``.
        A start on a cut lies after what was cut, an end before it, so markup around a span
        stays out of it."""
        if not self.spans:
            return start, end
        return self._original(start, True), self._original(end, False)

    def _original(self, position: int, is_start: bool) -> int:
        index = (bisect.bisect_right if is_start else bisect.bisect_left)(self._at, position)
        if not index:
            return position
        at, to, begin, stop = self.spans[index - 1]
        if position >= to:
            return stop + position - to
        return begin + min(position - at, stop - begin)

    def index(self, offset: int) -> int:
        """Where the character at ``offset`` of the original is in ``text`` (one that was not
        cut; ``offset`` may be the original's length).

        >>> Repaired.of("Handelin-\\ngen II").index(14)
        12
        """
        index = bisect.bisect_right(self._from, offset)
        if not index:
            return offset
        at, to, begin, stop = self.spans[index - 1]
        if offset >= stop:
            return to + offset - stop
        return at + min(offset - begin, to - at)

    def holds(self, kind: str, start: int, end: int) -> bool:
        """True when an edit of ``kind`` lies within ``text[start:end]``: what stands for it
        there, or for a cut, the place of the cut strictly inside (one at either end lies
        outside the span in the original)."""
        if kind not in self.kinds:
            return False
        first, last = bisect.bisect_left(self._at, start), bisect.bisect_right(self._at, end)
        for i in range(first, last):
            at, to = self.spans[i][:2]
            inside = start < at < end if at == to else start <= at and to <= end
            if inside and self.kinds[i] == kind:
                return True
        return False

    def written(self, start: int, end: int) -> str:
        """``text[start:end]`` as it was written: with the layout repaired (broken words
        joined, markup left out) and the spelling as in the original. What the checks judge
        a citation's style by.

        >>> r = Repaired.of("Zie *stb.* 2003, 75.")
        >>> r.text[4:17], r.written(4, 17)
        ('Stb. 2003, 75', 'stb. 2003, 75')
        """
        if SPELLING not in self.kinds:
            return self.text[start:end]
        pieces, position = [], start
        for index in range(bisect.bisect_left(self._at, start), bisect.bisect_left(self._at, end)):
            at, to = self.spans[index][:2]
            if self.kinds[index] == SPELLING and to <= end:
                pieces.append(self.text[position:at])
                pieces.append(self.was[index])
                position = to
        pieces.append(self.text[position:end])
        return "".join(pieces)
