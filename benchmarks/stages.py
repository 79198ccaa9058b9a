"""find()'s stages, this version against another, in one process: the repair layer, the proposers'
starts, and find() as a whole (the rest is the grammar, the models and the extract loop).

    .venv/bin/python benchmarks/stages.py [--copies 10] [--rounds 9] --baseline DIR

The texts are benchmarks/kinds.py's (the dev corpus with its numbers varied, the same without
its citations, dev2). DIR holds another version of the package named ``kamerstuk_base`` (and,
where there is one, a second copy ``kamerstuk_base2``, the noise control), as for kinds.py.
Each stage is timed for each version, rounds interleaved and in a new order each round; the
figures are CPU milliseconds, median (fastest) of the rounds, and the ratio of the medians:

- repair: ``Repaired.of(text)`` (kamerstuk.text.repair), the view find() reads, whole;
- starts: ``list(starts(view))`` (kamerstuk.text.candidates) over that view;
- find: ``list(find(text))``.

A text of the kinds.py sizes is repaired whole by find() (one stretch), so the three are what
find() spends on it.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import random
import statistics
import sys
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

from kinds import texts

Stage = Callable[[str], object]


def stages(package: ModuleType) -> dict[str, Stage]:
    """The three stages of ``package`` (kamerstuk, or a copy of it under another name)."""
    name = package.__name__
    repair: Any = importlib.import_module(f"{name}.text.repair")
    candidates: Any = importlib.import_module(f"{name}.text.candidates")
    find: Any = package.find
    views: dict[int, str] = {}

    def view(text: str) -> str:
        # (The starts are timed on the view alone: it is made once, outside the timing.)
        if id(text) not in views:
            views[id(text)] = repair.Repaired.of(text).text
        return views[id(text)]

    return {
        "repair": lambda t: repair.Repaired.of(t),
        "starts": lambda t: list(candidates.starts(view(t))),
        "find": lambda t: list(find(t)),
    }


def versions(baseline: str) -> dict[str, dict[str, Stage]]:
    """This version's stages, the baseline's, and the control's where DIR has one."""
    import kamerstuk

    sys.path.insert(0, baseline)
    found = {"new": stages(kamerstuk), "old": stages(importlib.import_module("kamerstuk_base"))}
    if importlib.util.find_spec("kamerstuk_base2") is not None:
        found["control"] = stages(importlib.import_module("kamerstuk_base2"))
    return found


def measure(copies: int, rounds: int, baseline: str) -> None:
    corpus = texts(copies)
    runs = versions(baseline)
    for stages_of in runs.values():  # warm up: tables loaded, patterns compiled, views made
        for run in stages_of.values():
            for text in corpus.values():
                run(text)
    cpu: dict[tuple[str, str, str], list[float]] = {}
    order = random.Random(11)
    for _ in range(rounds):
        for label, text in corpus.items():
            keys = [(v, s) for v in runs for s in runs[v]]
            order.shuffle(keys)
            for version, name in keys:
                started = time.process_time()
                runs[version][name](text)
                cpu.setdefault((version, name, label), []).append(time.process_time() - started)
    for label, text in corpus.items():
        print(f"{label}: {len(text) / 1e6:.2f} MB, CPU ms median (fastest)")
        for name in runs["new"]:
            print(f"  {name:7s} {_row(cpu, name, label, list(runs))}")


def _row(
    cpu: dict[tuple[str, str, str], list[float]], name: str, label: str, kept: list[str]
) -> str:
    """One stage's figures on one text: each version's median (fastest), then the ratios."""
    median = {v: statistics.median(cpu[(v, name, label)]) for v in kept}
    cells = [f"{v} {median[v] * 1e3:6.2f} ({min(cpu[(v, name, label)]) * 1e3:6.2f})" for v in kept]
    ratios = [f"{v}/old {median[v] / median['old']:.3f}" for v in kept if v != "old"]
    return "  ".join(cells) + "  " + ", ".join(ratios)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--baseline", metavar="DIR", required=True)
    args = parser.parse_args()
    measure(args.copies, args.rounds, args.baseline)


if __name__ == "__main__":
    main()
