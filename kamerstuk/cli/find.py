"""``kamerstuk find``: every citation in files (or stdin), one line each.

    $ kamerstuk find brief.txt
    brief.txt:14:64	Kamerstuk 33694, Nr. 20	Kamerstukken 33694, nr. 20	kst-33694-20	https://...

Files of any size are read in chunks (:mod:`kamerstuk.text.chunks`), so memory stays bounded; a
progress bar shows on stderr when it is a terminal and the input is large or many files.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

from ..model.citations import DICT_KEYS
from ..text.chunks import find_in_stream
from .output import FORMATS, write_rows
from .progress import Progress
from .reading import Source, Unreadable, add_encoding_option, opened

COLUMNS = ("where", "text", "canonical", "identifier", "url")
#: Inputs at least this large (in bytes, all files together) get a progress bar.
LARGE = 20 << 20


def register(subparsers: Any) -> None:
    """Add ``find`` to the ``kamerstuk`` command."""
    p = subparsers.add_parser(
        "find",
        help="find every citation in text files",
        description="Print every citation found in FILE(s): where, as written, canonical, id, URL.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="text files (- = stdin)")
    p.add_argument("--format", choices=FORMATS, default="text", help="output (default: text)")
    p.add_argument("--style", default="aanwijzingen", choices=("aanwijzingen", "kort"))
    add_encoding_option(p)
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: when large and a terminal)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the citations of every file; 2 when a file cannot be read."""
    columns = (
        COLUMNS
        if args.format == "text"
        else (*COLUMNS[:3], "file", "line", "column", "start", "end", *DICT_KEYS)
    )
    status = [0]
    with Progress("kamerstuk find", args.files, args.progress, LARGE) as bar:
        rows = _rows(args.files, args.style, args.encoding, bar, status)
        write_rows(rows, columns, args.format, sys.stdout)
    return status[0]


def _rows(
    files: list[str], style: str, encoding: str | None, bar: Progress, status: list[int]
) -> Iterator[dict[str, Any]]:
    for name in files:
        try:
            with opened(name, encoding) as source:
                yield from _file_rows(name, source, style, bar)
        except Unreadable as err:
            # The rows before it stand; the output stays whole (a JSON array is closed).
            print(f"kamerstuk find: {err}", file=sys.stderr)
            status[0] = 2


def _file_rows(name: str, source: Source, style: str, bar: Progress) -> Iterator[dict[str, Any]]:
    for located in find_in_stream(_Counting(source, bar), idle=source.idle):
        match, citation = located.match, located.match.citation
        yield {
            "where": f"{name}:{located.line}:{located.column}",
            "file": name,
            "line": located.line,
            "column": located.column,
            "start": located.offset,
            "end": match.end,
            "text": match.text,
            "canonical": citation.format(style),
            **citation.to_dict(),
        }
        if source.live:
            sys.stdout.flush()  # answered line by line: each row goes out as it is found


class _Counting:
    """Text from a source, reporting the bytes read to the progress bar."""

    def __init__(self, source: Source, bar: Progress) -> None:
        self._source, self._bar, self._seen = source, bar, 0

    def read(self, size: int = -1, /) -> str:
        data = self._source.read(size)
        self._bar.add(self._source.bytes_read - self._seen)
        self._seen = self._source.bytes_read
        return data
