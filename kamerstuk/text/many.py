"""``find_many()``: :func:`kamerstuk.find` over many texts, on every core, in input order.

The texts are sent to worker processes in chunks; at most a few chunks per worker are in flight
at any time, so a generator of a million texts is read as the workers keep up and memory stays
bounded. Results come back in the order the texts went in, one list of matches per text, equal
to what ``list(find(text))`` gives. ``None`` and NaN (a missing value in a pandas column) are
empty texts.

>>> texts = ["Zie Stb. 2019, 123.", None, "Kamerstuk 33783, nrs. 31 en 32"]
>>> for matches in find_many(texts, jobs=1):
...     print([m.citation.identifier for m in matches])
['stb-2019-123']
[]
['kst-33783-31', 'kst-33783-32']

On Linux, from a process that runs one thread (a script, the command line), the workers are
forked and start at once; elsewhere, or beside other threads (a notebook kernel), they are
spawned (:func:`start_method`), and a script that calls ``find_many`` with ``jobs > 1`` must
then do so under ``if __name__ == "__main__":``, as with any process pool. What is sent to the
workers is the name of a module-level function and the texts, so both ways work alike.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import pickle
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sized
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from ..grammar.parsing import engine
from ..model.fields import iterable_of_texts
from ..model.found import Match
from .contexts import Item, found_in, is_missing, paired, weight

__all__ = [
    "CHUNKSIZE",
    "CHUNK_CHARS",
    "find_lists",
    "find_many",
    "find_pickled",
    "is_missing",
    "map_chunks",
    "map_named",
    "start_method",
    "started_pool",
    "usable_cores",
]

R = TypeVar("R")
P = TypeVar("P")

#: Texts sent to a worker at a time: enough to make one round trip worth its cost (a chunk
#: costs this process about 0.5 ms whatever its size; 64 documents of 8 kB take a worker 40 ms).
CHUNKSIZE = 64
#: Characters of text in a chunk at most (beyond its first text), so that long texts travel in
#: small chunks and the texts in flight stay within a few MB whatever their lengths.
CHUNK_CHARS = 1 << 20
#: Chunks in flight per worker: one being read, the others queued so that no worker waits.
IN_FLIGHT = 3


def find_many(
    texts: Iterable[str | None],
    jobs: int | None = None,
    *,
    chunksize: int = CHUNKSIZE,
    contexts: Iterable[object] | None = None,
    progress: bool | None = None,
    executor: Executor | None = None,
) -> Generator[list[Match], None, None]:
    """The matches of each text in ``texts``, one list per text, in input order.

    ``jobs`` worker processes do the work (None: every usable core; 1: this process, no
    workers), started for this call and stopped after it; or give an ``executor`` of your own
    (a ``ProcessPoolExecutor`` kept for many calls, a Dask client's ``get_executor()``), and
    ``jobs`` says how many workers it has. At most ``jobs * 3`` chunks are in flight, a chunk
    being ``chunksize`` texts or 1 MB of text, whichever is less. ``progress`` shows a tqdm bar
    on stderr (None: when stderr is a terminal). A text that is neither a ``str`` nor missing
    (None, NaN) raises ``TypeError`` when it is reached.

    ``contexts``, parallel to ``texts``, gives each text the Kamerstuk being read, as
    ``find(text, context=...)`` takes it, so that "stuk nr. 12" in it is read in its dossier:
    the result is ``[list(find(t, context=c)) for t, c in zip(texts, contexts)]``, but a context
    of another kind of document (``stb-2019-123``) or a missing one is none, and one that names
    no document at all raises ``InvalidValue`` naming its text (:mod:`kamerstuk.text.contexts`
    says why). The contexts are read as their texts are, and travel with them to the workers.

    >>> letter = "Het amendement (stuk nr. 12) is aangenomen."
    >>> for matches in find_many([letter, letter], jobs=1, contexts=["kst-36200-3", "stb-2019-1"]):
    ...     print([m.citation.identifier for m in matches])
    ['kst-36200-12']
    []
    """
    iterable_of_texts(texts, "find_many()")
    options: dict[str, Any] = {"chunksize": chunksize, "progress": progress, "executor": executor}
    items: Iterable[object] = texts
    if contexts is not None:
        cleaned = (_text(value, position) for position, value in enumerate(texts))
        items = paired(cleaned, contexts, "find_many()")
        total = len(texts) if isinstance(texts, Sized) else None
        options.update(clean=False, weigh=weight, total=total)
    if executor is None and (jobs == 1 or (jobs is None and usable_cores() == 1)):
        for lists in map_chunks(find_lists, items, 1, **options):
            yield from lists
        return
    for data in map_chunks(find_pickled, items, jobs, **options):
        with _collection_paused():
            lists = pickle.loads(data)
        yield from lists


def find_lists(texts: list[Item]) -> list[list[Match]]:
    """The matches of each text of a chunk (each in its context, where it has one)."""
    return [list(found_in(text)) for text in texts]


def find_pickled(texts: list[Item]) -> bytes:
    """The matches of each text of a chunk, pickled: what a worker does (module level: it
    pickles by name). The worker pickles them itself so that this process unpickles them in the
    thread that asked, with the garbage collector paused (:func:`_collection_paused`), and not
    in the pool's thread."""
    lists = find_lists(texts)
    with _collection_paused():  # pickling makes a tuple per value, and no cycles
        return pickle.dumps(lists, protocol=pickle.HIGHEST_PROTOCOL)


@contextmanager
def _collection_paused() -> Iterator[None]:
    """The cyclic garbage collector off, where it was on, while a chunk's matches are pickled
    or rebuilt.

    Pickling makes a tuple for each value and unpickling a few objects a match, none of them in
    a cycle: the collector, run every 700 new objects and now and then over every object the
    process holds, finds nothing to free there, and took half the time of pickling and a third
    of unpickling. It runs again as soon as the chunk is done.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def map_chunks(
    func: Callable[[list[Any]], R],
    texts: Iterable[object],
    jobs: int | None = None,
    *,
    chunksize: int = CHUNKSIZE,
    progress: bool | None = None,
    executor: Executor | None = None,
    weigh: Callable[[Any], int] = len,
    clean: bool = True,
    total: int | None = None,
) -> Generator[R, None, None]:
    """``func(chunk)`` for each chunk of ``chunksize`` texts, as :func:`find_many` runs
    ``find``: in worker processes, in input order, a bounded window ahead (``jobs`` 1: here).
    ``func`` must pickle (a module-level function, or a ``functools.partial`` of one). A worker
    that sends back plain values or Arrow arrays costs this process less to read than one that
    sends many small objects. A chunk ends after :data:`CHUNK_CHARS` by ``weigh`` (a text's
    length; a file's size where the items are file names that the workers read). ``clean``
    False sends the items as they are, not as texts (``(name, text)`` pairs, with a ``weigh``
    that reads their text). ``total`` is the number of items for the progress bar, where
    ``texts`` has no length (by default: its length, if it has one)."""
    workers = usable_cores() if jobs is None else jobs
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"jobs must be a whole number >= 1 or None, not {jobs!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a whole number >= 1, not {chunksize!r}")
    if total is None and isinstance(texts, Sized):
        total = len(texts)
    if clean:
        texts = (_text(value, position) for position, value in enumerate(texts))
    chunks = _chunks(texts, chunksize, weigh)
    if workers == 1 and executor is None:
        with _bar(total, progress) as bar:
            for chunk in chunks:
                yield func(chunk)
                bar.update(len(chunk))
    elif executor is not None:
        with _bar(total, progress) as bar:
            yield from _in_flight(executor, func, chunks, workers, bar)
    else:
        # Forked workers inherit the grammar's tables when this process has built them.
        engine()
        with (
            ProcessPoolExecutor(workers, mp_context=start_method()) as pool,
            _bar(total, progress) as bar,
        ):
            try:
                yield from _in_flight(pool, func, chunks, workers, bar)
            finally:
                # A caller that stops early leaves chunks that nobody will read.
                pool.shutdown(wait=True, cancel_futures=True)


def map_named(
    func: Callable[[list[Any]], tuple[P, list[int]]],
    named: Iterable[tuple[Any, Any]],
    jobs: int | None = None,
    **options: Any,
) -> Iterator[tuple[P, list[Any]]]:
    """:func:`map_chunks` over ``(id, text)`` pairs, for a ``func`` that gives what it found in a
    chunk and how many rows each text has: each of its results with the id of each row.

    >>> def count(texts):
    ...     return "".join(texts), [len(t) for t in texts]
    >>> list(map_named(count, [("a", "xy"), ("b", ""), ("c", "z")], jobs=1))
    [('xyz', ['a', 'a', 'c'])]
    """
    waiting: deque[Any] = deque()  # the ids of texts sent to be read and not back yet

    def texts() -> Iterator[Any]:
        for ident, text in named:
            waiting.append(ident)
            yield text

    for found, counts in map_chunks(func, texts(), jobs, **options):
        row_ids: list[Any] = []
        for count in counts:
            row_ids.extend(itertools.repeat(waiting.popleft(), count))
        yield found, row_ids


@contextmanager
def started_pool(jobs: int) -> Iterator[Executor | None]:
    """A pool of ``jobs`` worker processes that are running already (None for one job: work
    here), for :func:`map_chunks`' ``executor``. Forked workers hold what this process has
    imported when they start: a caller that starts them first and then imports a large library
    that only it needs (``kamerstuk find --format parquet`` and pyarrow) keeps the workers small.
    """
    if jobs == 1:
        yield None
        return
    engine()  # forked workers inherit the grammar's tables
    with ProcessPoolExecutor(jobs, mp_context=start_method()) as pool:
        try:
            # The first task starts every forked worker; waiting for all makes sure they run.
            for started in [pool.submit(os.getpid) for _ in range(jobs)]:
                started.result()
            yield pool
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _chunks(texts: Iterable[Any], size: int, weigh: Callable[[Any], int]) -> Iterator[list[Any]]:
    """Lists of ``size`` texts, or fewer where they weigh :data:`CHUNK_CHARS` together."""
    chunk: list[Any] = []
    held = 0
    for text in texts:
        chunk.append(text)
        held += weigh(text)
        if len(chunk) >= size or held >= CHUNK_CHARS:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


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


def _text(value: object, position: int) -> str:
    if isinstance(value, str):
        return value
    if is_missing(value):
        return ""
    raise TypeError(
        f"find_many(): text {position} is a {type(value).__name__}, not a str (None and NaN "
        "are read as empty texts)"
    )


def _in_flight(
    pool: Executor,
    func: Callable[[list[str]], R],
    chunks: Iterator[list[str]],
    jobs: int,
    bar: Any,
) -> Iterator[R]:
    pending: deque[tuple[int, Future[R]]] = deque()
    try:
        for chunk in chunks:
            pending.append((len(chunk), pool.submit(func, chunk)))
            if len(pending) >= jobs * IN_FLIGHT:
                yield _collect(*pending.popleft(), bar)
        while pending:
            yield _collect(*pending.popleft(), bar)
    finally:
        for _, future in pending:
            future.cancel()


def _collect(size: int, future: Future[R], bar: Any) -> R:
    result = future.result()
    bar.update(size)
    return result


def _bar(total: int | None, progress: bool | None) -> Any:
    from tqdm import tqdm  # only find_many needs it; `import kamerstuk` stays light

    class Bar(tqdm):  # type: ignore[type-arg]
        # No monitor thread: it would outlive the bar, and a process with a second thread
        # spawns its workers instead of forking them (start_method).
        monitor_interval = 0

    show = sys.stderr.isatty() if progress is None else progress
    return Bar(total=total, unit="text", desc="kamerstuk", file=sys.stderr, disable=not show)
