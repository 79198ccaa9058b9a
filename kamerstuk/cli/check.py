"""``kamerstuk check``: a linter for the citations in text files, with fixes.

    $ kamerstuk check brief.txt
    brief.txt:12:5: KS101 'Kamerstuk 33694, nr.' stops short: expected a number
    brief.txt:20:1: KS301 [*] not in aanwijzingen style: write 'Kamerstukken 33694, nr. 49'
    Found 2 problems (1 error, 1 style) in 1 file; 1 fixable with --fix.
    $ kamerstuk check --fix --ignore KS3 brief.txt

Each problem is printed as ``file:line:col: CODE message``, ``[*]`` marking the ones ``--fix``
can mend, as soon as it is found: a file (or stdin) of any size is read a stretch at a time,
and memory stays bounded (:mod:`kamerstuk.cli.checking`). Folders are walked as ``kamerstuk
find`` walks them, KOOP XML and HTML read as their plain text, and ``--jobs N`` checks the files
in N worker processes, the output the same and in the same order. The exit status is 1 when an
error is left (or, with ``--diff``, when something would change) or a file could not be read
(the others are checked), 2 when a file cannot be written, 0 otherwise. ``--fix`` writes each
file the careful way of :mod:`kamerstuk.cli.rewrite`, and only when the fixed text cites the
same documents; ``--diff`` shows what it would change and never writes, whatever else is given.
Both read each text file whole, and do the files here, one by one.
"""

from __future__ import annotations

import argparse
import difflib
import functools
import itertools
import json
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from pathlib import Path
from typing import Any, TextIO

from ..checks.fixes import fix_text, same_documents, selected
from ..checks.problems import CODES, SEVERITIES, Lines, Problem
from ..checks.style import DEFAULT_STYLE, STYLES
from ..checks.validate import text_problems
from ..text.inputs import HTML, XML, names
from ..text.many import map_chunks
from ..text.outputs import shown
from ..text.workers import started_pool
from . import rewrite
from .checking import Options, check_rows, problem_rows
from .context import add_context_option
from .find import jobs_option
from .kinds import add_kinds_option
from .progress import Progress, add_progress_option
from .reading import Unreadable, add_encoding_option, read_text
from .sources import Done, size

__all__ = ["LARGE", "register", "run"]

#: Input at least this large (bytes, all files together) gets a progress bar on a terminal.
LARGE = 2 << 20


def register(subparsers: Any) -> None:
    """Add ``check`` to the ``kamerstuk`` command."""
    p = subparsers.add_parser(
        "check",
        help="check the citations in files: broken, impossible, ambiguous, off-style",
        description=(
            "Check every citation in the files and print each problem as file:line:col: CODE"
            " message. Codes: KS1xx malformed, KS2xx impossible, KS3xx style, KS4xx ambiguous"
            " (docs/checks.md lists them all)."
        ),
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="text, KOOP .xml or .html files, or folders of them, to check (- = stdin)",
    )
    for option, what in (("--select", "only these codes or prefixes"), ("--ignore", "not these")):
        p.add_argument(
            option,
            action="extend",
            type=_codes,
            default=[],
            metavar="CODES",
            help=f"{what}, comma-separated (KS1,KS203)",
        )
    p.add_argument(
        "--style",
        choices=STYLES,
        default=DEFAULT_STYLE,
        help="citation style (default: aanwijzingen)",
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    add_context_option(p)
    add_kinds_option(p)
    p.add_argument("--fix", action="store_true", help="apply the fixes, rewriting the files")
    p.add_argument(
        "--diff", action="store_true", help="show what --fix would change; write nothing"
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="with --fix, rewrite read-only and hard-linked files, and files of other owners",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=jobs_option,
        default=1,
        metavar="N",
        help="worker processes (default: 1; --fix and --diff work here)",
    )
    add_encoding_option(p)
    add_progress_option(p)
    p.set_defaults(func=run)


def _codes(value: str) -> list[str]:
    """The codes or prefixes of one ``--select``/``--ignore``; unknown ones are usage errors."""
    out = []
    for code in (c.strip().upper() for c in value.split(",")):
        if not code:
            continue
        if not any(known.startswith(code) for known in CODES):
            raise argparse.ArgumentTypeError(
                f"unknown code {code!r}: choose from {', '.join(CODES)} (or a prefix: KS1, KS20)"
            )
        out.append(code)
    return out


class _Checked:
    """One file: its text as read, as fixed, and the problems left to report."""

    def __init__(self, name: str, original: str, text: str, problems: list[Problem]) -> None:
        self.name = name
        self.original = original
        self.text = text
        self.problems = problems


class _Report:
    """The problems, printed as they come (text, or a JSON array streamed), and counted for the
    summary: only the counts are kept, whatever the number of files."""

    def __init__(self, style: str, out: TextIO) -> None:
        self.style, self.out = style, out
        self.files = self.fixed = self.fixable = 0
        self.counts = dict.fromkeys(SEVERITIES, 0)
        self._rows = 0

    def __enter__(self) -> _Report:
        if self.style == "json":
            self.out.write("[")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.style == "json":
            self.out.write("\n]\n" if self._rows else "]\n")

    def add(self, row: dict[str, Any]) -> None:
        self.counts[row["severity"]] += 1
        self.fixable += row["fix"] is not None
        if self.style == "json":
            self.out.write(
                ("," if self._rows else "") + "\n  " + json.dumps(row, ensure_ascii=False)
            )
        elif self.style == "text":
            mark = "[*] " if row["fix"] is not None else ""
            where = f"{row['file']}:{row['line']}:{row['column']}"
            self.out.write(f"{where}: {row['code']} {mark}{row['message']}\n")
        self._rows += 1

    def summary(self, fixing: bool) -> str:
        files = f"{self.files} file{'s' if self.files != 1 else ''}"
        done = f"Fixed {self.fixed} file{'s' if self.fixed != 1 else ''}. " if fixing else ""
        if not self._rows:
            return f"{done}No problems found in {files}."
        counts = [
            f"{n} {severity}{'s' if n != 1 and severity != 'style' else ''}"
            for severity, n in self.counts.items()
            if n
        ]
        hint = f"; {self.fixable} fixable with --fix" if self.fixable and not fixing else ""
        total = f"{self._rows} problem{'s' if self._rows != 1 else ''}"
        return f"{done}Found {total} ({', '.join(counts)}) in {files}{hint}."


def run(args: argparse.Namespace) -> int:
    """Check (and fix) the files; print problems and a summary; return the exit status."""
    writing = args.fix and not args.diff
    status = [0]
    out = sys.stderr if writing and "-" in args.files else sys.stdout
    style = "diff" if args.diff else args.format
    with (
        Progress("kamerstuk check", names(args.files), args.progress, LARGE) as bar,
        _Report(style, out) as report,
    ):
        if args.fix or args.diff:
            changed = _fix_all(args, writing, bar, report, status)
            status[0] = max(status[0], 1 if args.diff and changed else 0)
        else:
            with started_pool(args.jobs) as pool:
                for row in _rows(args, bar, pool, status, report):
                    report.add(row)
    if args.format == "text" and not args.diff and (report.files or status[0] == 0):
        out.write(report.summary(writing) + "\n")  # no summary of nothing: no file was read
    if report.counts["error"]:
        status[0] = max(status[0], 1)
    return status[0]


def _rows(
    args: argparse.Namespace,
    bar: Progress,
    pool: Executor | None,
    status: list[int],
    report: _Report,
) -> Iterator[dict[str, Any]]:
    """The problem rows of every file, in order: read here, or sent back by the workers; the
    files read counted in ``report``."""
    options = Options(args.style, args.encoding, args.context, args.select, args.ignore, args.kinds)
    if pool is None:
        done: Iterable[Done] = (Done(name, None, None, 0) for name in names(args.files))
    else:
        work = functools.partial(check_rows, options=options)
        chunks = map_chunks(work, names(args.files), args.jobs, executor=pool, weigh=size)
        done = itertools.chain.from_iterable(chunks)
    for each in done:
        if each.rows is None:
            try:
                yield from problem_rows(each.name, options, bar)
            except Unreadable as err:
                _failed(str(err), status, 1)
                continue
        else:
            bar.add(each.size)
            yield from each.rows
            if each.error is not None:
                _failed(each.error, status, 1)
                continue
        report.files += 1


def _fix_all(
    args: argparse.Namespace, writing: bool, bar: Progress, report: _Report, status: list[int]
) -> bool:
    """``--fix`` or ``--diff``: each text file read whole, fixed, written; its problems reported
    (counted only, with ``--diff``). A KOOP XML or HTML file is checked as its plain text and
    never rewritten. True when something was (or would be) changed."""
    options = Options(args.style, args.encoding, args.context, args.select, args.ignore, args.kinds)
    changed = False
    for name in names(args.files):
        if os.path.splitext(name)[1].lower() in (*XML, *HTML):
            _markup(name, options, bar, report, status, writing)
            continue
        result = _check(name, args, writing, bar)
        if isinstance(result, tuple):
            _failed(f"{name}: {result[1]}", status, result[0])
            continue
        report.files += 1
        report.fixed += result.text != result.original
        if args.diff:
            changed = _print_diff(result) or changed
        lines = Lines(result.text)
        for p in result.problems:
            line, column = lines.position(p.start)
            end_line, end_column = lines.position(p.end)
            row = {"file": shown(result.name), "line": line, "column": column}
            report.add({**row, "end_line": end_line, "end_column": end_column, **p.to_dict()})
    return changed


def _markup(
    name: str,
    options: Options,
    bar: Progress,
    report: _Report,
    status: list[int],
    writing: bool,
) -> None:
    """A KOOP XML or HTML file under ``--fix`` or ``--diff``: checked, not fixed."""
    try:
        for row in problem_rows(name, options, bar):
            report.add(row)
    except Unreadable as err:
        _failed(str(err), status, 1)
        return
    report.files += 1
    if writing:
        why = "not fixed: --fix rewrites text files; markup is checked as its plain text"
        _failed(f"{name}: {why}", status, 2)


def _failed(message: str, status: list[int], code: int) -> None:
    print(f"kamerstuk check: {shown(message)}", file=sys.stderr)
    status[0] = max(status[0], code)


def _check(
    name: str, args: argparse.Namespace, writing: bool, bar: Progress
) -> _Checked | tuple[int, str]:
    """One file checked (and fixed, and written); or the exit status and the line that say
    why it was not: 1 when it could not be read, 2 when it could not be written."""
    if writing and name != "-":
        reason = rewrite.refusal(Path(name), args.force)
        if reason is not None:
            return 2, reason  # before it is opened: a FIFO is not read
    try:
        original, source = read_text(name, args.encoding)
    except Unreadable as err:
        return 1, str(err).removeprefix(f"{name}: ")
    text = original
    if args.fix or args.diff:
        text = _fixed(name, original, args)
    if writing:
        if name == "-":
            sys.stdout.write(text)  # piped through, the text comes out fixed or not
        elif text != original:
            try:
                rewrite.replace(
                    Path(name), source.encode(original), source.encode(text), args.force
                )
            except (rewrite.Refused, OSError, UnicodeEncodeError) as err:
                return 2, _not_written(err)
    bar.start(name, len(text))
    found = text_problems(text, args.style, None, bar.update, args.context, args.kinds)
    problems = [p for p in found if selected(p.code, args.select, args.ignore)]
    bar.done()
    return _Checked(name, original, text, problems)


def _not_written(err: Exception) -> str:
    if isinstance(err, rewrite.Refused):
        return str(err)
    if isinstance(err, OSError):
        return f"not written: {err.strerror or err}"
    return f"not written: the fixed text has a character its encoding cannot hold ({err})"


def _fixed(name: str, original: str, args: argparse.Namespace) -> str:
    fixed = fix_text(original, style=args.style, select=args.select, ignore=args.ignore).text
    if fixed != original and not same_documents(original, fixed, args.style):
        # Never expected (each fix is checked where it is made); refuse rather than corrupt.
        print(
            f"kamerstuk check: {name}: the fixes would change what is cited; not applied",
            file=sys.stderr,
        )
        return original
    return fixed


def _print_diff(checked: _Checked) -> bool:
    """The unified diff of what --fix would change in one file; True when there is one."""
    if checked.text == checked.original:
        return False
    sys.stdout.writelines(
        difflib.unified_diff(
            checked.original.splitlines(keepends=True),
            checked.text.splitlines(keepends=True),
            fromfile=checked.name,
            tofile=checked.name,
        )
    )
    return True
