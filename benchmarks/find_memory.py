"""Peak memory of ``kamerstuk find --jobs 2`` over a folder of text: the command and its workers.

    .venv/bin/python benchmarks/find_memory.py [--sizes 100,200,400,1000] [--jobs 2]
                                               [--format text] [--folder DIR]

Writes a folder of text in a temporary directory (or ``--folder``), grown to each size of
``--sizes`` (MB) in turn, and runs ``kamerstuk find --jobs N FOLDER`` over it at each size, its
output to /dev/null (``--format parquet`` writes a file beside the folder). The files are
documents of three to eight passages of the labelled corpora (../shared/corpus dev and dev2),
every number varied (../shared/bench/evaluate.py's ``vary``), 20 documents (about 170 kB) to a
file; one file in ten is KOOP document XML and one in ten an HTML page of the same kind of
text, read as plain text.

While the command runs, every 20 ms, the resident memory (RSS) of the command and of each of
its worker processes is read with psutil (which the dask extra installs: ``distributed``
requires it), and summed. Printed per size: the highest sum seen; the sum of each process's
own peak (``VmHWM`` from /proc/PID/status, read while it lives), which no sampling can miss
and which is an upper bound, since the processes need not peak at once; the largest peak of a
single process by ``getrusage(RUSAGE_CHILDREN)`` after it ends (a cross-check of the kernel's
own count); the highest sum of their proportional set sizes (PSS: a page shared by n
processes counts 1/n in each), what the machine gives them together; and the throughput. RSS
counts the pages a forked worker shares with the command once in each process, so the sums of
RSS overstate the memory used, and are the figures held against a limit.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from shared_data import SHARED, shared_path

#: Documents to a file.
PER_FILE = 20
#: Seconds between two samples of the processes' memory.
INTERVAL = 0.02
#: The columns printed, one line per size.
HEADER = (
    "  text  files  sampled sum  sum of own peaks  largest one so far  processes  PSS sum"
    "      s  MB/s"
)


def passages() -> list[str]:
    """The passages of the labelled corpora."""
    return [
        json.loads(line)["text"]
        for name in ("dev.jsonl", "dev2.jsonl")
        for line in shared_path("corpus", name).open(encoding="utf-8")
        if line.strip()
    ]


def load_vary() -> Callable[[str, random.Random], str]:
    """``vary(text, rnd)`` of ../shared/bench/evaluate.py: every number of 3 or 5+ digits
    replaced by random digits."""
    import importlib.util

    path = shared_path("bench", "evaluate.py")
    spec = importlib.util.spec_from_file_location("evaluate", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    vary: Callable[[str, random.Random], str] = module.vary
    return vary


class Folder:
    """A folder of generated text that grows, file by file, to a size in bytes."""

    def __init__(self, root: Path, seed: int = 1) -> None:
        self.root = root
        self.bytes = 0
        self.files = 0
        self._rnd = random.Random(seed)
        self._passages = passages()
        self._vary = load_vary()

    def grow(self, target: int) -> None:
        while self.bytes < target:
            paragraphs = [self._document() for _ in range(PER_FILE)]
            kind = ("xml", "html", *["txt"] * 8)[self.files % 10]
            data = _as(kind, "\n\n".join(paragraphs)).encode("utf-8")
            sub = self.root / f"{self.files // 1000:03d}"
            sub.mkdir(exist_ok=True)
            (sub / f"doc-{self.files:06d}.{kind}").write_bytes(data)
            self.bytes += len(data)
            self.files += 1

    def _document(self) -> str:
        chosen = self._rnd.sample(self._passages, self._rnd.randint(3, 8))
        return self._vary("\n\n".join(chosen), self._rnd)


def _as(kind: str, text: str) -> str:
    if kind == "txt":
        return text
    paragraphs = [html.escape(p, quote=False) for p in text.split("\n\n")]
    if kind == "xml":
        body = "".join(f"<al>{p}</al>\n" for p in paragraphs)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<officiele-publicatie><metadata>'
            '<meta name="DC.title" content="Kamerstuk"/></metadata>'
            f"<kamerstuk>{body}</kamerstuk></officiele-publicatie>\n"
        )
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return f"<html><head><title>Kamerstuk</title></head><body>{body}</body></html>\n"


def own_peak(pid: int) -> int:
    """The peak resident memory of process ``pid`` so far (VmHWM), in bytes; 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def measure(command: list[str], stdout: int) -> dict[str, float]:
    """Run ``command``, sampling its processes' memory; the peaks in MB and the time."""
    import psutil

    started = time.perf_counter()
    process = psutil.Popen(command, stdout=stdout)
    peak_sum = peak_pss = 0
    peaks: dict[int, int] = {}  # VmHWM of every process seen, the last value read
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        rss = pss = 0
        for each in tree:
            try:
                memory = each.memory_full_info()
            except psutil.NoSuchProcess:
                continue
            rss, pss = rss + memory.rss, pss + memory.pss
            peaks[each.pid] = max(peaks.get(each.pid, 0), own_peak(each.pid))
        peak_sum, peak_pss = max(peak_sum, rss), max(peak_pss, pss)
        time.sleep(INTERVAL)
    took = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited with {process.returncode}")
    # The largest peak of one process among all the children this one has waited for: those
    # of the runs at smaller sizes too (Linux counts in kB).
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return {
        "sampled sum": peak_sum / 1e6,
        "sampled PSS": peak_pss / 1e6,
        "sum of own peaks": sum(peaks.values()) / 1e6,
        "processes": len(peaks),
        "largest one so far": largest / 1e6,
        "seconds": took,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,200,400,1000", help="MB of text, comma-separated")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--format", default="text", help="kamerstuk find --format")
    parser.add_argument("--folder", type=Path, help="grow the folder here (kept); default: temp")
    args = parser.parse_args(argv)
    if not (SHARED / "corpus").is_dir() or not (SHARED / "bench").is_dir():
        shared_path("corpus")
        shared_path("bench")
    try:
        import psutil  # noqa: F401
    except ImportError:
        print("skipped: needs psutil (the dask extra installs it: pip install -e '.[dask]')")
        return 0
    sizes = [float(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="kamerstuk-memory-"))
    root = args.folder or work / "texts"
    root.mkdir(parents=True, exist_ok=True)
    kamerstuk = [sys.executable, "-m", "kamerstuk", "find", "--jobs", str(args.jobs)]
    kamerstuk += ["--format", args.format, "--no-progress"]
    if args.format == "parquet":
        kamerstuk += ["--out", str(work / "citations.parquet")]
    print(f"{' '.join(kamerstuk[2:])} FOLDER; Python {sys.version.split()[0]}; in MB:")
    print(HEADER)
    folder = Folder(root)
    try:
        for mb in sizes:
            folder.grow(int(mb * 1e6))
            with open(os.devnull, "wb") as null:
                got = measure([*kamerstuk, str(root)], null.fileno())
            print(
                f"{folder.bytes / 1e6:6.0f} {folder.files:6d} {got['sampled sum']:12.0f}"
                f" {got['sum of own peaks']:17.0f} {got['largest one so far']:19.0f}"
                f" {got['processes']:10.0f} {got['sampled PSS']:8.0f} {got['seconds']:6.0f}"
                f" {folder.bytes / 1e6 / got['seconds']:5.1f}",
                flush=True,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
