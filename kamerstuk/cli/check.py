"""``kamerstuk check``: a linter for the citations in text files, with fixes.

    $ kamerstuk check brief.txt
    brief.txt:12:5: KS101 'Kamerstuk 33694, nr.' stops short: expected a number
    brief.txt:20:1: KS301 [*] not in aanwijzingen style: write 'Kamerstukken 33694, nr. 49'
    Found 2 problems (1 error, 1 style) in 1 file; 1 fixable with --fix.
    $ kamerstuk check --fix --ignore KS3 brief.txt

Each problem is printed as ``file:line:col: CODE message``, ``[*]`` marking the ones ``--fix``
can mend. The exit status is 1 when an error is left (or, with ``--diff``, when something would
change), 2 when a file cannot be read or written, 0 otherwise. ``--fix`` writes each file the
careful way of :mod:`kamerstuk.cli.rewrite`, and only when the fixed text cites the same
documents; ``--diff`` shows what it would change and never writes, whatever else is given.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from ..checks.fixes import fix_text, same_documents, selected
from ..checks.problems import CODES, SEVERITIES, Lines, Problem
from ..checks.style import DEFAULT_STYLE, STYLES
from ..checks.validate import text_problems
from . import rewrite
from .context import add_context_option
from .kinds import add_kinds_option
from .progress import Progress, add_progress_option
from .reading import Unreadable, add_encoding_option, read_text

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
    p.add_argument("files", nargs="+", metavar="FILE", help="text files to check (- = stdin)")
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


def run(args: argparse.Namespace) -> int:
    """Check (and fix) the files; print problems and a summary; return the exit status."""
    writing = args.fix and not args.diff
    checked: list[_Checked] = []
    status = 0
    with Progress("kamerstuk check", args.files, args.progress, LARGE) as bar:
        for name in args.files:
            result = _check(name, args, writing, bar)
            if isinstance(result, str):
                print(f"kamerstuk check: {name}: {result}", file=sys.stderr)
                status = 2
            else:
                checked.append(result)
    out = sys.stderr if writing and "-" in args.files else sys.stdout
    if args.diff:
        status = max(status, 1 if _print_diffs(checked) else 0)
    elif args.format == "json":
        json.dump(_json(checked), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif checked or status == 0:  # no summary of nothing when no file could be read
        _print_text(checked, out, fixing=writing)
    if any(p.severity == "error" for c in checked for p in c.problems):
        status = max(status, 1)
    return status


def _check(name: str, args: argparse.Namespace, writing: bool, bar: Progress) -> _Checked | str:
    """One file checked (and fixed, and written); or why it was not, in one line."""
    if writing and name != "-":
        reason = rewrite.refusal(Path(name), args.force)
        if reason is not None:
            return reason  # before it is opened: a FIFO is not read
    try:
        original, source = read_text(name, args.encoding)
    except Unreadable as err:
        return str(err).removeprefix(f"{name}: ")
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
                return _not_written(err)
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


def _print_diffs(checked: list[_Checked]) -> bool:
    changed = False
    for c in checked:
        if c.text == c.original:
            continue
        changed = True
        sys.stdout.writelines(
            difflib.unified_diff(
                c.original.splitlines(keepends=True),
                c.text.splitlines(keepends=True),
                fromfile=c.name,
                tofile=c.name,
            )
        )
    return changed


def _json(checked: list[_Checked]) -> list[dict[str, Any]]:
    rows = []
    for c in checked:
        lines = Lines(c.text)
        for p in c.problems:
            line, column = lines.position(p.start)
            end_line, end_column = lines.position(p.end)
            rows.append(
                {
                    "file": c.name,
                    "line": line,
                    "column": column,
                    "end_line": end_line,
                    "end_column": end_column,
                    **p.to_dict(),
                }
            )
    return rows


def _print_text(checked: list[_Checked], out: TextIO, fixing: bool) -> None:
    for c in checked:
        lines = Lines(c.text)
        for p in c.problems:
            line, column = lines.position(p.start)
            mark = "[*] " if p.fix is not None else ""
            out.write(f"{c.name}:{line}:{column}: {p.code} {mark}{p.message}\n")
    out.write(_summary(checked, fixing) + "\n")


def _summary(checked: list[_Checked], fixing: bool) -> str:
    problems = [p for c in checked for p in c.problems]
    files = f"{len(checked)} file{'s' if len(checked) != 1 else ''}"
    fixed = sum(c.text != c.original for c in checked)
    done = f"Fixed {fixed} file{'s' if fixed != 1 else ''}. " if fixing else ""
    if not problems:
        return f"{done}No problems found in {files}."
    counts = [
        f"{n} {severity}{'s' if n != 1 and severity != 'style' else ''}"
        for severity in SEVERITIES
        if (n := sum(p.severity == severity for p in problems))
    ]
    fixable = sum(p.fix is not None for p in problems)
    hint = f"; {fixable} fixable with --fix" if fixable and not fixing else ""
    total = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
    return f"{done}Found {total} ({', '.join(counts)}) in {files}{hint}."
