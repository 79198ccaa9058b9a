"""Writing output: rows of fields as a table, JSON, JSON lines or CSV, to a file whole or not at
all, or to stdout; shared by the subcommands.

A file named by ``--out`` is written through :func:`written` (a temporary file renamed over it
when complete: :func:`kamerstuk.text.outputs.replacing`), and every error writing it, or
standard output (:class:`GuardedStream`), is an :class:`Unwritable` that says in one line which
output and why.

>>> import io
>>> out = io.StringIO()
>>> write_rows([{"a": 1, "b": None}], ("a", "b"), "csv", out)
>>> out.getvalue().splitlines()
['a,b', '1,']
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TextIO

from ..text.outputs import replacing, shown

__all__ = [
    "FORMATS",
    "GuardedStream",
    "Unwritable",
    "guarded_stdout",
    "text_output",
    "write_rows",
    "writing",
    "written",
]

FORMATS = ("text", "json", "jsonl", "csv")


def write_rows(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str], style: str, out: TextIO
) -> None:
    """Stream ``rows`` to ``out`` in ``style`` (one of :data:`FORMATS`), one row at a time."""
    if style == "csv":
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    elif style == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif style == "json":
        # Streamed as an array, so that a huge input never sits in memory whole.
        out.write("[")
        for index, row in enumerate(rows):
            out.write(("," if index else "") + "\n  " + json.dumps(row, ensure_ascii=False))
        out.write("\n]\n")
    else:
        for row in rows:
            # Empty cells at the end are left out: a line ends in its last value, not in tabs.
            out.write("\t".join(_cell(row.get(c)) for c in columns).rstrip("\t") + "\n")


def _cell(value: Any) -> str:
    # One line per row: whitespace inside a citation as written (a line break) becomes a space.
    return "" if value is None else " ".join(str(value).split())


class Unwritable(Exception):
    """An output that could not be written; ``str(err)`` is one line naming it and why."""

    @classmethod
    def of(cls, name: str, err: OSError) -> Unwritable:
        """The error for output ``name`` (a file, or "standard output") from ``err``.

        >>> str(Unwritable.of("c.csv", OSError("Error writing bytes. Detail: [errno 28] ...")))
        'c.csv: not written: No space left on device'
        """
        return cls(f"{shown(name)}: not written: {_why(err)}")


def _why(err: OSError) -> str:
    """The reason of an OSError, in the system's words; pyarrow's give their errno inside their
    message."""
    number = err.errno or next(map(int, re.findall(r"\[errno (\d+)\]", str(err))), None)
    return os.strerror(number) if number else str(err)


@contextlib.contextmanager
def writing(path: str) -> Iterator[None]:
    """A block that writes ``path``: any OSError in it (a folder, a folder one may not write
    in, a full disk) is an :class:`Unwritable` naming ``path``. The readers of the commands
    turn their own errors into :class:`~kamerstuk.cli.reading.Unreadable` first."""
    try:
        yield
    except OSError as err:
        raise Unwritable.of(path, err) from None


@contextlib.contextmanager
def written(path: str) -> Iterator[str]:
    """The temporary path to write instead of ``path``, put in its place when the block ends
    without an exception, and removed otherwise (:func:`writing`, for its errors)."""
    with writing(path), replacing(path) as temporary:
        yield temporary


@contextlib.contextmanager
def text_output(path: str | None) -> Iterator[TextIO]:
    """Standard output (``path`` None or ``-``), or the text file ``path``, written whole or not
    at all (:func:`written`)."""
    if path is None or path == "-":
        yield sys.stdout
        return
    with written(path) as temporary, open(temporary, "w", encoding="utf-8", newline="") as out:
        yield out


@contextlib.contextmanager
def guarded_stdout() -> Iterator[None]:
    """Standard output as a :class:`GuardedStream` in the block (a command's run)."""
    stdout = sys.stdout
    sys.stdout = GuardedStream(stdout, "standard output")
    try:
        yield
    finally:
        sys.stdout = stdout


class GuardedStream:
    """A text stream whose write errors are :class:`Unwritable` (standard output on a full
    disk, ``> /dev/full``), all else passed through; a closed pipe stays ``BrokenPipeError``,
    which the command treats as a reader that has seen enough.

    >>> import io
    >>> GuardedStream(io.StringIO(), "standard output").write("x")
    1
    """

    def __init__(self, stream: TextIO, name: str) -> None:
        self._stream = stream
        self._name = name

    def write(self, text: str) -> int:
        return int(self._guard(self._stream.write, text))

    def writelines(self, lines: Iterable[str]) -> None:
        self._guard(self._stream.writelines, lines)

    def flush(self) -> None:
        self._guard(self._stream.flush)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def _guard(self, call: Callable[..., Any], *args: Any) -> Any:
        try:
            return call(*args)
        except BrokenPipeError:
            raise
        except OSError as err:
            _silence(self._stream)
            raise Unwritable.of(self._name, err) from None


def _silence(stream: TextIO) -> None:
    """Point the stream's descriptor at /dev/null, so that the text it still holds is not
    written again (and fails again) when the interpreter flushes it on the way out."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stream.fileno())
        os.close(null)
