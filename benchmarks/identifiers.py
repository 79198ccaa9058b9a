"""How much of KOOP's real identifier list from_identifier reads back, and how fast.

Reads all 5,533,825 identifiers of ``../shared/koop-identifiers/op_keylist.xz`` (docs/koop.md §1)
and prints, without asserting anything:

- the share that round-trips (``from_identifier(s).identifier == s``), per prefix and per kind;
- the share whose canonical form reads back (``parse(from_identifier(s).format()).identifier
  == s``), and the forms that do not (``--no-format`` leaves this pass out: it parses every
  canonical text with the grammar, a few minutes for all 5.5 million);
- the share that reads back from the identifier written in small letters (``s.lower()``, as
  links have them) and in capitals (``s.upper()``, as people type them), and the ids whose
  case cannot be restored, by shape (docs/koop.md §1.4);
- every form it rejects, by shape (digits as 9, lower case as a, capitals as A), with a count,
  an example and the error message;
- the rate of ``from_identifier`` and of ``identifier_of`` in identifiers a second, beside a
  baseline in the same process (a plain ``s.split("-")`` loop over the same identifiers), so the
  rate can be quoted as a ratio on a noisy machine.

    $ .venv/bin/python benchmarks/identifiers.py [--limit N] [--repeat N]
"""

from __future__ import annotations

import argparse
import contextlib
import lzma
import os
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence

from kamerstuk.grammar.parsing import parse
from kamerstuk.model.citations import Citation
from kamerstuk.model.errors import KamerstukError, ParseError
from kamerstuk.model.identifiers import from_identifier, identifier_of

from shared_data import shared_path


def shape(s: str) -> str:
    """The shape of an identifier: ``kst-9-A-9`` for ``kst-35300-VIII-5`` (prefix kept)."""
    prefix, _, rest = s.partition("-")
    rest = re.sub(r"[A-Z]+", "A", re.sub(r"[a-z]+", "a", re.sub(r"[0-9]+", "9", rest)))
    return f"{prefix}-{rest}"


def check(
    ids: Sequence[str],
) -> tuple[Counter[str], Counter[str], Counter[str], dict[str, list[str]]]:
    """Totals and round-trips per prefix, parsed citations per kind, and the failures by shape."""
    total: Counter[str] = Counter()
    good: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    failed: dict[str, list[str]] = {}
    for s in ids:
        prefix = s.partition("-")[0]
        total[prefix] += 1
        try:
            c = from_identifier(s)
        except ParseError as err:
            failed.setdefault(shape(s), []).append(f"{s}  rejected: {err.message}")
            continue
        kinds[c.kind] += 1
        if identifier_of(c) == s:
            good[prefix] += 1
        else:
            failed.setdefault(shape(s), []).append(f"{s}  gives {identifier_of(c)}")
    return total, good, kinds, failed


def check_format(ids: Sequence[str]) -> tuple[int, int, dict[str, list[str]]]:
    """How many ids from_identifier reads, how many of those have a canonical form that reads
    back as the same identifier, and the others by shape."""
    read = back = 0
    failed: dict[str, list[str]] = {}
    for s in ids:
        try:
            canonical = from_identifier(s).format()
        except ParseError:
            continue
        read += 1
        try:
            again = parse(canonical).identifier
        except KamerstukError as err:
            again = f"no citation: {err.args[0]}"
        if again == s:
            back += 1
        else:
            failed.setdefault(shape(s), []).append(f"{s}  written {canonical!r}, read {again}")
    return read, back, failed


def check_case(
    ids: Sequence[str], change: Callable[[str], str]
) -> tuple[int, dict[str, list[str]]]:
    """How many of the ids that round-trip as written also read back from ``change(s)``, and
    the others by shape."""
    back = 0
    failed: dict[str, list[str]] = {}
    for s in ids:
        try:
            if from_identifier(s).identifier != s:
                continue
        except ParseError:
            continue
        try:
            again: str | None = from_identifier(change(s)).identifier
        except ParseError as err:
            again = f"rejected: {err.message}"
        if again == s:
            back += 1
        else:
            failed.setdefault(shape(s), []).append(f"{s}  gives {again}")
    return back, failed


def report_case(ids: Sequence[str]) -> None:
    for name, change in (("small letters", str.lower), ("capitals", str.upper)):
        back, failed = check_case(ids, change)
        wrong = sum(map(len, failed.values()))
        print(f"\nread back from {name}: {back:,} of {back + wrong:,} ({wrong:,} do not)")
        for form, cases in sorted(failed.items(), key=lambda item: -len(item[1])):
            print(f"{len(cases):>6}  {form:22}  e.g. {cases[0]}")


def report_format(ids: Sequence[str]) -> None:
    started = time.perf_counter()
    read, back, failed = check_format(ids)
    seconds = time.perf_counter() - started
    print(f"\ncanonical form reads back: {back:,} of {read:,} = {100 * back / read:.4f} %", end="")
    print(f" ({seconds:.0f} s, {1e6 * seconds / read:.0f} µs an identifier)")
    for form, cases in sorted(failed.items(), key=lambda item: -len(item[1])):
        print(f"{len(cases):>6}  {form:22}  e.g. {cases[0]}")


def rate(f: Callable[[str], object], ids: Sequence[str], repeat: int) -> float:
    """The best of ``repeat`` passes, in identifiers a second."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for s in ids:
            # try costs nothing in Python 3.11; contextlib.suppress would be timed as well.
            try:  # noqa: SIM105
                f(s)
            except ParseError:
                pass
        best = min(best, time.perf_counter() - start)
    return len(ids) / best


def rate_identifier_of(citations: Sequence[Citation], repeat: int) -> float:
    """The best of ``repeat`` passes of identifier_of, in citations a second."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for c in citations:
            identifier_of(c)
        best = min(best, time.perf_counter() - start)
    return len(citations) / best


def parsed(ids: Sequence[str]) -> list[Citation]:
    out = []
    for s in ids:
        with contextlib.suppress(ParseError):
            out.append(from_identifier(s))
    return out


def report_shares(total: Counter[str], good: Counter[str], kinds: Counter[str]) -> None:
    n, ok = sum(total.values()), sum(good.values())
    print(f"round-trip: {ok:,} of {n:,} = {100 * ok / n:.4f} % ({n - ok:,} do not)\n")
    print(f"{'prefix':8} {'ids':>11} {'round-trip':>11} {'share':>10}")
    for prefix, count in total.most_common():
        share = 100 * good[prefix] / count
        print(f"{prefix:8} {count:>11,} {good[prefix]:>11,} {share:>9.4f}%")
    print(f"\n{'kind (of the parsed)':34} {'citations':>11}")
    for kind, count in kinds.most_common():
        print(f"{kind:34} {count:>11,}")


def report_failures(failed: dict[str, list[str]]) -> None:
    print(f"\nrejected or not round-tripping, by shape ({sum(map(len, failed.values()))} ids):")
    for form, cases in sorted(failed.items(), key=lambda item: -len(item[1])):
        print(f"{len(cases):>6}  {form:22}  e.g. {cases[0]}")
        for other in cases[1:3]:
            print(f"{'':32}{other.split('  ')[0]}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N ids")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best counts")
    parser.add_argument(
        "--no-format", action="store_true", help="leave out the canonical-form pass"
    )
    args = parser.parse_args(argv)
    keylist = shared_path("koop-identifiers", "op_keylist.xz")
    with lzma.open(keylist, "rt", encoding="utf-8") as handle:
        ids = handle.read().split()[: args.limit]
    print(f"KOOP identifiers: {len(ids):,} from {keylist}")
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()}\n")
    total, good, kinds, failed = check(ids)
    report_shares(total, good, kinds)
    report_failures(failed)
    report_case(ids)
    if not args.no_format:
        report_format(ids)
    print(f"\nspeed: best of {args.repeat} passes over all {len(ids):,} ids, in this process")
    base = rate(lambda s: s.split("-"), ids, args.repeat)
    fast = rate(from_identifier, ids, args.repeat)
    back = rate_identifier_of(parsed(ids), args.repeat)
    print(f"  baseline s.split('-')   {base:>12,.0f} ids/s")
    print(
        f"  from_identifier         {fast:>12,.0f} ids/s  ({base / fast:.1f}x the baseline's time)"
    )
    print(f"  identifier_of           {back:>12,.0f} citations/s  ({base / back:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
