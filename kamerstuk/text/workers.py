"""The worker processes of ``find_many``, ``citations_frame(jobs=N)`` and ``kamerstuk find -j``:
how they start, and how they end with the process that started them.

A worker must never outlive its parent. Killed outright (SIGKILL, the out-of-memory killer), a
parent runs no code at all, and a forked worker that was sending a result would wait for ever
on a pipe that it holds open itself (every worker inherits the result pipe's ends). So each
worker, as it starts (:func:`worker_started`):

- on Linux, asks the kernel to kill it when its parent dies (``prctl(PR_SET_PDEATHSIG,
  SIGKILL)``): immediate, and it needs no code to run in either process. The kernel sends it
  when the *thread* that started the worker ends, so it is used only when the pool was made by
  the main thread (a script, the command line, a notebook's cells); and it is checked against
  the parent's pid once set, since the parent may have died in between;
- elsewhere (macOS, or a pool made in another thread), runs a thread that looks at its parent's
  pid four times a second and ends the worker when it has changed (the worker was handed to
  another process), so that it is gone within a quarter of a second;
- ignores SIGINT: Ctrl-C in a terminal reaches every process of the group, and it is the parent
  that stops the work (it cancels what is queued and ends its workers), instead of each worker
  printing a traceback and breaking the pool; and ends on SIGTERM and SIGHUP as a process does
  by default, whatever Python handlers it was forked with (one that is ignored, as under
  ``nohup``, stays ignored).

>>> with process_pool(2) as pool:
...     pool.submit(usable_cores).result() >= 1
True
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Executor, InvalidStateError, ProcessPoolExecutor
from typing import Any

__all__ = [
    "WATCH",
    "process_pool",
    "running",
    "start_method",
    "started_pool",
    "usable_cores",
    "watch_parent",
    "worker_started",
]

#: Seconds between two looks at the parent's pid, where the kernel is not asked.
WATCH = 0.25
#: ``PR_SET_PDEATHSIG`` of ``<linux/prctl.h>``.
_PR_SET_PDEATHSIG = 1


def process_pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of ``jobs`` worker processes that end with this one (:func:`worker_started`)."""
    from ..grammar.parsing import engine

    engine()  # forked workers inherit the grammar's tables
    own_thread = threading.current_thread() is threading.main_thread()
    return ProcessPoolExecutor(
        jobs,
        mp_context=start_method(),
        initializer=worker_started,
        initargs=(os.getpid(), own_thread and sys.platform == "linux"),
    )


@contextlib.contextmanager
def started_pool(jobs: int) -> Iterator[Executor | None]:
    """A pool of ``jobs`` worker processes that are running already (None for one job: work
    here), for :func:`kamerstuk.text.many.map_chunks`' ``executor``. Forked workers hold what
    this process has imported when they start: a caller that starts them first and then imports
    a large library that only it needs (``kamerstuk find --format parquet`` and pyarrow) keeps
    the workers small. On the way out, also on an error or Ctrl-C, what is queued is cancelled
    and the workers are waited for."""
    if jobs == 1:
        yield None
        return
    with running(process_pool(jobs)) as pool:
        # The first task starts every forked worker; waiting for all makes sure they run.
        for started in [pool.submit(os.getpid) for _ in range(jobs)]:
            started.result()
        yield pool


@contextlib.contextmanager
def running(pool: ProcessPoolExecutor) -> Iterator[ProcessPoolExecutor]:
    """``pool`` in the block, stopped after it: when the block ends or is left early (a caller
    that stops reading), what is queued is cancelled and the workers finish what they run; on
    an exception (an error, Ctrl-C, a signal), the workers are ended at once, since what they
    run will never be read, and waiting for it would keep the process from stopping."""
    try:
        yield pool
    except GeneratorExit:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    except BaseException:
        with _manager_quiet(pool):
            _end_workers(pool)
            pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _manager_quiet(pool: ProcessPoolExecutor) -> Iterator[None]:
    """The pool's manager thread kept from printing an InvalidStateError while the pool is
    stopped. Before Python 3.12 the thread that finds its workers ended fails every pending
    future, a cancelled one too (one cancelled a moment before, by a caller that stopped
    reading), which raises in that thread: a traceback on a run the user had stopped (3 of 30
    SIGTERM runs under load). Any other exception of any thread is shown as before; shutdown
    joins the thread before the hook is put back."""
    previous = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        manager = getattr(pool, "_executor_manager_thread", None)
        if args.thread is manager and isinstance(args.exc_value, InvalidStateError):
            return
        previous(args)

    threading.excepthook = hook
    try:
        yield
    finally:
        threading.excepthook = previous


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """SIGTERM to every worker of ``pool`` (Python 3.14 has ``terminate_workers``; before it,
    the pool's own table of its processes, which every version from 3.8 has)."""
    terminate = getattr(pool, "terminate_workers", None)
    if terminate is not None:
        terminate()
    else:
        processes: dict[int, Any] = getattr(pool, "_processes", None) or {}
        for process in list(processes.values()):
            with contextlib.suppress(Exception):
                process.terminate()
    _release_results(pool)


def _release_results(pool: ProcessPoolExecutor) -> None:
    """Close this process's end of the pipe the workers send their results through.

    A worker ended while it sent a result leaves half a message in that pipe, and the pool's
    manager thread waits for the rest; it never comes, nor the end of the pipe, since this
    process holds a writing end too, so that shutdown (and the exit, which joins that thread)
    waited forever (caught by faulthandler in 2 of 40 runs stopped by SIGTERM). With this end
    closed the pipe ends once the workers are gone, and the pool sees them broken."""
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()


def worker_started(parent: int, by_kernel: bool) -> None:
    """What a worker does first: end when process ``parent`` ends (``by_kernel``: as the Linux
    kernel's parent-death signal; else by :func:`watch_parent`), leave SIGINT to it, and end on
    SIGTERM and SIGHUP."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None and callable(signal.getsignal(signum)):
            # A forked worker has its parent's handlers (kamerstuk.cli.stopping); one that is
            # ignored (nohup) stays ignored.
            signal.signal(signum, signal.SIG_DFL)
    if not (by_kernel and _death_signal()):
        watch_parent(parent)
    elif os.getppid() != parent:
        os._exit(1)  # the parent died before the kernel was asked


def watch_parent(parent: int, interval: float = WATCH) -> threading.Thread:
    """A daemon thread that ends this process (``os._exit``) once its parent is no longer
    ``parent``: the parent died, and this process was handed to another."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    thread = threading.Thread(target=watch, name="kamerstuk-parent-watch", daemon=True)
    thread.start()
    return thread


def _death_signal() -> bool:
    """Ask the Linux kernel to send SIGKILL when the parent dies; False where it cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the C library the interpreter runs on
        return int(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def start_method() -> multiprocessing.context.BaseContext:
    """How workers start: forked on Linux from a process that runs one thread (they start in
    milliseconds, with the grammar and everything imported already in them), spawned otherwise.

    Forking a process that runs other threads (a notebook kernel, a Dask client, a progress
    bar's monitor) can copy a lock that one of them holds, and macOS's system libraries do not
    survive a fork: there a worker is a fresh interpreter that imports what it needs (about half
    a second with pandas), and the caller's script needs its ``if __name__ == "__main__":``.
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the platform says)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1
