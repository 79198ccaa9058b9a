"""A fake KOOP (SRU + zoek + repository) on 127.0.0.1 that answers with KOOP's real records.

:class:`FakeKoop` is a werkzeug handler for pytest-httpserver. It serves the real records in
``../shared/koop-fixtures`` (KOOP's own test data in ``plooi/``, and the wetsuite record): the
SRU service answers the resolver's CQL queries (``dt.identifier``, ``w.hoofddocument``,
``w.dossiernummer`` …, paged by ``startRecord``/``maximumRecords``) from those records, zoek
answers ``/{id}/metadata.xml`` with the real metadata files, and the repository paths serve the
real document XML and HTML. Every ``https://repository.overheid.nl``,
``https://zoek.officielebekendmakingen.nl`` and PLOOI ``__MOCK_SERVICE__`` address in them is
rewritten to the server on 127.0.0.1. A metadata.xml it has not got is KOOP's fake 404 (a
redirect to a ``fout404`` page answered with 200).

Responses for faults (bombs, truncation, 429 …) are made in the tests from these real records;
:func:`derive` makes a record of another document from a real one where the fixtures have none
(a Kamerstuk for a real Bijlage, an old Handelingen record with pages). Tests that need
``../shared`` skip, saying why, where it is absent.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from kamerstuk.koop.resolver import Resolver

from koop_standin import sru_response
from support import SHARED

FIXTURES = SHARED / "koop-fixtures"
PLOOI = FIXTURES / "plooi"
REPOSITORY = PLOOI / "repository"

__all__ = [
    "KST_35300_X_63",
    "FakeKoop",
    "derive",
    "koop",
    "make",
    "real",
    "real_file",
    "server",
    "with_kamerstuk",
]

_RECORD = re.compile(r"<(sru:)?record[\s>].*?</(sru:)?record>", re.DOTALL)
_DECLARATION = re.compile(r"^<\?xml[^>]*>\s*")
# The hosts of KOOP's services as its records write them (PLOOI's placeholder included).
_HOSTS = re.compile(
    r"https://repository\.overheid\.nl|https://zoek\.officielebekendmakingen\.nl"
    r"|http://__MOCK_SERVICE__/(?:repository\.overheid\.nl|zoek\.officielebekendmakingen\.nl)"
)
# Every real SRU record: in full responses, alone in a file, in pages.
SRU_FILES = (
    "plooi/sru/sru_record_kst.xml",
    "plooi/sru/sru_record_bijlage.xml",
    "plooi/sru/sru_record_handeling.xml",
    "plooi/sru/sru_record_kv_onopgemaakt.xml",
    "plooi/sru/sru.xml",
    "plooi/repository/sru.xml",
    "sru-record-gmb-2023-174296.xml",
)
# CQL index -> the record's element holding its value.
_INDEXES = {
    "c.product-area": "product-area",
    "dt.identifier": "identifier",
    "dt.type": "type",
    "w.hoofddocument": "hoofddocument",
    "w.dossiernummer": "dossiernummer",
    "w.ondernummer": "ondernummer",
    "w.publicatienaam": "publicatienaam",
    "w.publicatienummer": "publicatienummer",
    "w.vergaderjaar": "vergaderjaar",
}
_TOKEN = re.compile(r'\(|\)|\bAND\b|\bOR\b|([\w.-]+)\s*(==|=)\s*("(?:[^"\\]|\\.)*"|[^\s()]+)')


def real_file(name: str) -> bytes:
    """A real file from ``../shared/koop-fixtures``; skips the test where it is absent."""
    path = FIXTURES / name
    if not path.is_file():
        pytest.skip(f"real KOOP fixture {name} not available: {FIXTURES} is absent (fresh clone)")
    return path.read_bytes()


@cache
def _all_records() -> dict[str, str]:
    records: dict[str, str] = {}
    for name in SRU_FILES:
        text = _DECLARATION.sub("", real_file(name).decode("utf-8"))
        for match in _RECORD.finditer(text):
            record = match.group()
            identifier = values(record, "identifier")[0]
            records.setdefault(identifier, record)
    return records


def real(identifier: str) -> str:
    """KOOP's real SRU record of ``identifier`` (as stored, hosts not yet rewritten)."""
    return _all_records()[identifier]


def values(record: str, element: str) -> list[str]:
    """The texts of ``element`` (by local name) in a record, in order."""
    pattern = rf"<(?:[\w-]+:)?{re.escape(element)}(?:\s[^>]*)?>([^<]*)</"
    return [v.strip() for v in re.findall(pattern, record)]


def derive(identifier: str, replacements: dict[str, str]) -> str:
    """A record for another document, made from the real record of ``identifier`` by replacing
    text (each piece must occur: a derived record changes only what the test says)."""
    record = real(identifier)
    for old, new in replacements.items():
        assert old in record, f"{old!r} is not in the real record of {identifier}"
        record = record.replace(old, new)
    return record


#: kst-35300-X-63, the Kamerstuk of the real bijlage blg-936562 (the fixtures lack it): what
#: :func:`derive` changes in the real kst-35842-4 to make it.
KST_35300_X_63 = {
    "kst-35842-4": "kst-35300-X-63",
    ">35842<": ">35300-X<",
    "kst/35842": "kst/35300-X",
    "<overheidwetgeving:ondernummer>4<": "<overheidwetgeving:ondernummer>63<",
}


def make(server: HTTPServer, **kw: Any) -> Resolver:
    """A resolver for ``server``: no cache and no rate limit unless the test says otherwise."""
    kw.setdefault("cache", False)
    kw.setdefault("rate", None)
    return Resolver(sru_url=server.url_for("/sru"), zoek_url=server.url_for("/"), **kw)


def _metadata_files() -> dict[str, Path]:
    """The real metadata files by the identifier they describe (metadata.xml form first)."""
    files: dict[str, Path] = {}
    for path in sorted(REPOSITORY.glob("frbr/**/metadata/metadata.xml")):
        files[path.parents[2].name] = path
    files["gmb-2024-216934"] = FIXTURES / "metadata-gmb-2024-216934.xml"
    for path in sorted((PLOOI / "sru").glob("metadata_owms-*.xml")):
        identifier = values(path.read_text(encoding="cp1252"), "identifier")[0]
        files.setdefault(identifier, path)
    return files


def _matches(record: str, text: str) -> bool:
    """Whether ``record`` answers the CQL query ``text`` (the subset the resolver sends)."""
    tokens = list(_TOKEN.finditer(text))
    position = 0

    def term() -> bool:
        nonlocal position
        token = tokens[position]
        position += 1
        if token.group() == "(":
            value = expression()
            position += 1  # ")"
            return value
        index, relation, wanted = token.groups()
        wanted = wanted.strip('"').replace('\\"', '"')
        have = values(record, _INDEXES.get(index, "?"))
        if relation == "==":
            return wanted in have
        return wanted.casefold() in (h.casefold() for h in have)

    def expression() -> bool:
        nonlocal position
        value = term()
        while position < len(tokens) and tokens[position].group() in ("AND", "OR"):
            operator = tokens[position].group()
            position += 1
            right = term()
            value = (value and right) if operator == "AND" else (value or right)
        return value

    return expression()


class FakeKoop:
    """The fake services; ``add`` a derived record, ``search``/``metadata`` fix an answer."""

    def __init__(self, base: str, *, latency: float = 0.0) -> None:
        self.base = base.rstrip("/")
        self.records = dict(_all_records())
        self.metadata_files: dict[str, bytes] = {}
        self.searches: list[tuple[str, bytes]] = []
        self.page_cap: int | None = None
        self.latency = latency
        self.requests: list[str] = []
        self._metadata = _metadata_files()
        self._lock = threading.Lock()

    def here(self, text: str) -> str:
        """``text`` with KOOP's hosts rewritten to this server."""
        return _HOSTS.sub(self.base, text)

    def add(self, record: str) -> None:
        """Serve ``record`` (a derived one) beside the real ones."""
        self.records[values(record, "identifier")[0]] = record

    def search(self, fragment: str, body: bytes) -> None:
        """Answer any SRU query containing ``fragment`` with ``body``."""
        self.searches.append((fragment, body))

    def metadata(self, identifier: str, body: bytes) -> None:
        """Serve ``body`` at ``/{identifier}/metadata.xml``."""
        self.metadata_files[identifier] = body

    @property
    def sru_requests(self) -> list[str]:
        """The SRU queries asked, in order."""
        return [r for r in self.requests if r.startswith("/sru")]

    def __call__(self, request: Request) -> Response:
        if self.latency:
            time.sleep(self.latency)
        with self._lock:
            self.requests.append(request.full_path.rstrip("?"))
        if request.path == "/sru":
            return self._sru(request)
        match = re.fullmatch(r"/([^/]+)/metadata\.xml", request.path)
        if match:
            return self._zoek_metadata(match.group(1))
        path = REPOSITORY / request.path.lstrip("/")
        if request.path.startswith("/frbr/") and path.is_file():
            kind = "text/html" if path.suffix == ".html" else "application/xml"
            return Response(self.here(path.read_text(encoding="utf-8")), content_type=kind)
        if request.path.startswith("/fout404"):
            return Response("<html><body>Pagina niet gevonden</body></html>", 200)
        return Response("", 302, headers={"Location": "/fout404/index.html"})

    def _zoek_metadata(self, identifier: str) -> Response:
        if identifier in self.metadata_files:
            return Response(self.metadata_files[identifier], content_type="application/xml")
        path = self._metadata.get(identifier)
        if path is None:
            # KOOP's fake 404: a redirect that ends on a page saying so, with HTTP 200 (docs/koop.md §5).
            return Response("", 302, headers={"Location": "/fout404/index.html"})
        return Response(path.read_bytes(), content_type="application/xml")

    def _sru(self, request: Request) -> Response:
        query = request.args.get("query", "")
        for fragment, fixed in self.searches:
            if fragment in query:
                return Response(fixed, content_type="application/xml")
        found = [r for r in self.records.values() if _matches(r, query)]
        start = max(1, int(request.args.get("startRecord", "1")))
        size = int(request.args.get("maximumRecords", "10"))
        size = min(size, self.page_cap or size)
        page = found[start - 1 : start - 1 + size]
        following = start + len(page) if start - 1 + size < len(found) else None
        body = sru_response((self.here(r) for r in page), len(found), following)
        return Response(body, content_type="application/xml")


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
def with_kamerstuk(koop: FakeKoop) -> FakeKoop:
    """The fake with kst-35300-X-63 (:data:`KST_35300_X_63`), the Kamerstuk of the real bijlage
    blg-936562."""
    koop.add(derive("kst-35842-4", KST_35300_X_63))
    return koop


@pytest.fixture
def koop(server: HTTPServer) -> Iterator[FakeKoop]:
    """A fresh FakeKoop answering every request to ``server`` (skips without ../shared)."""
    server.clear()
    fake = FakeKoop(server.url_for("/"))
    server.expect_request(re.compile(".*")).respond_with_handler(fake)
    yield fake
    server.clear()


Handler = Callable[[Request], Response]
