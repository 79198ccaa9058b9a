"""``kamerstuk check``: a linter for the citations in text files, with fixes.

    $ kamerstuk check brief.txt
    brief.txt:12:5: KS101 'Kamerstuk 33694, nr.' stops short: expected a number
    brief.txt:20:1: KS301 [*] not in aanwijzingen style: write 'Kamerstukken 33694, nr. 49'
    Found 2 problems (1 error, 1 style) in 1 file; 1 fixable with --fix.
    $ kamerstuk check --fix --ignore KS3 brief.txt

Each problem is printed as ``file:line:col: CODE message``, ``[*]`` marking the ones ``--fix``
can mend. The exit status is 1 when an error is left (or, with ``--diff``, when something would
change), 2 when a file cannot be read, 0 otherwise. ``--fix`` writes each file atomically (a
temporary file in the same directory, then ``os.replace``) and only when the fixed text cites
the same documents; it changes nothing outside citations, and running it twice changes nothing
more.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import json
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..checks.fixes import fix_text, same_documents, selected
from ..checks.problems import SEVERITIES, Lines, Problem
from ..checks.style import STYLES
from ..checks.validate import validate

__all__ = ["register", "run", "write_atomically"]


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
    p.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="CODES",
        help="only these codes or prefixes, comma-separated (KS1,KS203)",
    )
    p.add_argument(
        "--ignore", action="append", default=[], metavar="CODES", help="leave these codes out"
    )
    p.add_argument(
        "--style", choices=STYLES, default=STYLES[0], help="citation style (default: aanwijzingen)"
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument("--fix", action="store_true", help="apply the fixes, rewriting the files")
    p.add_argument(
        "--diff", action="store_true", help="show what --fix would change, write nothing"
    )
    p.set_defaults(func=run)


def _codes(values: list[str]) -> list[str]:
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


class _Checked:
    """One file: its text as read, as fixed, and the problems left to report."""

    def __init__(self, name: str, original: str, text: str, problems: list[Problem]) -> None:
        self.name = name
        self.original = original
        self.text = text
        self.problems = problems


def run(args: argparse.Namespace) -> int:
    """Check (and fix) the files; print problems and a summary; return the exit status."""
    select, ignore = _codes(args.select), _codes(args.ignore)
    checked: list[_Checked] = []
    status = 0
    for name in args.files:
        try:
            original = _read(name)
        except (OSError, UnicodeDecodeError) as err:
            print(f"kamerstuk check: cannot read {name}: {err}", file=sys.stderr)
            status = 2
            continue
        text = original
        if args.fix or args.diff:
            text = _fixed(name, original, args.style, select, ignore)
            if args.fix and text != original:
                _write(name, text)
        problems = [p for p in validate(text, style=args.style) if selected(p.code, select, ignore)]
        checked.append(_Checked(name, original, text, problems))
    out = sys.stderr if args.fix and "-" in args.files else sys.stdout
    if args.diff:
        changed = _print_diffs(checked)
        status = max(status, 1 if changed else 0)
    elif args.format == "json":
        json.dump(_json(checked), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        _print_text(checked, out, fixing=args.fix)
    if any(p.severity == "error" for c in checked for p in c.problems):
        status = max(status, 1)
    return status


def _read(name: str) -> str:
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        return stream.read().decode("utf-8") if stream is not None else sys.stdin.read()
    # newline="" keeps "\r\n" as it is, so offsets, and a rewritten file, match the original.
    with open(name, encoding="utf-8", newline="") as handle:
        return handle.read()


def _fixed(name: str, original: str, style: str, select: list[str], ignore: list[str]) -> str:
    fixed = fix_text(original, style=style, select=select, ignore=ignore).text
    if fixed != original and not same_documents(original, fixed, style):
        # Never expected (each fix is checked where it is made); refuse rather than corrupt.
        print(
            f"kamerstuk check: {name}: the fixes would change what is cited; not applied",
            file=sys.stderr,
        )
        return original
    return fixed


def _write(name: str, text: str) -> None:
    if name == "-":
        sys.stdout.write(text)
        return
    write_atomically(Path(name), text)


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a crash or a full disk leaves either the old file or
    the new one, never half of one: write a temporary file beside it, flush it to disk, and
    rename it over the original (``os.replace`` is atomic within a file system)."""
    target = path.resolve()
    mode = stat.S_IMODE(target.stat().st_mode)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


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


def _print_text(checked: list[_Checked], out: Any, fixing: bool) -> None:
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
