"""Which links a notebook may show: https ones, and those of the services the user configured.

A document's record lists URLs of its manifestations; :meth:`kamerstuk.Document._repr_html_`
makes links of them only where they are safe (no ``javascript:``, no plain http to a host
nobody asked for). :func:`kamerstuk.koop.session.service_urls` trusts the origin of every
service it is given (a stand-in on 127.0.0.1 over http), so that its documents link too.

Its own module, below both: the session trusts, the documents ask, and neither imports the other.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["safe_link", "trust_origin"]


# Origins (scheme, host, port) of http services the user configured: their links are shown.
_TRUSTED: set[tuple[str, str, int | None]] = set()


def _origin(url: str) -> tuple[str, str, int | None] | None:
    try:
        parts = urlsplit(url)
        return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port
    except ValueError:  # an impossible port
        return None


def trust_origin(url: str) -> None:
    """Let documents link to ``url``'s origin even over http (a configured local service)."""
    origin = _origin(url)
    if origin is not None:
        _TRUSTED.add(origin)


def safe_link(url: str) -> bool:
    """True for a URL a notebook may show as a link: https, or a configured service's origin.

    >>> safe_link("https://zoek.officielebekendmakingen.nl/kst-1-1.html"), safe_link("javascript:x")
    (True, False)
    """
    origin = _origin(url.strip())
    return origin is not None and bool(origin[1]) and (origin[0] == "https" or origin in _TRUSTED)
