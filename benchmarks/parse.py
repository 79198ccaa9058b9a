"""parse() speed: median time per citation over the real citations of ../shared/corpus/dev.jsonl.

    .venv/bin/python benchmarks/parse.py [--rounds 7]

Prints the median parse() time, and as a baseline measured in the same process, interleaved, the
median time of Lark's own parser on the same grammar and strings (what parse() would cost with
Lark's runtime instead of kamerstuk's engine), so that figures can be quoted as ratios on a
noisy shared machine. Also prints the `import kamerstuk` time (in a fresh interpreter).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from shared_data import shared_path


def citations() -> list[str]:
    """The surfaces of every labelled citation in dev.jsonl and the seed letter."""
    out: list[str] = []
    for path in (
        shared_path("corpus", "dev.jsonl"),
        shared_path("seed", "kamerbrief-nucleaire-risicobeperking.jsonl"),
    ):
        for line in path.read_text(encoding="utf-8").splitlines():
            out += [c["surface"] for c in json.loads(line)["citations"] if c["kind"] != "other"]
    return out


def import_time() -> float:
    """Seconds for `python -c "import kamerstuk"`, best of five, minus the bare interpreter."""

    def best(code: str) -> float:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - started)
        return min(times)

    return best("import kamerstuk") - best("pass")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    from kamerstuk.grammar.parsing import parse_found
    from kamerstuk.grammar.parsing import parser as lark_parser

    texts = citations()
    lark = lark_parser()
    for text in texts:  # warm both: lazily built scanners, caches
        parse_found(text)
        lark.parse(text)
    ours: list[list[float]] = []
    theirs: list[list[float]] = []
    for _ in range(args.rounds):
        ours.append([])
        theirs.append([])
        for text in texts:
            started = time.perf_counter()
            parse_found(text)
            ours[-1].append(time.perf_counter() - started)
            started = time.perf_counter()
            lark.parse(text)
            theirs[-1].append(time.perf_counter() - started)
    median = statistics.median(t for r in ours for t in r)
    baseline = statistics.median(t for r in theirs for t in r)
    # On a shared machine other jobs slow whole rounds down; the quietest round shows the cost.
    quiet = min(statistics.median(r) for r in ours)
    print(f"citations: {len(texts)} real surfaces x {args.rounds} rounds")
    print(f"parse() median: {median * 1e6:.1f} us per citation (all rounds)")
    print(f"parse() median of the quietest round: {quiet * 1e6:.1f} us")
    print(
        f"Lark's own parser, same grammar and strings: {baseline * 1e6:.1f} us"
        f" (ratio {baseline / median:.2f}x)"
    )
    print(f"import kamerstuk: {import_time() * 1e3:.0f} ms over a bare interpreter")
    return 0


if __name__ == "__main__":
    sys.exit(main())
