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

The workers are started with the ``spawn`` method on every platform (no state is inherited from
the caller, and no fork of a process that runs threads), so a script that calls ``find_many``
with ``jobs > 1`` must do so under ``if __name__ == "__main__":``, as with any process pool.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from ..model.found import Match
from .extract import find

__all__ = ["CHUNKSIZE", "find_many", "is_missing", "usable_cores"]

#: Texts sent to a worker at a time: enough to make one round trip worth its cost.
CHUNKSIZE = 16
#: Chunks in flight per worker: one being read, the others queued so that no worker waits.
IN_FLIGHT = 3


def find_many(
    texts: Iterable[str | None],
    jobs: int | None = None,
    *,
    chunksize: int = CHUNKSIZE,
    progress: bool | None = None,
) -> Generator[list[Match], None, None]:
    """The matches of each text in ``texts``, one list per text, in input order.

    ``jobs`` worker processes do the work (None: every usable core; 1: this process, no
    workers). At most ``jobs * 3`` chunks of ``chunksize`` texts are in flight. ``progress``
    shows a tqdm bar on stderr (None: when stderr is a terminal). A text that is neither a
    ``str`` nor missing (None, NaN) raises ``TypeError`` when it is reached.
    """
    workers = usable_cores() if jobs is None else jobs
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"find_many(): jobs must be a whole number >= 1 or None, not {jobs!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"find_many(): chunksize must be a whole number >= 1, not {chunksize!r}")
    total = len(texts) if isinstance(texts, Sized) else None
    bar = _bar(total, progress)
    cleaned = (_text(value, position) for position, value in enumerate(texts))
    try:
        if workers == 1:
            for text in cleaned:
                yield list(find(text))
                bar.update(1)
        else:
            yield from _in_workers(cleaned, workers, chunksize, bar)
    finally:
        bar.close()


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the platform says)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


def is_missing(value: object) -> bool:
    """True for None, NaN and pandas' NA and NaT: a missing value stands for an empty text.

    >>> [is_missing(v) for v in (None, float("nan"), "", "nan", 0)]
    [True, True, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, str):
        return False
    try:
        return bool(value != value)  # NaN and NaT are the values unequal to themselves
    except TypeError:
        return True  # pandas.NA: comparing it gives NA, whose truth value is undefined
    except ValueError:
        return False  # an array: not a text, and not missing either


def _text(value: object, position: int) -> str:
    if isinstance(value, str):
        return value
    if is_missing(value):
        return ""
    raise TypeError(
        f"find_many(): text {position} is a {type(value).__name__}, not a str (None and NaN "
        "are read as empty texts)"
    )


def _in_workers(texts: Iterator[str], jobs: int, chunksize: int, bar: Any) -> Iterator[list[Match]]:
    # spawn: the same behaviour on Linux, macOS and Windows, and no fork of a threaded process.
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"))
    pending: deque[Future[list[list[Match]]]] = deque()
    try:
        while chunk := list(islice(texts, chunksize)):
            pending.append(pool.submit(find_chunk, chunk))
            if len(pending) >= jobs * IN_FLIGHT:
                yield from _collect(pending.popleft(), bar)
        while pending:
            yield from _collect(pending.popleft(), bar)
    finally:
        # A caller that stops early (or an error) leaves chunks that nobody will read.
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(future: Future[list[list[Match]]], bar: Any) -> list[list[Match]]:
    results = future.result()
    bar.update(len(results))
    return results


def find_chunk(texts: list[str]) -> list[list[Match]]:
    """What one worker does with one chunk (module level, so that it pickles by name)."""
    return [list(find(text)) for text in texts]


def _bar(total: int | None, progress: bool | None) -> Any:
    from tqdm import tqdm  # only find_many needs it; `import kamerstuk` stays light

    show = sys.stderr.isatty() if progress is None else progress
    return tqdm(total=total, unit="text", desc="kamerstuk", file=sys.stderr, disable=not show)
