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
spawned (:func:`~kamerstuk.text.workers.start_method`), and a script that calls ``find_many``
with ``jobs > 1`` must then do so under ``if __name__ == "__main__":``, as with any process
pool. What is sent to the
workers is the name of a module-level function and the texts, so both ways work alike. The
workers end with the process that started them (:mod:`kamerstuk.text.workers`), and an input
too small to pay for starting them is read here instead (:data:`SERIAL_BELOW`).
"""

from __future__ import annotations

import gc
import itertools
import pickle
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sized
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from typing import Any, TypeVar

from ..model.fields import iterable_of_texts
from ..model.found import Match
from .contexts import Item, found_in, is_missing, paired, weight
from .workers import process_pool, running, start_method, started_pool, usable_cores

__all__ = [
    "CHUNKSIZE",
    "CHUNK_CHARS",
    "SERIAL_BELOW",
    "SERIAL_BELOW_SPAWNED",
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
#: Characters of text below which ``jobs`` > 1 reads here all the same, with workers that are
#: forked: starting them, and sending the texts and what they found between the processes,
#: takes longer than the reading saves (``benchmarks/break_even.py`` measures where; docs/scale.md
#: has the figures). Conservative: on a busy machine two workers won from 4 MB on every time.
SERIAL_BELOW = 4 << 20
#: The same for workers that are spawned (:func:`~kamerstuk.text.workers.start_method`): each
#: starts a fresh interpreter, which costs seconds on a busy machine.
SERIAL_BELOW_SPAWNED = 16 << 20


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
    workers), started for this call and stopped after it; an input too small to pay for them
    (under :data:`SERIAL_BELOW` characters, :data:`SERIAL_BELOW_SPAWNED` where they would be
    spawned) is read in this process all the same. Or give an ``executor`` of your own
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
    ``texts`` has no length (by default: its length, if it has one). Without an ``executor``,
    an input that weighs less than :data:`SERIAL_BELOW` (:data:`SERIAL_BELOW_SPAWNED`, where
    workers are spawned) is read here, no worker started: as much is read ahead as it takes to
    tell. On an error, Ctrl-C or a signal the workers are ended at once
    (:func:`~kamerstuk.text.workers.running`)."""
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
    if workers > 1 and executor is None:
        # Too little text to pay for starting the workers: it is read here.
        forked = start_method().get_start_method() == "fork"
        chunks, small = _weighed(chunks, weigh, SERIAL_BELOW if forked else SERIAL_BELOW_SPAWNED)
        workers = 1 if small else workers
    with _bar(total, progress) as bar:
        if executor is not None:
            yield from _in_flight(executor, func, chunks, workers, bar)
        elif workers == 1:
            for chunk in chunks:
                yield func(chunk)
                bar.update(len(chunk))
        else:
            with running(process_pool(workers)) as pool:
                yield from _in_flight(pool, func, chunks, workers, bar)


def _weighed(
    chunks: Iterator[list[Any]], weigh: Callable[[Any], int], limit: int
) -> tuple[Iterator[list[Any]], bool]:
    """The chunks, and whether all of them together weigh less than ``limit``: as many are read
    ahead as it takes to tell (at most ``limit`` of text, about a chunk or two)."""
    ahead: list[list[Any]] = []
    held = 0
    for chunk in chunks:
        ahead.append(chunk)
        held += sum(map(weigh, chunk))
        if held >= limit:
            return itertools.chain(ahead, chunks), False
    return iter(ahead), True


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
