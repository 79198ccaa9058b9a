"""find() speed on every genre against wetsuite, adversarial input, `kamerstuk find` memory.

    .venv-bench/bin/python benchmarks/find.py [--mb 1.0] [--family-mb 0.25] [--rounds 5]
        [--genre TEXT] [--no-families] [--memory-mb 0]

Genres: the passages of ../shared/corpus/dev.jsonl and dev2.jsonl, the seed letter, and one text
per family of the robustness matrix (tests/matrix*.py: each family's made-up citations in their
prose templates, set in dev2's prose with its citations cut out, one cited document per
:data:`PROSE_PER_DOCUMENT` characters), plus the matrix's damaged texts of every family pooled.
The real passages are repeated to about --mb million characters with every number varied as
../shared/bench/evaluate.py --speed varies it (nothing repeats); the families' made-up passages,
whose numbers are drawn at random, run to --family-mb. Each text is timed beside the same text
with its citations cut out (what the scan costs where there is nothing to find).

Each text is read by find() and by wetsuite's find_references in the same process, the rounds
interleaved (genre by genre, text by text, the two systems in turn), when wetsuite is importable:
`make bench` makes .venv-bench with this checkout and wetsuite; ../shared/bench/wetsuite_offline.py
imports it without the law-name list it would download. With ``--against DIR`` the other system
is another version of kamerstuk instead, the package ``kamerstuk_base`` in DIR (made as
benchmarks/kinds.py's --baseline says): the ratios are then this version's speed against that
one's, genre by genre (below 1: this version is slower). Figures are medians over --rounds of
wall and CPU time (the processor time of this process, which leaves out what other jobs on a
shared machine took); the ratios to wetsuite are the figures to quote. Per genre: cited
documents find() yields per 1,000 characters, µs per match and MB/s (both by CPU time), and the
ratio to wetsuite by wall and by CPU time, for the text with and without its citations; then one
summary line.

Then: the first find() in a fresh process against the second, `import kamerstuk`; adversarial
input (1 MB each of "Kamerstuk " repeated, digits and dashes, text without whitespace ...; 100 KB
each of a head word or keyword before a long run of spaces) as time per MB relative to the corpus
text; and with --memory-mb N, `kamerstuk find` on an N MB file in a
child process (its peak RSS and throughput).
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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from shared_data import have, shared_path

ROOT = Path(__file__).resolve().parents[1]
#: Characters of citation-free prose per document cited, in the texts of the matrix families:
#: about dev2's density (4.6 labelled citations per 1,000 characters) halved.
PROSE_PER_DOCUMENT = 400
_SEED = "seed/kamerbrief-nucleaire-risicobeperking.jsonl"


def _evaluate() -> Any:
    spec = importlib.util.spec_from_file_location("evaluate", shared_path("bench", "evaluate.py"))
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(name: str) -> list[dict[str, Any]]:
    with shared_path(*name.split("/")).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def corpus_texts(copies: int, name: str = "corpus/dev.jsonl") -> tuple[str, str]:
    """(dense, empty): the texts of evaluate.py --speed from the passages of ``name``."""
    return _texts(_rows(name), copies)


def _texts(rows: list[dict[str, Any]], copies: int) -> tuple[str, str]:
    evaluate = _evaluate()
    rnd = random.Random(1)
    joined = "\n\n".join(r["text"] for r in rows)
    dense = "\n\n".join(evaluate.vary(joined, rnd) for _ in range(copies))
    empty = "\n\n".join(evaluate.without_citations(r) for r in rows) * copies
    return dense, empty


class Genre(NamedTuple):
    name: str
    dense: str
    empty: str


def _sized(name: str, rows: list[dict[str, Any]], size: float) -> Genre:
    one = sum(len(r["text"]) + 2 for r in rows)
    dense, empty = _texts(rows, max(1, round(size * 1e6 / one)))
    return Genre(name, dense, empty)


def _made(name: str, rows: list[dict[str, Any]]) -> Genre:
    """A genre of made-up passages, whose numbers are drawn at random already."""
    evaluate = _evaluate()
    dense = "\n\n".join(r["text"] for r in rows)
    return Genre(name, dense, "\n\n".join(evaluate.without_citations(r) for r in rows))


def genres(size: float, family_size: float, families: bool, only: str = "") -> list[Genre]:
    """Every genre's (dense, empty) texts: dev, dev2, the seed letter, the matrix's families."""
    made = [
        _sized(label, _rows(name), size)
        for label, name in (("dev", "corpus/dev.jsonl"), ("dev2", "corpus/dev2.jsonl"))
        if only in label
    ]
    if only in "seed letter":
        made.append(_sized("seed letter", _rows(_SEED), size))
    if families:
        made += [_made(n, rows) for n, rows in _family_rows(family_size) if only in n]
    return made


def _family_rows(size: float) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Passages (text, citation spans) of every family of the robustness matrix, where this
    checkout has it (tests/matrix.py), each a made-up citation in its template in dev2's prose."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import matrix
        from matrix_families import FAMILIES
        from perturbations import render
    except ImportError:
        print("(tests/matrix.py is not in this checkout: no texts of the matrix's families)")
        return
    prose = "\n\n".join(_evaluate().without_citations(r) for r in _rows("corpus/dev2.jsonl"))
    filler = _Filler(prose)
    for name, make in FAMILIES.items():
        rng = random.Random(f"bench:{name}")
        rows: list[dict[str, Any]] = []
        while sum(len(r["text"]) for r in rows) < size * 1e6:
            made = make(rng)
            template = matrix.TEMPLATES[rng.choice(sorted(matrix.TEMPLATES))]
            pieces = list(made.pieces) if made.own_prose else template(made.pieces)
            text, marks = render(pieces)
            spans = sorted({marks[mark] for _, mark in made.expected})
            rows.append(filler.around(text, spans, len(made.expected)))
        yield name, rows
    # Every family under every perturbation, a sample as large as one family's text.
    damaged = [c for c in matrix.build(seed=20, bases=1, pairs=1) if c.perturbation != "none"]
    random.Random(20).shuffle(damaged)
    rows = []
    for case in damaged:
        if sum(len(r["text"]) for r in rows) >= size * 1e6:
            break
        spans = sorted({(s, e) for _, s, e in case.expected})
        rows.append(filler.around(case.text, spans, max(1, len(spans))))
    yield "matrix: damaged (every family)", rows


class _Filler:
    """Citation-free prose handed out in turn, cut at paragraph or sentence ends."""

    def __init__(self, prose: str) -> None:
        self._prose, self._at = prose, 0

    def take(self, size: int) -> str:
        text = self._prose
        if self._at + size >= len(text):
            self._at = 0
        end = text.find(". ", self._at + size)
        end = len(text) if end < 0 else end + 1
        taken, self._at = text[self._at : end], end
        return taken

    def around(self, text: str, spans: list[tuple[int, int]], documents: int) -> dict[str, Any]:
        before = self.take(PROSE_PER_DOCUMENT * documents // 2) + "\n\n"
        after = "\n\n" + self.take(PROSE_PER_DOCUMENT * documents // 2)
        # Overlapping spans (a list's documents share one) are cut once.
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        cites = [{"start": s + len(before), "end": e + len(before)} for s, e in merged]
        return {"text": before + text + after, "citations": cites}


Run = Callable[[str], int]
# What wetsuite is asked to find: its Kamerstukken and official-publication references only.
_KAMERSTUKKEN_ONLY = dict.fromkeys(
    ("bwb", "cvdr", "ecli", "celex", "artikel", "euoj", "eudir", "eureg"), False
) | {"bekendmaking_ids": True}


#: The name the other system's times are kept under (wetsuite, or a version of kamerstuk).
OTHER = "other"


def systems(against: str | None = None) -> dict[str, Run]:
    """kamerstuk's find, and the system it is compared with (:data:`OTHER`): wetsuite's
    find_references where it can be imported, or the ``kamerstuk_base`` package in the folder
    ``against``; each gives how many matches it made."""
    import kamerstuk

    found: dict[str, Run] = {"kamerstuk": lambda t: sum(1 for _ in kamerstuk.find(t))}
    if against is not None:
        sys.path.insert(0, against)
        base = importlib.import_module("kamerstuk_base")
        found[OTHER] = lambda t: sum(1 for _ in base.find(t))
        return found
    try:
        sys.path.insert(0, str(shared_path("bench")))
        from wetsuite_offline import find_references  # type: ignore[import-not-found]

        found[OTHER] = lambda t: len(find_references(t, **_KAMERSTUKKEN_ONLY))
    except ImportError:
        print("(wetsuite is not importable here: no baseline; `make bench` makes .venv-bench)")
    return found


def timed(run: Run, text: str) -> tuple[float, float, int]:
    """Wall and CPU seconds of one call, and the matches it made."""
    wall, cpu = time.perf_counter(), time.process_time()
    matches = run(text)
    return time.perf_counter() - wall, time.process_time() - cpu, matches


class Figures(NamedTuple):
    genre: str
    mb: float  # millions of characters
    per_k: float  # matches per 1,000 characters
    us: float  # µs per match
    rate: float  # MB/s
    wall: float | None  # ratio to wetsuite, wall time
    cpu: float | None  # ratio to wetsuite, CPU time
    empty_rate: float
    empty_wall: float | None
    empty_cpu: float | None


def speed(texts: list[Genre], rounds: int, against: str | None = None) -> list[Figures]:
    """Every genre's figures, the rounds interleaved."""
    runs = systems(against)
    for run in runs.values():  # warm up: scanners and patterns are built on first use
        run(texts[0].dense[:200_000])
    times: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
    matches: dict[str, int] = {}
    for turn in range(rounds):
        for genre in texts:
            for label, text in (("dense", genre.dense), ("empty", genre.empty)):
                # The systems in turn, the first alternating: neither always runs on a warm cache.
                for name in sorted(runs, reverse=bool(turn % 2)):
                    wall, cpu, made = timed(runs[name], text)
                    times.setdefault((genre.name, label, name), []).append((wall, cpu))
                    if name == "kamerstuk" and label == "dense":
                        matches[genre.name] = made
    return [_figures(g, times, matches[g.name]) for g in texts]


def _figures(
    genre: Genre, times: dict[tuple[str, str, str], list[tuple[float, float]]], matches: int
) -> Figures:
    def median(label: str, name: str, which: int) -> float | None:
        got = times.get((genre.name, label, name))
        return statistics.median(t[which] for t in got) if got else None

    def ratio(label: str, which: int) -> float | None:
        theirs, ours = median(label, OTHER, which), median(label, "kamerstuk", which)
        return None if theirs is None or not ours else theirs / ours

    # Rates and costs by CPU time: on a shared machine wall time counts other jobs' turns.
    cpu, empty_cpu = median("dense", "kamerstuk", 1), median("empty", "kamerstuk", 1)
    assert cpu is not None
    assert empty_cpu is not None
    return Figures(
        genre.name,
        len(genre.dense) / 1e6,
        matches / len(genre.dense) * 1000,
        cpu / max(1, matches) * 1e6,
        len(genre.dense) / 1e6 / cpu,
        ratio("dense", 0),
        ratio("dense", 1),
        len(genre.empty) / 1e6 / empty_cpu,
        ratio("empty", 0),
        ratio("empty", 1),
    )


def _x(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def report(figures: list[Figures], other: str = "wetsuite") -> None:
    print(
        f"{'genre':34s} {'MB':>5s} {'per 1k':>6s} {'µs/match':>8s} {'MB/s':>6s} {'wall':>6s}"
        f" {'CPU':>6s} | {'empty MB/s':>10s} {'wall':>6s} {'CPU':>6s}"
    )
    for f in figures:
        print(
            f"{f.genre[:34]:34s} {f.mb:5.2f} {f.per_k:6.2f} {f.us:8.1f} {f.rate:6.1f}"
            f" {_x(f.wall):>6s} {_x(f.cpu):>6s} | {f.empty_rate:10.1f} {_x(f.empty_wall):>6s}"
            f" {_x(f.empty_cpu):>6s}"
        )
    by_name = {f.genre: f for f in figures}
    parts = []
    if "dev2" in by_name:
        dev2 = by_name["dev2"]
        parts.append(f"dev2 {_x(dev2.cpu)} {other} by CPU ({_x(dev2.wall)} wall)")
    rated = [f for f in figures if f.cpu is not None]
    if rated:
        low = min(rated, key=lambda f: f.cpu or 0)
        low_empty = min(rated, key=lambda f: f.empty_cpu or 0)
        parts.append(f"lowest {_x(low.cpu)} ({low.genre})")
        parts.append(f"without citations lowest {_x(low_empty.empty_cpu)} ({low_empty.genre})")
    cost = statistics.median(f.us for f in figures)
    parts.append(f"median {cost:.1f} µs per match over {len(figures)} genres")
    print("summary: " + "; ".join(parts))


COLD = """
import sys, time
started = time.process_time()
import kamerstuk
imported = time.process_time() - started
sys.path.insert(0, {bench!r})
import find as bench
dense, _ = bench.corpus_texts({copies})
started = time.process_time(); list(kamerstuk.find(dense)); cold = time.process_time() - started
started = time.process_time(); list(kamerstuk.find(dense)); warm = time.process_time() - started
print(cold, warm, imported)
"""


def cold_start(copies: int, rounds: int) -> None:
    """The first find() in a fresh process (the grammar's tables loaded, patterns compiled)
    against the second, on the dev corpus text; and what `import kamerstuk` takes. CPU time:
    the wall time of a fresh process on a busy machine is mostly waiting for a turn."""
    code = COLD.format(bench=str(Path(__file__).resolve().parent), copies=copies)
    ratios, imports = [], []
    for _ in range(rounds):
        run = [sys.executable, "-c", code]
        out = subprocess.run(run, capture_output=True, text=True, check=True).stdout
        cold, warm, imported = map(float, out.split())
        ratios.append(cold / warm)
        imports.append(imported)
    print(
        f"first find() in a fresh process: {statistics.median(ratios):.2f}x the second"
        f" (median of {rounds}, CPU time); import kamerstuk: "
        f"{statistics.median(imports) * 1000:.0f} ms of CPU time"
    )


def _seconds(text: str) -> float:
    import kamerstuk

    started = time.perf_counter()
    list(kamerstuk.find(text))
    return time.perf_counter() - started


def adversarial() -> None:
    dense, _ = corpus_texts(14)
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
        **spaces_after_words(),
    }
    _seconds(cases["corpus text"][:50_000])
    base = None
    print("adversarial input, 1 MB or 100 KB each (seconds per MB; ratio to the corpus text):")
    for label, text in cases.items():
        took = min(_seconds(text) for _ in range(3)) * 1e6 / len(text)
        base = base or took
        print(f"  {label:52s} {took:6.3f} s/MB  {took / base:5.2f}x")


#: Words after which a pattern looks past spaces for what follows: a chamber, a head word, a
#: stuk's keyword, the "van" of "nr. 5 van hetzelfde dossier".
SPACED_WORDS = (
    "Zie TK",
    "De Tweede Kamer",
    "Zie Kamerstukken",
    "Kamerstuk 33694, nr.",
    "nr. 5 van",
)


def spaces_after_words() -> dict[str, str]:
    """Each of SPACED_WORDS before 100,000 spaces (PDF text and tables have long runs of them;
    where two runs of a pattern meet, re tries every way to share the run: the time grows with
    its square or cube), and before 3,000 spaces and a blank line, repeated to 100,000
    characters."""
    cases = {}
    for word in SPACED_WORDS:
        cases[f"'{word}' + 100 KB of spaces"] = word + " " * 100_000 + "x."
        cases[f"('{word}' + 3,000 spaces + blank line)*"] = (word + " " * 3_000 + "\n\n") * 33
    return cases


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
    parser.add_argument("--mb", type=float, default=1.0, help="characters (M) per real genre")
    parser.add_argument("--family-mb", type=float, default=0.2, help="the same per family")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--genre", default="", help="only the genres whose name holds this")
    parser.add_argument("--no-families", action="store_true", help="leave the matrix out")
    parser.add_argument("--speed-only", action="store_true", help="leave out the rest")
    parser.add_argument("--memory-mb", type=int, default=0, help="also run the memory test on N MB")
    parser.add_argument(
        "--against", metavar="DIR", help="compare with the kamerstuk_base package in DIR"
    )
    args = parser.parse_args(argv)
    shared_path("corpus", "dev2.jsonl")  # without ../shared: say so and exit 0
    if not have("bench", "evaluate.py"):
        shared_path("bench", "evaluate.py")
    texts = genres(args.mb, args.family_mb, not args.no_families, args.genre)
    other = "wetsuite" if args.against is None else "the version in " + args.against
    report(speed(texts, args.rounds, args.against), other)
    if not args.speed_only:
        cold_start(20, args.rounds)
        adversarial()
    if args.memory_mb:
        memory(args.memory_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
