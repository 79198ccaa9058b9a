"""The resolver's HTTP cache: requests-cache, guarded so that a broken cache never costs an answer.

:func:`open_cache` turns the ``cache=`` option into a requests-cache backend. The SQLite backend
it opens (the default, in the user cache directory) is a :class:`GuardedCache`: every read and
write runs with a time limit of :data:`LOCK_WAIT` seconds and any failure caught. A cache that is
corrupt, truncated, not a file, not writable or locked by another process is then set aside with
one warning, and the resolver goes on without it (``offline=True`` then says it has no cache).

A guard is needed for the lock: requests-cache waits for SQLite's write lock without end, and
holds its own lock meanwhile, so one locked cache file would hang every call.

>>> open_cache(False) is None
True
"""

from __future__ import annotations

import os
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, Union

import platformdirs
import requests_cache
from requests_cache.backends.base import BaseCache
from requests_cache.backends.sqlite import SQLiteCache

from .transport import Late, in_thread

__all__ = ["LOCK_WAIT", "CacheOption", "GuardedCache", "cache_path", "open_cache"]

#: Seconds a cache read or write may take before the cache is set aside (a lock, a slow disk).
LOCK_WAIT = 1.5

#: ``True`` (SQLite in the user cache dir), ``False``, a path, a backend name ("memory",
#: "sqlite", "filesystem", …) or a requests-cache backend instance.
CacheOption = Union[bool, str, "os.PathLike[str]", BaseCache]

T = TypeVar("T")


def cache_path() -> Path:
    """Where the default cache lives: ``<user cache dir>/kamerstuk/http-cache.sqlite``."""
    return platformdirs.user_cache_path("kamerstuk") / "http-cache.sqlite"


class _Unusable(Exception):
    """The cache failed; carries the reason for the one warning."""


def _limited(seconds: float, work: Callable[[], T]) -> T:
    """``work()`` given ``seconds``; any failure of it, or its lateness, is :class:`_Unusable`."""
    try:
        return in_thread(seconds, work)
    except Late as err:
        raise _Unusable(f"no access within {seconds:g} s: locked by another process?") from err
    except Exception as err:  # any failure of the cache: it is set aside, the answer kept
        raise _Unusable(f"{type(err).__name__}: {err}") from err


class GuardedCache(BaseCache):
    """A requests-cache backend whose every access is bounded in time and may fail harmlessly.

    It keeps the storages of the backend it guards; ``broken`` is the reason it was set aside
    (None while it works).
    """

    def __init__(self, inner: BaseCache, *, wait: float = LOCK_WAIT) -> None:
        super().__init__(cache_name=str(inner.cache_name))
        self.inner = inner
        self.responses = inner.responses
        self.redirects = inner.redirects
        self.wait = wait
        self.broken: str | None = None
        self._lock = threading.Lock()

    def set_aside(self, reason: str) -> None:
        """Stop using the cache, with one warning saying why."""
        with self._lock:
            if self.broken is not None:
                return
            self.broken = reason
        warnings.warn(
            f"kamerstuk: the HTTP cache {self.cache_name} cannot be used ({reason});"
            " resolving without it",
            RuntimeWarning,
            stacklevel=4,
        )

    def _guard(self, work: Callable[[], T], fallback: T) -> T:
        if self.broken is not None:
            return fallback
        try:
            return _limited(self.wait, work)
        except _Unusable as err:
            self.set_aside(str(err))
            return fallback

    def get_response(self, key: str, default: Any = None) -> Any:
        return self._guard(lambda: super(GuardedCache, self).get_response(key, default), default)

    def save_response(self, *args: Any, **kwargs: Any) -> None:
        self._guard(lambda: super(GuardedCache, self).save_response(*args, **kwargs), None)

    def contains(self, *args: Any, **kwargs: Any) -> bool:
        return self._guard(lambda: super(GuardedCache, self).contains(*args, **kwargs), False)

    def delete(self, *args: Any, **kwargs: Any) -> None:
        self._guard(lambda: super(GuardedCache, self).delete(*args, **kwargs), None)

    def close(self) -> None:
        self._guard(lambda: super(GuardedCache, self).close(), None)  # type: ignore[no-untyped-call]


def _sqlite(path: Path, wait: float) -> GuardedCache | None:
    def make() -> BaseCache:
        path.parent.mkdir(parents=True, exist_ok=True)
        # WAL: readers do not block a writer. busy_timeout: a locked file fails the access (and
        # the guard sets the cache aside) instead of waiting on, and a write stuck in
        # requests-cache's lock loop retries once a second rather than spinning.
        return SQLiteCache(path, wal=True, busy_timeout=1000, timeout=1.0)

    try:
        return GuardedCache(_limited(wait, make), wait=wait)
    except _Unusable as err:
        warnings.warn(
            f"kamerstuk: the HTTP cache {path} cannot be opened ({err}); resolving without it",
            RuntimeWarning,
            stacklevel=3,
        )
        return None


def open_cache(cache: CacheOption, *, wait: float = LOCK_WAIT) -> BaseCache | None:
    """The backend for ``cache`` (see :data:`CacheOption`), or None for no cache.

    A backend instance is used as given; one by name (``"memory"``, ``"filesystem"`` …) is made
    by requests-cache; ``True`` and paths give a guarded SQLite file, or None with a warning when
    it cannot be opened.
    """
    if cache is False:
        return None
    if isinstance(cache, BaseCache):
        return cache
    if cache is True:
        return _sqlite(cache_path(), wait)
    if isinstance(cache, str) and cache in requests_cache.BACKEND_CLASSES and cache != "sqlite":
        backend: BaseCache = requests_cache.BACKEND_CLASSES[cache]("kamerstuk")
        return backend
    if cache == "sqlite":
        return _sqlite(cache_path(), wait)
    return _sqlite(Path(os.fspath(cache)), wait)
