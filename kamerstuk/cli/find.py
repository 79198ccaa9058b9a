"""``kamerstuk find``: every citation in files, folders (or stdin), one line each.

    $ kamerstuk find brief.txt
    brief.txt:14:64	Kamerstuk 33694, Nr. 20	Kamerstukken 33694, nr. 20	kst-33694-20	https://...

Folders are walked (:func:`kamerstuk.text.inputs.names`); KOOP's ``.xml`` and ``.html`` are read
as plain text (:mod:`kamerstuk.cli.sources`). Text files of any size are read in chunks, so
memory stays bounded; ``--jobs N`` reads the files in N worker processes, and the output is the
same, in the same order. A progress bar shows on stderr when it is a terminal and the input is
large or many files.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from ..model.citations import DICT_KEYS
from ..model.errors import missing_extra
from ..text.inputs import names
from ..text.many import map_chunks, started_pool
from .context import add_context_option
from .kinds import add_kinds_option
from .output import FORMATS, write_rows
from .progress import Progress, add_progress_option
from .reading import Unreadable, add_encoding_option
from .sources import KEYS, Done, plain, read_rows, rows, size, whole_text

COLUMNS = ("where", "text", "canonical", "identifier", "url", "why_no_identifier")
#: The columns of CSV (and the fields of JSON, in the order of :data:`KEYS`).
ALL_COLUMNS = ("where", "text", "canonical", "file", "line", "column", "start", "end", *DICT_KEYS)
#: Inputs at least this large (in bytes, all files together) get a progress bar.
LARGE = 20 << 20


def register(subparsers: Any) -> None:
    """Add ``find`` to the ``kamerstuk`` command."""
    p = subparsers.add_parser(
        "find",
        help="find every citation in text files",
        description=(
            "Print every citation found in the files and folders: where, as written, canonical,"
            " id, URL. KOOP .xml and .html files are read as plain text."
        ),
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="text, KOOP .xml or .html files, or folders of them (- = stdin)",
    )
    p.add_argument(
        "--format", choices=(*FORMATS, "parquet"), default="text", help="output (default: text)"
    )
    p.add_argument("--out", "-o", metavar="FILE", help="write to FILE (default: stdout)")
    p.add_argument("--style", default="aanwijzingen", choices=("aanwijzingen", "kort"))
    p.add_argument(
        "--jobs", "-j", type=_jobs, default=1, metavar="N", help="worker processes (default: 1)"
    )
    add_context_option(p)
    add_kinds_option(p)
    add_encoding_option(p)
    add_progress_option(p)
    p.set_defaults(func=run, usage=p.error)


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give a whole number of 1 or more")
    return jobs


def run(args: argparse.Namespace) -> int:
    """Print the citations of every file; 2 when a file cannot be read."""
    if args.format == "parquet":
        _check_parquet(args)
    if args.out not in (None, "-") and any(_same_file(p, args.out) for p in args.paths):
        args.usage(f"--out {args.out} is one of the files to read; writing it would lose it")
    status = [0]
    with Progress("kamerstuk find", _inputs(args), args.progress, LARGE) as bar:
        if args.format == "parquet":
            with started_pool(args.jobs) as pool:
                # Imported once the workers run, not on top: pyarrow is an extra, and forked
                # workers that never need it would each hold it (and pandas, which it imports).
                from .tables import write_parquet

                texts = _texts(args, bar, status)
                write_parquet(texts, args.out, args.jobs, pool, args.context, args.kinds)
            return status[0]
        columns = COLUMNS if args.format == "text" else ALL_COLUMNS
        with _output(args.out) as out:
            write_rows(_rows(args, bar, status), columns, args.format, out)
    return status[0]


def _check_parquet(args: argparse.Namespace) -> None:
    """A usage error for ``--format parquet`` without ``--out``, or without pyarrow."""
    if args.out is None or args.out == "-":
        args.usage("--format parquet needs --out FILE (Parquet is a file, not a stream)")
    if importlib.util.find_spec("pyarrow") is None:
        args.usage(str(missing_extra("frame")))


def _inputs(args: argparse.Namespace) -> Iterator[str]:
    """The files to read, in order: the output file, where it is in a folder read, left out."""
    for name in names(args.paths):
        if args.out in (None, "-") or not _same_file(name, args.out):
            yield name


def _same_file(name: str, other: str) -> bool:
    try:
        return os.path.samefile(name, other)
    except (OSError, ValueError):
        return False  # one of them is not there (yet), or "-"


def _rows(args: argparse.Namespace, bar: Progress, status: list[int]) -> Iterator[dict[str, Any]]:
    """The rows of every file, in order: read here, or sent back by the workers."""
    for done in _read(args):
        if done.rows is None:
            yield from _here(done.name, args, bar, status)
            continue
        bar.add(done.size)
        yield from (dict(zip(KEYS, row, strict=True)) for row in done.rows)
        if done.error is not None:
            _failed(done.error, status)


def _here(
    name: str, args: argparse.Namespace, bar: Progress, status: list[int]
) -> Iterator[dict[str, Any]]:
    try:
        with plain(name, args.encoding) as source:
            for row in rows(name, source, args.style, bar, args.context, args.kinds):
                yield dict(zip(KEYS, row, strict=True))
    except Unreadable as err:
        _failed(str(err), status)


def _read(args: argparse.Namespace) -> Iterable[Done]:
    """Each file: read here (``--jobs 1``), or by the workers, a chunk of files at a time."""
    if args.jobs == 1:
        return (Done(name, None, None, 0) for name in _inputs(args))
    work = functools.partial(
        read_rows,
        style=args.style,
        encoding=args.encoding,
        context=args.context,
        kinds=args.kinds,
    )
    chunks = map_chunks(work, _inputs(args), args.jobs, progress=False, weigh=size)
    return itertools.chain.from_iterable(chunks)


def _failed(message: str, status: list[int]) -> None:
    # The rows before it stand; the output stays whole (a JSON array is closed).
    print(f"kamerstuk find: {message}", file=sys.stderr)
    status[0] = 2


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="") as out:
        yield out


def _texts(args: argparse.Namespace, bar: Progress, status: list[int]) -> Iterator[tuple[str, str]]:
    """``(name, plain text)`` of every file that can be read, read whole."""
    for name in _inputs(args):
        try:
            text = whole_text(name, args.encoding)
        except Unreadable as err:
            _failed(str(err), status)
            continue
        bar.add(size(name))
        yield name, text
