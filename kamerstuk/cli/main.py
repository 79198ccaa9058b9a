"""The ``kamerstuk`` command: a thin layer over the API, one subcommand a module.

Each command module in :mod:`kamerstuk.cli` has ``register(subparsers)``, which adds its subcommand
and sets ``func`` (taking the parsed arguments, returning the exit status).

    $ kamerstuk parse "Kamerstuk 33694, Nr. 20"
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool

from .. import __version__
from ..text.outputs import shown
from . import check, find, graph, parse, resolve, votes
from .output import Unwritable, guarded_stdout
from .reading import Unreadable
from .stopping import Terminated, stoppable

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
        with stoppable(), guarded_stdout():
            status: int = args.func(args)
            sys.stdout.flush()  # a full disk behind stdout is met here, not at exit
    except (Unreadable, Unwritable) as err:
        # An input that cannot be read at all, an output that cannot be written: one line.
        print(f"kamerstuk {args.command}: {shown(str(err))}", file=sys.stderr)
        return 2
    except BrokenProcessPool:
        print(f"kamerstuk {args.command}: a worker process died", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `kamerstuk find big.txt | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    except Terminated as stop:
        return stop.status
    return status


if __name__ == "__main__":
    sys.exit(main())
