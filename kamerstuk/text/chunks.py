"""find() over text of any size, read in chunks with overlap so that memory stays bounded.

Each chunk is searched whole; a match is kept only when it starts before the chunk's last
:data:`OVERLAP` characters (so it cannot have been cut short by the chunk's end). The next chunk
starts where the kept matches end, with a little of the text before it as context. Line and
column numbers are counted as the chunks go by.

>>> import io
>>> stream = io.StringIO("a\\nzie Stb. 2019, 123")
>>> [(m.line, m.column, m.match.text) for m in find_in_stream(stream)]
[(2, 5, 'Stb. 2019, 123')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

import attrs

from ..model.citations import Kamerstuk
from ..model.found import Match
from ..model.kinds import DEFAULT_KINDS
from .backrefs import Trail
from .extract import WINDOW, unfollowed

__all__ = ["CHUNK", "OVERLAP", "Located", "Readable", "find_in_stream"]

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
