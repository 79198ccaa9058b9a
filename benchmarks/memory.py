"""Peak memory of one find() (or validate()) call over a large string, as a ratio to the
string's own size.

    .venv/bin/python benchmarks/memory.py [--mb 100] [--every 2000] [--methods tracemalloc rss]
                                          [--calls find validate] [--root CHECKOUT]

The string is the dev corpus text of ../shared repeated to --mb million characters with every
number varied (as benchmarks/find.py builds it), with a word hyphenated across a line break
("Kamer-\\nstukken", as PDF extraction leaves them) every --every characters; a second string is
the same text with its citations cut out, a third the corpus text without hyphenated breaks.

Each string is written to a temporary file and measured in a fresh child process, which reads
it, runs find() once on a few lines (the grammar's tables are built then, not counted) and then
once over the whole string, dropping each match as it comes (the matches a caller keeps are the
caller's memory, not find()'s). Two methods, each in a child of its own:

- tracemalloc: the peak of Python's allocations during the call (traced from just before it;
  the string was read before and is not counted);
- rss: the peak resident set (VmHWM, reset just before the call through /proc/self/clear_refs)
  less the resident set just before it; where the peak cannot be reset, ru_maxrss, which then
  may hide a peak lower than the one of reading the file.

find() repairs a text of up to a million characters (kamerstuk.text.stretches.STRETCH) whole, so
a string below that shows the copy; a larger one is repaired and read a stretch at a time.

``--calls validate`` measures validate() the same way (its first call on a few lines, then one
over the whole string). validate() returns a list, which is kept: tracemalloc also prints what
the list still holds after the call ("kept"), so that what validate() needs while it works (the
peak less what it returns) can be told from its answer. ``--root`` measures the kamerstuk of
another checkout (a worktree of the commit before a change), so that before and after run from
one script on the same strings.

Both are printed as a ratio to sys.getsizeof(string) (two bytes a character when the text has a
character beyond Latin-1, as the corpus has). The number of matches (or problems) and a digest
of their spans are printed too, so that two versions can be seen to give the same.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from shared_data import shared_path

ROOT = Path(__file__).resolve().parents[1]

# Four lower-case letters followed by four more: where a word may be broken over a line.
_WORD = re.compile(r"[a-z]{4}(?=[a-z]{4})")
# A word broken over a line as find() repairs it (the corpus has some of its own).
_BREAK = re.compile(r"(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z])")


def with_breaks(text: str, every: int) -> str:
    """``text`` with a word broken over a line ("Kamer-\\nstukken") about every ``every``
    characters.

    >>> with_breaks("de Kamerstukken en de Handelingen", 2)
    'de Kamer-\\nstukken en de Hande-\\nlingen'
    """
    pieces: list[str] = []
    last = 0
    found = _WORD.search(text, every)
    while found is not None:
        pieces += [text[last : found.end()], "-\n"]
        last = found.end()
        found = _WORD.search(text, last + every)
    pieces.append(text[last:])
    return "".join(pieces)


def strings(megachars: float, every: int) -> dict[str, str]:
    """The strings to measure, by name, each about ``megachars`` million characters long."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import find as bench  # benchmarks/find.py: the corpus text as evaluate.py --speed builds it

    shared_path("corpus", "dev.jsonl")
    size = int(megachars * 1_000_000)
    one_copy = len(bench.corpus_texts(1)[0])
    dense, empty = bench.corpus_texts(max(1, -(-size // one_copy)))
    dense, empty = dense[:size], (empty * (1 + size // max(1, len(empty))))[:size]
    return {
        "corpus, hyphenated breaks": with_breaks(dense, every),
        "no citations, hyphenated breaks": with_breaks(empty, every),
        "corpus, no breaks": dense,
    }


CHILD = r"""
import hashlib, json, resource, sys, time, tracemalloc
from pathlib import Path
root, path, method, call = sys.argv[1:5]
sys.path.insert(0, root)
import kamerstuk
text = Path(path).read_text(encoding="utf-8")
warm = "Zie Kamerstuk 33694, nr. 20 en Stb. 2019, 123; Kamer-\nstuk 33694, nr.\n"
list(kamerstuk.find(warm)), kamerstuk.validate(warm)  # build the tables, import the checks


def status(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise LookupError(field)


def maxrss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def run():
    digest, count = hashlib.blake2b(digest_size=8), 0
    if call == "validate":
        problems = kamerstuk.validate(text)  # kept: measured with it, as a caller has it
        for p in problems:
            digest.update(f"{p.start},{p.end},{p.code};".encode())
        return len(problems), digest.hexdigest(), problems
    for match in kamerstuk.find(text):
        digest.update(f"{match.start},{match.end},{match.citation.kind};".encode())
        count += 1
    return count, digest.hexdigest(), None


out = {"size": sys.getsizeof(text), "chars": len(text), "module": kamerstuk.__file__}
if method == "tracemalloc":
    tracemalloc.start()
    out["count"], out["digest"], kept = run()
    out["kept"], out["peak"] = tracemalloc.get_traced_memory()
    tracemalloc.stop()
else:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the resident set now
        before, how = status("VmRSS"), "VmHWM"
    except OSError:
        before, how = maxrss(), "ru_maxrss"
    started = time.perf_counter()
    out["count"], out["digest"], kept = run()
    out["seconds"] = time.perf_counter() - started
    out["peak"], out["how"] = (status("VmHWM") if how == "VmHWM" else maxrss()) - before, how
print(json.dumps(out))
"""


def measure(root: Path, path: Path, method: str, call: str = "find") -> dict[str, object]:
    """What one child process measured (see CHILD)."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(root), str(path), method, call],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=float, default=100, help="million characters a string")
    parser.add_argument("--every", type=int, default=2000, help="characters between breaks")
    parser.add_argument(
        "--methods", nargs="+", choices=["tracemalloc", "rss"], default=["tracemalloc", "rss"]
    )
    parser.add_argument(
        "--calls", nargs="+", choices=["find", "validate"], default=["find"], help="what to run"
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure")
    args = parser.parse_args(argv)
    texts = strings(args.mb, args.every)
    root = args.root.resolve()
    print(f"Python {platform.python_version()}, kamerstuk from {root}")
    with tempfile.TemporaryDirectory() as folder:
        for name, text in texts.items():
            path = Path(folder) / "text.txt"
            path.write_text(text, encoding="utf-8")
            breaks = len(_BREAK.findall(text))
            print(f"{name}: {len(text) / 1e6:.1f} M characters, {breaks} hyphenated breaks")
            for call in args.calls:
                for method in args.methods:
                    print(_line(call, method, measure(root, path, method, call)))
    return 0


def _line(call: str, method: str, got: dict[str, object]) -> str:
    """One measurement as printed."""
    size, peak = int(str(got["size"])), int(str(got["peak"]))
    how = f" ({got['how']})" if "how" in got else ""
    took = f", {got['seconds']:.1f} s" if "seconds" in got else ""
    kept = int(str(got.get("kept", 0)))  # only with tracemalloc, and only validate() keeps
    shown = call == "validate" and "kept" in got
    keeps = f", kept {kept / 2**20:.1f} MiB = {kept / size:.3f}x" if shown else ""
    what = "problems" if call == "validate" else "matches"
    return (
        f"  {call:8s} {method:11s}{how:12s} peak {peak / 2**20:8.1f} MiB = {peak / size:.3f}x"
        f" the string ({size / 2**20:.1f} MiB){keeps}; {got['count']} {what},"
        f" digest {got['digest']}{took}"
    )


if __name__ == "__main__":
    sys.exit(main())
