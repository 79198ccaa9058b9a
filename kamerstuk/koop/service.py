"""The KOOP services as one resolving run sees them: requests, SRU pages, and what they answer.

A :class:`Service` is made for each :func:`kamerstuk.resolve` call and each
:func:`kamerstuk.resolve_all` run. Within it, each URL is fetched once however many threads want
it, and a host that cannot be reached (or answers nothing in time) is not asked again: the other
requests to it fail at once with the same message, so a silent server costs one deadline per run,
not one per document. Every answer is checked to be the document asked for.

SRU pages are read with ``maximumRecords`` as large as the service allows (:data:`PAGE`) and
followed by ``nextRecordPosition``, up to :data:`MAX_RECORDS` records for one question.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import attrs

from ..model.errors import Ambiguous, NotFound, ResolveError
from .document import Document
from .dossier import DossierDocuments, in_order
from .once import Once
from .queries import Search, attachment_of, by_identifiers, loosely
from .records import Record, parse_metadata, parse_sru
from .session import fetch, host_of

if TYPE_CHECKING:
    import requests

__all__ = ["MAX_PAGES", "MAX_RECORDS", "PAGE", "Service", "message_of"]

#: ``maximumRecords`` asked for: the most KOOP's SRU service gives in one page (docs/koop.md §3).
PAGE = 5000
#: Records read at most for one question (a search, a dossier, one batch of identifiers).
MAX_RECORDS = 1000
#: Pages read at most for one question: a guard against a server that pages without end.
MAX_PAGES = 50

# Failures that say the host is out of reach for this run (see Service.get).
_UNREACHABLE = ("cannot reach ", "did not answer in time", "no answer within", "no free connection")


def message_of(err: ResolveError) -> str:
    """What ``err`` says, without the ``(HTTP n) for URL`` its str() ends with.

    >>> message_of(ResolveError("cannot reach repository.overheid.nl (offline?)", "https://x/sru"))
    'cannot reach repository.overheid.nl (offline?)'
    """
    text = str(err)
    url = getattr(err, "url", None)
    status = getattr(err, "status", None)
    tail = (f" (HTTP {status})" if status is not None else "") + (f" for {url}" if url else "")
    return text[: -len(tail)] if tail and text.endswith(tail) else text


@attrs.frozen
class Answer:
    """The records an SRU question gave: the first page's URL, how many the service has in all,
    and whether every one of them was read."""

    url: str
    records: tuple[Record, ...]
    total: int
    complete: bool


def _document(record: Record, attachments: tuple[Document, ...] = ()) -> Document | None:
    # One record that cannot be read costs its own document only, not the batch it came in
    # (its identifier then goes on to the fallbacks, which say what is wrong).
    try:
        return Document.from_record(record, attachments)
    except Exception:
        return None


def _with_attachments(records: Iterable[Record], wanted: Iterable[str]) -> dict[str, Document]:
    """Documents of the ``wanted`` identifiers found in ``records``, each with its bijlagen."""
    ids = set(wanted)
    bijlagen: dict[str, list[Document]] = {}
    mains: dict[str, Record] = {}
    for record in records:
        main = attachment_of(record, ids)
        if main is not None:
            if (bijlage := _document(record)) is not None:
                bijlagen.setdefault(main, []).append(bijlage)
        elif record.identifier in ids:
            mains.setdefault(record.identifier, record)
    found = {i: _document(r, tuple(bijlagen.get(i, ()))) for i, r in mains.items()}
    return {i: d for i, d in found.items() if d is not None}


class Service:
    """One run's view of the services: a session, the service URLs and how to ask them."""

    def __init__(
        self,
        session: requests.Session,
        sru_url: str,
        zoek_url: str,
        *,
        timeout: float | tuple[float, float],
        offline: bool,
        max_bytes: int,
    ) -> None:
        self.session = session
        self.sru_url = sru_url
        self.zoek_url = zoek_url
        self.timeout = timeout
        self.offline = offline
        self.max_bytes = max_bytes
        self._once = Once()

    # -- requests ---------------------------------------------------------------------------

    def get(self, url: str) -> bytes:
        """The body at ``url``, fetched once in this run whoever asks (ResolveError else)."""
        host = host_of(url)
        return self._once.get(url, host, lambda: self._fetch(url, host))

    def _fetch(self, url: str, host: str) -> bytes:
        try:
            return fetch(
                self.session, url, timeout=self.timeout, offline=self.offline,
                max_bytes=self.max_bytes,
            )  # fmt: skip
        except ResolveError as err:
            message = message_of(err)
            if message.startswith(_UNREACHABLE):
                self._once.give_up(host, message)
            raise

    # -- SRU --------------------------------------------------------------------------------

    def sru_url_for(self, query: str, start: int = 1, maximum: int = PAGE) -> str:
        """The searchRetrieve URL for ``query`` from record ``start`` on."""
        params = {
            "operation": "searchRetrieve",
            "version": "2.0",
            "query": query,
            "startRecord": str(start),
            "maximumRecords": str(maximum),
            "recordSchema": "gzd",
            "httpAccept": "application/xml",
        }
        return f"{self.sru_url}?{urlencode(params)}"

    def ask(self, query: str, *, cap: int | None = None, pages: bool = True) -> Answer:
        """Every record for ``query``, page after page, up to ``cap`` (:data:`MAX_RECORDS`; one
        page only if not ``pages``). Records are kept once each (a server may repeat one).
        """
        cap = cap or MAX_RECORDS
        first = ""
        records: list[Record] = []
        seen: set[str] = set()
        start, total = 1, 0
        for _ in range(MAX_PAGES):
            url = self.sru_url_for(query, start, max(1, min(PAGE, cap - len(records))))
            first = first or url
            result = parse_sru(self.get(url), url)
            total = result.total
            before = len(records)
            for record in result.records:
                key = record.identifier
                if key is None or key not in seen:
                    seen.add(key or "")
                    records.append(record)
            following = result.next_position or start + len(result.records)
            # Stop on the last page, at the cap, and at a server that does not page on.
            if not pages or len(records) == before or len(records) >= cap or following > total:
                break
            start = following
        return Answer(first, tuple(records[:cap]), total, len(records) >= total)

    def lookup(self, identifiers: Sequence[str]) -> dict[str, Document]:
        """The documents of ``identifiers`` the SRU index has (``==``), with their bijlagen."""
        answer = self.ask(by_identifiers(identifiers))
        return _with_attachments(answer.records, identifiers)

    def lookup_loosely(self, identifiers: Sequence[str]) -> dict[str, Document]:
        """Those of ``identifiers`` that KOOP writes in another case (``=``, one page), by the
        identifier asked for."""
        answer = self.ask(loosely(identifiers), cap=max(50, 4 * len(identifiers)), pages=False)
        wanted = {i.casefold(): i for i in identifiers}
        found: dict[str, Document] = {}
        for record in answer.records:
            asked = wanted.get((record.identifier or "").casefold())
            if asked is not None and asked not in found and (doc := _document(record)):
                found[asked] = doc
        return found

    def search(self, search: Search) -> Document:
        """The one document ``search`` finds, with its bijlagen where the answer holds them."""
        answer = self.ask(search.query)
        picked = search.pick(answer.records)
        if len(picked) == 1:
            ident = picked[0].identifier or ""
            document = _with_attachments(answer.records, [ident]).get(ident)
            if document is None:
                raise ResolveError(f"the record of {ident} cannot be read", answer.url)
            return document
        if picked:
            ids = tuple(sorted({r.identifier or "?" for r in picked}))
            raise Ambiguous(f"{len(ids)} documents match {search.what}", ids, answer.url)
        if not answer.complete:
            raise ResolveError(
                f"{answer.total} records to search for {search.what}, more than the"
                f" {len(answer.records)} read; be more precise",
                answer.url,
            )
        raise NotFound(f"no document matches {search.what}", answer.url)

    def listing(self, search: Search, dossier: str, *, limit: int) -> DossierDocuments:
        """The Kamerstukken of a dossier (at most ``limit``), each with its bijlagen."""
        # Bijlagen come in the same pages; read enough for them too, within the usual cap.
        answer = self.ask(search.query, cap=max(limit, MAX_RECORDS))
        stukken = search.pick(answer.records)
        if not stukken:
            if not answer.complete:
                raise ResolveError(f"no Kamerstuk of {search.what} in the first pages", answer.url)
            raise NotFound(f"no document matches {search.what}", answer.url)
        ids = [r.identifier or "" for r in stukken]
        documents = in_order(list(_with_attachments(answer.records, ids).values()))
        return DossierDocuments(
            dossier=dossier,
            documents=documents[:limit],
            complete=answer.complete and len(documents) <= limit,
            title=next((d.dossier_title for d in documents if d.dossier_title), None),
            url=f"{self.zoek_url}/dossier/{dossier}",
        )

    def by_metadata(self, identifier: str) -> Document:
        """The document at ``{zoek}/{id}/metadata.xml``, if that is the metadata of ``identifier``.

        Anything else there (another document's metadata, an HTML page served with 200, XML
        without an identifier) is NotFound: KOOP has no metadata of this one.
        """
        url = f"{self.zoek_url}/{identifier}/metadata.xml"
        body = self.get(url)
        try:
            record = parse_metadata(body, url)
        except ResolveError as err:  # a page that is no metadata at all
            raise NotFound(f"no metadata of {identifier} ({message_of(err)})", url) from err
        found = record.identifier
        if found is None or found.casefold() != identifier.casefold():
            raise NotFound(
                f"no metadata of {identifier}: the service answered with that of {found!r}", url
            )
        # zoek's documented page form (docs/koop.md §2); no repository path is made up.
        urls = {"metadata": url, "page": f"{self.zoek_url}/{found}.html"}
        return Document.from_record(Record(record.fields, urls))
