"""find_many() and citations_frame() with a context for each text, against without.

    .venv/bin/python benchmarks/contexts.py [--documents 2000] [--rounds 5] [--jobs 2]

The documents are those of benchmarks/scale.py (three to eight passages of ../shared/corpus each,
every number varied), each named by a KOOP identifier, half of them Kamerstukken (kst-36200-N)
and half Staatsbladen (stb-2019-N), which are their contexts. Each round times, one after the
other in this process: find() of every document here (the baseline), then ``find_many(jobs)``
and ``citations_frame(jobs=...)`` without contexts and with the identifiers as contexts. Medians
over the rounds and their ratios to the baseline are printed: on a shared machine the ratios are
the figures to quote. Where the ``kamerstuk`` imported takes no contexts (another checkout, by
``PYTHONPATH``), the runs with contexts are left out, so that the same script times both.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import statistics
import sys
import time
from collections.abc import Callable

from scale import documents

import kamerstuk

from shared_data import shared_path


def timed(run: Callable[[], int]) -> tuple[float, int]:
    """Wall seconds of ``run()``, and what it counted."""
    start = time.perf_counter()
    count = run()
    return time.perf_counter() - start, count


def runs(docs: list[str], ids: list[str], jobs: int) -> dict[str, Callable[[], int]]:
    """The runs to time, by name; each gives the number of matches or rows."""
    found: dict[str, Callable[[], int]] = {
        "find() here": lambda: sum(len(list(kamerstuk.find(d))) for d in docs),
        "find_many": lambda: sum(map(len, kamerstuk.find_many(docs, jobs))),
    }
    if "contexts" in inspect.signature(kamerstuk.find_many).parameters:
        found["find_many, contexts"] = lambda: sum(
            map(len, kamerstuk.find_many(docs, jobs, contexts=ids))
        )
    if importlib.util.find_spec("pyarrow") is not None:
        from kamerstuk.frame import citations_frame

        found["citations_frame"] = lambda: len(citations_frame(docs, ids=ids, jobs=jobs))
        if "contexts" in inspect.signature(citations_frame).parameters:
            found["citations_frame, contexts"] = lambda: len(
                citations_frame(docs, ids=ids, contexts=ids, jobs=jobs)
            )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    shared_path("corpus")  # where they are absent: say so, and exit 0
    shared_path("bench", "evaluate.py")
    docs = documents(args.documents)
    ids = [f"kst-36200-{i + 1}" if i % 2 else f"stb-2019-{i + 1}" for i in range(len(docs))]
    named = runs(docs, ids, args.jobs)
    times: dict[str, list[float]] = {name: [] for name in named}
    counts: dict[str, int] = {}
    for _ in range(args.rounds):
        for name, run in named.items():
            took, counts[name] = timed(run)
            times[name].append(took)
    megabytes = sum(map(len, docs)) / 1e6
    base = statistics.median(times["find() here"])
    print(f"kamerstuk from {kamerstuk.__file__}")
    print(f"{len(docs)} documents, {megabytes:.1f} M characters, {args.rounds} rounds,")
    print(f"jobs={args.jobs}; medians, and the baseline's median over each run's\n")
    for name, seconds in times.items():
        median = statistics.median(seconds)
        print(f"  {name:28} {median:7.2f} s  x{base / median:5.2f}  {counts[name]:7d} found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
