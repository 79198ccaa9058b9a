"""Every citation in a folder of text files, into one CSV file, with a progress bar.

What it shows: :func:`kamerstuk.find` over many files, and ``Match.to_dict()`` as CSV rows (one
row per cited document; the columns are the file, the line and column where the citation starts,
then the fields of ``Match.to_dict()``: the text as written, its offsets and the citation's
fields, identifier and URL). Offline: nothing is looked up.

    python examples/extract_folder.py FOLDER [--output citations.csv] [--glob '**/*.txt']

Files are read as ``kamerstuk find`` reads them: UTF-8, with or without a byte-order mark, with
their line endings kept, so that ``start`` and ``end`` are offsets into the file; a file that is
not UTF-8 is named on stderr and left out (the exit status is then 1). The progress bar (tqdm)
goes to stderr and shows only on a terminal. For a very large corpus, the per-file work
parallelises as it is: ``find()`` is safe in worker processes
(``concurrent.futures.ProcessPoolExecutor.map`` over ``rows``).
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tqdm import tqdm

import kamerstuk
from kamerstuk.model.citations import DICT_KEYS

#: The CSV columns: where, then Match.to_dict() (the citation's fields, start, end, text).
COLUMNS = ["file", "line", "column", "text", "start", "end", *DICT_KEYS]


def read(path: Path) -> str:
    """The text of the file at ``path``: UTF-8 (a byte-order mark is no part of it), line endings
    as they are."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return handle.read()


def rows(path: Path, root: Path) -> Iterator[dict[str, Any]]:
    """One CSV row per cited document in the file at ``path`` (named relative to ``root``)."""
    text = read(path)
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    for match in kamerstuk.find(text):
        line = bisect.bisect_right(line_starts, match.start)
        column = match.start - line_starts[line - 1] + 1
        where = {"file": path.relative_to(root).as_posix(), "line": line, "column": column}
        yield {**where, **match.to_dict()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the folder to read")
    parser.add_argument("--output", "-o", default="-", help="CSV file to write (default: stdout)")
    parser.add_argument("--glob", default="**/*.txt", help="which files (default: **/*.txt)")
    args = parser.parse_args(argv)

    files = sorted(p for p in args.folder.glob(args.glob) if p.is_file())
    if not files:
        print(f"no files match {args.glob} in {args.folder}", file=sys.stderr)
        return 1
    with contextlib.ExitStack() as stack:
        out = sys.stdout
        if args.output != "-":
            out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        count = skipped = 0
        # disable=None: a bar on a terminal, none in a pipe, a log or a captured run.
        for path in tqdm(files, unit="file", disable=None):
            try:
                found = list(rows(path, args.folder))
            except UnicodeDecodeError as err:
                print(f"{path}: not UTF-8 text (byte {err.start}); left out", file=sys.stderr)
                skipped += 1
                continue
            writer.writerows(found)
            count += len(found)
    print(f"{count} citations in {len(files) - skipped} files", file=sys.stderr)
    return 1 if skipped else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `... | head` closed the pipe early: not an error
        sys.stderr.close()
