"""What ``kamerstuk check`` does with one file, here or in a worker process (``--jobs``): its
problems as rows, read a stretch at a time so that memory stays bounded however large it is.

A text file (or ``-``) is read in blocks and checked as it is read
(:func:`kamerstuk.checks.validate.stream_problems`); KOOP XML and HTML files are read whole as
plain text, as ``kamerstuk find`` reads them (:mod:`kamerstuk.cli.sources`). A row is the
problem's fields with the file, and the line and column where it starts and ends.

>>> import pathlib, tempfile
>>> letter = pathlib.Path(tempfile.mkdtemp()) / "brief.txt"
>>> _ = letter.write_text("Zie\\nKamerstuk 33694, Nr. 20.", encoding="utf-8")
>>> done = check_rows([str(letter)], options=Options("aanwijzingen", None, None, [], []))
>>> [(r["line"], r["column"], r["code"]) for r in done[0].rows]
[(2, 1, 'KS301')]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from ..checks.fixes import selected
from ..checks.validate import stream_problems
from ..model.citations import Kamerstuk
from ..model.kinds import DEFAULT_KINDS
from ..text.chunks import Stretches
from ..text.outputs import shown
from .progress import Progress
from .reading import Unreadable
from .sources import BIG, Done, counted, plain, size

__all__ = ["Options", "check_rows", "problem_rows"]


class Options(NamedTuple):
    """What ``kamerstuk check`` was asked, as a worker needs it (it pickles)."""

    style: str | None
    encoding: str | None
    context: Kamerstuk | None
    select: list[str]
    ignore: list[str]
    kinds: frozenset[str] = DEFAULT_KINDS


def problem_rows(
    name: str, options: Options, bar: Progress | None = None
) -> Iterator[dict[str, Any]]:
    """The row of each problem of the file ``name``, in order, as it is read;
    :class:`Unreadable` when it cannot be (the rows before it stand)."""
    shown_name = shown(name)
    with plain(name, options.encoding) as source:
        read = Stretches(source if bar is None else counted(source, bar))
        for problem in stream_problems(read, options.style, None, options.context, options.kinds):
            if not selected(problem.code, options.select, options.ignore):
                continue
            line, column, end_line, end_column = read.span(problem.start, problem.end)
            yield {
                "file": shown_name,
                "line": line,
                "column": column,
                "end_line": end_line,
                "end_column": end_column,
                **problem.to_dict(),
            }


def check_rows(names: list[str], *, options: Options) -> list[Done]:
    """The rows of each file of a chunk: what a worker does. Standard input and files over
    :data:`~kamerstuk.cli.sources.BIG` are left to the process that writes the output."""
    done = []
    for name in names:
        bytes_ = size(name)
        if name == "-" or bytes_ > BIG:
            done.append(Done(name, None, None, 0))
            continue
        found: list[Any] = []
        error = None
        try:
            found.extend(problem_rows(name, options))
        except Unreadable as err:
            error = str(err)
        done.append(Done(name, found, error, bytes_))
    return done
