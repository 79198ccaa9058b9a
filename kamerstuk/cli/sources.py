"""What ``kamerstuk find`` reads, a file at a time: here, or in a worker process (``--jobs``).

A text file (``.txt``, any name not below, or ``-`` for stdin) is read in blocks, as every
command reads its input (:mod:`kamerstuk.cli.reading`). KOOP's document XML (``.xml``) and HTML
pages (``.html``, ``.htm``) are read whole and turned into plain text
(:mod:`kamerstuk.text.markup`): the spans, lines and columns of their citations are those of that
text, not of the markup.

>>> import pathlib, tempfile
>>> page = pathlib.Path(tempfile.mkdtemp()) / "brief.html"
>>> _ = page.write_text("<p>Zie <i>Stb.</i> 2019, 123.</p>", encoding="utf-8")
>>> [row[:3] for row in read_rows([str(page)], style="kort", encoding=None)[0].rows]
[('.../brief.html:1:5', '.../brief.html', 1)]
"""

from __future__ import annotations

import io
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from defusedxml import DefusedXmlException

from ..model.citations import DICT_KEYS, Kamerstuk
from ..model.kinds import DEFAULT_KINDS
from ..text.chunks import find_in_stream
from ..text.inputs import HTML, XML
from ..text.many import CHUNK_CHARS
from ..text.markup import html_text, koop_xml_text
from .progress import Progress
from .reading import Source, Unreadable, opened, read_bytes, read_text

__all__ = ["BIG", "KEYS", "Done", "Whole", "plain", "read_rows", "rows", "size", "whole_text"]

#: The fields of a row, in the order a JSON row has them.
KEYS = ("where", "file", "line", "column", "start", "end", "text", "canonical", *DICT_KEYS)
#: Text files larger than this (bytes) are read by the process that writes the output, in
#: blocks, rather than whole by a worker: their rows go out as they are found, so memory stays
#: bounded however large one file is.
BIG = 8 * CHUNK_CHARS


class Done(NamedTuple):
    """What a worker sends back for one file: its rows (None: read it where the output is
    written), the line that says why it could not be read on (None: it was read to the end),
    and its size in bytes."""

    name: str
    rows: list[tuple[Any, ...]] | None
    error: str | None
    size: int


class Whole:
    """A text read whole (the plain text of a markup file), read as a :class:`Source` is."""

    live = False

    def __init__(self, text: str, size: int) -> None:
        self._stream = io.StringIO(text)
        self.bytes_read = size  # the file was read whole before its first character is

    def read(self, size: int = -1, /) -> str:
        return self._stream.read(size)

    def idle(self) -> bool:
        return False


@contextmanager
def plain(name: str, encoding: str | None) -> Iterator[Source | Whole]:
    """The plain text of the input ``name``: markup read whole, anything else in blocks."""
    if _suffix(name) in (*XML, *HTML):
        yield Whole(whole_text(name, encoding), size(name))
        return
    with opened(name, encoding) as source:
        yield source


def whole_text(name: str, encoding: str | None) -> str:
    """The plain text of the input ``name``, whole; :class:`Unreadable` when it is not text (or
    not well-formed XML)."""
    suffix = _suffix(name)
    if suffix in XML:
        return _xml_text(name)  # XML says its own encoding
    text, _ = read_text(name, encoding)
    return html_text(text) if suffix in HTML else text


def _xml_text(name: str) -> str:
    data = read_bytes(name)
    try:
        return koop_xml_text(data)
    except ET.ParseError as err:
        raise Unreadable(f"{name}: not well-formed XML ({err})") from None
    except LookupError as err:  # the encoding the XML declares
        raise Unreadable(f"{name}: XML in an unknown encoding ({err})") from None
    except DefusedXmlException as err:
        raise Unreadable(f"{name}: XML that declares entities is not read ({err!r})") from None


def rows(
    name: str,
    source: Source | Whole,
    style: str,
    bar: Progress | None = None,
    context: Kamerstuk | None = None,
    kinds: frozenset[str] = DEFAULT_KINDS,
) -> Iterator[tuple[Any, ...]]:
    """The row of each citation in ``source``, its fields in the order of :data:`KEYS`;
    ``context`` is the Kamerstuk being read (``--context``), ``kinds`` the kinds read
    (``--kinds``)."""
    stream = source if bar is None else _Counting(source, bar)
    for located in find_in_stream(stream, idle=source.idle, context=context, kinds=kinds):
        match, citation = located.match, located.match.citation
        yield (
            f"{name}:{located.line}:{located.column}",
            name,
            located.line,
            located.column,
            located.offset,
            match.end,
            match.text,
            citation.format(style),
            *citation.to_dict().values(),
        )
        if source.live:
            sys.stdout.flush()  # answered line by line: each row goes out as it is found


def read_rows(
    names: list[str],
    *,
    style: str,
    encoding: str | None,
    context: Kamerstuk | None = None,
    kinds: frozenset[str] = DEFAULT_KINDS,
) -> list[Done]:
    """The rows of each file of a chunk: what a worker does. Standard input and files over
    :data:`BIG` are left to the process that writes the output."""
    done = []
    for name in names:
        bytes_ = size(name)
        if name == "-" or bytes_ > BIG:
            done.append(Done(name, None, None, 0))
            continue
        found: list[tuple[Any, ...]] = []
        error = None
        try:
            with plain(name, encoding) as source:
                found.extend(rows(name, source, style, context=context, kinds=kinds))
        except Unreadable as err:
            error = str(err)  # the rows before it stand, as when it is read here
        done.append(Done(name, found, error, bytes_))
    return done


def size(name: str) -> int:
    """The size of the file ``name`` in bytes; 0 for stdin and what cannot be read."""
    try:
        return os.stat(name).st_size if name != "-" else 0
    except OSError:
        return 0


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


class _Counting:
    """Text from a source, reporting the bytes read to the progress bar."""

    def __init__(self, source: Source | Whole, bar: Progress) -> None:
        self._source, self._bar, self._seen = source, bar, 0

    def read(self, size: int = -1, /) -> str:
        data = self._source.read(size)
        self._bar.add(self._source.bytes_read - self._seen)
        self._seen = self._source.bytes_read
        return data
