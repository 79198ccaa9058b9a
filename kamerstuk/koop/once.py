"""Each URL fetched once in a run, whoever asks, and a service given up on asked no more.

Both services (KOOP's, :mod:`kamerstuk.koop.service`, and the Tweede Kamer's,
:mod:`kamerstuk.parliament.service`) are asked from many threads at once; the first thread to
want a URL fetches it and the others wait for its answer.

>>> once = Once()
>>> once.get("https://example.org/a", "example.org", lambda: b"body")
b'body'
>>> once.give_up("example.org", "no answer")
>>> once.get("https://example.org/b", "example.org", lambda: b"never asked")
Traceback (most recent call last):
...
kamerstuk.ResolveError: no answer for https://example.org/b
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future

from ..model.errors import ResolveError

__all__ = ["Once"]


class Once:
    """The bodies of one run, by URL, and the messages of the parts given up on, by key (a
    host, or a whole service)."""

    def __init__(self) -> None:
        self._memo: dict[str, Future[bytes]] = {}
        self._down: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, url: str, key: str, fetch: Callable[[], bytes]) -> bytes:
        """The body at ``url``: ``fetch()`` by the first thread that asks, its answer (or its
        error) for every later one; ResolveError once ``key`` is given up on."""
        with self._lock:
            down = self._down.get(key)
            future = self._memo.get(url)
            owner = future is None and down is None
            if owner:
                future = self._memo[url] = Future()
        if down is not None:
            raise ResolveError(down, url)
        assert future is not None
        if owner:
            try:
                future.set_result(fetch())
            except BaseException as err:
                future.set_exception(err)
        return future.result()

    def give_up(self, key: str, message: str) -> None:
        """Ask nothing more under ``key`` in this run: later requests fail with ``message``
        (the first message given stays)."""
        with self._lock:
            self._down.setdefault(key, message)
