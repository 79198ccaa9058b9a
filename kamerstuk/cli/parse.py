"""``kamerstuk parse``: each argument (or each line of stdin) as one citation.

    $ kamerstuk parse "Kamerstuk 33694, Nr. 20"
    Kamerstukken 33694, nr. 20	kst-33694-20	https://zoek.officielebekendmakingen.nl/kst-33694-20.html

A string naming several documents ("nrs. 31 en 32") prints one line each. A string that is not a
citation prints its error on stderr; the exit status is then 1. In JSON, JSON Lines and CSV
every input has a row, in order (one per document it names): ``line`` is the input's number
(the argument's, or the line of stdin) and ``error`` says why a failed input is no citation.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from typing import Any

from ..grammar.parsing import parse_all
from ..model.citations import DICT_KEYS
from ..model.errors import ParseError
from .output import FORMATS, write_rows
from .reading import Unreadable, add_encoding_option, read_text

COLUMNS = ("line", "input", "error", "canonical", *DICT_KEYS)
_LINE_END = re.compile("\r\n|\r|\n")


def register(subparsers: Any) -> None:
    """Add ``parse`` to the ``kamerstuk`` command."""
    p = subparsers.add_parser(
        "parse",
        help="parse citations given as arguments or as lines on stdin",
        description="Print the canonical form, KOOP identifier and URL of each citation.",
        # No abbreviations: --json once meant JSON Lines, and must not mean --jsonl now.
        allow_abbrev=False,
    )
    p.add_argument("text", nargs="*", help="citations (default: one per line on stdin)")
    p.add_argument("--format", choices=FORMATS, default="text", help="output (default: text)")
    p.add_argument(
        "--jsonl", action="store_const", const="jsonl", dest="format", help="= --format jsonl"
    )
    p.add_argument("--style", default="aanwijzingen", choices=("aanwijzingen", "kort"))
    add_encoding_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print each citation; 1 when any input was not one, 2 when stdin cannot be read."""
    if args.text:
        inputs = list(enumerate(args.text, 1))
    else:
        try:
            text, _ = read_text("-", args.encoding)
        except Unreadable as err:
            print(f"kamerstuk parse: {err}", file=sys.stderr)
            return 2
        # Lines end as a text file's do (\n, \r\n, \r); U+2028 and the like are inside a line.
        lines = enumerate(_LINE_END.split(text), 1)
        inputs = [(n, line) for n, line in lines if line.strip() and not line.startswith("#")]
    failed = [False]
    rows = _rows(inputs, args.style, failed, whole=args.format == "text")
    if args.format == "text":
        columns = ("canonical", "identifier", "url", "why_no_identifier")
        write_rows(_text_rows(rows), columns, "text", sys.stdout)
    else:
        write_rows(rows, COLUMNS, args.format, sys.stdout)
    return 1 if failed[0] else 0


def _rows(
    inputs: list[tuple[int, str]], style: str, failed: list[bool], whole: bool
) -> Iterator[dict[str, Any]]:
    """A row per document; a failed input's row has its error: in one line (a cell), or
    ``whole``, with the text and a caret under the problem (for people)."""
    for number, text in inputs:
        try:
            citations = parse_all(text)
        except ParseError as err:
            failed[0] = True
            error = str(err) if whole else str(err).splitlines()[0]
            yield {"line": number, "input": text, "error": error, **dict.fromkeys(DICT_KEYS)}
            continue
        for citation in citations:
            where = {"line": number, "input": text, "error": None}
            yield {**where, "canonical": citation.format(style), **citation.to_dict()}


def _text_rows(rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    # The text format: a line per document on stdout, the errors on stderr (for people).
    for row in rows:
        if row["error"] is not None:
            print(f"kamerstuk parse: {row['input']!r}: {row['error']}", file=sys.stderr)
        else:
            yield row
