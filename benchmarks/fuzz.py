"""The grammar-driven fuzzer of issue 18 (item 4) at scale: counts of every contract break.

    .venv/bin/python benchmarks/fuzz.py [--inputs 1000000] [--jobs 2] [--seed 18]
        [--examples 3] [--no-shrink] [--every-path]

Inputs come from tests/grammar_fuzz.py (random derivations of every rule of grammar.lark,
damaged by the matrix's operators, in prose with back-references and contexts). Every input
goes through find() (no exception, exact spans, parse(c.format()) == c for each citation found);
validate() sees one input in 4 (and fix_text() those where validate() proposes a fix),
annotate()/annotate_html() and find_many() one in 10, and the CLI (find and check, in-process,
stdin) one in 1000, unless --every-path: a million inputs take about 1,500 s of CPU so.
Prints each break class with its count and first examples, the first one shrunk to a minimal
reproducer (a Python line to paste).
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from grammar_fuzz import Break, Input, Paths, check, make, shrink

CHUNK = 1000
Found = tuple[Counter[tuple[str, str]], dict[tuple[str, str], list[tuple[int, str]]], int]


def _run(job: tuple[int, int, int, Paths, int]) -> Found:
    seed, start, count, paths, keep = job
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for index in range(start, start + count):
        for broken in check(make(seed, index), index, paths):
            key = (broken.contract, broken.kind)
            counts[key] += 1
            kept = examples.setdefault(key, [])
            if len(kept) < keep:
                kept.append((index, broken.detail))
    return counts, examples, count


def reproducer(item: Input) -> str:
    context = f", context={item.context!r}" if item.context else ""
    return f"kamerstuk.find({item.text!r}{context})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--no-shrink", action="store_true")
    parser.add_argument("--every-path", action="store_true", help="no sampling of the paths")
    args = parser.parse_args(argv)
    paths = Paths() if args.every_path else Paths(validate=4, annotate=10, find_many=10, cli=1000)
    jobs = [
        (args.seed, start, min(CHUNK, args.inputs - start), paths, args.examples)
        for start in range(0, args.inputs, CHUNK)
    ]
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[tuple[int, str]]] = {}
    done, started = 0, time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
        for found, kept, count in pool.imap_unordered(_run, jobs):
            counts.update(found)
            for key, rows in kept.items():
                examples[key] = sorted(examples.get(key, []) + rows)[: args.examples]
            done += count
            if done % (CHUNK * 50) == 0:
                rate = done / (time.perf_counter() - started)
                print(f"  {done} inputs, {sum(counts.values())} breaks, {rate:.0f}/s", flush=True)
        # Closed and joined, not terminated on leaving the block: a worker stopped mid-way leaves
        # the semaphores its own runs of find_many() made for the resource tracker to report.
        pool.close()
        pool.join()
    elapsed = time.perf_counter() - started
    print(f"\ngrammar fuzz: {done} inputs (seed {args.seed}) in {elapsed:.0f} s; "
          f"{sum(counts.values())} contract breaks in {len(counts)} classes")  # fmt: skip
    for (contract, kind), count in counts.most_common():
        print(f"\n{count:8d}  {contract}: {kind}")
        rows = examples[(contract, kind)]
        for index, detail in rows:
            print(f"          input {index}: {detail[:240]!r}")
        if not args.no_shrink and rows:
            item = make(args.seed, rows[0][0])
            small = shrink(item, Break(contract, kind, ""))
            print(f"          minimal: {reproducer(small)}")


if __name__ == "__main__":
    main()
