"""``kamerstuk parse``: each argument (or each line of stdin) as one citation.

    $ kamerstuk parse "Kamerstuk 33694, Nr. 20"
    Kamerstukken 33694, nr. 20	kst-33694-20	https://zoek.officielebekendmakingen.nl/kst-33694-20.html

A string naming several documents ("nrs. 31 en 32") prints one line each. A string that is not a
citation prints its error on stderr; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

from ..grammar.parsing import parse_all
from ..model.citations import DICT_KEYS
from ..model.errors import ParseError
from .output import FORMATS, write_rows

COLUMNS = ("input", "canonical", "identifier", "url")


def register(subparsers: Any) -> None:
    """Add ``parse`` to the ``kamerstuk`` command."""
    p = subparsers.add_parser(
        "parse",
        help="parse citations given as arguments or as lines on stdin",
        description="Print the canonical form, KOOP identifier and URL of each citation.",
    )
    p.add_argument("text", nargs="*", help="citations (default: one per line on stdin)")
    p.add_argument("--format", choices=FORMATS, default="text", help="output (default: text)")
    p.add_argument(
        "--json", action="store_const", const="jsonl", dest="format", help="= --format jsonl"
    )
    p.add_argument("--style", default="aanwijzingen", choices=("aanwijzingen", "kort"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print each citation; 1 when any input was not one."""
    inputs = args.text or [
        line.rstrip("\n") for line in sys.stdin if line.strip() and not line.startswith("#")
    ]
    failures: list[str] = []
    columns = COLUMNS if args.format == "text" else (*COLUMNS[:2], *DICT_KEYS)
    write_rows(
        _rows(inputs, args.style, failures),
        columns[1:] if args.format == "text" else columns,
        args.format,
        sys.stdout,
    )
    for message in failures:
        print(message, file=sys.stderr)
    return 1 if failures else 0


def _rows(inputs: list[str], style: str, failures: list[str]) -> Iterator[dict[str, Any]]:
    for text in inputs:
        try:
            citations = parse_all(text)
        except ParseError as err:
            failures.append(f"kamerstuk parse: {text!r}: {err}")
            continue
        for citation in citations:
            yield {"input": text, "canonical": citation.format(style), **citation.to_dict()}
