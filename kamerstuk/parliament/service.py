"""The Gegevensmagazijn as one call or run sees it: pages fetched once, links and records checked.

It sends its requests through KOOP's transport (:func:`kamerstuk.koop.session.fetch` over a
session of :func:`kamerstuk.koop.session.make_session`): the same politeness, retries, deadline,
size bound, cache and offline mode. What it adds is the OData side:

- an error body's message (``{"error": {"message": …}}``) is put in the ResolveError;
- ``@odata.nextLink`` is followed as the service writes it, but only within the service's own
  URL: a link elsewhere, or back to a page already read, is an error, and nothing is asked there;
- every record is checked to be one of those asked for (a zaak of another number, a vote of
  another besluit is an error, never an answer);
- a page that fails a check is taken out of the cache, so that no wrong answer is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import unquote, urljoin, urlsplit

import requests

from ..koop.once import Once
from ..koop.session import fetch, host_of
from ..model.errors import NotFound, ResolveError
from .records import Record, live, odata_error, read_page
from .targets import ZAAK_NUMBER

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["MAX_PAGES", "Service", "forget"]

#: Pages read at most for one question: 40 pages of 250 records, far more than a besluit has.
MAX_PAGES = 40
#: How the messages of a host that cannot be asked begin: later requests of the run fail at once.
_UNREACHABLE = ("cannot reach ", "did not answer in time", "no answer within", "no free connection")


def forget(session: requests.Session, urls: Iterable[str]) -> None:
    """Take the answers at ``urls`` out of ``session``'s cache (if it has one)."""
    cache = getattr(session, "cache", None)
    wanted = list(urls)
    if cache is None or not wanted:
        return
    try:
        cache.delete(urls=wanted)
    except Exception:  # a failing cache is set aside by its guard: nothing is left to undo
        return


class Service:
    """One call's or run's view of the service at ``base``: each URL fetched once."""

    def __init__(
        self,
        session: requests.Session,
        base: str,
        *,
        timeout: float | tuple[float, float],
        offline: bool,
        max_bytes: int,
    ) -> None:
        self.session = session
        self.base = base
        self.timeout = timeout
        self.offline = offline
        self.max_bytes = max_bytes
        self._once = Once()

    def get(self, url: str) -> bytes:
        """The body at ``url``, fetched once in this run whoever asks (ResolveError else)."""
        return self._once.get(url, self.base, lambda: self._fetch(url))

    def give_up(self, message: str) -> None:
        """Ask nothing more in this run: every later request fails with ``message``."""
        self._once.give_up(self.base, message)

    def _fetch(self, url: str) -> bytes:
        try:
            return fetch(
                self.session, url, timeout=self.timeout, offline=self.offline,
                max_bytes=self.max_bytes,
            )  # fmt: skip
        except NotFound as err:
            # A 404 of an OData query is a wrong service address, not a missing zaak.
            raise ResolveError(
                f"the service has no such collection: is {self.base} the Gegevensmagazijn?",
                err.url,
                err.status,
            ) from err
        except ResolveError as err:
            if err.message.startswith(_UNREACHABLE):
                self.give_up(f"{err.message} (asked before in this run)")
            raise _explained(err) from err.__cause__

    def records(self, url: str, what: str, belongs: Callable[[Record], bool]) -> list[Record]:
        """Every live record of the question at ``url``, page after page, each checked with
        ``belongs`` (``what`` names what was asked, for the messages)."""
        pages: list[str] = []
        found: list[Record] = []
        link: str | None = url
        try:
            while link is not None:
                if len(pages) == MAX_PAGES:
                    raise ResolveError(f"more than {MAX_PAGES} pages for {what}", url)
                pages.append(link)
                page = read_page(self.get(link), link)
                for record in live(page.records):
                    if not belongs(record):
                        raise ResolveError(
                            f"asked for {what}, the service answered with {_described(record)}",
                            link,
                        )
                    found.append(record)
                link = self._next(page.next_link, link, pages) if page.next_link else None
        except ResolveError:
            forget(self.session, pages)
            raise
        return found

    def _next(self, link: str, current: str, read: list[str]) -> str:
        """The next page's URL, if it is within the service and not read before."""
        following = urljoin(current, link)
        # Dot segments would leave the service's path once the request is sent: refused as such.
        steps = unquote(urlsplit(following).path).split("/")
        if not following.startswith(self.base + "/") or ".." in steps or "." in steps:
            raise ResolveError(
                f"the service's next page is outside {host_of(self.base)}"
                f" ({self.base}); not followed: {following}",
                current,
            )
        if following in read:
            raise ResolveError(f"the service's next page repeats one already read: {following}")
        return following


def _explained(err: ResolveError) -> ResolveError:
    """``err`` with the message of the OData error body its response carried, if any."""
    cause = err.__cause__
    response = cause.response if isinstance(cause, requests.HTTPError) else None
    message = odata_error(response.content) if response is not None else None
    if message is None:
        return err
    return ResolveError(f"{err.message}: {message}", err.url, err.status)


def _described(record: Record) -> str:
    """A record as a message names it: its number, else its kind of Id."""
    if isinstance(record.get("DocumentNummer"), str):
        return f"document {record['DocumentNummer']}"
    if isinstance(record.get("Nummer"), str) and ZAAK_NUMBER.fullmatch(record["Nummer"]):
        return f"zaak {record['Nummer']}"
    if "Besluit_Id" in record:
        return f"a vote of besluit {record.get('Besluit_Id')}"
    return f"record {record.get('Id')}"
