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
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any

import attrs

from ..model.errors import InvalidValue
from ..model.values import Chamber, Vergaderjaar

if TYPE_CHECKING:
    from .records import Record

__all__ = ["DATE_FIELDS", "DICT_KEYS", "Document"]

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
    "url",
    "url_html",
    "url_pdf",
    "url_xml",
    "url_metadata",
)

#: Metadata fields that hold a date, in the order that picks :attr:`Document.date`: the meeting for
#: Handelingen, then the document's own date, then signing and publication (koop.md §3).
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
# Schemes of the precise document type, most specific first (koop.md §3; PLOOI's mapping).
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
    ``datumVergadering`` …) and ``date`` the one that dates the document itself. ``metadata`` is
    the whole record as a plain dict (a list where a field repeats).
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
    urls: dict[str, str] = attrs.field(factory=dict, hash=False)
    metadata: dict[str, Any] = attrs.field(factory=dict, hash=False, repr=False)

    @classmethod
    def from_record(cls, record: Record) -> Document:
        """The document a parsed SRU record or metadata.xml describes."""
        identifier = record.identifier
        if not identifier:
            from ..model.errors import ResolveError

            raise ResolveError("a record without an identifier")
        dates = {
            name: day
            for name in DATE_FIELDS
            if (text := record.first(name)) and (day := _iso_date(text)) is not None
        }
        submitters = record.all("indiener")
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
            submitter="; ".join(submitters or ministries) or None,
            urls=dict(record.urls),
            metadata=record.to_dict(),
        )

    @property
    def url(self) -> str | None:
        """The page to read it on: the zoek page, else the HTML, else the PDF."""
        return next((self.urls[k] for k in ("page", "html", "pdf") if k in self.urls), None)

    def to_dict(self) -> dict[str, Any]:
        """A flat, JSON-ready dict with exactly :data:`DICT_KEYS` (a DataFrame row, a CSV line).

        ``url_html`` … ``url_metadata`` are the manifestations (None where the service lists none);
        the nested ``metadata`` and the other ``urls`` stay on the object.
        """
        return {
            "identifier": self.identifier,
            "title": self.title,
            "type": self.type,
            "date": self.date.isoformat() if self.date else None,
            "vergaderjaar": str(self.vergaderjaar) if self.vergaderjaar else None,
            "chamber": self.chamber.value if self.chamber else None,
            "dossier": self.dossier,
            "dossier_title": self.dossier_title,
            "ondernummer": self.ondernummer,
            "submitter": self.submitter,
            "url": self.url,
            **{f"url_{k}": self.urls.get(k) for k in ("html", "pdf", "xml", "metadata")},
        }

    def _repr_html_(self) -> str:
        """How Jupyter shows a document: title, type, date and a link per manifestation."""
        esc = html.escape
        links = " · ".join(
            f'<a href="{esc(url)}">{esc(name)}</a>' for name, url in sorted(self.urls.items())
        )
        facts = " · ".join(
            esc(str(x))
            for x in (self.type, self.date, self.vergaderjaar, self.chamber and self.chamber.value)
            if x
        )
        return (
            "<div class='kamerstuk-document'>"
            f"<strong>{esc(self.title or self.identifier)}</strong><br>"
            f"<code>{esc(self.identifier)}</code> {facts}<br>{links}</div>"
        )
