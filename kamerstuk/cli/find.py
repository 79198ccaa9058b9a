"""``kamerstuk find``: every citation in files (or stdin), one line each.

    $ kamerstuk find brief.txt
    brief.txt:14:64	Kamerstuk 33694, Nr. 20	Kamerstukken 33694, nr. 20	kst-33694-20	https://...

Files of any size are read in chunks (:mod:`kamerstuk.text.chunks`), so memory stays bounded; a
progress bar shows on stderr when it is a terminal and the input is large or many files.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from typing import Any, TextIO

from ..model.citations import DICT_KEYS
from ..text.chunks import find_in_stream
from .output import FORMATS, write_rows

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
    with _progress(args) as bar:
        rows = _rows(args.files, args.style, bar, status)
        write_rows(rows, columns, args.format, sys.stdout)
    return status[0]


def _rows(files: list[str], style: str, bar: Any, status: list[int]) -> Iterator[dict[str, Any]]:
    for name in files:
        if name == "-":
            yield from _file_rows(name, sys.stdin, style, bar)
            continue
        try:
            # Undecodable bytes become U+FFFD rather than stopping a long run.
            with open(name, encoding="utf-8", errors="replace") as handle:
                yield from _file_rows(name, handle, style, bar)
        except OSError as err:
            print(f"kamerstuk find: {name}: {err.strerror}", file=sys.stderr)
            status[0] = 2


def _file_rows(name: str, handle: TextIO, style: str, bar: Any) -> Iterator[dict[str, Any]]:
    for located in find_in_stream(_Counting(handle, bar)):
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


class _Counting:
    """A text stream that reports the characters read to a progress bar."""

    def __init__(self, handle: TextIO, bar: Any) -> None:
        self._handle, self._bar = handle, bar

    def read(self, size: int = -1, /) -> str:
        data = self._handle.read(size)
        if self._bar is not None:
            self._bar.update(len(data.encode("utf-8", "surrogatepass")))
        return data


def _progress(args: argparse.Namespace) -> Any:
    total = sum(os.path.getsize(f) for f in args.files if f != "-" and os.path.isfile(f))
    wanted = args.progress
    if wanted is None:
        wanted = sys.stderr.isatty() and (total >= LARGE or len(args.files) > 20)
    if not wanted:
        return nullcontext(None)
    from tqdm import tqdm

    return tqdm(
        total=total or None, unit="B", unit_scale=True, desc="kamerstuk find", file=sys.stderr
    )
