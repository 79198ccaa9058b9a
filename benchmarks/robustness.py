"""The robustness matrix of issue 18: find()'s recall per family x perturbation class.

    .venv/bin/python benchmarks/robustness.py [--seed 18] [--bases 12] [--pairs 3] [--jobs 2]
        [--markdown] [--failures N] [--family TEXT] [--damage TEXT] [--operators]
    .venv/bin/python benchmarks/robustness.py --fuzz 1000000 [--jobs 2]   (benchmarks/fuzz.py)

Made-up citations of every family of docs/citations.md (tests/matrix_*.py), each in a prose
template, damaged by every operator of every class alone and by ``--pairs`` compositions of two
classes (tests/perturbations.py). A document counts as found when find() yields a match with
its key at a span overlapping the citation. Prints the recall table (rows: families; columns:
no damage, each class alone, the pairs pooled and the worst pair; "wrong" is the share of the
family's texts where find() also read a document the text does not cite, such as the dossier
for its stuk or a misread number), overall recall, the lookalikes' false finds, the cells left
unread on purpose with their reasons, and exceptions.

``--failures N`` prints N failing examples of every cell below 1.0 (the text, the operators,
what was expected where, what find() read), for the readers' helpers to fix from;
``--family`` keeps the families whose name contains the text, ``--damage`` the texts damaged
by an operator or class whose name contains it (``blank_line``, ``ocr:``); ``--operators`` adds
recall per operator; ``--markdown`` prints the table as docs/citations.md shows it.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from matrix import UNREAD, Case, Outcome, Tally, build, score
from perturbations import CLASSES

COLUMNS = ["none", *CLASSES, "pairs"]


def _ratio(found: int, expected: int) -> str:
    return f"{found / expected:.3f}" if expected else "-"


def scored(cases: list[Case], jobs: int) -> Iterator[Outcome]:
    if jobs <= 1:
        yield from map(score, cases)
        return
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        yield from pool.imap(score, cases, chunksize=200)


def worst_pair(tally: Tally, family: str) -> str:
    rows = [(f / e, p) for (fam, p), (f, e) in tally.pairs.items() if fam == family and e]
    if not rows:
        return "-"
    recall, pair = min(rows)
    return f"{recall:.2f} {pair}"


def table(tally: Tally, families: list[str], markdown: bool) -> list[str]:
    """The recall table: a row per family, a column per class, pairs pooled and the worst."""
    head = ["family", *COLUMNS, "worst pair", "wrong"]
    rows = []
    for family in families:
        cells = []
        for col in COLUMNS:
            counted = tally.cells.get((family, col))
            unread = tally.unread.get((family, col))
            text = _ratio(*counted) if counted else "-"
            if unread and not counted:
                text = f"({_ratio(*unread)})"
            cells.append(text)
        wrong = _ratio(*tally.wrong.get(family, [0, 0]))
        rows.append([family, *cells, worst_pair(tally, family), wrong])
    totals = [_ratio(*tally.recall(col=col)) for col in COLUMNS]
    all_wrong = [sum(w[i] for w in tally.wrong.values()) for i in (0, 1)]
    rows.append(["all families", *totals, "", _ratio(*all_wrong)])
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
        return lines + ["| " + " | ".join(r) + " |" for r in rows]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    return ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in [head, *rows]]


def operators(outcomes: list[Outcome]) -> list[str]:
    """Recall per operator (alone), worst first."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in outcomes:
        if len(o.case.operators) == 1 and not o.lookalike:
            counts[o.case.operators[0]][0] += o.found
            counts[o.case.operators[0]][1] += o.expected
    rows = sorted((f / e, op, f, e) for op, (f, e) in counts.items() if e)
    return [f"  {r:.3f}  {op}  ({f}/{e})" for r, op, f, e in rows]


def example(outcome: Outcome) -> list[str]:
    """A failing case, as a fixer needs it: what was damaged how, expected where, read what."""
    case = outcome.case
    lines = [f"  - {' + '.join(case.operators) or 'no damage'}: {case.text!r}"]
    if case.context:
        lines.append(f"      context={case.context!r}")
    for key, start, end in case.expected:
        lines.append(f"      expected {key!r} at {case.text[start:end]!r}")
    read = ", ".join(f"{t!r} -> {k!r}" for t, k in outcome.read) or "nothing"
    raised = f"; raised {outcome.error}" if outcome.error else ""
    lines.append(f"      find() read: {read}{raised}")
    lines.append(f"      base: {case.base!r}")
    return lines


def failures(tally: Tally, count: int) -> list[str]:
    lines = []
    for (family, col), outcomes in sorted(tally.failures.items()):
        counted = tally.cells.get((family, col)) or tally.false.get((family, col))
        label = f"{family} x {col}"
        if counted:
            label += f" ({_ratio(*counted)})" if (family, col) in tally.cells else ""
        lines.append(f"{label}: {len(outcomes)} failing")
        for outcome in outcomes[:count]:
            lines += example(outcome)
    return lines


def report(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    cases = [
        c
        for c in build(seed=args.seed, bases=args.bases, pairs=args.pairs)
        if (not args.family or args.family in c.family)
        and (not args.damage or any(args.damage in op for op in c.operators))
    ]
    outcomes = list(scored(cases, args.jobs))
    tally = Tally()
    for outcome in outcomes:
        tally.add(outcome)
    families = list(dict.fromkeys(c.family for c in cases if not c.family.startswith("lookalike")))
    print(f"robustness matrix: seed {args.seed}, {args.bases} bases a family, {args.pairs} "
          f"compositions a pair of classes: {len(cases)} texts in "
          f"{time.perf_counter() - started:.1f} s")  # fmt: skip
    print()
    print("\n".join(table(tally, families, args.markdown)))
    found, expected = tally.recall()
    alone = [tally.recall(col=c) for c in CLASSES]
    pooled = (sum(f for f, _ in alone), sum(e for _, e in alone))
    print()
    pairs = _ratio(*tally.recall(col="pairs"))
    print(f"overall recall: {_ratio(found, expected)} ({found}/{expected} documents); "
          f"classes alone {_ratio(*pooled)}, pairs {pairs}")  # fmt: skip
    false, texts = tally.false_finds()
    print(f"lookalike false finds: {false} of {texts} texts")
    for (family, col), (f, n) in sorted(tally.false.items()):
        if f:
            print(f"  {family} x {col}: {f} of {n}")
    print("left unread on purpose:" if UNREAD else "left unread on purpose: none")
    for (family, cell), reason in sorted(UNREAD.items()):
        print(f"  {family} x {cell}: {reason}")
    print(f"exceptions from find(): {len(tally.errors)}")
    for outcome in tally.errors[:5]:
        print("\n".join(example(outcome)))
    if args.operators:
        print("\nrecall per operator (alone), worst first:")
        print("\n".join(operators(outcomes)))
    if args.failures:
        print(f"\nfailing examples ({args.failures} a cell):")
        print("\n".join(failures(tally, args.failures)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--bases", type=int, default=12, help="made-up citations a family")
    parser.add_argument("--pairs", type=int, default=3, help="compositions a pair of classes")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--failures", type=int, default=0, metavar="N")
    parser.add_argument("--family", default="", help="only families whose name has this")
    parser.add_argument(
        "--damage",
        default="",
        help="only texts damaged by an operator or "
        "class whose name has this (ocr_nr, markup:), with the families' texts",
    )
    parser.add_argument("--operators", action="store_true", help="recall per operator")
    parser.add_argument("--fuzz", type=int, default=0, metavar="N", help="run benchmarks/fuzz.py")
    args = parser.parse_args(argv)
    if args.fuzz:
        sys.path.insert(0, str(Path(__file__).parent))
        fuzz = importlib.import_module("fuzz")  # benchmarks/fuzz.py, beside this file
        fuzz.main(["--inputs", str(args.fuzz), "--jobs", str(args.jobs), "--seed", str(args.seed)])
        return
    report(args)


if __name__ == "__main__":
    main()
