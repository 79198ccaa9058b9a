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
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ..text.inputs import koop_documents
from .progress import add_progress_option

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
    """Write the graph; 2 for a folder that is not there, bad options or a missing extra."""
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
    pieces = document_edges(
        _counted(koop_documents(args.folder), read),
        jobs=args.jobs,
        self_loops=args.self_loops,
        progress=args.progress,
    )
    rows = 0
    if args.out == "-":
        rows = _csv(pieces, sys.stdout)
    elif args.out.lower().endswith(".csv"):
        with open(args.out, "w", encoding="utf-8", newline="") as out:
            rows = _csv(pieces, out)
    else:
        with ParquetSink(args.out, edges_schema(STRING)) as sink:
            for piece in pieces:
                sink.write(piece)
            rows = sink.rows
    where = "" if args.out == "-" else f" -> {args.out}"
    print(
        f"kamerstuk graph: {_plural(read[0], 'document')}, {_plural(rows, 'edge')}{where}",
        file=sys.stderr,
    )
    return 0


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
