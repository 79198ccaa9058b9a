"""Check the citations in a letter and write the fixed version beside it.

What it shows: the ``validate()`` API that ``kamerstuk check`` is built on. Each problem has a
``code``, a ``severity`` (error, warning, style), a message, its span (``start``, ``end``) in the
text and, where one is known, a ``fix``: the text to put in that span. This script applies every
fix, writes the result to a new file (the letter itself is left alone), and lists what is left
for a person to decide: errors and warnings have no automatic fix, since only the author knows
which number or year was meant. Offline: nothing is looked up.

    python examples/fix_letter.py LETTER.txt [--output FIXED.txt] [--style aanwijzingen|kort]

The exit status is 1 when problems are left that need a person, else 0. ``kamerstuk check --fix``
does the same to files in place; this is the same in a dozen lines of Python.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

try:
    from kamerstuk import validate
except ImportError:  # until kamerstuk exports it, validate() lives in kamerstuk.checks
    from kamerstuk.checks import validate


def apply_fixes(text: str, problems: Sequence[Any]) -> str:
    """``text`` with each problem's fix put in its span (of overlapping fixes, the first)."""
    out: list[str] = []
    position = 0
    for problem in sorted((p for p in problems if p.fix is not None), key=lambda p: p.start):
        if problem.start < position:
            continue
        out.append(text[position : problem.start])
        out.append(problem.fix)
        position = problem.end
    out.append(text[position:])
    return "".join(out)


def where(text: str, offset: int) -> str:
    """``line:column`` of ``offset`` (both from 1)."""
    line = text.count("\n", 0, offset) + 1
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("letter", type=Path, help="the letter, as a text file")
    parser.add_argument("--output", "-o", type=Path, help="default: NAME.fixed.txt")
    parser.add_argument("--style", default="aanwijzingen", choices=["aanwijzingen", "kort"])
    args = parser.parse_args(argv)

    text = args.letter.read_text(encoding="utf-8")
    problems = validate(text, style=args.style)
    fixed = apply_fixes(text, problems)
    output = args.output or args.letter.with_suffix(".fixed" + args.letter.suffix)
    output.write_text(fixed, encoding="utf-8")

    fixable = sum(p.fix is not None for p in problems)
    print(f"{args.letter}: {len(problems)} problems, {fixable} fixed in {output}")
    # Checked again on the fixed text, so the offsets printed are the fixed file's.
    left = validate(fixed, style=args.style)
    for p in left:
        print(f"{output}:{where(fixed, p.start)}: {p.code} {p.severity}: {p.message}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
