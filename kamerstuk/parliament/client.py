"""``kamerstuk.zaak()``: from a citation, a document number or a zaak number to the :class:`Zaak`
in the Tweede Kamer's open data (the Gegevensmagazijn's OData v4 service), with its votes.

A zaak number is asked for at once; a document number or a Kamerstuk first gives its document,
and the document its zaak. Then the zaak comes with its actors, documents and besluiten in one
request, and the votes of each besluit that was voted on in one more (paged where they are
many). docs/parliament.md lists every query.

The requests go through KOOP's transport (:mod:`kamerstuk.koop.session`): a polite, cached,
bounded session confined to the service's address, every call within ``deadline`` seconds, and
``offline=True`` answering from the cache only. ``KAMERSTUK_TK_URL`` names another service.

>>> import kamerstuk
>>> kamerstuk.zaak("2025Z18603", offline=True, cache=False)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kamerstuk.ResolveError: offline, and no cache to answer from for https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Zaak?...
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, TypeVar, Union

from ..koop.cache import CacheOption
from ..koop.session import (
    DEFAULT_IN_FLIGHT,
    DEFAULT_MAX_BYTES,
    DEFAULT_RATE,
    DEFAULT_TIMEOUT,
    make_session,
    service_urls,
)
from ..koop.transport import Late, in_thread, within
from ..model.citations import Citation
from ..model.errors import Ambiguous, KamerstukError, NotFound, ResolveError
from ..model.found import Match
from .models import Vote, Zaak
from .queries import DEFAULT_TK_URL, VOTES, ZAAK, document_query, guid, text
from .records import Record, live
from .service import Service
from .targets import Target, target_of

if TYPE_CHECKING:
    import requests

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_WORKERS",
    "Item",
    "TweedeKamer",
    "tk_url",
    "zaak",
]

#: Seconds one zaak (with its documents and votes) may take in all.
DEFAULT_DEADLINE = 60.0
#: Threads of :meth:`TweedeKamer.zaken`; the politeness per host, not this, sets the pace.
DEFAULT_WORKERS = 4
#: Seconds given beyond the deadline before a call is abandoned (a read may end that late).
GRACE = 1.0

Item = Union[Citation, Match, str]  # noqa: UP007 - a runtime alias for Python 3.10
Timeout = Union[float, "tuple[float, float]"]
T = TypeVar("T")


def tk_url(url: str | None = None) -> str:
    """The service's base URL: ``url``, else ``KAMERSTUK_TK_URL``, else the Gegevensmagazijn.

    >>> tk_url("http://127.0.0.1:8080/OData/v4/2.0/")
    'http://127.0.0.1:8080/OData/v4/2.0'
    """
    base = url or os.environ.get("KAMERSTUK_TK_URL") or DEFAULT_TK_URL
    return service_urls(base, base)[0]  # checked as KOOP's addresses are: http(s), a host


class TweedeKamer:
    """A configured client of the Gegevensmagazijn: one session, the address, the deadline.

    >>> TweedeKamer(cache=False, tk_url="http://127.0.0.1:9/OData").tk_url
    'http://127.0.0.1:9/OData'
    """

    def __init__(
        self,
        *,
        session: requests.Session | None = None,
        tk_url: str | None = None,
        cache: CacheOption = True,
        timeout: Timeout = DEFAULT_TIMEOUT,
        deadline: float | None = DEFAULT_DEADLINE,
        rate: float | None = DEFAULT_RATE,
        in_flight: int = DEFAULT_IN_FLIGHT,
        offline: bool = False,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.tk_url = _tk_url(tk_url)
        self.session = session or _shared_session(self.tk_url, cache, rate, max(1, in_flight))
        self.timeout = timeout
        self.deadline = deadline
        self.offline = offline
        self.max_bytes = max_bytes

    def service(self) -> Service:
        """A fresh view of the service for one call or run (its own memo)."""
        return Service(
            self.session, self.tk_url, timeout=self.timeout, offline=self.offline,
            max_bytes=self.max_bytes,
        )  # fmt: skip

    def bounded(self, service: Service, work: Callable[[], T]) -> T:
        """``work()`` within the deadline; abandoned (a ResolveError) when it runs past it, and
        then nothing more is asked in ``service``'s run."""
        if self.deadline is None:
            return work()

        def run() -> T:
            with within(self.deadline):
                return work()

        try:
            return in_thread(self.deadline + GRACE, run)
        except Late as err:
            late = f"no answer within the deadline of {self.deadline:g} s"
            service.give_up(late)
            raise ResolveError(late, self.tk_url) from err

    def zaak(self, item: Item) -> Zaak:
        """The zaak ``item`` names (see :func:`kamerstuk.zaak`)."""
        target = target_of(item)
        service = self.service()
        try:
            return self.bounded(service, functools.partial(self.find, service, target))
        except KamerstukError:
            raise
        except Exception as err:
            raise _unexpected(err, item) from err

    def zaken(
        self, items: Iterable[Item], *, workers: int = DEFAULT_WORKERS
    ) -> list[Zaak | KamerstukError]:
        """The zaak of every item, in input order, concurrently; an item's failure is its own
        error in the list, never raised. Each distinct item is looked up once."""
        inputs = list(items)
        outcomes: dict[int, Zaak | KamerstukError] = {}
        targets: dict[Target, list[int]] = {}
        for i, item in enumerate(inputs):
            try:
                targets.setdefault(target_of(item), []).append(i)
            except KamerstukError as err:
                outcomes[i] = err
            except Exception as err:  # no input may end the run
                outcomes[i] = _unexpected(err, item)
        service = self.service()

        def one(target: Target) -> Zaak | KamerstukError:
            try:
                return self.bounded(service, functools.partial(self.find, service, target))
            except KamerstukError as err:
                return err
            except Exception as err:
                return _unexpected(err, target.what)

        with ThreadPoolExecutor(max(1, workers), thread_name_prefix="kamerstuk-tk") as pool:
            for target, outcome in zip(targets, pool.map(one, targets), strict=True):
                outcomes.update(dict.fromkeys(targets[target], outcome))
        return [outcomes[i] for i in range(len(inputs))]

    # -- the work of one zaak ---------------------------------------------------------------

    def find(self, service: Service, target: Target) -> Zaak:
        """The zaak of ``target``, asked of ``service`` (no deadline of its own)."""
        number = target.number if target.kind == "zaak" else self._zaak_number(service, target)
        assert number is not None
        url = ZAAK.format(number=text(number)).url(self.tk_url)
        records = service.records(url, f"zaak {number}", lambda r: r.get("Nummer") == number)
        if not records:
            raise NotFound(f"no zaak {number} in the Tweede Kamer's records", url)
        if len(records) > 1:
            ids = tuple(str(r.get("Id")) for r in records)
            raise Ambiguous(f"{len(records)} records of zaak {number}", ids, url)
        record = records[0]
        votes = {
            str(b.get("Id")): self._votes(service, str(b.get("Id")))
            for b in live(record.get("Besluit") or ())
            # A besluit without a stemmingssoort was taken without a vote: nothing to ask.
            if b.get("StemmingsSoort") is not None
        }
        return Zaak.from_record(record, votes)

    def _zaak_number(self, service: Service, target: Target) -> str:
        url = document_query(target).url(self.tk_url)
        documents = service.records(url, target.what, _document_check(target))
        if not documents:
            hint = (
                "; a Kamerstuk is found by the Volgnummer of its document, which is -1 until the"
                " document is numbered: its document number (2025D43230) finds it before then"
                if target.kind == "kamerstuk"
                else ""
            )
            raise NotFound(f"no {target.what} in the Tweede Kamer's records{hint}", url)
        zaken = list(
            dict.fromkeys(
                str(z.get("Nummer")) for d in documents for z in live(d.get("Zaak") or ())
            )
        )
        if not zaken:
            raise NotFound(f"{target.what} belongs to no zaak in the Tweede Kamer's records", url)
        if len(zaken) > 1:
            raise Ambiguous(f"{target.what} belongs to {len(zaken)} zaken", tuple(zaken), url)
        return zaken[0]

    def _votes(self, service: Service, besluit: str) -> tuple[Vote, ...]:
        try:
            query = VOTES.format(besluit=guid(besluit))
        except ValueError as err:
            raise ResolveError(
                f"the service gave a besluit whose Id is no GUID: {besluit!r}"
            ) from err
        records = service.records(
            query.url(self.tk_url),
            f"the votes of besluit {besluit}",
            lambda r: str(r.get("Besluit_Id") or "").lower() == besluit.lower(),
        )
        return tuple(Vote.from_record(r) for r in records)


def _document_check(target: Target) -> Callable[[Record], bool]:
    """Whether a Document record is the one ``target`` asked for."""
    if target.kind == "document":
        return lambda r: str(r.get("DocumentNummer") or "").upper() == target.number

    def same_dossier(d: Record) -> bool:
        toevoeging = d.get("Toevoeging")
        written = toevoeging.strip("()") if isinstance(toevoeging, str) else None
        return d.get("Nummer") == target.dossier and written == target.toevoeging

    return lambda r: (
        r.get("Volgnummer") == target.volgnummer
        and any(same_dossier(d) for d in live(r.get("Kamerstukdossier") or ()))
    )


def _unexpected(err: Exception, what: object) -> ResolveError:
    """A failure no check foresaw, as the ResolveError of the item it concerns."""
    return ResolveError(f"cannot look up {what!r}: {type(err).__name__}: {err}")


@functools.lru_cache(maxsize=8)
def _cached_session(
    base: str, cache: CacheOption, rate: float | None, in_flight: int
) -> requests.Session:
    return _session(base, cache, rate, in_flight)


def _session(base: str, cache: CacheOption, rate: float | None, in_flight: int) -> requests.Session:
    # KOOP's session, confined to the one address of this service.
    session = make_session(sru_url=base, zoek_url=base, cache=cache, rate=rate, in_flight=in_flight)
    session.headers["Accept"] = "application/json"
    return session


def _shared_session(
    base: str, cache: CacheOption, rate: float | None, in_flight: int
) -> requests.Session:
    # One session per configuration, so that zaak() in a loop is as polite as zaken().
    try:
        return _cached_session(base, cache, rate, in_flight)  # type: ignore[arg-type]
    except TypeError:  # an unhashable cache backend
        return _session(base, cache, rate, in_flight)


def _tk_url(url: str | None) -> str:
    return tk_url(url)


def zaak(
    citation_or_number: Item,
    *,
    session: requests.Session | None = None,
    tk_url: str | None = None,
    cache: CacheOption = True,
    timeout: Timeout = DEFAULT_TIMEOUT,
    deadline: float | None = DEFAULT_DEADLINE,
    offline: bool = False,
    rate: float | None = DEFAULT_RATE,
    in_flight: int = DEFAULT_IN_FLIGHT,
) -> Zaak:
    """The :class:`Zaak` a Kamerstuk citation (or its text), a document number (``2025D43230``)
    or a zaak number (``2025Z18603``) names, from the Tweede Kamer's open data: its soort,
    titel, indieners, committee, kabinetsappreciatie, documents and besluiten with their votes.

    Raises ParseError (text that is no citation) or NoIdentifier (a citation that names no
    zaak) before any request; otherwise only ResolveError and its kinds: NotFound, Ambiguous
    (a document of several zaken, with their numbers as ``candidates``), and ResolveError
    itself for everything else, the deadline of ``deadline`` seconds included.
    """
    client = TweedeKamer(
        session=session, tk_url=tk_url, cache=cache, timeout=timeout, deadline=deadline,
        offline=offline, rate=rate, in_flight=in_flight,
    )  # fmt: skip
    return client.zaak(citation_or_number)
