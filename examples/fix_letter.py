"""Check the citations in a letter and write the fixed version beside it.

What it shows: the API that ``kamerstuk check`` is built on. ``kamerstuk.validate(text)``
returns the problems, each with a ``code``, a ``severity`` (error, warning, style), a message,
its span (``start``, ``end``) in the text and, where one is known, a ``fix``: the text to put in
that span. ``kamerstuk.fix_text(text)`` applies every fix (until none is left) and returns the new
text with the fixes it applied. This script writes the fixed letter to a new file (the letter
itself is left alone) and lists what is left for a person: errors and warnings have no automatic
fix, since only the author knows which number or year was meant. Offline: nothing is looked up.

    python examples/fix_letter.py LETTER.txt [--output FIXED.txt] [--style aanwijzingen|kort]

The exit status is 1 when problems are left, else 0. ``kamerstuk check --fix`` does the same to
files in place.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import kamerstuk


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
    problems = kamerstuk.validate(text, style=args.style)
    fixed = kamerstuk.fix_text(text, style=args.style)
    output = args.output or args.letter.with_suffix(".fixed" + args.letter.suffix)
    output.write_text(fixed.text, encoding="utf-8")

    print(f"{args.letter}: {len(problems)} problems, {len(fixed.applied)} fixed in {output}")
    # Checked again on the fixed text, so the places printed are the fixed file's.
    left = kamerstuk.validate(fixed.text, style=args.style)
    for p in left:
        print(f"{output}:{where(fixed.text, p.start)}: {p.code} {p.severity}: {p.message}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
