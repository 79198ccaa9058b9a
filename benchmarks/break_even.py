"""Where ``jobs=2`` starts to beat one process: find_many() and citations_frame() by input size.

    .venv/bin/python benchmarks/break_even.py [--totals 32,128,512,2048] [--sizes 2,16]
                                              [--rounds 3] [--methods fork,spawn]

For each total (kB of text) and text size (kB a text), texts of that size made of passages of
the labelled corpora (../shared/corpus dev and dev2) are read by ``find_many`` and
``citations_frame`` with ``jobs=1`` and with ``jobs=2``, each call starting its own workers as
a user's call does (forked from a script; spawned, as from a notebook, with ``spawn``), with
the fallback to one process switched off (``kamerstuk.text.many.SERIAL_BELOW`` and
``SERIAL_BELOW_SPAWNED`` set to 0). Rounds are interleaved and the medians compared: printed
is the time of ``jobs=1`` over that of ``jobs=2`` (above 1: the workers win), and, for each
function and start method, the smallest total from which ``jobs=2`` wins at every size and every
larger total: the break-even.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import kamerstuk
from kamerstuk.text import many

from shared_data import shared_path


def passages() -> list[str]:
    return [
        json.loads(line)["text"]
        for name in ("dev.jsonl", "dev2.jsonl")
        for line in shared_path("corpus", name).open(encoding="utf-8")
        if line.strip()
    ]


def texts(pool: list[str], total: int, size: int) -> list[str]:
    """Texts of about ``size`` characters, ``total`` characters together."""
    out, held, at = [], 0, 0
    while held < total:
        text = ""
        while len(text) < size:
            text += pool[at % len(pool)] + "\n\n"
            at += 1
        out.append(text[:size])
        held += size
    return out


def _find_many(items: list[str], jobs: int) -> Any:
    return sum(len(m) for m in kamerstuk.find_many(items, jobs=jobs))


def _citations_frame(items: list[str], jobs: int) -> Any:
    from kamerstuk.frame import citations_frame

    return len(citations_frame(items, jobs=jobs))


CALLS: dict[str, Callable[[list[str], int], Any]] = {
    "find_many": _find_many,
    "citations_frame": _citations_frame,
}


def timed(call: Callable[[list[str], int], Any], items: list[str], jobs: int) -> float:
    started = time.perf_counter()
    call(items, jobs)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--totals", default="32,128,512,2048", help="kB of text, all texts")
    parser.add_argument("--sizes", default="2,16", help="kB of text a text")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--methods", default="fork,spawn")
    parser.add_argument("--calls", default=",".join(CALLS))
    args = parser.parse_args(argv)
    pool = passages()
    many.SERIAL_BELOW = many.SERIAL_BELOW_SPAWNED = 0  # measure the workers, not the fallback
    totals = [int(float(t) * 1000) for t in args.totals.split(",")]
    sizes = [int(float(s) * 1000) for s in args.sizes.split(",")]
    print(f"Python {sys.version.split()[0]}; jobs=1 time / jobs=2 time (above 1: jobs=2 wins)")
    for method in args.methods.split(","):
        with _Started(method):
            for name in args.calls.split(","):
                _table(name, CALLS[name], method, pool, totals, sizes, args.rounds)
    return 0


def _table(
    name: str,
    call: Callable[[list[str], int], Any],
    method: str,
    pool: list[str],
    totals: list[int],
    sizes: list[int],
    rounds: int,
) -> None:
    print(f"\n{name}, workers {method}ed; text of kB a text (columns), kB in all (rows):")
    print("  total " + "".join(f"{s // 1000:>10} kB" for s in sizes))
    wins: dict[int, bool] = {}
    call(texts(pool, 10_000, 2_000), 1)  # the grammar built, the imports done
    for total in totals:
        ratios = []
        for size in sizes:
            items = texts(pool, total, size)
            serial, parallel = [], []
            for _ in range(rounds):
                serial.append(timed(call, items, 1))
                parallel.append(timed(call, items, 2))
            ratios.append(statistics.median(serial) / statistics.median(parallel))
        wins[total] = all(r > 1 for r in ratios)
        print(f"{total // 1000:7}" + "".join(f"{r:13.2f}" for r in ratios), flush=True)
    even = next((t for t in totals if all(wins[u] for u in totals if u >= t)), None)
    said = f"{even // 1000} kB of text" if even is not None else "beyond the largest total"
    print(f"break-even ({name}, {method}): jobs=2 wins from {said}")


class _Started:
    """``spawn``: a second thread runs, so that workers are spawned (start_method), as in a
    notebook's kernel; ``fork``: nothing changes (this script runs one thread)."""

    def __init__(self, method: str) -> None:
        self._method = method
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._stop.wait, daemon=True)

    def __enter__(self) -> None:
        if self._method == "spawn":
            self._thread.start()
        got = many.start_method().get_start_method()
        assert got == self._method, f"workers would be {got}ed"

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


if __name__ == "__main__":
    sys.exit(main())
