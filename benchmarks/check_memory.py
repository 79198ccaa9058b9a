"""Peak memory of ``kamerstuk check`` beside ``kamerstuk find`` on one large input, a file and
standard input.

    .venv/bin/python benchmarks/check_memory.py [--sizes 200,1000] [--commands find,check]
                                                [--inputs file,stdin] [--file PATH]

Writes one text file in a temporary directory (or ``--file``, grown on from its size where it
is there), grown to each size of ``--sizes`` (MB) in turn: documents of three to eight passages
of the labelled corpora (../shared/corpus dev and dev2), every number varied, as
benchmarks/find_memory.py makes them, one after the other. At each size, each command reads it
as a file (``kamerstuk check FILE``) and from a pipe (``kamerstuk check -``, fed by this
process), its output to /dev/null, while its resident memory is read every 20 ms with psutil
(the dask extra installs it). Printed per run: the highest RSS seen, the process's own peak
(VmHWM, which no sampling can miss), the time, and for check the ratio of its peak to find's on
the same input (the figure to quote: both run in the same conditions, one after the other).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

from find_memory import INTERVAL, load_vary, own_peak, passages

from shared_data import SHARED, shared_path

#: Bytes written to the pipe at a time.
PIPED = 1 << 16
HEADER = "  text  command  input  sampled RSS  own peak (VmHWM)  vs find      s"


class Grown:
    """A text file of generated documents that grows to a size in bytes."""

    def __init__(self, path: Path, seed: int = 1) -> None:
        self.path = path
        # A file grown before (--file) is grown on from where it is, so that several runs can
        # share one (a file of 1 GB takes a while to write).
        self.bytes = path.stat().st_size if path.exists() else 0
        self._rnd = random.Random(seed)
        self._passages = passages()
        self._vary = load_vary()

    def grow(self, target: int) -> None:
        with self.path.open("ab") as out:
            while self.bytes < target:
                chosen = self._rnd.sample(self._passages, self._rnd.randint(3, 8))
                data = (self._vary("\n\n".join(chosen), self._rnd) + "\n\n").encode("utf-8")
                out.write(data)
                self.bytes += len(data)


def measure(command: list[str], feed: Path | None) -> dict[str, float]:
    """Run ``command`` (its stdin a pipe fed ``feed``'s bytes, where given), sampling its RSS;
    the peaks in MB and the time."""
    import psutil

    started = time.perf_counter()
    with open(os.devnull, "wb") as null:
        process = psutil.Popen(
            command, stdin=subprocess.PIPE if feed else subprocess.DEVNULL, stdout=null
        )
    feeder = None
    if feed is not None:
        feeder = threading.Thread(target=_feed, args=(feed, process.stdin), daemon=True)
        feeder.start()
    peak = own = 0
    while process.poll() is None:
        try:
            peak = max(peak, process.memory_info().rss)
        except psutil.NoSuchProcess:
            break
        own = max(own, own_peak(process.pid))
        time.sleep(INTERVAL)
    took = time.perf_counter() - started
    if feeder is not None:
        feeder.join()
    if process.returncode not in (0, 1):  # check exits 1 when an error is left in the text
        raise SystemExit(f"{' '.join(command)} exited with {process.returncode}")
    return {"sampled": peak / 1e6, "own": own / 1e6, "seconds": took}


def _feed(path: Path, pipe: IO[bytes]) -> None:
    try:
        with path.open("rb") as source:
            while block := source.read(PIPED):
                pipe.write(block)
    except BrokenPipeError:
        pass
    finally:
        pipe.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,1000", help="MB of text, comma-separated")
    parser.add_argument("--commands", default="find,check", help="comma-separated")
    parser.add_argument(
        "--inputs", default="file,stdin", help="comma-separated: file, stdin (default: both)"
    )
    parser.add_argument("--file", type=Path, help="grow the text here (kept); default: temp")
    args = parser.parse_args(argv)
    if not (SHARED / "corpus").is_dir() or not (SHARED / "bench").is_dir():
        shared_path("corpus")
        shared_path("bench")
    try:
        import psutil  # noqa: F401
    except ImportError:
        print("skipped: needs psutil (the dask extra installs it: pip install -e '.[dask]')")
        return 0
    work = Path(tempfile.mkdtemp(prefix="kamerstuk-check-memory-"))
    text = Grown(args.file or work / "text.txt")
    print(f"kamerstuk COMMAND --no-progress INPUT > /dev/null; Python {sys.version.split()[0]}")
    print(HEADER)
    try:
        for mb in (float(s) for s in args.sizes.split(",")):
            text.grow(int(mb * 1e6))
            for given in args.inputs.split(","):
                _runs(args.commands.split(","), given, text)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _runs(commands: list[str], given: str, text: Grown) -> None:
    found: dict[str, Any] = {}
    for name in commands:
        command = [sys.executable, "-m", "kamerstuk", name, "--no-progress"]
        command.append(str(text.path) if given == "file" else "-")
        got = measure(command, text.path if given == "stdin" else None)
        found[name] = got
        ratio = f"{got['own'] / found['find']['own']:7.2f}x" if "find" in found else " " * 8
        print(
            f"{text.bytes / 1e6:6.0f}  {name:7}  {given:5} {got['sampled']:12.0f}"
            f" {got['own']:17.0f}  {ratio} {got['seconds']:6.0f}",
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main())
