"""The one configured HTTP session the resolver talks through: polite, cached, bounded, confined.

:func:`make_session` returns a :class:`requests.Session` (a requests-cache ``CachedSession`` unless
``cache=False``) that

- retries connection errors, 429 and 5xx with exponential backoff (urllib3 ``Retry``), honouring
  ``Retry-After`` up to ``max_retry_after`` seconds and then pausing every other request too;
- keeps to ``rate`` requests per second across all threads (cache hits are not counted);
- names itself ``kamerstuk/<version>`` in ``User-Agent``;
- sends requests only to the configured services (the origins of ``sru_url`` and ``zoek_url``),
  over https unless the configured URL itself says http (a test server on 127.0.0.1), so a
  redirect to any other host is refused before it is followed;
- refuses bodies over ``max_bytes`` (decompressed), reading no further than that.

This module imports requests; :mod:`kamerstuk` itself does not, so ``import kamerstuk`` stays
offline and light. :func:`fetch` turns every failure into :mod:`kamerstuk.model.errors`.

>>> s = make_session(cache=False, sru_url="http://127.0.0.1:8080/sru", zoek_url="http://127.0.0.1:8080")
>>> s.headers["User-Agent"].startswith("kamerstuk/")
True
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union
from urllib.parse import urlsplit

import platformdirs
import requests
import requests_cache
from requests.adapters import HTTPAdapter
from requests_cache.backends.base import BaseCache
from urllib3.exceptions import (
    ConnectTimeoutError,
    DecodeError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
)
from urllib3.util.retry import Retry

from .. import __version__
from ..model.errors import NotFound, ResolveError

if TYPE_CHECKING:
    from urllib3.response import BaseHTTPResponse

__all__ = [
    "DEFAULT_SRU_URL",
    "DEFAULT_ZOEK_URL",
    "CacheOption",
    "cache_path",
    "fetch",
    "make_session",
    "service_urls",
]

DEFAULT_SRU_URL = "https://repository.overheid.nl/sru"
DEFAULT_ZOEK_URL = "https://zoek.officielebekendmakingen.nl"
#: (connect, read) seconds; KOOP users run 10-60 s read timeouts (koop.md §5).
DEFAULT_TIMEOUT: tuple[float, float] = (10.0, 30.0)
#: Requests per second to the services; parlhist keeps to 4/s (koop.md §5, "fair use policy").
DEFAULT_RATE = 5.0
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 0.5
DEFAULT_MAX_RETRY_AFTER = 120
#: An SRU page of 50 records is about 200 kB; 16 MiB leaves room and still bounds memory.
DEFAULT_MAX_BYTES = 16 * 2**20
DEFAULT_EXPIRE_AFTER = dt.timedelta(days=7)

#: ``True`` (SQLite in the user cache dir), ``False``, a path, a backend name ("memory",
#: "sqlite", "filesystem", …) or a requests-cache backend instance.
CacheOption = Union[bool, str, "os.PathLike[str]", BaseCache]


def service_urls(sru_url: str | None = None, zoek_url: str | None = None) -> tuple[str, str]:
    """The SRU and zoek base URLs: the arguments, else ``KAMERSTUK_SRU_URL``/``…_ZOEK_URL``.

    >>> service_urls(zoek_url="http://127.0.0.1:8080/")[1]
    'http://127.0.0.1:8080'
    """
    sru = sru_url or os.environ.get("KAMERSTUK_SRU_URL") or DEFAULT_SRU_URL
    zoek = zoek_url or os.environ.get("KAMERSTUK_ZOEK_URL") or DEFAULT_ZOEK_URL
    for url in (sru, zoek):
        if urlsplit(url).scheme not in {"http", "https"} or not urlsplit(url).hostname:
            raise ValueError(f"service URL {url!r}: not an http(s) URL")
    return sru.rstrip("/"), zoek.rstrip("/")


def cache_path() -> Path:
    """Where the default cache lives: ``<user cache dir>/kamerstuk/http-cache.sqlite``."""
    return platformdirs.user_cache_path("kamerstuk") / "http-cache.sqlite"


def _origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, (parts.hostname or "").lower(), port


class _Limiter:
    """At most ``rate`` starts per second across threads, and a shared pause after a 429."""

    def __init__(self, rate: float | None) -> None:
        self._interval = 1.0 / rate if rate else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self._interval
        if start > now:
            time.sleep(start - now)

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._next = max(self._next, time.monotonic() + seconds)


class _PoliteRetry(Retry):
    """urllib3 Retry that also holds back the other threads while a server asks to wait."""

    limiter: _Limiter | None = None

    def new(self, **kw: Any) -> _PoliteRetry:
        fresh = super().new(**kw)
        fresh.limiter = self.limiter
        return fresh

    def sleep_for_retry(self, response: BaseHTTPResponse) -> bool:
        retry_after = self.get_retry_after(response)
        if retry_after and self.limiter is not None:
            self.limiter.pause(retry_after)
        return super().sleep_for_retry(response)


class _BoundedAdapter(HTTPAdapter):
    """Reads at most ``max_bytes`` of a body, after waiting its turn at the rate limiter."""

    def __init__(self, max_bytes: int, limiter: _Limiter, retry: Retry) -> None:
        self.max_bytes = max_bytes
        self.limiter = limiter
        super().__init__(max_retries=retry, pool_maxsize=32)

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, stream: bool = False, **kwargs: Any
    ) -> requests.Response:
        self.limiter.wait()
        response = super().send(request, stream=True, **kwargs)
        url = request.url or ""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            response.close()
            limit = self.max_bytes
            raise ResolveError(f"response of {declared} bytes refused (limit {limit})", url)
        try:
            body = response.raw.read(self.max_bytes + 1, decode_content=True)
        except ReadTimeoutError as err:
            response.close()
            raise requests.exceptions.ReadTimeout(err, request=request) from err
        except ProtocolError as err:
            response.close()
            raise requests.exceptions.ChunkedEncodingError(err, request=request) from err
        except DecodeError as err:
            response.close()
            raise requests.exceptions.ContentDecodingError(err, request=request) from err
        if len(body) > self.max_bytes:
            # Closed, not returned to the pool: the rest of the body is still on the wire.
            response.close()
            raise ResolveError(f"response larger than {self.max_bytes} bytes refused", url)
        response.raw.release_conn()
        response._content = body
        response._content_consumed = True  # type: ignore[attr-defined]
        return response


class _Confined:
    """Session mixin: refuses any request (a redirect too) to an origin not configured."""

    allowed: frozenset[tuple[str, str, int]] = frozenset()

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        url = request.url or ""
        if _origin(url) not in self.allowed:
            raise ResolveError(f"refused a request outside the configured services ({url})", url)
        response: requests.Response = super().send(request, **kwargs)  # type: ignore[misc]
        return response


class _ConfinedSession(_Confined, requests.Session):
    pass


class _ConfinedCachedSession(_Confined, requests_cache.CachedSession):  # type: ignore[misc]
    pass


def make_session(
    *,
    sru_url: str | None = None,
    zoek_url: str | None = None,
    cache: CacheOption = True,
    rate: float | None = DEFAULT_RATE,
    retries: int = DEFAULT_RETRIES,
    backoff: float = DEFAULT_BACKOFF,
    max_retry_after: int = DEFAULT_MAX_RETRY_AFTER,
    max_bytes: int = DEFAULT_MAX_BYTES,
    expire_after: dt.timedelta | int = DEFAULT_EXPIRE_AFTER,
) -> requests.Session:
    """A session for the SRU and zoek services, configured as the module docstring says.

    ``rate=None`` lifts the rate limit (a local mirror); ``backoff`` is urllib3's backoff factor.
    """
    sru, zoek = service_urls(sru_url, zoek_url)
    session: requests.Session
    if cache is False:
        session = _ConfinedSession()
    else:
        session = _ConfinedCachedSession(**_cache_settings(cache, expire_after))
    assert isinstance(session, _Confined)
    origins = {_origin(sru), _origin(zoek)}
    # Upgrading a configured http origin to https on the same host is allowed; never the reverse.
    session.allowed = frozenset(origins | {("https", host, port) for _, host, port in origins})
    limiter = _Limiter(rate)
    retry = _PoliteRetry(
        total=retries,
        backoff_factor=backoff,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=frozenset({"GET", "HEAD"}),
        respect_retry_after_header=True,
        retry_after_max=max_retry_after,
        raise_on_status=False,
    )
    retry.limiter = limiter
    adapter = _BoundedAdapter(max_bytes, limiter, retry)
    for prefix in ("http://", "https://"):
        session.mount(prefix, adapter)
    session.headers["User-Agent"] = f"kamerstuk/{__version__}"
    session.max_redirects = 5
    return session


def _cache_settings(cache: CacheOption, expire_after: dt.timedelta | int) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "expire_after": expire_after,
        # Only real answers are kept: an error or a 404 may be gone tomorrow.
        "allowable_codes": (200,),
        # Cache keys ignore the User-Agent, so upgrading kamerstuk keeps the cache.
        "match_headers": False,
    }
    if isinstance(cache, BaseCache):
        return {**settings, "backend": cache}
    if cache is True:
        path = cache_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return {**settings, "cache_name": str(path), "backend": "sqlite", "wal": True}
    if isinstance(cache, str) and cache in requests_cache.BACKEND_CLASSES:
        return {**settings, "cache_name": "kamerstuk", "backend": cache}
    path = Path(os.fspath(cache))  # type: ignore[arg-type]
    path.parent.mkdir(parents=True, exist_ok=True)
    return {**settings, "cache_name": str(path), "backend": "sqlite", "wal": True}


def fetch(
    session: requests.Session,
    url: str,
    *,
    params: dict[str, str] | None = None,
    timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
    offline: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> bytes:
    """The body at ``url``, or a :mod:`kamerstuk.model.errors` error saying why not.

    404, 410 and KOOP's "fake 404" (a 200 on a URL containing ``fout404``, koop.md §5) are
    :class:`NotFound`; other failures are :class:`ResolveError` with the URL and status, raised
    from the requests or urllib3 exception. ``offline=True`` answers from the cache or not at all.
    """
    extra: dict[str, Any] = {}
    if offline:
        if not isinstance(session, requests_cache.CacheMixin):
            raise ResolveError("offline, and no cache to answer from", url)
        extra["only_if_cached"] = True
    try:
        response = session.get(url, params=params, timeout=timeout, **extra)
    except requests.exceptions.Timeout as err:
        raise ResolveError(f"timed out after {timeout} s", url) from err
    except requests.exceptions.TooManyRedirects as err:
        raise ResolveError("too many redirects", url) from err
    except requests.exceptions.RequestException as err:
        # After its retries urllib3 reports a read timeout as a MaxRetryError, which requests
        # turns into a ConnectionError; say what it was.
        reason = getattr(err.args[0] if err.args else None, "reason", None)
        # (NewConnectionError, a refused connection, subclasses ConnectTimeoutError.)
        timed_out = isinstance(reason, ConnectTimeoutError) and not isinstance(
            reason, NewConnectionError
        )
        if timed_out or isinstance(reason, ReadTimeoutError):
            raise ResolveError(f"timed out after {timeout} s", url) from err
        raise ResolveError(f"request failed: {type(err).__name__}: {err}", url) from err
    final = response.url or url
    if offline and response.status_code == 504 and not response.history:
        raise ResolveError("offline, and not in the cache", final)
    if any("fout404" in r.url for r in (*response.history, response)):
        raise NotFound("no such document (the service answered with its 'fout404' page)", final)
    try:
        response.raise_for_status()
    except requests.exceptions.HTTPError as err:
        status = response.status_code
        if status in (404, 410):
            raise NotFound("no such document", final, status) from err
        wait = response.headers.get("Retry-After")
        hint = f"; the service asks to wait {wait} s" if wait else ""
        message = f"the service answered {response.reason or 'an error'}{hint}"
        raise ResolveError(message, final, status) from err
    # A session of the caller's own has no bounded adapter; keep the promise all the same.
    if len(response.content) > max_bytes:
        raise ResolveError(f"response larger than {max_bytes} bytes refused", final)
    return response.content
