"""find() speed on real text, adversarial input, and `kamerstuk find` memory on a large file.

    .venv/bin/python benchmarks/find.py [--copies 20] [--rounds 5] [--memory-mb 0]

Speed is measured as ../shared/bench/evaluate.py --speed measures it: one find() call over the
dev corpus text repeated --copies times with every number varied (nothing repeats) and one over
the same text with its citations cut out. wetsuite's find_references runs on the same strings in
the same process, rounds interleaved, when it is importable (install it in a throwaway venv with
the project: `pip install wetsuite -e .`); "+to_dict" is find() with each match's fields read as
a dict, as evaluate.py's runner reads them. Figures are medians over --rounds, and ratios to
wetsuite are the ones to quote on a noisy shared machine; the ratio by CPU time (each run's
processor time, medians) leaves out what other jobs took, and varies least.

Adversarial: 1 MB of "Kamerstuk " repeated, of digits, dashes and spaces, and of text without
whitespace; printed as time per MB relative to the corpus text.

Memory (--memory-mb N): writes an N MB file of corpus text and runs `kamerstuk find` on it in a
child process; prints the child's peak RSS and its throughput.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shared_data import shared_path


def _evaluate() -> Any:
    spec = importlib.util.spec_from_file_location("evaluate", shared_path("bench", "evaluate.py"))
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_texts(copies: int) -> tuple[str, str]:
    """(dense, empty): the evaluate.py speed texts."""
    evaluate = _evaluate()
    with shared_path("corpus", "dev.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rnd = random.Random(1)
    joined = "\n\n".join(r["text"] for r in rows)
    dense = "\n\n".join(evaluate.vary(joined, rnd) for _ in range(copies))
    empty = "\n\n".join(evaluate.without_citations(r) for r in rows) * copies
    return dense, empty


def systems() -> dict[str, Callable[[str], object]]:
    """kamerstuk's find, and wetsuite's find_references where it can be imported."""
    import kamerstuk

    found: dict[str, Callable[[str], object]] = {
        "kamerstuk": lambda t: list(kamerstuk.find(t)),
        # What evaluate.py's runner does with each match: its fields as a dict.
        "+to_dict": lambda t: [m.citation.to_dict() for m in kamerstuk.find(t)],
    }
    try:
        sys.path.insert(0, str(shared_path("bench")))
        from wetsuite_offline import find_references  # type: ignore[import-not-found]

        found["wetsuite"] = lambda t: find_references(
            t,
            bwb=False,
            cvdr=False,
            ecli=False,
            celex=False,
            artikel=False,
            euoj=False,
            eudir=False,
            eureg=False,
            bekendmaking_ids=True,
        )
    except ImportError:
        print("(wetsuite is not installed here: no baseline; see the docstring)")
    return found


def seconds(run: Callable[[str], object], text: str) -> float:
    started = time.perf_counter()
    run(text)
    return time.perf_counter() - started


def cpu_seconds(run: Callable[[str], object], text: str) -> float:
    """The processor time of one run: on a shared machine it leaves out the time other jobs
    had the processor, which wall time counts (both finders run on one thread)."""
    started = time.process_time()
    run(text)
    return time.process_time() - started


def speed(copies: int, rounds: int) -> None:
    dense, empty = corpus_texts(copies)
    runs = systems()
    for run in runs.values():  # warm up: scanners and patterns are built on first use
        run(dense[:200_000])
    times: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    for _ in range(rounds):
        for name, run in runs.items():
            for label, text in (("corpus", dense), ("no citations", empty)):
                times.setdefault((name, label), []).append(seconds(run, text))
                cpu.setdefault((name, label), []).append(cpu_seconds(run, text))
    rate = {
        k: len(dense if k[1] == "corpus" else empty) / 1e6 / statistics.median(v)
        for k, v in times.items()
    }
    print(
        f"text: {len(dense) / 1e6:.2f} MB corpus ({copies} varied copies),"
        f" {len(empty) / 1e6:.2f} MB without citations"
    )
    for (name, label), value in rate.items():
        print(f"  {name:10s} {label:13s} {value:7.2f} MB/s")
    if "wetsuite" in runs:
        for name in ("kamerstuk", "+to_dict"):
            for label in ("corpus", "no citations"):
                ratio = rate[(name, label)] / rate[("wetsuite", label)]
                by_cpu = statistics.median(cpu[("wetsuite", label)]) / statistics.median(
                    cpu[(name, label)]
                )
                print(f"  ratio {name}/wetsuite, {label}: {ratio:.2f}x ({by_cpu:.2f}x by CPU time)")
    per_match(dense, statistics.median(times[("kamerstuk", "corpus")]))


def per_match(dense: str, seconds_dense: float) -> None:
    """Microseconds per match, and the share of the time the candidate scan takes."""
    import kamerstuk
    from kamerstuk.text.candidates import starts

    matches = len(list(kamerstuk.find(dense)))
    scan = min(seconds(lambda t: list(starts(t)), dense) for _ in range(3))
    print(
        f"  kamerstuk: {seconds_dense / matches * 1e6:.1f} µs per match ({matches} matches),"
        f" the candidate scan {scan / seconds_dense:.0%} of the time"
        f" ({len(dense) / 1e6 / scan:.0f} MB/s alone)"
    )


COLD = """
import sys, time
sys.path.insert(0, {bench!r})
import find as bench
dense, _ = bench.corpus_texts({copies})
import kamerstuk
started = time.perf_counter(); list(kamerstuk.find(dense)); cold = time.perf_counter() - started
started = time.perf_counter(); list(kamerstuk.find(dense)); warm = time.perf_counter() - started
print(cold, warm)
"""


def _seconds_to_run(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - started


def cold_start(copies: int, rounds: int) -> None:
    """The first find() in a fresh process (the grammar's tables loaded, patterns compiled)
    against the second, on the corpus text; and the time `import kamerstuk` takes."""
    code = COLD.format(bench=str(Path(__file__).resolve().parent), copies=copies)
    ratios, imports = [], []
    for _ in range(rounds):
        run = [sys.executable, "-c", code]
        cold, warm = map(float, subprocess.run(run, capture_output=True, text=True).stdout.split())
        ratios.append(cold / warm)
        imports.append(_seconds_to_run("import kamerstuk") - _seconds_to_run("pass"))
    print(
        f"first find() in a fresh process: {statistics.median(ratios):.2f}x the second"
        f" (median of {rounds}); import kamerstuk: {statistics.median(imports) * 1000:.0f} ms"
        " over a bare interpreter"
    )


def adversarial() -> None:
    import kamerstuk

    dense, _ = corpus_texts(4)
    size = 1_000_000
    cases = {
        "corpus text": dense[:size],
        "'Kamerstuk ' repeated": ("Kamerstuk " * (size // 10))[:size],
        "digits, dashes, spaces": "".join(
            random.Random(2).choice("0123456789- ") for _ in range(size)
        ),
        "no whitespace": "".join(dense.split())[:size],
        "'33694-' repeated": ("33694-" * (size // 6))[:size],
        "'Kamerstuk 33694, nr. 1, ' repeated": ("Kamerstuk 33694, nr. 1, " * (size // 24))[:size],
    }
    list(kamerstuk.find(cases["corpus text"][:50_000]))
    base = None
    print("adversarial input, 1 MB each (seconds per MB; ratio to the corpus text):")
    for label, text in cases.items():
        took = (
            min(seconds(lambda t: list(kamerstuk.find(t)), text) for _ in range(3))
            * 1e6
            / len(text)
        )
        base = base or took
        print(f"  {label:38s} {took:6.3f} s/MB  {took / base:5.2f}x")


def memory(megabytes: int) -> None:
    dense, _ = corpus_texts(20)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.txt"
        with path.open("w", encoding="utf-8") as handle:
            written = 0
            while written < megabytes * 1_000_000:
                handle.write(dense)
                written += len(dense.encode("utf-8"))
        started = time.perf_counter()
        with open(os.devnull, "w") as sink:
            subprocess.run(
                [sys.executable, "-m", "kamerstuk", "find", str(path)], stdout=sink, check=True
            )
        took = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"kamerstuk find on {written / 1e6:.0f} MB: peak RSS {peak:.0f} MB, {took:.0f} s"
            f" ({written / 1e6 / took:.2f} MB/s)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--memory-mb", type=int, default=0, help="also run the memory test on N MB")
    args = parser.parse_args(argv)
    speed(args.copies, args.rounds)
    cold_start(args.copies, args.rounds)
    adversarial()
    if args.memory_mb:
        memory(args.memory_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
