"""A run stopped by a signal, sent by PID to a real ``kamerstuk`` process: nothing is left at
the output's place, no temporary file beside it, and no worker process alive (issue 19).

Each run reads a folder of generated text with ``--jobs 2`` and, after it, standard input: a
pipe this test keeps open, so that the run is still going whenever the signal comes. SIGINT and
SIGTERM are caught: the command removes what it wrote, ends its workers and exits with 130 or
143. SIGKILL is not: the workers notice their parent is gone and end themselves
(:mod:`kamerstuk.text.workers`), and the temporary file the command left is removed by the next
write to the same place.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kamerstuk.text import workers

from support import DATA, ROOT

psutil = pytest.importorskip("psutil", reason="psutil comes with the dask extra")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

#: Seconds a stopped run may take to end, and its workers after it.
PATIENCE = 60


def _letters() -> str:
    return "\n\n".join(
        (DATA / name).read_text(encoding="utf-8")
        for name in ("kamerbrief-nucleaire-risicobeperking.txt", "check-brief-met-fouten.txt")
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 12 MB of text in 60 files, each small enough for a worker to read."""
    root = tmp_path_factory.mktemp("interrupts")
    text = _letters()
    for number in range(60):
        copies = (text.replace("2019", str(1990 + number % 30)) + "\n\n") * 16
        (root / f"kst-{number + 1}-1.txt").write_text(copies, encoding="utf-8")
    return root


def _interruptible() -> None:
    # Ctrl-C and a hangup as a terminal sends them, whatever this test's own parent ignores (a
    # shell ignores SIGINT for the commands it runs in the background, nohup ignores SIGHUP,
    # and they inherit that).
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def _start(args: list[str], cwd: Path, stdin: bool = True, **options: Any) -> Any:
    command = [sys.executable, "-m", "kamerstuk", *args]
    options.setdefault("preexec_fn", _interruptible)
    process = psutil.Popen(
        command,
        cwd=cwd,
        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        **options,
    )
    if stdin:
        process.stdin.write(b"Zie Stb. 2019, 123 en ")  # and then nothing: the pipe stays open
        process.stdin.flush()
    return process


def _running(process: Any, place: Path, name: str) -> list[Any]:
    """Wait until the run has its two workers and its temporary file; its workers."""
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()
        children = process.children()
        if len(children) >= 2 and _temporary(place, name):
            time.sleep(0.5)  # well into the run: files read, rows written
            return list(process.children())
        time.sleep(0.02)
    raise AssertionError("the run did not start its workers")


def _temporary(place: Path, name: str) -> list[Path]:
    return sorted(place.glob(f".{name}.kamerstuk-*.tmp"))


def _gone(processes: list[Any]) -> list[Any]:
    """The processes still alive after a while (a zombie that no one reaps is gone)."""
    deadline = time.monotonic() + PATIENCE
    while (alive := [p for p in processes if _alive(p)]) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive


def _alive(process: Any) -> bool:
    try:
        return bool(process.is_running() and process.status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False


def _stop(process: Any, signum: int) -> int:
    os.kill(process.pid, signum)
    status: int = process.wait(timeout=PATIENCE)
    if process.stdin is not None:
        process.stdin.close()
    return status


# fmt: off
RUNS = [
    ("find", "csv", signal.SIGINT, 130),
    ("find", "csv", signal.SIGTERM, 143),
    ("find", "parquet", signal.SIGINT, 130),
    ("find", "parquet", signal.SIGTERM, 143),
    ("find", "jsonl", signal.SIGHUP, 129),
]
# fmt: on


@pytest.mark.parametrize(("command", "fmt", "signum", "status"), RUNS)
def test_a_stopped_run_leaves_nothing(
    command: str, fmt: str, signum: int, status: int, folder: Path, tmp_path: Path
) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    target = tmp_path / f"citations.{fmt}"
    args = [command, "--jobs", "2", "--format", fmt, "--out", str(target), str(folder), "-"]
    process = _start(args, tmp_path)
    workers_of_run = _running(process, tmp_path, target.name)
    assert _stop(process, signum) == status, process.stderr.read().decode()
    assert process.stderr.read() == b""  # no traceback, not a word: the user stopped it
    assert not target.exists()
    assert _temporary(tmp_path, target.name) == []
    assert _gone(workers_of_run) == []


def test_a_stopped_graph_leaves_nothing(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    target = tmp_path / "edges.parquet"
    process = _start(["graph", "--jobs", "2", "--out", str(target), str(folder)], tmp_path, False)
    workers_of_run = _running(process, tmp_path, target.name)
    assert _stop(process, signal.SIGTERM) == 143, process.stderr.read().decode()
    assert not target.exists()
    assert _temporary(tmp_path, target.name) == []
    assert _gone(workers_of_run) == []


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_workers_die_with_a_killed_run(fmt: str, folder: Path, tmp_path: Path) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    target = tmp_path / f"citations.{fmt}"
    args = ["find", "--jobs", "2", "--format", fmt, "--out", str(target), str(folder), "-"]
    process = _start(args, tmp_path)
    workers_of_run = _running(process, tmp_path, target.name)
    assert _stop(process, signal.SIGKILL) == -signal.SIGKILL
    assert _gone(workers_of_run) == []
    assert not target.exists()
    # Killed outright, the command could not remove its temporary file: the next run does.
    assert len(_temporary(tmp_path, target.name)) == 1
    again = ["find", "--format", fmt, "--out", str(target), str(DATA / "check-brief-in-orde.txt")]
    done = subprocess.run(
        [sys.executable, "-m", "kamerstuk", *again], cwd=tmp_path, capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert target.exists()
    assert _temporary(tmp_path, target.name) == []


def test_a_run_stopped_in_the_middle_of_its_own_input(folder: Path, tmp_path: Path) -> None:
    # Without standard input: the signal comes while the files are read, the rows written.
    target = tmp_path / "citations.csv"
    args = ["find", "--jobs", "2", "--format", "csv", "--out", str(target), str(folder)]
    process = _start(args, tmp_path, stdin=False)
    deadline = time.monotonic() + PATIENCE
    while not any(p.stat().st_size for p in _temporary(tmp_path, target.name)):
        assert process.poll() is None, "the run ended before it could be stopped"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    workers_of_run = process.children()
    assert len(workers_of_run) == 2
    assert _stop(process, signal.SIGTERM) == 143
    assert not target.exists()
    assert _temporary(tmp_path, target.name) == []
    assert _gone(workers_of_run) == []


def _nohup() -> None:
    _interruptible()
    signal.signal(signal.SIGHUP, signal.SIG_IGN)


def test_a_hangup_ignored_as_nohup_ignores_it_stays_ignored(tmp_path: Path) -> None:
    small = tmp_path / "in"
    small.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (small / name).write_text(_letters(), encoding="utf-8")
    target = tmp_path / "citations.csv"
    args = ["find", "--jobs", "2", "--format", "csv", "--out", str(target), str(small), "-"]
    process = _start(args, tmp_path, preexec_fn=_nohup)
    workers_of_run = _running(process, tmp_path, target.name)
    os.kill(process.pid, signal.SIGHUP)
    time.sleep(1)
    assert process.poll() is None
    assert all(w.is_running() for w in workers_of_run)
    process.stdin.close()  # the end of standard input: the run ends as it would have
    assert process.wait(timeout=PATIENCE) == 0, process.stderr.read().decode()
    written = target.read_text(encoding="utf-8")
    assert all(f"{small / name}:" in written for name in ("a.txt", "b.txt", "c.txt"))
    assert written.splitlines()[-1].startswith('-:1:5,"Stb. 2019, 123"')  # what stdin gave


def _orphan(by_kernel: bool) -> Iterator[int]:
    """A process whose child runs worker_started(parent, by_kernel) and then sleeps; the pids of
    the two, the parent's first."""
    code = (
        "import multiprocessing, os, sys, time\n"
        "from kamerstuk.text.workers import worker_started\n"
        "def child(parent, by_kernel):\n"
        "    worker_started(parent, by_kernel)\n"
        "    time.sleep(600)\n"
        "if __name__ == '__main__':\n"
        f"    p = multiprocessing.get_context('spawn').Process(target=child, args=(os.getpid(), {by_kernel}))\n"
        "    p.start()\n"
        "    print(p.pid, flush=True)\n"
        "    time.sleep(600)\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    child = int(process.stdout.readline())
    yield process.pid
    yield child
    process.kill()
    process.wait()


@pytest.mark.parametrize("by_kernel", [True, False], ids=["prctl", "watch"])
def test_a_worker_ends_when_its_parent_is_killed(by_kernel: bool) -> None:
    if by_kernel and sys.platform != "linux":
        pytest.skip("the parent-death signal is Linux's")
    pids = _orphan(by_kernel)
    parent, child = next(pids), next(pids)
    worker = psutil.Process(child)
    time.sleep(1 + workers.WATCH)  # the worker has started, and looked at its parent
    assert worker.is_running()
    os.kill(parent, signal.SIGKILL)
    assert _gone([worker]) == []
    with pytest.raises(StopIteration):
        next(pids)
