"""The ``kamerstuk`` command: a thin layer over the API, one subcommand a module.

Each command module in :mod:`kamerstuk.cli` has ``register(subparsers)``, which adds its subcommand
and sets ``func`` (taking the parsed arguments, returning the exit status).

    $ kamerstuk parse "Kamerstuk 33694, Nr. 20"
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from . import check, find, graph, parse, resolve, votes
from .reading import Unreadable

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS = (parse, find, check, resolve, votes, graph)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="kamerstuk",
        description="Find, parse, check and resolve Dutch parliamentary citations.",
    )
    parser.add_argument("--version", action="version", version=f"kamerstuk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        status: int = args.func(args)
    except Unreadable as err:
        # An input that is not text, or not there: one line, whichever command met it.
        print(f"kamerstuk {args.command}: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `kamerstuk find big.txt | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    return status


if __name__ == "__main__":
    sys.exit(main())
