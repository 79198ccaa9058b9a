"""The one configured HTTP session the resolver talks through: polite, cached, bounded, confined.

:func:`make_session` returns a :class:`requests.Session` (a requests-cache ``CachedSession``
unless ``cache=False`` or the cache cannot be used) that

- keeps to ``rate`` requests a second and ``in_flight`` requests at once per host (2 and 1 by
  default; cache hits are not counted), see :mod:`kamerstuk.koop.transport`;
- retries connection errors, 429 and 5xx with exponential backoff (urllib3 ``Retry``),
  honouring ``Retry-After`` up to ``max_retry_after`` seconds and pausing every host meanwhile;
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
import functools
import os
from typing import Any
from urllib.parse import urlsplit

import requests
import requests_cache
from urllib3.exceptions import ConnectTimeoutError, ReadTimeoutError

from .. import __version__
from ..model.errors import NotFound, ResolveError
from .cache import CacheOption, GuardedCache, cache_path, open_cache
from .origins import trust_origin
from .transport import BoundedAdapter, Politeness, PoliteRetry

__all__ = [
    "DEFAULT_IN_FLIGHT",
    "DEFAULT_RATE",
    "DEFAULT_SRU_URL",
    "DEFAULT_ZOEK_URL",
    "CacheOption",
    "cache_path",
    "fetch",
    "host_of",
    "make_session",
    "service_urls",
    "shared_session",
]

DEFAULT_SRU_URL = "https://repository.overheid.nl/sru"
DEFAULT_ZOEK_URL = "https://zoek.officielebekendmakingen.nl"
#: (connect, read) seconds for one socket wait; KOOP's users run 10-60 s (docs/koop.md §5).
DEFAULT_TIMEOUT: tuple[float, float] = (10.0, 30.0)
#: Requests a second per host: below every public client (parlhist 4/s, wetsuite 2/s).
DEFAULT_RATE = 2.0
#: Requests at once per host.
DEFAULT_IN_FLIGHT = 1
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 0.5
DEFAULT_MAX_RETRY_AFTER = 120
#: An SRU page of 50 records is about 200 kB; 16 MiB leaves room and still bounds memory.
DEFAULT_MAX_BYTES = 16 * 2**20
DEFAULT_EXPIRE_AFTER = dt.timedelta(days=7)


def service_urls(sru_url: str | None = None, zoek_url: str | None = None) -> tuple[str, str]:
    """The SRU and zoek base URLs: the arguments, else ``KAMERSTUK_SRU_URL``/``…_ZOEK_URL``.

    >>> service_urls(zoek_url="http://127.0.0.1:8080/")[1]
    'http://127.0.0.1:8080'
    """
    sru = sru_url or os.environ.get("KAMERSTUK_SRU_URL") or DEFAULT_SRU_URL
    zoek = zoek_url or os.environ.get("KAMERSTUK_ZOEK_URL") or DEFAULT_ZOEK_URL
    for url in (sru, zoek):
        if _origin(url) is None or urlsplit(url).scheme not in {"http", "https"}:
            raise ValueError(f"service URL {url!r}: not an http(s) URL")
        trust_origin(url)  # its documents' links show in notebooks, http or not
    return sru.rstrip("/"), zoek.rstrip("/")


def _origin(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of ``url``, or None where it has none (or an impossible port)."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:  # "http://127.0.0.1:99999/": no such port
        return None
    if not parts.hostname:
        return None
    return parts.scheme, parts.hostname.lower(), port


def host_of(url: str) -> str:
    """The host of ``url`` as a person writes it: with the port only where it is not the usual.

    >>> host_of("https://repository.overheid.nl/sru?x=1"), host_of("http://127.0.0.1:8080/sru")
    ('repository.overheid.nl', '127.0.0.1:8080')
    """
    origin = _origin(url)
    if origin is None:
        return url
    scheme, host, port = origin
    return host if port == (443 if scheme == "https" else 80) else f"{host}:{port}"


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
    in_flight: int = DEFAULT_IN_FLIGHT,
    retries: int = DEFAULT_RETRIES,
    backoff: float = DEFAULT_BACKOFF,
    max_retry_after: int = DEFAULT_MAX_RETRY_AFTER,
    max_bytes: int = DEFAULT_MAX_BYTES,
    expire_after: dt.timedelta | int = DEFAULT_EXPIRE_AFTER,
) -> requests.Session:
    """A session for the SRU and zoek services, configured as the module docstring says.

    ``rate=None`` lifts the rate limit (a local mirror); ``backoff`` is urllib3's backoff factor.
    A cache that cannot be opened gives a session without one, and a warning.
    """
    sru, zoek = service_urls(sru_url, zoek_url)
    backend = open_cache(cache)
    session: requests.Session
    if backend is None:
        session = _ConfinedSession()
    else:
        session = _ConfinedCachedSession(
            backend=backend,
            expire_after=expire_after,
            # Only real answers are kept: an error or a 404 may be gone tomorrow.
            allowable_codes=(200,),
            # Cache keys ignore the User-Agent, so upgrading kamerstuk keeps the cache.
            match_headers=False,
        )
    assert isinstance(session, _Confined)
    origins = {o for o in (_origin(sru), _origin(zoek)) if o is not None}
    # Upgrading a configured http origin to https on the same host is allowed; never the reverse.
    session.allowed = frozenset(origins | {("https", host, port) for _, host, port in origins})
    politeness = Politeness(rate, in_flight)
    retry = PoliteRetry(
        total=retries,
        backoff_factor=backoff,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=frozenset({"GET", "HEAD"}),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    retry.politeness, retry.max_wait = politeness, max_retry_after
    adapter = BoundedAdapter(max_bytes, politeness, retry)
    for prefix in ("http://", "https://"):
        session.mount(prefix, adapter)
    session.headers["User-Agent"] = f"kamerstuk/{__version__}"
    session.max_redirects = 5
    return session


@functools.lru_cache(maxsize=8)
def _cached_session(
    sru_url: str, zoek_url: str, cache: CacheOption, rate: float | None, in_flight: int
) -> requests.Session:
    return make_session(
        sru_url=sru_url, zoek_url=zoek_url, cache=cache, rate=rate, in_flight=in_flight
    )


def shared_session(
    sru_url: str, zoek_url: str, cache: CacheOption, rate: float | None, in_flight: int
) -> requests.Session:
    """One session (one connection pool, one SQLite handle, one politeness) per configuration,
    so that resolve() in a loop, and doc.text() after it, are as polite and as fast as one
    resolve_all()."""
    try:
        return _cached_session(sru_url, zoek_url, cache, rate, in_flight)  # type: ignore[arg-type]
    except TypeError:  # an unhashable cache backend
        return make_session(
            sru_url=sru_url, zoek_url=zoek_url, cache=cache, rate=rate, in_flight=in_flight
        )


def _broken_cache(session: requests.Session) -> str | None:
    cache = getattr(session, "cache", None)
    return cache.broken if isinstance(cache, GuardedCache) else None


def _failure(err: requests.exceptions.RequestException, url: str) -> ResolveError:
    """What a failed request says: the host that cannot be reached, or what went wrong."""
    # After its retries urllib3 reports the cause as the reason of a MaxRetryError, which
    # requests wraps in a ConnectionError; look through both. A refused connection and a name
    # that does not resolve are NewConnectionErrors, which subclass ConnectTimeoutError.
    reason = getattr(err.args[0] if err.args else None, "reason", None)
    host = host_of(url)
    if isinstance(err, requests.exceptions.ConnectTimeout) or isinstance(
        reason, ConnectTimeoutError
    ):
        return ResolveError(f"cannot reach {host} (offline?)", url)
    if isinstance(err, requests.exceptions.Timeout) or isinstance(reason, ReadTimeoutError):
        return ResolveError(f"{host} did not answer in time", url)
    if isinstance(err, requests.exceptions.TooManyRedirects):
        return ResolveError("too many redirects", url)
    return ResolveError(f"request failed: {type(err).__name__}: {err}", url)


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

    404, 410 and KOOP's "fake 404" (a 200 on a URL containing ``fout404``, docs/koop.md §5) are
    :class:`NotFound`; other failures are :class:`ResolveError` with the URL and status, raised
    from the requests or urllib3 exception. ``offline=True`` answers from the cache or not at all.
    Run inside :func:`kamerstuk.koop.transport.within` for a deadline.
    """
    extra: dict[str, Any] = {}
    if offline:
        broken = _broken_cache(session)
        if not isinstance(session, requests_cache.CacheMixin) or broken:
            why = f"the cache cannot be used: {broken}" if broken else "no cache to answer from"
            raise ResolveError(f"offline, and {why}", url)
        extra["only_if_cached"] = True
    try:
        response = session.get(url, params=params, timeout=timeout, **extra)
    except requests.exceptions.RequestException as err:
        raise _failure(err, url) from err
    final = response.url or url
    if offline and response.status_code == 504 and not response.history:
        broken = _broken_cache(session)
        why = f"the cache cannot be used: {broken}" if broken else "not in the cache"
        raise ResolveError(f"offline, and {why}", final)
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
