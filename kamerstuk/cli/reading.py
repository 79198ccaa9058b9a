"""How every command reads its input: bytes to text one way, or one clear line and exit 2.

UTF-8, with or without a byte-order mark, and UTF-16 with one are read as they are; the mark is
not part of the text, so offsets, lines and columns count from the character after it. Anything
else (UTF-16 without a mark, Latin-1, a binary file) stops with one line that says what was
found and what to do: ``--encoding`` names the encoding instead. Line endings are kept as they
are ("\\r\\n" stays), so offsets are those of the file, and a rewritten file keeps them.

>>> import io
>>> source = Source("brief.txt", io.BytesIO(b"\\xef\\xbb\\xbfZie Stb. 2019, 123\\r\\n"))
>>> source.read(), source.bom
('Zie Stb. 2019, 123\\r\\n', b'\\xef\\xbb\\xbf')
>>> Source("oud.txt", io.BytesIO("één".encode("latin-1"))).read()
Traceback (most recent call last):
...
kamerstuk.cli.reading.Unreadable: oud.txt: not UTF-8 (byte 0xe9 at offset 0 ...
"""

from __future__ import annotations

import argparse
import codecs
import io
import os
import select
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO, TextIO

__all__ = [
    "BLOCK",
    "PAUSE",
    "Source",
    "Unreadable",
    "add_encoding_option",
    "opened",
    "read_bytes",
    "read_text",
]

#: Bytes read at a time from a file.
BLOCK = 1 << 16
#: Seconds without input after which a pipe or terminal counts as idle: long next to the gaps
#: of a file piped through (so a citation is not cut at a line end), short for a person.
PAUSE = 0.1

# The byte-order marks, longest first: UTF-32's little-endian mark begins with UTF-16's.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HINT = "give its encoding with --encoding"


class Unreadable(Exception):
    """Input that cannot be read as text; ``str(err)`` is one line naming the file and why."""


def add_encoding_option(parser: argparse.ArgumentParser) -> None:
    """``--encoding``, which every command that reads files has."""
    parser.add_argument(
        "--encoding",
        type=_encoding,
        metavar="NAME",
        help="read the input in this encoding (default: UTF-8, or UTF-16 with a byte-order mark)",
    )


def _encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {name!r}") from None


class Source:
    """One input as text: a file read in blocks, or standard input.

    ``read(size)`` returns text (at most about ``size`` characters, at least one until the end)
    and raises :class:`Unreadable` at the first byte that is not text in the encoding. On a pipe
    or a terminal (``live``) it returns what has come so far instead of waiting for more, and
    :meth:`idle` says when nothing more is waiting, so that a command can answer line by line.
    """

    def __init__(
        self, name: str, raw: BinaryIO, encoding: str | None = None, live: bool = False
    ) -> None:
        self.name = name
        self.encoding = encoding  # None: find out from the byte-order mark
        self.bom = b""
        self.codec = encoding or "utf-8"
        self.bytes_read = 0
        self._raw = raw
        self._fd = raw.fileno() if live else None
        self._decoder: codecs.IncrementalDecoder | None = None
        self._pending = b""
        self._done = False

    def read(self, size: int = -1) -> str:
        """The next piece of text; "" at the end."""
        while not self._done:
            data: bytes | None = self._next(size)
            if self._decoder is None:
                data = self._start(data or b"")
            if data is None:
                continue  # too few bytes yet to know the byte-order mark
            text = self._decode(data)
            if text:
                return text
        return ""

    @property
    def live(self) -> bool:
        """True for a pipe or a terminal, read as the text comes."""
        return self._fd is not None

    def idle(self) -> bool:
        """True when the input is a pipe or terminal and nothing more has come for a moment
        (:data:`PAUSE`): a person typing, or a slow program, not a file being piped through."""
        if self._fd is None or self._done:
            return False
        return not select.select([self._fd], [], [], PAUSE)[0]

    def encode(self, text: str) -> bytes:
        """``text`` as the input was written: the same encoding and byte-order mark."""
        return self.bom + text.encode(self.codec)

    def _next(self, size: int) -> bytes:
        size = BLOCK if size is None or size < 0 else max(size, 4)
        try:
            if self._fd is not None:
                data = os.read(self._fd, size)  # what has come so far, waiting for something
            else:
                read1 = getattr(self._raw, "read1", None)
                data = read1(size) if read1 is not None else self._raw.read(size)
        except OSError as err:  # a disk or network error after the file was opened
            raise Unreadable(f"{self.name}: {_why(err)}") from None
        self.bytes_read += len(data)
        if not data:
            self._done = True
        return data

    def _start(self, data: bytes) -> bytes | None:
        """Pick the decoder from the byte-order mark (or ``--encoding``); the text after it."""
        data = self._pending + data
        if not self._done and any(m.startswith(data) and m != data for m, _ in _MARKS):
            self._pending = data  # too few bytes yet to tell a byte-order mark
            return None
        self._pending = b""
        for mark, codec in _MARKS:
            if data.startswith(mark) and self.encoding in (None, codec):
                if codec == "utf-32":
                    raise Unreadable(f"{self.name}: UTF-32 (by its byte-order mark); {_HINT}")
                self.bom, self.codec, data = mark, codec, data[len(mark) :]
                break
        self._decoder = codecs.getincrementaldecoder(self.codec)("strict")
        return data

    def _decode(self, data: bytes) -> str:
        assert self._decoder is not None
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as err:
            raise Unreadable(self._undecodable(err, data)) from None
        if self.encoding is None and "\x00" in text:
            raise Unreadable(
                f"{self.name}: has NUL bytes, so it is not UTF-8 text (UTF-16 without a"
                f" byte-order mark? not text at all?); {_HINT} (such as utf-16-le)"
            )
        return text

    def _undecodable(self, err: UnicodeDecodeError, data: bytes) -> str:
        # The offset in the whole input: the bytes read before this block, and the mark.
        offset = self.bytes_read - len(data) + err.start
        byte = err.object[err.start : err.start + 1].hex()
        name = "UTF-8" if self.encoding is None and not self.bom else self.codec
        at = f"byte 0x{byte} at offset {offset} is not {name} text"
        if self.encoding is None and not self.bom:
            return f"{self.name}: not UTF-8 ({at}); {_HINT} (such as cp1252)"
        return f"{self.name}: not {name} ({at}); {_HINT}"


@contextmanager
def opened(name: str, encoding: str | None = None) -> Iterator[Source]:
    """The input ``name`` (``-`` for standard input) as a :class:`Source`; :class:`Unreadable`
    when it cannot be opened."""
    if name == "-":
        yield _stdin(encoding)
        return
    with _file(name) as handle:
        yield Source(name, handle, encoding)


def read_bytes(name: str) -> bytes:
    """The bytes of the file ``name`` (a KOOP document's XML, which says its own encoding);
    :class:`Unreadable` as :func:`opened` gives it, and when reading it fails."""
    with _file(name) as handle:
        try:
            return handle.read()
        except OSError as err:
            raise Unreadable(f"{name}: {_why(err)}") from None


@contextmanager
def _file(name: str) -> Iterator[BinaryIO]:
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed below, after the caller is done
    except OSError as err:
        raise Unreadable(f"{name}: {_why(err)}") from None
    with handle:
        if stat.S_ISDIR(os.fstat(handle.fileno()).st_mode):
            raise Unreadable(f"{name}: is a directory")
        yield handle


def _why(err: OSError) -> str:
    return err.strerror or str(err)


def _stdin(encoding: str | None) -> Source:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream put in place of stdin (a test, an embedding program)
        return _TextSource(sys.stdin)
    try:
        mode = os.fstat(buffer.fileno()).st_mode
        live = os.name == "posix" and (stat.S_ISFIFO(mode) or os.isatty(buffer.fileno()))
    except (OSError, ValueError):
        live = False  # not a file descriptor (a BytesIO in its place)
    return Source("-", buffer, encoding, live)


class _TextSource(Source):
    """Standard input that is text already."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__("-", io.BytesIO())
        self._stream = stream

    def read(self, size: int = -1) -> str:
        text = self._stream.read(size)
        self.bytes_read += len(text)
        return text


def read_text(name: str, encoding: str | None = None) -> tuple[str, Source]:
    """The whole text of input ``name``, and the :class:`Source` it came from (to write it back
    the same way)."""
    with opened(name, encoding) as source:
        pieces = []
        while piece := source.read(BLOCK):
            pieces.append(piece)
        return "".join(pieces), source
