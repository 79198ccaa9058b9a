"""A stand-in for the KOOP services on 127.0.0.1, so that resolving can be tried without internet.

What it shows: how to point :func:`kamerstuk.resolve` at another service, with ``sru_url`` and
``zoek_url`` (or the environment variables ``KAMERSTUK_SRU_URL`` and ``KAMERSTUK_ZOEK_URL``), and
what the resolver does with a document the service has and with one it has not.

It answers the SRU service's ``dt.identifier==`` (and ``=``), ``w.hoofddocument==`` and
``w.dossiernummer==`` (with ``w.ondernummer==``) queries with records it builds from a few facts
per document (:data:`DOCUMENTS`), element for element in the shape of a real KOOP record
(kst-35842-4, from KOOP's own test data): the same namespaces, fields, schemes and manifestation
URLs. The documents are the ones the examples and the docs cite; their titles, dates and names
are illustrative, not the real documents'. Every other query gets an empty result and every
``metadata.xml`` a 404, so a citation it does not know ends as ``NotFound``, as a document that
does not exist would on the real service. It uses only the standard library (``http.server`` in
a thread) and listens on 127.0.0.1 only.

>>> import kamerstuk
>>> with StandIn() as koop:
...     doc = kamerstuk.resolve("Kamerstuk 33694, nr. 20", cache=False, **koop.urls)
>>> doc.identifier, doc.type
('kst-33694-20', 'Brief regering')

``StandIn(synthetic=True)`` also answers for any identifier of any kind with a record made up
from the identifier itself (the benchmark's 1,000 documents); ``latency=`` delays every answer.
The tests import :func:`sru_response` and :func:`record_xml` from here: the one SRU envelope and
record shape of the project.

From a shell, ``python examples/koop_standin.py`` serves until Ctrl-C and prints the two
``export`` lines that point ``kamerstuk resolve`` at it.
"""

from __future__ import annotations

import html
import re
import sys
import threading
import time
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple
from urllib.parse import parse_qs, urlsplit

REPOSITORY = "https://repository.overheid.nl"
ZOEK = "https://zoek.officielebekendmakingen.nl"
#: The namespaces of KOOP's SRU 2.0 answer, as its real responses declare them.
NAMESPACES = (
    'xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/"'
    ' xmlns:dcterms="http://purl.org/dc/terms/"'
    ' xmlns:cd="http://standaarden.overheid.nl/cup/data"'
    ' xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse"'
    ' xmlns:gzd="http://standaarden.overheid.nl/sru"'
    ' xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic"'
    ' xmlns:facet="http://docs.oasis-open.org/ns/search-ws/facetedResults"'
    ' xmlns:c="http://standaarden.overheid.nl/collectie/"'
)
ALL_MANIFESTATIONS = ("html", "metadata", "metadataowms", "odt", "pdf", "xml")
TWEEDE_KAMER = "Tweede Kamer der Staten-Generaal"
EERSTE_KAMER = "Eerste Kamer der Staten-Generaal"


def sru_response(
    records: Iterable[str], total: int | None = None, following: int | None = None
) -> str:
    """An SRU 2.0 ``searchRetrieveResponse`` holding ``records`` (``<sru:record>`` elements).

    ``total`` is its ``numberOfRecords`` (default: the records given); ``following`` its
    ``nextRecordPosition``, where a next page starts.
    """
    body = list(records)
    count = len(body) if total is None else total
    after = (
        "" if following is None else f"<sru:nextRecordPosition>{following}</sru:nextRecordPosition>"
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<sru:searchRetrieveResponse {NAMESPACES}>'
        f"<sru:version>2.0</sru:version><sru:numberOfRecords>{count}</sru:numberOfRecords>"
        f"<sru:records>{''.join(body)}</sru:records>{after}</sru:searchRetrieveResponse>"
    )


class Facts(NamedTuple):
    """What a record says about one document; :func:`record_xml` writes it out.

    ``parlementair`` is the type a parliamentary paper has in the scheme OVERHEIDop.Parlementair
    (``Kamerstuk``, ``Handeling``, ``Bijlage`` …); ``type`` the precise one, in ``type_scheme``
    (a parliamentary paper gives it as ``subrubriek``, a blad as a second ``dcterms:type``).
    """

    identifier: str
    title: str
    date: str
    publicatienaam: str
    parlementair: str | None = None
    type: str | None = None
    type_scheme: str | None = None
    creator: str = TWEEDE_KAMER
    creator_scheme: str = "OVERHEID.StatenGeneraal"
    vergaderjaar: str | None = None
    dossier: str | None = None
    dossier_title: str | None = None
    ondernummer: str | None = None
    number: str | None = None
    item: str | None = None
    indieners: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    hoofddocument: str | None = None
    manifestations: tuple[str, ...] = ALL_MANIFESTATIONS


def _el(name: str, value: str | None, **attributes: str) -> str:
    if value is None:
        return ""
    attrs = "".join(f' {k}="{html.escape(v)}"' for k, v in attributes.items())
    return f"<{name}{attrs}>{html.escape(value, quote=False)}</{name}>"


def frbr(identifier: str, repository: str = REPOSITORY) -> str:
    """The repository folder of a document's first expression (docs/koop.md §2).

    >>> frbr("h-tk-20202021-87-3")
    'https://repository.overheid.nl/frbr/officielepublicaties/h-tk/20202021/h-tk-20202021-87-3/1'
    """
    prefix, _, rest = identifier.partition("-")
    if prefix in {"h", "ah", "kv", "ag", "nds"} and rest[:2] in {"tk", "ek", "vv"}:
        chamber, _, rest = rest.partition("-")
        prefix = f"{prefix}-{chamber}"
    group = "onopgemaakt" if prefix == "blg" else rest.split("-")[0]
    return f"{repository}/frbr/officielepublicaties/{prefix}/{group}/{identifier}/1"


def record_xml(facts: Facts, *, repository: str = REPOSITORY, zoek: str = ZOEK) -> str:
    """The ``<sru:record>`` KOOP's SRU service gives for ``facts``, in its element order."""
    ident, w = facts.identifier, "overheidwetgeving"
    base = frbr(ident, repository)
    files = {"metadata": "metadata/metadata.xml", "metadataowms": "metadataowms/metadata_owms.xml"}
    main = "xml" if "xml" in facts.manifestations else "pdf"
    paper = facts.parlementair is not None
    kern = (
        _el("dcterms:identifier", ident)
        + _el("dcterms:title", facts.title)
        + _el("dcterms:language", "nl")
        + _el("dcterms:type", facts.parlementair, scheme="OVERHEIDop.Parlementair")
        + ("" if paper else _el("dcterms:type", facts.type, scheme=facts.type_scheme or ""))
        + _el("dcterms:creator", facts.creator, scheme=facts.creator_scheme)
        + _el("dcterms:modified", facts.date)
    )
    subjects = "".join(
        _el("dcterms:subject", s, scheme="OVERHEID.TaxonomieBeleidsagenda") for s in facts.subject
    )
    mantel = (
        _el("dcterms:available", facts.date)
        + _el("dcterms:date", facts.date)
        + _el("dcterms:hasVersion", "1", resourceIdentifier=f"{zoek}/{ident}.html")
        + subjects
    )
    tp = (
        _el("c:product-area", "officielepublicaties")
        + _el("c:content-area", base.split("/frbr/")[1].rsplit("/", 2)[0])
        + _el(f"{w}:documenttitel", facts.title if facts.dossier_title else None)
        + _el(f"{w}:dossiertitel", facts.dossier_title)
        + _el(f"{w}:hoofddocument", facts.hoofddocument)
        + "".join(_el(f"{w}:indiener", name) for name in facts.indieners)
        + _el(f"{w}:ondernummer", facts.ondernummer)
        + _el(f"{w}:handelingenitemnummer", facts.item)
        + _el(f"{w}:publicatienummer", facts.number)
        + _el(f"{w}:publicatienaam", facts.publicatienaam)
        + _el(f"{w}:vergaderjaar", facts.vergaderjaar)
        + _el(f"{w}:dossiernummer", facts.dossier)
        + (_el(f"{w}:subrubriek", facts.type, scheme=facts.type_scheme or "") if paper else "")
    )
    enriched = (
        _el("gzd:url", f"{base}/{main}/{ident}.{main}")
        + _el("gzd:preferredUrl", f"{zoek}/{ident}.html")
        + "".join(
            _el("gzd:itemUrl", f"{base}/{files.get(m, f'{m}/{ident}.{m}')}", manifestation=m)
            for m in sorted(facts.manifestations)
        )
        + _el("gzd:timestamp", f"{facts.date}T12:00:00.000000+01:00")
    )
    return (
        "<sru:record><sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema>"
        "<sru:recordPacking>xml</sru:recordPacking><sru:recordData><gzd:gzd><gzd:originalData>"
        f"<{w}:meta><{w}:owmskern>{kern}</{w}:owmskern><{w}:owmsmantel>{mantel}</{w}:owmsmantel>"
        f"<{w}:tpmeta>{tp}</{w}:tpmeta></{w}:meta></gzd:originalData>"
        f"<gzd:enrichedData>{enriched}</gzd:enrichedData></gzd:gzd></sru:recordData>"
        "<sru:recordPosition>1</sru:recordPosition></sru:record>"
    )


def _paper(kind: str, parlementair: str, scheme: str) -> dict[str, Any]:
    return {"publicatienaam": kind, "parlementair": parlementair, "type_scheme": scheme}


KAMERSTUK = _paper("Kamerstuk", "Kamerstuk", "OVERHEIDop.KamerstukTypen")
HANDELING = _paper("Handelingen", "Handeling", "OVERHEIDop.HandelingTypen")
AANHANGSEL = _paper(
    "Kamervragen (Aanhangsel)", "Aanhangsel van de Handelingen", "OVERHEIDop.AanhangselTypen"
)
KAMERVRAGEN = _paper(
    "Kamervragen zonder antwoord", "Kamervragen zonder Antwoord", "OVERHEIDop.KamervraagTypen"
)
_MINISTRY: dict[str, Any] = {
    "creator": "Ministerie van Justitie en Veiligheid",
    "creator_scheme": "OVERHEID.Ministerie",
}

#: The documents the stand-in knows: those the examples and docs cite (illustrative facts).
# fmt: off
DOCUMENTS = {
    f.identifier: f
    for f in (
        Facts("kst-33694-20",
              "Brief van de minister over het onderwerp van dossier 33694 (illustrative)",
              "2016-02-12", **KAMERSTUK, type="Brief regering", vergaderjaar="2015-2016",
              dossier="33694", dossier_title="Titel van dossier 33694 (illustrative)",
              ondernummer="20", indieners=("A.B. Minister",),
              manifestations=("html", "metadata", "metadataowms", "pdf", "xml")),
        Facts("kst-35300-VIII-A", "Memorie van antwoord (illustrative)", "2019-12-03", **KAMERSTUK,
              type="Memorie van antwoord", creator=EERSTE_KAMER, vergaderjaar="2019-2020",
              dossier="35300-VIII", dossier_title="Begrotingsstaat hoofdstuk VIII (illustrative)",
              ondernummer="A"),
        Facts("kst-34389-9", "Brief over een onderwerp, met een bijlage (illustrative)",
              "2016-01-20", **KAMERSTUK, type="Brief regering", vergaderjaar="2015-2016",
              dossier="34389", dossier_title="Titel van dossier 34389 (illustrative)",
              ondernummer="9"),
        Facts("blg-1183891", "Bijlage bij een brief (illustrative)", "2025-01-20",
              publicatienaam="Kamerstuk", parlementair="Bijlage", vergaderjaar="2024-2025",
              dossier="34389", ondernummer="9", hoofddocument="kst-34389-9",
              manifestations=("metadata", "metadataowms", "pdf")),
        Facts("h-tk-20192020-45-6", "Debat over een onderwerp (illustrative)", "2020-01-28",
              **HANDELING, type="Debat", vergaderjaar="2019-2020", number="45", item="6"),
        Facts("ah-tk-20192020-1234",
              "Antwoord op vragen van het lid X over een onderwerp (illustrative)",
              "2020-01-15", **AANHANGSEL, type="Antwoord", vergaderjaar="2019-2020", number="1234"),
        Facts("kv-tk-2019Z12345",
              "Vragen van het lid X aan de minister over een onderwerp (illustrative)",
              "2019-06-20", **KAMERVRAGEN, type="Schriftelijke vragen", vergaderjaar="2018-2019",
              indieners=("C.D. Kamerlid",)),
        Facts("stb-2019-123", "Besluit van 1 maart 2019, houdende een onderwerp (illustrative)",
              "2019-03-14", publicatienaam="Staatsblad", type="AMvB",
              type_scheme="OVERHEIDop.Staatsblad", number="123", **_MINISTRY),
    )
}
# fmt: on

_BLADEN = {
    "stb": "Staatsblad", "stcrt": "Staatscourant", "trb": "Tractatenblad", "gmb": "Gemeenteblad",
    "prb": "Provinciaal blad", "wsb": "Waterschapsblad", "bgr": "Blad gemeenschappelijke regeling",
}  # fmt: skip


def synthetic(identifier: str) -> Facts | None:
    """Made-up facts for any identifier of a kind the resolver reads (for the benchmark).

    >>> synthetic("kst-40001-7").dossier, synthetic("h-tk-20192020-45-6").number
    ('40001', '45')
    """
    parts = identifier.split("-")
    title = f"Document {identifier} (synthetic)"
    common: dict[str, Any] = {"identifier": identifier, "title": title, "date": "2020-01-15"}
    if parts[0] == "kst" and len(parts) >= 3:
        dossier = "-".join(parts[1:-1])
        return Facts(
            **common, **KAMERSTUK, type="Brief regering", dossier=dossier, ondernummer=parts[-1]
        )
    if parts[0] == "h" and len(parts) == 5:
        vj = f"{parts[2][:4]}-{parts[2][4:]}"
        return Facts(
            **common, **HANDELING, type="Debat", vergaderjaar=vj, number=parts[3], item=parts[4]
        )
    if parts[0] == "ah" and len(parts) == 4:
        vj = f"{parts[2][:4]}-{parts[2][4:]}"
        return Facts(**common, **AANHANGSEL, type="Antwoord", vergaderjaar=vj, number=parts[3])
    if parts[0] == "kv":
        return Facts(**common, **KAMERVRAGEN, type="Schriftelijke vragen")
    if parts[0] in _BLADEN and len(parts) == 3:
        name = _BLADEN[parts[0]]
        return Facts(
            **common, publicatienaam=name, type="Besluit", type_scheme="OVERHEIDop.Rubriek",
            number=parts[2], **_MINISTRY,
        )  # fmt: skip
    return None


# A CQL term of the queries the resolver sends: index, relation, quoted value.
_TERM = re.compile(
    r'(dt\.identifier|w\.hoofddocument|w\.dossiernummer|w\.ondernummer)(==|=)"((?:[^"\\]|\\.)*)"'
)


class StandIn:
    """The stand-in service, started in a thread; use it as a context manager or call stop().

    ``sru_url`` and ``zoek_url`` are its two addresses; ``urls`` has them as keyword arguments
    for :func:`kamerstuk.resolve`, ``environ`` as environment variables for the command line.
    ``requests`` lists the paths asked, in order; ``records`` the identifiers it knows.
    """

    def __init__(self, port: int = 0, *, synthetic: bool = False, latency: float = 0.0) -> None:
        self.documents = dict(DOCUMENTS)
        self.records = sorted(self.documents)
        self.synthetic = synthetic
        self.latency = latency
        self.requests: list[str] = []
        self._lock = threading.Lock()
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as the real service

            def do_GET(self) -> None:
                if standin.latency:
                    time.sleep(standin.latency)
                with standin._lock:
                    standin.requests.append(self.path)
                url = urlsplit(self.path)
                if url.path == "/sru":
                    query = parse_qs(url.query).get("query", [""])[0]
                    body = sru_response(standin.answer(query)).encode()
                    self._send(200, body, "application/xml")
                else:
                    self._send(404, b"<html><body>Niet gevonden</body></html>", "text/html")

            def _send(self, status: int, body: bytes, kind: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: a notebook or a test shows no access log

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        port = self.server.server_address[1]
        self.zoek_url = f"http://127.0.0.1:{port}"
        self.sru_url = f"{self.zoek_url}/sru"
        self.urls = {"sru_url": self.sru_url, "zoek_url": self.zoek_url}
        self.environ = {"KAMERSTUK_SRU_URL": self.sru_url, "KAMERSTUK_ZOEK_URL": self.zoek_url}
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def facts(self, identifier: str) -> Facts | None:
        """What the stand-in knows of ``identifier`` (made up for it when ``synthetic``)."""
        known = self.documents.get(identifier)
        return known or (synthetic(identifier) if self.synthetic else None)

    def answer(self, query: str) -> list[str]:
        """The records for an SRU query: the documents asked by identifier and their bijlagen, or
        the documents (Kamerstukken and bijlagen) of a dossier."""
        terms = _TERM.findall(query)
        wanted = {index: value for index, _, value in terms}
        if "w.dossiernummer" in wanted:
            nr = wanted.get("w.ondernummer")
            return [
                record_xml(f)
                for f in self.documents.values()
                if f.dossier == wanted["w.dossiernummer"] and nr in (None, f.ondernummer)
            ]
        found: dict[str, Facts] = {}
        for index, relation, value in terms:
            if index == "w.hoofddocument":
                found.update(
                    (f.identifier, f) for f in self.documents.values() if f.hoofddocument == value
                )
                continue
            if relation == "=":  # KOOP's = ignores case
                value = next((i for i in self.documents if i.casefold() == value.casefold()), value)
            facts = self.facts(value)
            if facts is not None:
                found[facts.identifier] = facts
        return [record_xml(f) for f in found.values()]

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.server.shutdown()
        self.server.server_close()
        self._thread.join()

    def __enter__(self) -> StandIn:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str]) -> int:
    """Serve until interrupted, on the port given (default: any free one)."""
    standin = StandIn(int(argv[0]) if argv else 0)
    for name, value in standin.environ.items():
        print(f"export {name}={value}")
    print(f"# serving {len(standin.records)} illustrative documents; Ctrl-C stops", flush=True)
    try:
        standin._thread.join()
    except KeyboardInterrupt:
        standin.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
