"""A published document's own text and HTML, fetched: what :meth:`kamerstuk.Document.text` and
:meth:`~kamerstuk.Document.html` ask a *fetcher* for.

A fetcher is anything with ``text(document)`` and ``html(document)``
(:class:`kamerstuk.koop.document.Fetcher`): a :class:`kamerstuk.Resolver`, whose session, cache
and deadline then serve, or a :class:`DocumentFetcher` made for the call from the keyword
arguments of ``doc.text()``. Both read the document the same way (:func:`document_text`,
:func:`document_html`). This module knows documents only by their ``identifier`` and ``urls``,
so it imports neither the documents nor the resolver: the koop modules import one way only.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol

from ..model.errors import NotFound
from .fulltext import decode_html, plain_text
from .session import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetch
from .transport import bounded

if TYPE_CHECKING:
    import requests

__all__ = ["DocumentFetcher", "Published", "document_html", "document_text"]

#: Fetches the body at a URL (ResolveError, NotFound else).
Get = Callable[[str], bytes]


class Published(Protocol):
    """What fetching needs of a document: its identifier and its manifestations' URLs."""

    @property
    def identifier(self) -> str: ...

    @property
    def urls(self) -> Mapping[str, str]: ...


def document_text(document: Published, get: Get) -> str:
    """The document's text from its XML, else its HTML (NotFound where KOOP lists neither)."""
    name = next((n for n in ("xml", "html") if n in document.urls), None)
    if name is None:
        raise NotFound(f"{document.identifier}: KOOP lists no XML or HTML of it")
    url = document.urls[name]
    return plain_text(get(url), url)


def document_html(document: Published, get: Get) -> str:
    """The document's HTML manifestation (NotFound where KOOP lists none)."""
    url = document.urls.get("html")
    if url is None:
        raise NotFound(f"{document.identifier}: KOOP lists no HTML of it")
    return decode_html(get(url))


class DocumentFetcher:
    """Fetches documents through ``session`` (a session of
    :func:`kamerstuk.koop.session.make_session`), each within ``deadline`` seconds."""

    def __init__(
        self,
        session: requests.Session,
        *,
        timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float | None = None,
        offline: bool = False,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.session = session
        self.timeout = timeout
        self.deadline = deadline
        self.offline = offline
        self.max_bytes = max_bytes

    def get(self, url: str) -> bytes:
        """The body at ``url``, within the deadline."""
        work = functools.partial(
            fetch, self.session, url, timeout=self.timeout, offline=self.offline,
            max_bytes=self.max_bytes,
        )  # fmt: skip
        return bounded(self.deadline, work, url)

    def text(self, document: Published) -> str:
        """``document``'s text (see :meth:`kamerstuk.Document.text`)."""
        return document_text(document, self.get)

    def html(self, document: Published) -> str:
        """``document``'s HTML (see :meth:`kamerstuk.Document.html`)."""
        return document_html(document, self.get)
