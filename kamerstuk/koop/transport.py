"""How the resolver's requests travel: politely, bounded in size, and within a total deadline.

- :class:`Politeness` keeps each host to ``rate`` request starts a second and ``in_flight``
  requests at once (KOOP asks for "fair use"; public clients keep below 4 a second), and makes
  every host wait while a server has asked for a pause with ``Retry-After``.
- :class:`PoliteRetry` is urllib3's ``Retry`` that honours ``Retry-After`` only while it fits in
  ``max_retry_after`` and in the deadline: a longer wait is an answer (the 429), not a sleep.
- :class:`BoundedAdapter` is the transport adapter that waits its turn, reads at most
  ``max_bytes`` of a body (decompressed), checks the deadline between reads, and hands requests
  (and requests-cache) a response whose body is already in memory.
- :func:`within` sets the deadline for the calls made inside it, in this thread: every socket
  wait, rate-limit wait, backoff and body read then ends by it.

>>> with within(60):
...     0 < remaining() <= 60
True
>>> remaining() is None
True
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import DecodeError, MaxRetryError, ProtocolError, ReadTimeoutError
from urllib3.response import HTTPResponse
from urllib3.util.retry import Retry

from ..model.errors import ResolveError

if TYPE_CHECKING:
    from types import TracebackType

    from urllib3.connectionpool import ConnectionPool
    from urllib3.response import BaseHTTPResponse

__all__ = [
    "GRACE",
    "BoundedAdapter",
    "Late",
    "PoliteRetry",
    "Politeness",
    "bounded",
    "in_thread",
    "out_of_time",
    "remaining",
    "within",
]

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "kamerstuk_deadline", default=None
)
T = TypeVar("T")
#: Bytes asked for in one read of a body; read1 returns what has arrived, up to this.
_CHUNK = 64 * 1024


@contextlib.contextmanager
def within(seconds: float | None) -> Iterator[None]:
    """Run the block with a deadline ``seconds`` from now (None: no deadline)."""
    token = _DEADLINE.set(None if seconds is None else time.monotonic() + max(0.0, seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def remaining() -> float | None:
    """Seconds left before the current deadline (at least 0), or None without a deadline."""
    end = _DEADLINE.get()
    return None if end is None else max(0.0, end - time.monotonic())


def out_of_time(url: str | None, what: str = "no answer") -> ResolveError:
    """The error for a deadline that has passed."""
    return ResolveError(f"{what} within the deadline", url)


class Late(Exception):
    """Work given to :func:`in_thread` did not finish in its time (it may still be running)."""


def in_thread(seconds: float, work: Callable[[], T]) -> T:
    """``work()`` in a daemon thread, waited for at most ``seconds``: its value or its exception.

    For waits that no socket timeout bounds (a name lookup, a server trickling its headers,
    another process's lock on the cache). The thread is a daemon, so work that never ends holds
    up neither the caller nor the interpreter's exit; :class:`Late` says the wait was given up.
    """
    box: dict[str, Any] = {}
    done = threading.Event()

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as err:  # handed to the caller, who raises it
            box["error"] = err
        finally:
            done.set()

    threading.Thread(target=run, name="kamerstuk-bounded", daemon=True).start()
    if not done.wait(seconds):
        raise Late(f"no result within {seconds:g} s")
    if "error" in box:
        raise box["error"]
    value: T = box["value"]
    return value


#: Extra seconds given to work beyond its deadline before it is abandoned (the deadline is
#: checked between reads; a read may take up to this much more).
GRACE = 1.0


def bounded(seconds: float | None, work: Callable[[], T], url: str | None = None) -> T:
    """``work()`` within a deadline of ``seconds`` (None: none): every wait inside it ends by
    then, and work that runs past it (and its grace) is abandoned as a ResolveError naming
    ``url``."""
    if seconds is None:
        return work()

    def run() -> T:
        with within(seconds):
            return work()

    try:
        return in_thread(seconds + GRACE, run)
    except Late as err:
        raise ResolveError(f"no answer within the deadline of {seconds:g} s", url) from err


class _Host:
    """One host's budget: request starts spaced by ``interval``, ``in_flight`` at once."""

    def __init__(self, interval: float, in_flight: int) -> None:
        self.interval = interval
        self.next_start = 0.0
        self.lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(max(1, in_flight))


class Politeness:
    """The pace per host: ``rate`` starts a second (None: no limit), ``in_flight`` at once.

    >>> p = Politeness(rate=2.0, in_flight=1)
    >>> with p.turn("https://repository.overheid.nl/sru"):
    ...     pass
    """

    def __init__(self, rate: float | None, in_flight: int = 1) -> None:
        self.interval = 1.0 / rate if rate else 0.0
        self.in_flight = max(1, in_flight)
        self._hosts: dict[str, _Host] = {}
        self._paused_until = 0.0
        self._lock = threading.Lock()

    def _host(self, url: str) -> _Host:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        with self._lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host(self.interval, self.in_flight)
            return host

    @contextlib.contextmanager
    def turn(self, url: str) -> Iterator[None]:
        """Wait for a free slot and the next start time of ``url``'s host, then hold the slot."""
        host = self._host(url)
        left = remaining()
        if not host.slots.acquire(timeout=left):
            raise out_of_time(url, "no free connection")
        try:
            with host.lock, self._lock:
                start = max(time.monotonic(), host.next_start, self._paused_until)
                host.next_start = start + host.interval
            wait = start - time.monotonic()
            left = remaining()
            if left is not None and wait > left:
                raise out_of_time(url, "no turn to ask")
            if wait > 0:
                time.sleep(wait)
            yield
        finally:
            host.slots.release()

    def pause(self, seconds: float) -> None:
        """Hold back every host's next start for ``seconds`` (a server asked to wait)."""
        with self._lock:
            self._paused_until = max(self._paused_until, time.monotonic() + seconds)


class PoliteRetry(Retry):
    """urllib3 Retry that keeps within ``max_wait`` and the deadline, and pauses every host.

    A ``Retry-After`` longer than ``max_wait`` or than the time left is not slept: the request
    ends there with the server's answer, which :func:`kamerstuk.koop.session.fetch` reports.
    """

    politeness: Politeness | None = None
    max_wait: float = 120.0
    #: The whole URL of the request being retried, for the errors (urllib3 gives the path only).
    asked: str | None = None

    def new(self, **kw: Any) -> PoliteRetry:
        fresh = super().new(**kw)
        fresh.politeness, fresh.max_wait, fresh.asked = self.politeness, self.max_wait, self.asked
        return fresh

    def _fits(self, seconds: float) -> bool:
        left = remaining()
        return seconds <= self.max_wait and (left is None or seconds < left)

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: BaseHTTPResponse | None = None,
        error: Exception | None = None,
        _pool: ConnectionPool | None = None,
        _stacktrace: TracebackType | None = None,
    ) -> PoliteRetry:
        fresh = super().increment(method, url, response, error, _pool, _stacktrace)
        fresh.asked = _whole_url(_pool, url) or self.asked
        wait = self.get_retry_after(response) if response is not None else None
        if wait is not None and not self._fits(wait):
            # Not slept: urllib3 then hands back this answer (raise_on_status=False), and
            # fetch() reports how long the server asked to wait.
            raise MaxRetryError(cast("ConnectionPool", _pool), url or "")
        if remaining() == 0.0:
            if response is not None:
                response.close()  # given up: its connection goes nowhere, so close it now
            raise out_of_time(fresh.asked, "no answer after retrying")
        return fresh

    def sleep(self, response: BaseHTTPResponse | None = None) -> None:
        wait = self.get_retry_after(response) if response is not None else None
        if wait:
            if self.politeness is not None:
                self.politeness.pause(wait)  # every host waits, not just this request
        else:
            left = remaining()
            if left is not None and self.get_backoff_time() >= left:
                raise out_of_time(self.asked, "no answer after retrying")
        super().sleep(response)


def _whole_url(pool: ConnectionPool | None, url: str | None) -> str | None:
    """The URL of a request as a person reads it: urllib3 passes a pool's requests their path
    alone ("/sru?..."), the host being the pool's."""
    if url is None or pool is None or "://" in url:
        return url
    host = getattr(pool, "host", None)
    if not host:
        return url
    scheme, port = getattr(pool, "scheme", "http"), getattr(pool, "port", None)
    usual = port is None or port == (443 if scheme == "https" else 80)
    return f"{scheme}://{host}{'' if usual else f':{port}'}{url}"


def _clamp(timeout: Any) -> Any:
    """The socket timeout for one request: the configured one, but no longer than time left."""
    left = remaining()
    if left is None:
        return timeout
    left = max(left, 0.001)
    if isinstance(timeout, tuple):
        connect, read = timeout
        return (min(connect or left, left), min(read or left, left))
    if isinstance(timeout, (int, float)) or timeout is None:
        return min(timeout or left, left)
    return timeout  # a urllib3 Timeout of the caller's own: theirs to bound


class BoundedAdapter(HTTPAdapter):
    """Waits its turn, reads at most ``max_bytes`` of a body within the deadline.

    The body is read here, below requests-cache, so that neither requests nor the cache ever
    reads an unbounded body; the response handed up carries it as a fresh urllib3 response.
    """

    def __init__(self, max_bytes: int, politeness: Politeness, retry: PoliteRetry) -> None:
        self.max_bytes = max_bytes
        self.politeness = politeness
        super().__init__(max_retries=retry, pool_maxsize=max(4, politeness.in_flight))

    def send(  # type: ignore[override]
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        **kwargs: Any,
    ) -> requests.Response:
        url = request.url or ""
        with self.politeness.turn(url):
            response = super().send(request, stream=True, timeout=_clamp(timeout), **kwargs)
            body = self._read(response, request)
        raw = response.raw
        headers = raw.headers.copy()
        # The body is decoded already: no encoding left to undo, and its true length.
        for name in ("Content-Encoding", "Transfer-Encoding"):
            headers.discard(name)
        headers["Content-Length"] = str(len(body))
        fresh = HTTPResponse(
            body=io.BytesIO(body),
            headers=headers,
            status=raw.status,
            reason=raw.reason,
            version=raw.version,
            preload_content=False,
            decode_content=False,
            request_url=url,
        )
        return self.build_response(request, fresh)

    def _read(self, response: requests.Response, request: requests.PreparedRequest) -> bytes:
        url = request.url or ""
        declared = response.headers.get("Content-Length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > self.max_bytes:
            response.close()
            raise ResolveError(
                f"response of {declared} bytes refused (limit {self.max_bytes})", url
            )
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                if remaining() == 0.0:
                    response.close()
                    raise out_of_time(url, "no complete answer")
                # read1 returns what has arrived: a server trickling bytes cannot hold the
                # loop past the deadline, as a read that waits for a full chunk would.
                chunk = response.raw.read1(_CHUNK, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > self.max_bytes:
                    # Closed, not returned to the pool: the rest of the body is still on the wire.
                    response.close()
                    raise ResolveError(f"response larger than {self.max_bytes} bytes refused", url)
                chunks.append(chunk)
        except ReadTimeoutError as err:
            response.close()
            raise requests.exceptions.ReadTimeout(err, request=request) from err
        except ProtocolError as err:
            response.close()
            raise requests.exceptions.ChunkedEncodingError(err, request=request) from err
        except DecodeError as err:
            response.close()
            raise requests.exceptions.ContentDecodingError(err, request=request) from err
        response.raw.release_conn()
        return b"".join(chunks)
