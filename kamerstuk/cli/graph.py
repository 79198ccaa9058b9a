"""``kamerstuk graph``: the citation graph of a folder of KOOP documents, a row per edge.

    $ kamerstuk graph documenten/ --out edges.parquet
    kamerstuk graph: 2 documents, 1 edge -> edges.parquet

The documents are the files named by their KOOP identifier (``kst-32545-143.xml``,
``ah-tk-20202021-3235.html``, ``stb-2019-123.txt``) anywhere in the folder, as KOOP delivers
them; XML is read before HTML before text where one document is there in several forms. A row
is (citing, cited, kind, count, start, end): the document that cites, the identifier of the
one it cites, how often, and the span of the first citation. Each document is read in its own
context, its identifier, so that "stuk nr. 12" in ``kst-36200-VII-3`` (with no other Kamerstuk
cited before it) is an edge to ``kst-36200-VII-12``. Parquet (``.parquet``) or CSV
(``.csv``, or ``-`` for stdout). Needs the frame extra (``pip install 'kamerstuk[frame]'``).
"""

from __future__ import annotations

import argparse
import collections
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..text.inputs import NO_IDENTIFIER, koop_documents
from ..text.outputs import replacing, shown
from .output import writing
from .progress import add_progress_option

if TYPE_CHECKING:
    from ..frame.parquet import ParquetSink

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add ``graph`` to the ``kamerstuk`` command."""
    p = subparsers.add_parser(
        "graph",
        help="the citation graph of a folder of KOOP documents",
        description="Write one row per (citing document, cited document): count and first span.",
    )
    p.add_argument("folder", type=Path, metavar="DIR", help="a folder of KOOP documents")
    p.add_argument(
        "--out",
        "-o",
        default="-",
        metavar="FILE",
        help="edges.parquet or edges.csv (default: CSV on stdout)",
    )
    p.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default: 1)")
    p.add_argument(
        "--self-loops", action="store_true", help="keep a document's citations of itself"
    )
    add_progress_option(p, "it is a terminal")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the graph; 1 when a document could not be read (the others are), 2 for a folder
    that is not there, bad options, a missing extra or an output that cannot be written."""
    if not args.folder.is_dir():
        return _usage(f"{args.folder}: not a folder")
    if args.jobs < 1:
        return _usage(f"--jobs {args.jobs}: give 1 or more")
    if args.out != "-" and Path(args.out).suffix.lower() not in (".parquet", ".csv"):
        return _usage(f"--out {args.out}: name a .parquet or a .csv file, or - for stdout")
    try:
        # Imported here, not on top: pandas is an extra, and `kamerstuk --help` should not wait.
        from ..frame.graph import document_edges, edges_schema
        from ..frame.parquet import ParquetSink
        from ..frame.schema import STRING
    except ImportError as err:
        return _usage(str(err))
    read = [0]
    left = _LeftOut()
    documents = koop_documents(args.folder, skipped=left.add)
    pieces = document_edges(
        _counted(documents, read),
        jobs=args.jobs,
        self_loops=args.self_loops,
        progress=args.progress,
    )
    if args.out == "-":
        rows = _csv(pieces, sys.stdout)
    else:
        with writing(args.out):
            rows = _write(pieces, args.out, edges_schema(STRING), ParquetSink)
    where = "" if args.out == "-" else f" -> {shown(args.out)}"
    left.say()
    print(
        f"kamerstuk graph: {_plural(read[0], 'document')}, {_plural(rows, 'edge')}{where}",
        file=sys.stderr,
    )
    return 1 if left.unreadable else 0


class _LeftOut:
    """The files :func:`koop_documents` leaves out: one that cannot be read is said at once, in
    a line of its own; those named by no identifier are counted by name, and said in one line
    (a folder as KOOP delivers it has a ``metadata.xml`` beside every document)."""

    SHOWN = 3

    def __init__(self) -> None:
        self.unreadable = 0
        self.unnamed: collections.Counter[str] = collections.Counter()

    def add(self, path: Path, why: str) -> None:
        if why == NO_IDENTIFIER:
            self.unnamed[shown(path.name)] += 1
            return
        self.unreadable += 1
        print(f"kamerstuk graph: {shown(str(path))}: {why}; left out", file=sys.stderr)

    def say(self) -> None:
        if not self.unnamed:
            return
        common = sorted(self.unnamed.items(), key=lambda item: (-item[1], item[0]))
        names = ", ".join(f"{n} ({c})" if c > 1 else n for n, c in common[: self.SHOWN])
        more = len(common) - self.SHOWN
        names += f" and {_plural(more, 'other name')}" if more > 0 else ""
        total = sum(self.unnamed.values())
        print(
            f"kamerstuk graph: left out {_plural(total, 'file')} whose name is no KOOP"
            f" identifier (such as kst-32545-143.xml): {names}",
            file=sys.stderr,
        )


def _write(pieces: Iterable[Any], out: str, schema: Any, sink: type[ParquetSink]) -> int:
    """Write the pieces to ``out``, CSV or Parquet (a ``sink``) by its suffix, whole or not at
    all."""
    if out.lower().endswith(".csv"):
        with replacing(out) as temporary, open(temporary, "w", encoding="utf-8", newline="") as f:
            return _csv(pieces, f)
    with sink(out, schema) as parquet:
        for piece in pieces:
            parquet.write(piece)
        return parquet.rows


def _counted(named: Iterable[tuple[str, str]], read: list[int]) -> Iterator[tuple[str, str]]:
    for item in named:
        read[0] += 1
        yield item


def _csv(pieces: Iterable[Any], out: TextIO) -> int:
    rows = 0
    for index, piece in enumerate(pieces):
        piece.to_csv(out, header=index == 0, index=False)
        rows += len(piece)
    return rows


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def _usage(message: str) -> int:
    print(f"kamerstuk graph: {message}", file=sys.stderr)
    return 2
