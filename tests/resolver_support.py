"""A fake KOOP (SRU + zoek) for the resolver tests and benchmark, serving recorded responses.

``FakeKoop`` is a werkzeug handler for pytest-httpserver: ``/sru`` answers ``dt.identifier==``
queries by assembling the records it knows (constructed ones from ``tests/data/koop``, real ones
from ``../shared/koop-fixtures``, synthetic ones on demand), and other queries from registered
search answers; ``/{id}/metadata.xml`` serves registered metadata, else redirects to a ``fout404``
page answered with HTTP 200, as KOOP does. It counts what was asked, per identifier.
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

DATA = Path(__file__).parent / "data" / "koop"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FIXTURES = SHARED / "koop-fixtures"

_RECORD = re.compile(r"<sru:record>.*?</sru:record>", re.DOTALL)
_ID = re.compile(r"<dcterms:identifier>([^<]+)</dcterms:identifier>")
_ASKED = re.compile(r'dt\.identifier=="([^"]+)"')

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse"'
    ' xmlns:gzd="http://standaarden.overheid.nl/sru"'
    ' xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/"'
    ' xmlns:dcterms="http://purl.org/dc/terms/"'
    ' xmlns:c="http://standaarden.overheid.nl/collectie/">'
    "<sru:version>2.0</sru:version><sru:numberOfRecords>{n}</sru:numberOfRecords>"
    "<sru:records>{records}</sru:records></sru:searchRetrieveResponse>"
)


def data(name: str) -> bytes:
    """A constructed response from ``tests/data/koop``."""
    return (DATA / name).read_bytes()


def shared_fixture(name: str) -> bytes:
    """A real response from ``../shared/koop-fixtures``; skips the test where it is absent."""
    path = FIXTURES / name
    if not path.is_file():
        pytest.skip(f"real KOOP fixture {name} not available: {FIXTURES} is absent (fresh clone)")
    return path.read_bytes()


def records_in(xml: str) -> dict[str, str]:
    """The ``<sru:record>`` elements of a constructed response, by identifier."""
    found = {}
    for record in _RECORD.findall(xml):
        match = _ID.search(record)
        assert match, record[:200]
        found[match.group(1)] = record
    return found


def constructed_records() -> dict[str, str]:
    """Every record of the constructed SRU responses, by identifier.

    The Eerste Kamer twin of the Aanhangsel is left out: a test registers it where it wants two.
    """
    out: dict[str, str] = {}
    for path in sorted(DATA.glob("constructed-sru-*.xml")):
        if "both-chambers" in path.name:
            continue
        out.update(records_in(path.read_text(encoding="utf-8")))
    return out


def sru_response(records: list[str], total: int | None = None) -> str:
    """An SRU searchRetrieveResponse holding ``records`` (namespaced like the live service)."""
    return HEAD.format(n=len(records) if total is None else total, records="".join(records))


_TEMPLATE = records_in(data("constructed-sru-kst-33694-20.xml").decode())["kst-33694-20"]


def synthetic_record(identifier: str) -> str | None:
    """A Kamerstuk record for any ``kst-{dossier}-{nr}`` (for the benchmark), else None."""
    match = re.fullmatch(r"kst-(\d{5})-(\d+)", identifier)
    if not match:
        return None
    dossier, nr = match.groups()
    return (
        _TEMPLATE.replace("kst-33694-20", identifier)
        .replace(">33694<", f">{dossier}<")
        .replace("kst/33694", f"kst/{dossier}")
        .replace("<overheidwetgeving:ondernummer>20<", f"<overheidwetgeving:ondernummer>{nr}<")
    )


class FakeKoop:
    """The fake service; register extra answers with :meth:`search` and :meth:`metadata`."""

    def __init__(self, *, synthetic: bool = False, latency: float = 0.0) -> None:
        self.records = constructed_records()
        self.searches: list[tuple[str, bytes]] = []
        self.metadata_files: dict[str, bytes] = {}
        self.synthetic = synthetic
        self.latency = latency
        self.asked: Counter[str] = Counter()
        self.requests: list[str] = []
        self._lock = threading.Lock()

    def search(self, fragment: str, body: bytes) -> None:
        """Answer any SRU query containing ``fragment`` with ``body``."""
        self.searches.append((fragment, body))

    def metadata(self, identifier: str, body: bytes) -> None:
        """Serve ``body`` at ``/{identifier}/metadata.xml``."""
        self.metadata_files[identifier] = body

    def __call__(self, request: Request) -> Response:
        if self.latency:
            time.sleep(self.latency)
        with self._lock:
            self.requests.append(request.full_path)
        if request.path == "/sru":
            return self._sru(request.args.get("query", ""))
        match = re.fullmatch(r"/([^/]+)/metadata\.xml", request.path)
        if match and match.group(1) in self.metadata_files:
            return Response(self.metadata_files[match.group(1)], content_type="application/xml")
        if request.path.startswith("/fout404"):
            return Response("<html><body>Pagina niet gevonden</body></html>", 200)
        # KOOP's fake 404: a redirect that ends on a page saying so, with HTTP 200 (koop.md §5).
        return Response("", 302, headers={"Location": "/fout404/index.html"})

    def _sru(self, query: str) -> Response:
        for fragment, body in self.searches:
            if fragment in query:
                return Response(body, content_type="application/xml")
        asked = _ASKED.findall(query)
        with self._lock:
            self.asked.update(asked)
        found = []
        for identifier in asked:
            record = self.records.get(identifier)
            if record is None and self.synthetic:
                record = synthetic_record(identifier)
            if record is not None:
                found.append(record)
        return Response(sru_response(found), content_type="application/xml")


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    """A threaded HTTP server on 127.0.0.1 for this module's tests."""
    httpserver = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpserver.start()
    yield httpserver
    httpserver.clear()
    if httpserver.is_running():
        httpserver.stop()


@pytest.fixture
def koop(server: HTTPServer) -> Iterator[FakeKoop]:
    """A fresh FakeKoop answering every request to ``server``."""
    server.clear()
    fake = FakeKoop()
    server.expect_request(re.compile(".*")).respond_with_handler(fake)
    yield fake
    server.clear()


Handler = Callable[[Request], Response]
