"""Two costs of find() that grow with the grammar and the proposers, this version against
another in one process: the lexer's patterns, per terminal, and the proposers' scans and
tracers, per proposer.

    .venv/bin/python benchmarks/costs.py [--copies 10] [--rounds 9] [--text dev2] --baseline DIR

The texts are benchmarks/kinds.py's; DIR holds the other version as ``kamerstuk_base`` (as for
kinds.py and stages.py). Figures are CPU milliseconds, the fastest of the rounds, interleaved:

- lexer: every match of a lexer's combined pattern find() makes on the text (the paths' and the
  engine's), recorded once and then made again, summed by the terminal that matched ("<none>":
  the lexer read nothing there). What a terminal's lookarounds, and the terminals tried before
  it at the same character, cost per token;
- proposers: each proposer's pattern over the repaired text (the scan), and its tracer on each
  match (the trace), by the tracer's name. A proposer of one version only shows 0 for the other.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import sys
import time
from collections.abc import Callable
from typing import Any

from kinds import texts

# (pattern, text, pos, end): one match the lexer made.
Call = tuple[Any, str, int, int]


def lexer_calls(package: str, text: str) -> list[Call]:
    """The lexer matches ``package``'s find() makes on ``text`` (after a first call, so that
    the paths it learns are learned), recorded by wrapping the patterns its Dispatch hands out."""
    found: Any = importlib.import_module(package).find
    lexer: Any = importlib.import_module(f"{package}.grammar.lexer")
    list(found(text))
    calls: list[Call] = []

    class Recorded:
        __slots__ = ("pattern",)

        def __init__(self, pattern: Any) -> None:
            self.pattern = pattern

        def match(self, source: str, pos: int, end: int) -> Any:
            calls.append((self.pattern, source, pos, end))
            return self.pattern.match(source, pos, end)

    get, pattern = lexer.Dispatch.get, lexer.Dispatch.pattern

    def recorded(made: Any) -> Any:
        return made if made is None or made is lexer.NOTHING else Recorded(made)

    lexer.Dispatch.get = lambda self, char, default=None: recorded(get(self, char, default))
    lexer.Dispatch.pattern = lambda self, *args: recorded(pattern(self, *args))
    try:
        list(found(text))
    finally:
        lexer.Dispatch.get, lexer.Dispatch.pattern = get, pattern
    return calls


def by_terminal(calls: list[Call]) -> dict[str, list[Call]]:
    grouped: dict[str, list[Call]] = collections.defaultdict(list)
    for call in calls:
        match = call[0].match(*call[1:])
        grouped[match.lastgroup if match else "<none>"].append(call)
    return grouped


def proposer_runs(package: str, text: str) -> dict[str, Callable[[], None]]:
    """Per proposer of ``package``, by its tracer's name: its scan of the repaired ``text``,
    and its tracer on each match the scan found."""
    candidates: Any = importlib.import_module(f"{package}.text.candidates")
    repair: Any = importlib.import_module(f"{package}.text.repair")
    view = repair.Repaired.of(text).text
    # (rare_anchors is newer than some baselines.)
    rare: list[Any] = getattr(candidates, "rare_anchors", lambda _: [])(view)
    runs: dict[str, Callable[[], None]] = {}
    seen: collections.Counter[str] = collections.Counter()
    heads: Any = importlib.import_module(f"{package}.text.heads").heads()
    anchors: Any = importlib.import_module(f"{package}.text.anchors").anchors()
    for pattern, trace in [*heads, *anchors, *rare]:
        # A tracer's name and how many proposers before it have it: the rows of two versions
        # line up where their proposers do.
        name = getattr(trace, "__qualname__", "trace").replace(".<locals>", "")
        seen[name] += 1
        name = f"{name} {seen[name]}"
        runs[f"scan  {name}"] = _scan(pattern, view)
        runs[f"trace {name}"] = _trace(trace, list(pattern.finditer(view)), view)
    return runs


def _scan(pattern: Any, view: str) -> Callable[[], None]:
    def run() -> None:
        for _ in pattern.finditer(view):
            pass

    return run


def _trace(trace: Any, matches: list[Any], view: str) -> Callable[[], None]:
    def run() -> None:
        for match in matches:
            trace(match, view)

    return run


def spent(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def compare(rows: dict[str, dict[str, Callable[[], object]]], rounds: int, title: str) -> None:
    """Time each row's runs (one per version), interleaved, and print the fastest of each."""
    best: dict[tuple[str, str], float] = {}
    for turn in range(rounds):
        for name, runs in rows.items():
            for version, run in sorted(runs.items(), reverse=bool(turn % 2)):
                took = spent(run)
                best[name, version] = min(best.get((name, version), took), took)
    total: dict[str, float] = dict.fromkeys(("new", "old"), 0.0)
    for (_, version), took in best.items():
        total[version] += took
    print(f"{title}: new {total['new'] * 1e3:.2f} ms, old {total['old'] * 1e3:.2f} ms")
    ordered = sorted(rows, key=lambda n: -max(best.get((n, v), 0.0) for v in ("new", "old")))
    for name in ordered[:15]:
        new, old = best.get((name, "new"), 0.0), best.get((name, "old"), 0.0)
        print(f"  {name[:48]:48} new {new * 1e3:6.2f}  old {old * 1e3:6.2f}")


def replay(calls: list[Call]) -> Callable[[], None]:
    def run() -> None:
        for pattern, text, pos, end in calls:
            pattern.match(text, pos, end)

    return run


def measure(copies: int, rounds: int, baseline: str, chosen: list[str]) -> None:
    sys.path.insert(0, baseline)
    for label, text in texts(copies).items():
        if chosen and label not in chosen:
            continue
        print(f"{label}: {len(text) / 1e6:.2f} MB, CPU ms, fastest of {rounds} rounds")
        grouped = {v: by_terminal(lexer_calls(p, text)) for v, p in _VERSIONS.items()}
        lexing: dict[str, dict[str, Callable[[], object]]] = {
            terminal: {v: replay(grouped[v].get(terminal, [])) for v in _VERSIONS}
            for terminal in set(grouped["new"]) | set(grouped["old"])
        }
        compare(lexing, rounds, "  lexer matches, by terminal")
        proposing = {v: proposer_runs(p, text) for v, p in _VERSIONS.items()}
        rows: dict[str, dict[str, Callable[[], object]]] = collections.defaultdict(dict)
        for version, runs in proposing.items():
            for name, run in runs.items():
                rows[name][version] = run
        compare(rows, rounds, "  proposers, scan and trace")


_VERSIONS = {"new": "kamerstuk", "old": "kamerstuk_base"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--text", action="append", default=[], help="a kinds.py text (repeatable)")
    parser.add_argument("--baseline", required=True, help="DIR with kamerstuk_base in it")
    args = parser.parse_args()
    measure(args.copies, args.rounds, args.baseline, args.text)


if __name__ == "__main__":
    main()
