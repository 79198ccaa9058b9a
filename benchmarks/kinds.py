"""find() speed by the kinds it reads, and against another version of kamerstuk, in one process.

    .venv/bin/python benchmarks/kinds.py [--copies 20] [--rounds 7] [--baseline DIR]

Texts: evaluate.py's speed texts (the dev corpus repeated --copies times with its numbers varied,
and the same without its citations) and the dev2 corpus repeated, whose court rulings cite
ECLIs. Each is read by find() with the default kinds and with ``kinds="all"`` (the registers
beside KOOP's too), rounds interleaved and in a new order each round; figures are medians,
ratios the ones to quote on a noisy shared machine (by wall and by CPU time).

``--baseline DIR``: DIR holds a copy of another version of the package named ``kamerstuk_base``
(before a change: ``git archive main kamerstuk | tar -x -C DIR && mv DIR/kamerstuk
DIR/kamerstuk_base``), whose find() runs on the same texts in the same rounds: the ratio of this
version's default find() to it is the cost of the change on text read as before. A second copy
named ``kamerstuk_base2`` in DIR, where there is one, runs as a control: its ratio to the first
is what the machine's noise alone gives.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import random
import statistics
import sys
import time
from collections.abc import Callable

from shared_data import shared_path


def texts(copies: int) -> dict[str, str]:
    """The texts read: evaluate.py's two speed texts and dev2."""
    sys.path.insert(0, str(shared_path("bench")))
    import evaluate  # type: ignore[import-not-found]

    def rows(name: str) -> list[dict[str, object]]:
        with shared_path("corpus", name).open(encoding="utf-8") as handle:
            return [json.loads(line) for line in handle]

    dev, dev2 = rows("dev.jsonl"), rows("dev2.jsonl")
    rnd = random.Random(1)
    joined = "\n\n".join(str(r["text"]) for r in dev)
    return {
        "corpus": "\n\n".join(evaluate.vary(joined, rnd) for _ in range(copies)),
        "no citations": "\n\n".join(evaluate.without_citations(r) for r in dev) * copies,
        "dev2": "\n\n".join(str(r["text"]) for r in dev2) * max(1, copies // 2),
    }


def runs(baseline: str | None) -> dict[str, Callable[[str], object]]:
    import kamerstuk

    found: dict[str, Callable[[str], object]] = {
        "default": lambda t: list(kamerstuk.find(t)),
        "all kinds": lambda t: list(kamerstuk.find(t, kinds="all")),
    }
    if baseline is not None:
        sys.path.insert(0, baseline)
        base = importlib.import_module("kamerstuk_base")
        found["baseline"] = lambda t: list(base.find(t))
        if importlib.util.find_spec("kamerstuk_base2") is not None:
            # A control: a second copy of the baseline, whose ratio to the first is the noise.
            control = importlib.import_module("kamerstuk_base2")
            found["control"] = lambda t: list(control.find(t))
    return found


def measure(copies: int, rounds: int, baseline: str | None) -> None:
    corpus = texts(copies)
    finders = runs(baseline)
    for run in finders.values():  # warm up: tables loaded, patterns compiled
        run(corpus["corpus"][:200_000])
    wall: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    order = random.Random(7)
    for _ in range(rounds):
        for label, text in corpus.items():
            # In a new order each round: the first of a round runs on a colder cache.
            names = list(finders)
            order.shuffle(names)
            for name in names:
                run = finders[name]
                started, processor = time.perf_counter(), time.process_time()
                run(text)
                wall.setdefault((name, label), []).append(time.perf_counter() - started)
                cpu.setdefault((name, label), []).append(time.process_time() - processor)
    for label, text in corpus.items():
        found = {name: len(run(text)) for name, run in finders.items()}  # type: ignore[arg-type]
        print(f"{label}: {len(text) / 1e6:.2f} MB")
        for name in finders:
            rate = len(text) / 1e6 / statistics.median(wall[(name, label)])
            print(f"  {name:10s} {rate:7.2f} MB/s  {found[name]} matches")
        pairs = (("all kinds", "default"), ("default", "baseline"), ("control", "baseline"))
        for name, other in pairs:
            if (other, label) not in wall or (name, label) not in wall:
                continue
            by_wall = statistics.median(wall[(name, label)]) / statistics.median(
                wall[(other, label)]
            )
            by_cpu = statistics.median(cpu[(name, label)]) / statistics.median(cpu[(other, label)])
            fastest = min(cpu[(name, label)]) / min(cpu[(other, label)])
            print(
                f"  time {name} / {other}: {by_wall:.3f} ({by_cpu:.3f} by CPU time,"
                f" {fastest:.3f} by the fastest CPU time)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--baseline", metavar="DIR", help="a folder with kamerstuk_base in it")
    args = parser.parse_args()
    measure(args.copies, args.rounds, args.baseline)


if __name__ == "__main__":
    main()
