"""The :class:`Document` a citation resolves to: KOOP's metadata, in plain typed fields.

Importing this module needs no network library; :func:`kamerstuk.resolve` builds documents.

>>> from kamerstuk.koop.records import Field, Record
>>> record = Record(
...     (Field("identifier", None, "kst-33694-20"), Field("title", None, "Brief regering"),
...      Field("creator", None, "Tweede Kamer der Staten-Generaal"),
...      Field("vergaderjaar", None, "2015-2016"), Field("date", None, "2016-02-12")),
...     {"pdf": "https://repository.overheid.nl/frbr/officielepublicaties/kst/33694/kst-33694-20/1/pdf/kst-33694-20.pdf"},
... )
>>> d = Document.from_record(record)
>>> d.identifier, d.chamber, str(d.vergaderjaar), d.date
('kst-33694-20', <Chamber.II: 'II'>, '2015-2016', datetime.date(2016, 2, 12))
>>> d.to_dict()["chamber"], d.to_dict()["url_pdf"].endswith(".pdf"), d.to_dict()["url_xml"]
('II', True, None)

``doc.text()`` and ``doc.html()`` fetch the document itself (its ``xml`` and ``html``
manifestations) through a :class:`Fetcher` they are given (a resolver) or make, cached like its
metadata; this module imports neither the resolver nor requests.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from ..model.errors import InvalidValue, ResolveError
from ..model.values import Chamber, Vergaderjaar
from .origins import safe_link, trust_origin

if TYPE_CHECKING:
    import requests

    from .cache import CacheOption
    from .records import Record

__all__ = [
    "DATE_FIELDS",
    "DICT_KEYS",
    "MANIFESTATIONS",
    "Document",
    "Fetcher",
    "safe_link",
    "trust_origin",
]


class Fetcher(Protocol):
    """What a document asks for its own text and HTML: a :class:`kamerstuk.Resolver`, or the
    :class:`~kamerstuk.koop.fetching.DocumentFetcher` that :meth:`Document.text` makes."""

    def text(self, document: Document) -> str: ...

    def html(self, document: Document) -> str: ...


#: The manifestations a document may have, by the name KOOP gives them (``gzd:itemUrl``).
MANIFESTATIONS = ("html", "xml", "pdf", "odt", "metadata", "metadataowms")

#: The keys of :meth:`Document.to_dict`, in order: the same for every document (CSV columns).
DICT_KEYS = (
    "identifier",
    "title",
    "type",
    "date",
    "vergaderjaar",
    "chamber",
    "dossier",
    "dossier_title",
    "ondernummer",
    "submitter",
    "indieners",
    "subject",
    "available",
    "modified",
    "attachments",
    "url",
    "url_html",
    "url_pdf",
    "url_xml",
    "url_odt",
    "url_metadata",
)

#: Metadata fields that hold a date, in the order that picks :attr:`Document.date`: the meeting for
#: Handelingen, then the document's own date, then signing and publication (docs/koop.md §3).
DATE_FIELDS = (
    "datumVergadering",
    "date",
    "datumBrief",
    "datumOndertekening",
    "datumIndiening",
    "datumOntvangst",
    "issued",
    "available",
    "modified",
)

# Type values that say nothing about the document ("officiële publicatie" is on everything).
_VAGUE_TYPES = {"officiële publicatie", "officiele publicatie"}
# Schemes of the precise document type, most specific first (docs/koop.md §3; PLOOI's mapping).
_TYPE_SCHEMES = (
    "OVERHEIDop.KamerstukTypen",
    "OVERHEIDop.HandelingTypen",
    "OVERHEIDop.AanhangselTypen",
    "OVERHEIDop.KamervraagTypen",
)
_CHAMBERS = {
    "tweede kamer": Chamber.II,
    "eerste kamer": Chamber.I,
    "verenigde vergadering": Chamber.VV,
}


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _chamber(texts: list[str]) -> Chamber | None:
    for text in texts:
        for name, chamber in _CHAMBERS.items():
            if name in text.lower():
                return chamber
    return None


def _vergaderjaar(text: str | None) -> Vergaderjaar | None:
    try:
        return Vergaderjaar.parse(text) if text else None
    except InvalidValue:
        # Data oddities such as "2005-2005" are passed through in metadata, not invented here.
        return None


def _doc_type(record: Record) -> str | None:
    for scheme in _TYPE_SCHEMES:
        found = record.first("type", scheme) or record.first("subrubriek", scheme)
        if found:
            return found
    precise = [t for t in record.all("type") if t.lower() not in _VAGUE_TYPES]
    return precise[-1] if precise else record.first("publicatienaam")


@attrs.frozen(kw_only=True)
class Document:
    """One publication on officielebekendmakingen.nl, as its metadata describes it.

    ``urls`` maps each manifestation the service lists (``html``, ``xml``, ``pdf``, ``odt``,
    ``metadata``, ``metadataowms``) to its URL, plus ``page`` for the zoek page readers use.
    ``dates`` holds every date field the metadata has (``date``, ``available``, ``issued``,
    ``datumVergadering`` …) and ``date`` the one that dates the document itself; ``available``
    is the day it was published, ``modified`` the day its record last changed. ``indieners`` are
    the members or ministers who submitted it, ``subject`` KOOP's policy-area labels
    (``"Bestuur | Gemeenten"``). ``attachments`` are its bijlagen (``blg-`` documents, found by
    their ``hoofddocument``). ``metadata`` is the whole record as a plain dict (a list where a
    field repeats).
    """

    identifier: str
    title: str | None = None
    type: str | None = None
    date: dt.date | None = None
    dates: dict[str, dt.date] = attrs.field(factory=dict, hash=False)
    vergaderjaar: Vergaderjaar | None = None
    chamber: Chamber | None = None
    dossier: str | None = None
    dossier_title: str | None = None
    ondernummer: str | None = None
    submitter: str | None = None
    indieners: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    available: dt.date | None = None
    modified: dt.date | None = None
    attachments: tuple[Document, ...] = ()
    urls: dict[str, str] = attrs.field(factory=dict, hash=False)
    metadata: dict[str, Any] = attrs.field(factory=dict, hash=False, repr=False)

    @classmethod
    def from_record(cls, record: Record, attachments: tuple[Document, ...] = ()) -> Document:
        """The document a parsed SRU record or metadata.xml describes."""
        identifier = record.identifier
        if not identifier:
            raise ResolveError("a record without an identifier")
        dates = {
            name: day
            for name in DATE_FIELDS
            if (text := record.first(name)) and (day := _iso_date(text)) is not None
        }
        indieners = tuple(record.all("indiener"))
        ministries = record.all("creator", "OVERHEID.Ministerie") or record.all("ministerie")
        return cls(
            identifier=identifier,
            # Before 2010 there is no documenttitel; DC.title then is the whole heading.
            title=record.first("documenttitel") or record.first("title"),
            type=_doc_type(record),
            date=next(iter(dates.values()), None),
            dates=dates,
            vergaderjaar=_vergaderjaar(record.first("vergaderjaar")),
            chamber=_chamber(record.all("creator")),
            dossier=record.first("dossiernummer"),
            dossier_title=record.first("dossiertitel"),
            ondernummer=record.first("ondernummer"),
            submitter="; ".join(indieners or ministries) or None,
            indieners=indieners,
            # SRU and OWMS say dcterms:subject or overheid:category; metadata.xml OVERHEID.category.
            subject=tuple(dict.fromkeys(record.all("subject") + record.all("category"))),
            available=dates.get("available"),
            modified=dates.get("modified"),
            attachments=attachments,
            urls=dict(record.urls),
            metadata=record.to_dict(),
        )

    @property
    def url(self) -> str | None:
        """The page to read it on: the zoek page, else the HTML, else the PDF."""
        return next((self.urls[k] for k in ("page", "html", "pdf") if k in self.urls), None)

    def text(
        self,
        *,
        resolver: Fetcher | None = None,
        session: requests.Session | None = None,
        cache: CacheOption = True,
        offline: bool = False,
        timeout: float | tuple[float, float] = (10.0, 30.0),
        deadline: float | None = 60.0,
        sru_url: str | None = None,
        zoek_url: str | None = None,
    ) -> str:
        """The document's text, from its XML (else its HTML): one paragraph a line, blank lines
        between, markup and metadata left out. ``kamerstuk.find(doc.text())`` gives the citations
        in it.

        Fetched through ``resolver`` (a :class:`kamerstuk.Resolver`, or any :class:`Fetcher`);
        without one, through the session the other arguments configure, as they configure
        :func:`kamerstuk.resolve` (the defaults are its defaults), cached like the metadata.
        NotFound where KOOP has neither (before 1995 often only a PDF).
        """
        fetcher = resolver or _fetcher(
            session, cache, offline, timeout, deadline, sru_url, zoek_url
        )
        return fetcher.text(self)

    def html(
        self,
        *,
        resolver: Fetcher | None = None,
        session: requests.Session | None = None,
        cache: CacheOption = True,
        offline: bool = False,
        timeout: float | tuple[float, float] = (10.0, 30.0),
        deadline: float | None = 60.0,
        sru_url: str | None = None,
        zoek_url: str | None = None,
    ) -> str:
        """The document's HTML manifestation as KOOP publishes it (NotFound where it has none);
        fetched and cached as :meth:`text` is, with the same arguments."""
        fetcher = resolver or _fetcher(
            session, cache, offline, timeout, deadline, sru_url, zoek_url
        )
        return fetcher.html(self)

    def to_dict(self) -> dict[str, Any]:
        """A flat, JSON-ready dict with exactly :data:`DICT_KEYS` (a DataFrame row, a CSV line).

        Lists (``indieners``, ``subject``, the identifiers of ``attachments``) are joined with
        ``"; "``; ``url_html`` … ``url_metadata`` are the manifestations (None where the service
        lists none). The nested ``metadata`` and the other ``urls`` stay on the object.
        """

        def day(value: dt.date | None) -> str | None:
            return value.isoformat() if value else None

        def joined(values: tuple[str, ...]) -> str | None:
            return "; ".join(values) or None

        return {
            "identifier": self.identifier,
            "title": self.title,
            "type": self.type,
            "date": day(self.date),
            "vergaderjaar": str(self.vergaderjaar) if self.vergaderjaar else None,
            "chamber": self.chamber.value if self.chamber else None,
            "dossier": self.dossier,
            "dossier_title": self.dossier_title,
            "ondernummer": self.ondernummer,
            "submitter": self.submitter,
            "indieners": joined(self.indieners),
            "subject": joined(self.subject),
            "available": day(self.available),
            "modified": day(self.modified),
            "attachments": joined(tuple(a.identifier for a in self.attachments)),
            "url": self.url,
            **{f"url_{k}": self.urls.get(k) for k in ("html", "pdf", "xml", "odt", "metadata")},
        }

    def _repr_html_(self) -> str:
        """How Jupyter shows a document: title, type, date, a link per manifestation and its
        bijlagen. Only https links (and those of the configured services) are links."""
        esc = html.escape
        facts = " · ".join(
            esc(str(x))
            for x in (self.type, self.date, self.vergaderjaar, self.chamber and self.chamber.value)
            if x
        )
        bijlagen = "".join(
            f"<li>{_link(a.url or '', a.title or a.identifier)}</li>" for a in self.attachments
        )
        return (
            "<div class='kamerstuk-document'>"
            f"<strong>{esc(self.title or self.identifier)}</strong><br>"
            f"<code>{esc(self.identifier)}</code> {facts}<br>"
            + " · ".join(_link(url, name) for name, url in sorted(self.urls.items()))
            + (f"<ul>{bijlagen}</ul>" if bijlagen else "")
            + "</div>"
        )


def _fetcher(
    session: requests.Session | None,
    cache: CacheOption,
    offline: bool,
    timeout: float | tuple[float, float],
    deadline: float | None,
    sru_url: str | None,
    zoek_url: str | None,
) -> Fetcher:
    """A fetcher for one call, on the shared session of the configuration (the resolver's)."""
    # Imported on first use: the session brings requests, which this module (and so
    # `import kamerstuk`) must not load. Neither imports this module: no cycle.
    from .fetching import DocumentFetcher
    from .session import DEFAULT_IN_FLIGHT, DEFAULT_RATE, service_urls, shared_session

    if session is None:
        sru, zoek = service_urls(sru_url, zoek_url)
        session = shared_session(sru, zoek, cache, DEFAULT_RATE, DEFAULT_IN_FLIGHT)
    return DocumentFetcher(session, timeout=timeout, deadline=deadline, offline=offline)


def _link(url: str, text: str) -> str:
    """``text`` linked to ``url`` where that is a safe link, else ``text`` alone, escaped."""
    if url and safe_link(url):
        return f'<a href="{html.escape(url)}">{html.escape(text)}</a>'
    return html.escape(text)
