"""resolve() and resolve_all(): the document a citation names, from officielebekendmakingen.nl.

A citation with an identifier is looked up in the SRU service with ``dt.identifier==`` (many in one
request in :func:`resolve_all`, with the bijlagen of each in the same answer). The record gives
the title, type, dates, chamber, dossier and the URL of every manifestation (``gzd:itemUrl``). An
identifier the index does not know is asked once more with ``=`` (KOOP may write it in another
case), then a Kamerstuk is searched by dossier and ondernummer (legacy and Rijkswet identifiers
differ from the computed one) and anything else tried at ``{zoek}/{id}/metadata.xml``. A citation
without an identifier is searched for and must match exactly one record, else :class:`Ambiguous`;
a whole dossier gives its Kamerstukken (:class:`~kamerstuk.koop.dossier.DossierDocuments`).

Every call has a total ``deadline`` (60 s by default): a silent or trickling server, a long
``Retry-After`` or a locked cache cannot hold it longer.

>>> import kamerstuk
>>> kamerstuk.resolve("kst-33694-20", offline=True, cache=False)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kamerstuk.ResolveError: offline, and no cache to answer from for https://repository.overheid.nl/sru?...

``offline=True`` never touches the network: it answers from the cache or raises ResolveError.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar, Union

from ..grammar.parsing import parse
from ..model.citations import Citation, Kamerstuk, Kamervragen
from ..model.errors import KamerstukError, NoIdentifier, NotFound, ParseError
from ..model.fields import iterable_of_texts, text_of
from ..model.found import Match
from ..model.identifier_parser import from_identifier
from ..model.registers import Register, Zaaknummer
from .batch import Resolved, Run, unexpected
from .cache import CacheOption
from .document import Document
from .dossier import DossierDocuments
from .fetching import document_html, document_text
from .queries import (
    Search,
    dossier_reading,
    dossier_search,
    is_dossier,
    needs_search,
    normal_identifier,
    search_for,
    stuk_reading,
)
from .service import Service
from .session import (
    DEFAULT_IN_FLIGHT,
    DEFAULT_MAX_BYTES,
    DEFAULT_RATE,
    DEFAULT_TIMEOUT,
    service_urls,
    shared_session,
)
from .transport import bounded

if TYPE_CHECKING:
    import requests

__all__ = [
    "DEFAULT_BATCH",
    "DEFAULT_DEADLINE",
    "DEFAULT_LIMIT",
    "DEFAULT_WORKERS",
    "Resolved",
    "Resolver",
    "resolve",
    "resolve_all",
]

#: Threads in resolve_all; the politeness per host (rate, in flight), not this, sets the pace.
DEFAULT_WORKERS = 4
#: Identifiers per SRU request in resolve_all: 1,000 citations cost 20 requests. The query
#: (with the bijlagen of each) stays near 4 kB, well within what servers take in a URL.
DEFAULT_BATCH = 50
#: Seconds one document (one resolve(), one unit of resolve_all's work) may take in all.
DEFAULT_DEADLINE = 60.0
#: Kamerstukken listed at most for a whole dossier.
DEFAULT_LIMIT = 1000

_IDENTIFIER = re.compile(
    r"^(?:kst|h|ah|kv|stb|stcrt|trb|gmb|prb|wsb|bgr|blg|nds|ag)-[A-Za-z0-9_-]+$", re.IGNORECASE
)
Timeout = Union[float, "tuple[float, float]"]
Target = Union[str, Search]  # noqa: UP007 - a runtime alias; `|` needs Python 3.10 objects
Found = Union[Document, DossierDocuments]  # noqa: UP007
T = TypeVar("T")


class Resolver:
    """A configured resolver: one session, the service URLs, timeouts, deadline and batch size.

    >>> r = Resolver(cache=False, sru_url="http://127.0.0.1:9/sru", zoek_url="http://127.0.0.1:9")
    >>> r.sru_url, r.deadline
    ('http://127.0.0.1:9/sru', 60.0)
    """

    def __init__(
        self,
        *,
        session: requests.Session | None = None,
        sru_url: str | None = None,
        zoek_url: str | None = None,
        cache: CacheOption = True,
        timeout: Timeout = DEFAULT_TIMEOUT,
        deadline: float | None = DEFAULT_DEADLINE,
        rate: float | None = DEFAULT_RATE,
        in_flight: int = DEFAULT_IN_FLIGHT,
        offline: bool = False,
        batch: int = DEFAULT_BATCH,
        limit: int = DEFAULT_LIMIT,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.sru_url, self.zoek_url = service_urls(sru_url, zoek_url)
        self.session = session or shared_session(
            self.sru_url, self.zoek_url, cache, rate, max(1, in_flight)
        )
        self.timeout = timeout
        self.deadline = deadline
        self.offline = offline
        self.batch = max(1, batch)
        self.limit = max(1, limit)
        self.max_bytes = max_bytes

    def service(self) -> Service:
        """A fresh view of the services for one call or run (its own memo and unreachable hosts)."""
        return Service(
            self.session, self.sru_url, self.zoek_url, timeout=self.timeout,
            offline=self.offline, max_bytes=self.max_bytes,
        )  # fmt: skip

    def bounded(self, work: Callable[[], T]) -> T:
        """``work()`` within the deadline; abandoned (a ResolveError) when it runs past it."""
        return bounded(self.deadline, work, self.sru_url)

    # -- single -----------------------------------------------------------------------------

    def resolve(self, item: Citation | Match | str | float | None) -> Found:
        """The document ``item`` (a citation, its text, or an identifier) names, or a dossier's
        documents. Input that is no citation is a ParseError or NoIdentifier, raised before any
        request; every other failure is a ResolveError."""
        citation, target = self.target(item)
        try:
            return self.bounded(functools.partial(self.finish, self.service(), citation, target))
        except KamerstukError:
            raise
        except Exception as err:
            raise unexpected(err, item) from err

    def target(self, item: Citation | Match | str | float | None) -> tuple[Citation | None, Target]:
        """What to ask the service for ``item``: an identifier, or a :class:`Search`."""
        if isinstance(item, Match):  # straight from find(): resolve_all(kamerstuk.find(text))
            item = item.citation
        if not isinstance(item, Citation):
            # None and NaN are empty text, which parse() refuses as every other non-citation.
            item = text_of(item, "resolve()")
        if isinstance(item, str):
            text = item.strip()
            if _IDENTIFIER.match(text):
                asked = normal_identifier(text)
                try:
                    cited = from_identifier(asked)
                except ParseError:  # an identifier shape the parser does not know: ask as is
                    return None, asked
                # In KOOP's case (kst-cxxiv-g, as links write it, is kst-CXXIV-G), which the
                # exact lookup finds; an odd one of KOOP's own is found by the loose one.
                return cited, cited.identifier or asked
            citation = parse(text)
        else:
            citation = item
        if isinstance(citation, Zaaknummer):
            # KOOP publishes a zaak by its number only as a written question (kv-tk-...):
            # that is the one document a zaak number can name there.
            citation = Kamervragen(number=citation.number)
        if isinstance(citation, Register):
            # Zaak numbers, ECLI, BWB, CVDR, CELEX, the Publicatieblad: not KOOP's publications.
            raise NoIdentifier(
                f"cannot resolve {citation.format()} at KOOP ({citation.kind}: not a publication"
                f" of officielebekendmakingen.nl); its own register has it at"
                f" {citation.url or 'no known URL'}"
            )
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

    def finish(
        self,
        service: Service,
        citation: Citation | None,
        target: Target,
        known: dict[str, Document] | None = None,
    ) -> Found:
        """Ask ``service`` for ``target``. ``known`` holds what resolve_all's batches found
        already (then neither lookup is sent again). Where an ambiguous citation ("36 200 A")
        names no stuk, its other reading, the whole dossier, is listed."""
        try:
            return self._finish(service, citation, target, known)
        except NotFound:
            whole = dossier_reading(citation) if isinstance(citation, Kamerstuk) else None
            if whole is None:
                raise
            return service.listing(dossier_search(whole), str(whole.dossier), limit=self.limit)

    def _finish(
        self,
        service: Service,
        citation: Citation | None,
        target: Target,
        known: dict[str, Document] | None,
    ) -> Found:
        if isinstance(target, Search):
            if citation is not None and is_dossier(citation):
                assert isinstance(citation, Kamerstuk)
                return service.listing(target, str(citation.dossier), limit=self.limit)
            return service.search(target)
        if known is None:
            known = service.lookup([target])
            if target not in known:
                known = service.lookup_loosely([target])
        if target in known:
            return known[target]
        if isinstance(citation, Kamerstuk):
            # kst ids with a vergaderjaar (1995-2010) or a Rijkswet suffix differ from the
            # computed one; the dossier and ondernummer find them (docs/koop.md §6.3).
            return service.search(search_for(citation))
        return service.by_metadata(target)

    def lookup(self, identifiers: list[str]) -> dict[str, Document]:
        """The documents of ``identifiers`` that the SRU index has (exact identifiers)."""
        return self.bounded(functools.partial(self.service().lookup, identifiers))

    # -- the document itself ----------------------------------------------------------------

    def text(self, document: Document) -> str:
        """``document``'s text (see :meth:`kamerstuk.Document.text`): a resolver is a
        :class:`~kamerstuk.koop.document.Fetcher`."""
        return document_text(document, self._get)

    def html(self, document: Document) -> str:
        """``document``'s HTML manifestation (see :meth:`kamerstuk.Document.html`)."""
        return document_html(document, self._get)

    def _get(self, url: str) -> bytes:
        return self.bounded(functools.partial(self.service().get, url))

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
        ``progress=None`` shows a bar only on a terminal. Nothing is raised for one item: its
        :class:`Resolved` holds its error.
        """
        iterable_of_texts(items, "resolve_all()", "citations")
        return Run(self, list(items), workers=workers, progress=progress).results()


def resolve(
    citation: Citation | Match | str | float | None,
    *,
    session: requests.Session | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT,
    deadline: float | None = DEFAULT_DEADLINE,
    offline: bool = False,
    cache: CacheOption = True,
    sru_url: str | None = None,
    zoek_url: str | None = None,
    rate: float | None = DEFAULT_RATE,
    in_flight: int = DEFAULT_IN_FLIGHT,
    limit: int = DEFAULT_LIMIT,
) -> Document | DossierDocuments:
    """The :class:`~kamerstuk.Document` a citation (or its text, or an identifier) names; for a
    whole dossier (``"Kamerstuk 35300"``) its Kamerstukken, at most ``limit``, as
    :class:`~kamerstuk.koop.dossier.DossierDocuments`.

    Raises ParseError (text that is not a citation) or NoIdentifier (too little to go on) before
    any request; otherwise only ResolveError and its kinds: NotFound, Ambiguous (with
    ``candidates``), and ResolveError itself (with ``url`` and ``status``) for everything else,
    a deadline of ``deadline`` seconds passed included.
    """
    resolver = Resolver(
        session=session,
        sru_url=sru_url,
        zoek_url=zoek_url,
        cache=cache,
        timeout=timeout,
        deadline=deadline,
        offline=offline,
        rate=rate,
        in_flight=in_flight,
        limit=limit,
    )
    return resolver.resolve(citation)


def resolve_all(
    citations: Iterable[Citation | Match | str],
    *,
    workers: int = DEFAULT_WORKERS,
    progress: bool | None = None,
    session: requests.Session | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT,
    deadline: float | None = DEFAULT_DEADLINE,
    offline: bool = False,
    cache: CacheOption = True,
    sru_url: str | None = None,
    zoek_url: str | None = None,
    rate: float | None = DEFAULT_RATE,
    in_flight: int = DEFAULT_IN_FLIGHT,
    batch: int = DEFAULT_BATCH,
    limit: int = DEFAULT_LIMIT,
) -> list[Resolved]:
    """Resolve many citations concurrently (``workers``), politely (``rate`` requests a second
    and ``in_flight`` at once per host), in input order, each failure kept in its
    :class:`Resolved` rather than raised. ``deadline`` bounds each document's share of the work.
    """
    resolver = Resolver(
        session=session,
        sru_url=sru_url,
        zoek_url=zoek_url,
        cache=cache,
        timeout=timeout,
        deadline=deadline,
        offline=offline,
        rate=rate,
        in_flight=in_flight,
        batch=batch,
        limit=limit,
    )
    return resolver.resolve_all(citations, workers=workers, progress=progress)
