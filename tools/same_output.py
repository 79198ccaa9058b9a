"""Show that find() of this checkout gives what another version gives, on many texts.

    .venv/bin/python tools/same_output.py DIR [--fuzz 20000] [--seed 18] [--bases 12]

DIR holds the other version of the package named ``kamerstuk_base`` (as for
benchmarks/kinds.py: ``git archive REV kamerstuk | tar -x -C DIR && mv DIR/kamerstuk
DIR/kamerstuk_base``). The texts: every real text tools/find_golden.py snapshots, the
robustness matrix's cases (tests/matrix.py) and ``--fuzz`` grammar-fuzz inputs
(tests/grammar_fuzz.py). A change meant to make find() quicker, and nothing else, shows 0
texts that differ; the first few that do are printed (text and both readings).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tools")]

#: A text, the context and the kinds find() is given.
Text = tuple[str, str | None, str | None]


def texts(fuzz: int, seed: int, bases: int) -> Iterator[Text]:
    """The real texts, the matrix's cases, then ``fuzz`` fuzz inputs."""
    import find_golden
    import grammar_fuzz
    import matrix

    for text in find_golden.texts().values():
        yield text, None, None
    for case in matrix.build(seed=seed, bases=bases, pairs=3):
        yield case.text, case.context, case.kinds
    for item in grammar_fuzz.inputs(seed, 0, fuzz):
        yield item.text, item.context, None


def reading(module: ModuleType) -> Callable[[Text], list[str]]:
    """What ``module``'s find() reads in a text, as strings that compare across versions."""

    def read(item: Text) -> list[str]:
        text, context, kinds = item
        options = {} if kinds is None else {"kinds": kinds}
        try:
            return [repr(m) for m in module.find(text, context=context, **options)]
        except Exception as error:  # a raise is a reading to compare too
            return [f"raised {type(error).__name__}: {error}"]

    return read


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("baseline", metavar="DIR", help="a folder with kamerstuk_base in it")
    parser.add_argument("--fuzz", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--bases", type=int, default=12)
    parser.add_argument("--show", type=int, default=5, help="how many differing texts to print")
    args = parser.parse_args(argv)
    sys.path.insert(0, args.baseline)
    new = reading(importlib.import_module("kamerstuk"))
    old = reading(importlib.import_module("kamerstuk_base"))
    total = differ = 0
    for item in texts(args.fuzz, args.seed, args.bases):
        total += 1
        mine, theirs = new(item), old(item)
        if mine != theirs:
            differ += 1
            if differ <= args.show:
                print(f"--- {item[0]!r} (context {item[1]!r}, kinds {item[2]!r})")
                print(f"  this: {mine}\n  base: {theirs}")
    print(f"{total} texts, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
