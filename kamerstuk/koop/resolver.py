"""resolve() and resolve_all(): the document a citation names, from officielebekendmakingen.nl.

A citation with an identifier is looked up in the SRU service with ``dt.identifier==`` (many in one
request in :func:`resolve_all`). The service's record gives the title, type, dates, chamber,
dossier and the URL of every manifestation (``gzd:itemUrl``). An identifier the SRU index does not
know is tried once more at ``{zoek}/{id}/metadata.xml``; a Kamerstuk is searched by dossier and
ondernummer instead (legacy and Rijkswet identifiers differ from the computed one). A citation
without an identifier is searched for and must match exactly one record, else :class:`Ambiguous`.

>>> import kamerstuk
>>> kamerstuk.resolve("kst-33694-20", offline=True, cache=False)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kamerstuk.ResolveError: offline, and no cache to answer from for https://repository.overheid.nl/sru?...

``offline=True`` never touches the network: it answers from the cache or raises ResolveError.
"""

from __future__ import annotations

import copy
import functools
import re
import threading
from collections.abc import Hashable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from typing import TYPE_CHECKING, Union
from urllib.parse import urlencode

import attrs
from tqdm import tqdm

from ..model.citations import Citation, Kamerstuk
from ..model.errors import Ambiguous, KamerstukError, NoIdentifier, NotFound, ResolveError
from ..model.found import Match
from .document import Document
from .queries import Search, by_identifiers, needs_search, search_for, stuk_reading
from .records import Field, Record, parse_metadata, parse_sru
from .session import (
    DEFAULT_MAX_BYTES,
    DEFAULT_RATE,
    DEFAULT_TIMEOUT,
    CacheOption,
    fetch,
    make_session,
    service_urls,
)

if TYPE_CHECKING:
    import requests

__all__ = ["DEFAULT_BATCH", "DEFAULT_WORKERS", "Resolved", "Resolver", "resolve", "resolve_all"]

#: Concurrent requests in resolve_all; the rate limit, not this, sets the pace.
DEFAULT_WORKERS = 4
#: Identifiers per SRU request in resolve_all: 1,000 citations cost 20 requests.
DEFAULT_BATCH = 50
#: Records asked for in a search; more matches than this is ambiguous anyway.
SEARCH_PAGE = 50
#: Pages read at most for one identifier lookup (a guard against a misbehaving server).
MAX_PAGES = 10

_IDENTIFIER = re.compile(
    r"^(?:kst|h|ah|kv|stb|stcrt|trb|gmb|prb|wsb|bgr|blg|nds|ag)-[A-Za-z0-9_-]+$"
)
Timeout = Union[float, "tuple[float, float]"]
Target = Union[str, Search]  # noqa: UP007 - a runtime alias; `|` needs Python 3.10 objects


@attrs.frozen
class Resolved:
    """One outcome of :func:`resolve_all`: the input, its citation, and a document or an error.

    >>> Resolved("kst-1-1", None, None, NotFound("no such document")).ok
    False
    """

    input: Citation | Match | str
    citation: Citation | None
    document: Document | None
    error: KamerstukError | None

    @property
    def ok(self) -> bool:
        """True when the document was found."""
        return self.document is not None


class Resolver:
    """A configured resolver: one session, the service URLs, timeouts and the batch size.

    >>> r = Resolver(cache=False, sru_url="http://127.0.0.1:9/sru", zoek_url="http://127.0.0.1:9")
    >>> r.sru_url
    'http://127.0.0.1:9/sru'
    """

    def __init__(
        self,
        *,
        session: requests.Session | None = None,
        sru_url: str | None = None,
        zoek_url: str | None = None,
        cache: CacheOption = True,
        timeout: Timeout = DEFAULT_TIMEOUT,
        rate: float | None = DEFAULT_RATE,
        offline: bool = False,
        batch: int = DEFAULT_BATCH,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.sru_url, self.zoek_url = service_urls(sru_url, zoek_url)
        self.session = session or _shared_session(self.sru_url, self.zoek_url, cache, rate)
        self.timeout = timeout
        self.offline = offline
        self.batch = max(1, batch)
        self.max_bytes = max_bytes
        # Within one resolve_all, each URL is fetched once (see _get); None outside of one.
        self._memo: dict[str, Future[bytes]] | None = None
        self._memo_lock = threading.Lock()

    # -- single -----------------------------------------------------------------------------

    def resolve(self, item: Citation | Match | str) -> Document:
        """The document ``item`` (a citation, its text, or an identifier) names."""
        citation, target = self.target(item)
        return self._finish(citation, target, None)

    def target(self, item: Citation | Match | str) -> tuple[Citation | None, Target]:
        """What to ask the service for ``item``: an identifier, or a :class:`Search`."""
        citation: Citation
        if isinstance(item, Match):  # straight from find(): resolve_all(kamerstuk.find(text))
            item = item.citation
        if isinstance(item, str):
            text = item.strip()
            if _IDENTIFIER.match(text):
                return None, text
            from ..grammar.parsing import parse

            citation = parse(text)
        else:
            citation = item
        if isinstance(citation, Kamerstuk) and citation.ambiguous and citation.ondernummer is None:
            citation = stuk_reading(citation)
        try:
            if needs_search(citation):
                return citation, search_for(citation)
            try:
                identifier = citation.identifier
            except NoIdentifier:  # "the citation does not fix it": then search
                identifier = None
            return citation, identifier if identifier else search_for(citation)
        except ValueError as err:
            if isinstance(err, KamerstukError):
                raise
            raise NoIdentifier(f"cannot resolve {citation.kind} citation: {err}") from err

    def _finish(
        self, citation: Citation | None, target: Target, known: dict[str, Record] | None
    ) -> Document:
        if isinstance(target, Search):
            return self._search(target)
        records = known if known is not None else self.lookup([target])
        if target in records:
            return Document.from_record(records[target])
        if isinstance(citation, Kamerstuk):
            # kst ids with a vergaderjaar (1995-2010) or a Rijkswet suffix differ from the
            # computed one; the dossier and ondernummer find them (koop.md §6.3).
            return self._search(search_for(citation))
        return self._by_metadata(target)

    # -- service calls ----------------------------------------------------------------------

    def _sru(self, query: str, maximum: int, start: int = 1) -> tuple[str, list[Record], int]:
        params = {
            "operation": "searchRetrieve",
            "version": "2.0",
            "query": query,
            "startRecord": str(start),
            "maximumRecords": str(maximum),
            "recordSchema": "gzd",
            "httpAccept": "application/xml",
        }
        url = f"{self.sru_url}?{urlencode(params)}"
        result = parse_sru(self._get(url), url)
        return url, list(result.records), result.total

    def lookup(self, identifiers: Sequence[str]) -> dict[str, Record]:
        """The records of ``identifiers`` that the SRU index has, in one request per 50."""
        found: dict[str, Record] = {}
        start = 1
        for _ in range(MAX_PAGES):
            _, records, total = self._sru(by_identifiers(identifiers), len(identifiers), start)
            for record in records:
                if record.identifier is not None and record.identifier in identifiers:
                    found.setdefault(record.identifier, record)
            start += len(records)
            if not records or start > total:
                break
        return found

    def _get(self, url: str) -> bytes:
        def get() -> bytes:
            return fetch(
                self.session, url, timeout=self.timeout, offline=self.offline,
                max_bytes=self.max_bytes,
            )  # fmt: skip

        if self._memo is None:
            return get()
        with self._memo_lock:
            future = self._memo.get(url)
            owner = future is None
            if future is None:
                future = self._memo[url] = Future()
        if owner:
            # The first thread to want a URL fetches it; the others wait for its answer.
            try:
                future.set_result(get())
            except BaseException as err:
                future.set_exception(err)
        return future.result()

    def _search(self, search: Search) -> Document:
        url, records, total = self._sru(search.query, SEARCH_PAGE)
        picked = search.pick(records)
        if len(picked) == 1:
            return Document.from_record(picked[0])
        if picked:
            ids = tuple(sorted({r.identifier or "?" for r in picked}))
            raise Ambiguous(f"{len(ids)} documents match {search.what}", ids, url)
        if total > len(records):
            raise ResolveError(f"{total} records to search for {search.what}; be more precise", url)
        raise NotFound(f"no document matches {search.what}", url)

    def _by_metadata(self, identifier: str) -> Document:
        url = f"{self.zoek_url}/{identifier}/metadata.xml"
        record = parse_metadata(self._get(url), url)
        if record.identifier is None:
            record = Record((Field("identifier", None, identifier), *record.fields))
        # zoek's documented page form (koop.md §2); no repository path is made up.
        urls = {"metadata": url, "page": f"{self.zoek_url}/{record.identifier}.html"}
        return Document.from_record(Record(record.fields, urls))

    # -- many -------------------------------------------------------------------------------

    def resolve_all(
        self,
        items: Iterable[Citation | Match | str],
        *,
        workers: int = DEFAULT_WORKERS,
        progress: bool | None = None,
    ) -> list[Resolved]:
        """Resolve every item, concurrently, in input order; failures are kept per item.

        Each distinct identifier is asked for once (in batches); each distinct search once.
        ``progress=None`` shows a bar only on a terminal.
        """
        run = copy.copy(self)  # a run of its own: its own memo, so runs may overlap
        run._memo, run._memo_lock = {}, threading.Lock()
        inputs = list(items)
        results: list[Resolved | None] = [None] * len(inputs)
        plans: dict[int, tuple[Citation | None, Target]] = {}
        for i, item in enumerate(inputs):
            try:
                plans[i] = run.target(item)
            except KamerstukError as err:
                results[i] = Resolved(item, None, None, err)
        ids = list(dict.fromkeys(t for _, t in plans.values() if isinstance(t, str)))
        known: dict[str, Record] = {}
        failed: dict[str, KamerstukError] = {}
        show = None if progress is None else not progress
        bar = tqdm(total=len(inputs), unit="citation", disable=show)
        bar.update(len(inputs) - len(plans))
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            chunks = [ids[i : i + run.batch] for i in range(0, len(ids), run.batch)]
            batches = {pool.submit(run.lookup, chunk): chunk for chunk in chunks}
            for batch in as_completed(batches):
                try:
                    known.update(batch.result())
                except KamerstukError as err:
                    failed.update(dict.fromkeys(batches[batch], err))
            documents = {i: Document.from_record(r) for i, r in known.items()}
            waiting: dict[Hashable, list[int]] = {}
            for i, (citation, target) in plans.items():
                if isinstance(target, str) and (target in documents or target in failed):
                    results[i] = Resolved(
                        inputs[i], citation, documents.get(target), failed.get(target)
                    )
                    bar.update()
                else:
                    # Searches are kept apart per citation (the page may differ); _get still
                    # sends each distinct query once.
                    key: Hashable = target if isinstance(target, str) else (target.query, citation)
                    waiting.setdefault(key, []).append(i)
            singles = {
                pool.submit(run._finish, *plans[todo[0]], known): key
                for key, todo in waiting.items()
            }
            for single in as_completed(singles):
                done = singles[single]
                doc: Document | None = None
                problem: KamerstukError | None = None
                try:
                    doc = single.result()
                except KamerstukError as error:
                    problem = error
                for i in waiting[done]:
                    results[i] = Resolved(inputs[i], plans[i][0], doc, problem)
                bar.update(len(waiting[done]))
        bar.close()
        return [r for r in results if r is not None]


@functools.lru_cache(maxsize=8)
def _cached_session(
    sru_url: str, zoek_url: str, cache: CacheOption, rate: float | None
) -> requests.Session:
    return make_session(sru_url=sru_url, zoek_url=zoek_url, cache=cache, rate=rate)


def _shared_session(
    sru_url: str, zoek_url: str, cache: CacheOption, rate: float | None
) -> requests.Session:
    # One session (one connection pool, one SQLite handle, one rate limit) per configuration,
    # so that resolve() in a loop is as polite and as fast as resolve_all().
    try:
        return _cached_session(sru_url, zoek_url, cache, rate)  # type: ignore[arg-type]
    except TypeError:  # an unhashable cache backend
        return make_session(sru_url=sru_url, zoek_url=zoek_url, cache=cache, rate=rate)


def resolve(
    citation: Citation | Match | str,
    *,
    session: requests.Session | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT,
    offline: bool = False,
    cache: CacheOption = True,
    sru_url: str | None = None,
    zoek_url: str | None = None,
) -> Document:
    """The :class:`~kamerstuk.Document` a citation (or its text, or an identifier) names.

    Raises NotFound, Ambiguous (with ``candidates``), NoIdentifier (too little to go on),
    ParseError (text that is not a citation) or ResolveError (with ``url`` and ``status``).
    """
    resolver = Resolver(
        session=session,
        sru_url=sru_url,
        zoek_url=zoek_url,
        cache=cache,
        timeout=timeout,
        offline=offline,
    )
    return resolver.resolve(citation)


def resolve_all(
    citations: Iterable[Citation | Match | str],
    *,
    workers: int = DEFAULT_WORKERS,
    progress: bool | None = None,
    session: requests.Session | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT,
    offline: bool = False,
    cache: CacheOption = True,
    sru_url: str | None = None,
    zoek_url: str | None = None,
    rate: float | None = DEFAULT_RATE,
    batch: int = DEFAULT_BATCH,
) -> list[Resolved]:
    """Resolve many citations concurrently (``workers``), politely (``rate`` requests/s), in input
    order, each failure kept in its :class:`Resolved` rather than raised.
    """
    resolver = Resolver(
        session=session,
        sru_url=sru_url,
        zoek_url=zoek_url,
        cache=cache,
        timeout=timeout,
        offline=offline,
        rate=rate,
        batch=batch,
    )
    return resolver.resolve_all(citations, workers=workers, progress=progress)
