"""How long validate() and ``kamerstuk check`` take beside find() on the same text, by size.

    python benchmarks/check_speed.py [--sizes 1 2 4 8] [--rounds 3]

For each text and each size (MB), repeated to that size: find(), validate() (the default style),
validate(style=None), and the commands ``kamerstuk find`` and ``kamerstuk check`` on a file of
it (in this process, output to /dev/null). Rounds are interleaved and the medians printed, with
the ratios to find() (the figure to quote: the machine is shared and noisy) and the seconds per
MB (flat when the time is linear in the size).

Texts: the seed letter (examples/, few citations, each written otherwise than the Aanwijzingen),
the letter of broken citations (examples/concept-brief.txt) and, where ../shared is there, the
dev corpus (dense, real passages of every genre).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import kamerstuk
from kamerstuk.cli.main import main as command

from shared_data import absent, have, shared_path

ROOT = Path(__file__).resolve().parents[1]


def texts() -> dict[str, str]:
    """The texts to repeat, by name."""
    out = {
        "seed letter": (ROOT / "examples" / "kamerbrief-nucleaire-risicobeperking.txt").read_text(
            encoding="utf-8"
        ),
        "broken citations": (ROOT / "examples" / "concept-brief.txt").read_text(encoding="utf-8"),
    }
    if have("corpus", "dev.jsonl"):
        with shared_path("corpus", "dev.jsonl").open(encoding="utf-8") as handle:
            out["dev corpus"] = "\n\n".join(json.loads(line)["text"] for line in handle)
    else:
        print(f"(no dev corpus: {absent('corpus', 'dev.jsonl')})")
    return out


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def quietly(*args: str) -> Callable[[], object]:
    """A run of the ``kamerstuk`` command with its output thrown away."""

    def run() -> object:
        with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
            return command(list(args))

    return run


def measure(text: str, path: Path, rounds: int) -> dict[str, float]:
    """The median seconds of each way of reading ``text`` (written to ``path`` too)."""
    path.write_text(text, encoding="utf-8")
    ways: dict[str, Callable[[], object]] = {
        "find()": lambda: list(kamerstuk.find(text)),
        "validate()": lambda: kamerstuk.validate(text),
        "validate(style=None)": lambda: kamerstuk.validate(text, style=None),
        "kamerstuk find": quietly("find", "--no-progress", str(path)),
        "kamerstuk check": quietly("check", "--no-progress", str(path)),
    }
    seconds: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(rounds):
        for name, work in ways.items():
            seconds[name].append(timed(work))
    return {name: statistics.median(values) for name, values in seconds.items()}


def report(name: str, base: str, sizes: list[float], rounds: int, folder: Path) -> None:
    print(f"\n{name} ({len(base):,} characters, repeated), median of {rounds} rounds:")
    print(f"  {'MB':>4} {'way':22} {'seconds':>8} {'s/MB':>6} {'x find':>7}")
    for size in sizes:
        text = (base * (int(size * 1e6) // len(base) + 1))[: int(size * 1e6)]
        medians = measure(text, folder / "text.txt", rounds)
        for way, took in medians.items():
            against = (
                medians["kamerstuk find"] if way.startswith("kamerstuk") else medians["find()"]
            )
            print(f"  {size:>4g} {way:22} {took:8.3f} {took / size:6.3f} {took / against:6.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8], metavar="MB")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    bases = texts()
    for base in bases.values():  # the grammar, the data and the patterns are built once, here
        kamerstuk.validate(base)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as folder:
        for name, base in bases.items():
            report(name, base, args.sizes, args.rounds, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
