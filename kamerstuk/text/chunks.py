"""find() and validate() over text of any size, read in chunks so that memory stays bounded.

Each chunk is searched whole; a match is kept only when it starts before the chunk's last
:data:`OVERLAP` characters (so it cannot have been cut short by the chunk's end). The next chunk
starts where the kept matches end, with a little of the text before it as context. Line and
column numbers are counted as the chunks go by.

>>> import io
>>> stream = io.StringIO("a\\nzie Stb. 2019, 123")
>>> [(m.line, m.column, m.match.text) for m in find_in_stream(stream)]
[(2, 5, 'Stb. 2019, 123')]

:class:`Stretches` reads a stream as :func:`kamerstuk.text.stretches.stretches` reads a whole
text, a stretch at a time with words broken over lines joined, for ``validate()``'s checks
(``kamerstuk check`` on a large file or stdin: :func:`kamerstuk.checks.validate.
stream_problems`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

import attrs

from ..model.citations import Kamerstuk
from ..model.found import Match
from ..model.kinds import DEFAULT_KINDS
from . import stretches
from .backrefs import Trail
from .extract import CONTEXT as FIND_CONTEXT
from .extract import WINDOW, unfollowed
from .stretches import Stretch, stretch_from

__all__ = ["CHUNK", "OVERLAP", "Located", "Readable", "Stretches", "find_in_stream"]

#: Characters read at a time.
CHUNK = 1 << 20
#: More than the longest citation (:data:`kamerstuk.text.extract.WINDOW`) plus its context.
OVERLAP = 4 * WINDOW
#: Text kept before a chunk's first new character, so the scan sees what precedes it.
CONTEXT = 64


class Readable(Protocol):
    """Anything with ``read(size) -> str``: an open text file, ``sys.stdin``, a StringIO."""

    def read(self, size: int = -1, /) -> str: ...


@attrs.frozen
class Located:
    """A match with its absolute offset, line and column (1-based) in the whole stream."""

    match: Match
    offset: int
    line: int
    column: int


def find_in_stream(
    stream: Readable,
    chunk_size: int = CHUNK,
    idle: Callable[[], bool] | None = None,
    context: Kamerstuk | None = None,
    kinds: frozenset[str] = DEFAULT_KINDS,
) -> Iterator[Located]:
    """Every citation in ``stream``, in order, reading ``chunk_size`` characters at a time;
    ``context`` is the Kamerstuk being read and ``kinds`` the kinds read, as for
    :func:`kamerstuk.find`.

    ``idle``, asked after each read, says when no more text is waiting (a person typing, a slow
    pipe); the whole lines so far are then searched as if the text ended there, so that what
    has come is answered at once instead of after the next chunk.
    """
    buffer = ""  # the text from absolute offset `base` on
    base = 0
    emitted_to = 0  # matches starting before this absolute offset were reported already
    counter = _LineCounter()
    # Back-references are followed here, across chunks, as find() follows them in the whole.
    trail = Trail(context)
    while True:
        data = stream.read(chunk_size)
        buffer += data
        searched = buffer
        if not data:
            limit = len(buffer)
        elif idle is not None and idle():
            # Whole lines are all there is for now: search them as if the text ended there.
            limit = buffer.rfind("\n") + 1
            searched = buffer[:limit]
        else:
            limit = max(0, len(buffer) - OVERLAP)
        resume = limit  # where the next buffer must start, at the latest
        # The documents of one phrase share its start: compare with what earlier buffers
        # reported, not with the document just reported.
        before = emitted_to
        # (The trail looks in the text between citations for another work a short form refers
        # to, as find()'s does: in what this buffer holds of it.)
        trail.text, trail.base = searched, base
        for match in unfollowed(searched, refer_back=trail.last is not None, kinds=kinds):
            if match.start >= limit:
                break
            if match.end > limit - WINDOW:
                # A citation or list near `limit` is read again from its start next time, so
                # that the next chunk never starts inside it (its later items keep the dossier
                # named before them).
                resume = min(resume, match.start)
            if base + match.start < before:
                continue
            emitted_to = base + match.start + 1
            followed = trail.follow(_shift(match, base))
            if followed is None or followed.citation.kind not in kinds:
                continue  # a back-reference to nothing, or a kind not asked for, as in find()
            line, column = counter.position(buffer, base, base + match.start)
            yield Located(followed, base + match.start, line, column)
        if not data:
            return
        keep_from = max(0, resume - CONTEXT)
        counter.advance(buffer, base, base + keep_from)
        buffer = buffer[keep_from:]
        base += keep_from


def _shift(match: Match, base: int) -> Match:
    return Match(match.citation, match.start + base, match.end + base, match.text)


class Stretches:
    """The stretches of the text of ``stream``, as :func:`~kamerstuk.text.stretches.stretches`
    makes them of a whole text (``offset`` and ``at`` in the whole), read as they are needed,
    holding a few of them at a time; and the line and column of offsets in the stretch just
    given (:meth:`position`).

    ``before`` and ``after`` are the repaired context a stretch has around it (those find()
    and validate() use by default), ``size`` its length (:data:`~kamerstuk.text.stretches.
    STRETCH` by default).

    >>> import io
    >>> read = Stretches(io.StringIO("Zie de Kamer-\\nstukken.\\nEn Handelin-\\ngen.\\n"), size=12)
    >>> [(s.source.text[s.first : s.last], s.at) for s in read]
    [('Zie de Kamerstukken.\\n', 0), ('En Handelingen.\\n', 21)]
    >>> read.position(23), read.position(36)
    ((3, 1), (4, 1))
    """

    #: Times ``before`` of the text kept before a stretch: a stretch's context before it
    #: widens (to twice, four times, ...) only where repair removes much of it.
    KEEP = 64

    def __init__(
        self,
        stream: Readable,
        before: int | None = None,
        after: int | None = None,
        size: int | None = None,
    ) -> None:
        self._stream = stream
        self._before = FIND_CONTEXT if before is None else before
        self._after = FIND_CONTEXT + WINDOW if after is None else after
        self._size = stretches.STRETCH if size is None else size
        self._buffer = ""  # the text from absolute offset _base on
        self._base = 0
        self._done = False
        self._bars = False  # the text has a table bar: stretches end at lines without one
        self._lines = _LineCounter()

    def __iter__(self) -> Iterator[Stretch]:
        lo = at = 0  # where the next stretch starts, in the text and in the repaired text
        while not self._done or lo < self._base + len(self._buffer):
            stretch, hi = self._next(lo)
            yield attrs.evolve(stretch, offset=stretch.offset + self._base, at=at)
            at += stretch.last - stretch.first
            lo = hi + self._base
            self._trim(lo)

    def position(self, offset: int) -> tuple[int, int]:
        """The line and column (1-based) of ``offset``, which lies in the stretch last given or
        its context after it; offsets asked for here only grow (or stay)."""
        if offset < self._lines.offset:
            raise ValueError(f"offset {offset} comes before one asked for already")
        return self._lines.position(self._buffer, self._base, offset)

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Line and column of ``start`` and of ``end`` (``start`` as :meth:`position` takes it;
        ``end``, at or after it, may be passed by the next start).

        >>> import io
        >>> read = Stretches(io.StringIO("ab\\ncd\\nef"))
        >>> _ = list(read)
        >>> read.span(1, 7), read.span(4, 5)
        ((1, 2, 3, 2), (2, 2, 2, 3))
        """
        line, column = self.position(start)
        piece = self._buffer[start - self._base : end - self._base]
        breaks = piece.count("\n")
        if not breaks:
            return line, column, line, column + end - start
        return line, column, line + breaks, len(piece) - piece.rindex("\n")

    def _next(self, lo: int) -> tuple[Stretch, int]:
        """The stretch from ``lo`` (in the whole), offsets in the buffer; reading on until the
        buffer holds all of it and its context, or the text ends."""
        want = 2 * self._size + 2 * self._after
        while True:
            self._fill(lo - self._base + want)
            self._bars = self._bars or "|" in self._buffer
            stretch, hi = stretch_from(
                self._buffer, lo - self._base, self._size, (self._before, self._after), self._bars
            )
            end = stretch.offset + stretch.source.original_length
            if self._done or max(hi, end) < len(self._buffer):
                return stretch, hi
            want *= 2  # a long table, a long run of repairs: more text to end a stretch in

    def _fill(self, length: int) -> None:
        """Read until the buffer holds ``length`` characters, or the text ends."""
        pieces = [self._buffer]
        held = len(self._buffer)
        while held < length and not self._done:
            data = self._stream.read(max(CHUNK, length - held))
            self._done = not data
            pieces.append(data)
            held += len(data)
        self._buffer = "".join(pieces)

    def _trim(self, lo: int) -> None:
        """Let go of the text well before ``lo``, counting its lines first."""
        keep_from = max(self._base, lo - self.KEEP * self._before)
        if keep_from - self._base < CHUNK:
            return  # not worth a copy of the buffer yet
        self._lines.advance(self._buffer, self._base, keep_from)
        self._buffer = self._buffer[keep_from - self._base :]
        self._base = keep_from


class _LineCounter:
    """Line and column of absolute offsets, counted incrementally (offsets only grow)."""

    def __init__(self) -> None:
        self.offset = 0  # absolute offset counted up to
        self.line = 1
        self.line_start = 0  # absolute offset where the current line starts

    def advance(self, buffer: str, base: int, to: int) -> None:
        if to <= self.offset:
            return
        piece = buffer[self.offset - base : to - base]
        newlines = piece.count("\n")
        if newlines:
            self.line += newlines
            self.line_start = self.offset + piece.rindex("\n") + 1
        self.offset = to

    def position(self, buffer: str, base: int, absolute: int) -> tuple[int, int]:
        self.advance(buffer, base, absolute)
        return self.line, absolute - self.line_start + 1
