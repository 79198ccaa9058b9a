"""A stand-in for the KOOP services on 127.0.0.1, so that resolving can be tried without internet.

What it shows: how to point :func:`kamerstuk.resolve` at another service, with ``sru_url`` and
``zoek_url`` (or the environment variables ``KAMERSTUK_SRU_URL`` and ``KAMERSTUK_ZOEK_URL``), and
what the resolver does with a document the service has and with one it has not.

It answers the SRU service's ``dt.identifier==`` queries with the records in
``tests/data/koop/constructed-sru-*.xml``: responses built by hand to the structure of the real
service (titles, dates and names in them are illustrative, not the real documents'). Every other
query gets an empty result and every ``metadata.xml`` a 404, so a citation it does not know ends
as ``NotFound``, as a document that does not exist would on the real service. It uses only the
standard library (``http.server`` in a thread) and listens on 127.0.0.1 only.

>>> import kamerstuk
>>> with StandIn() as koop:
...     doc = kamerstuk.resolve("Kamerstuk 33694, nr. 20", cache=False, **koop.urls)
>>> doc.identifier, doc.type
('kst-33694-20', 'Brief regering')

From a shell, ``python examples/koop_standin.py`` serves until Ctrl-C and prints the two
``export`` lines that point ``kamerstuk resolve`` at it.
"""

from __future__ import annotations

import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "koop"

_RECORD = re.compile(r"<sru:record>.*?</sru:record>", re.DOTALL)
_ID = re.compile(r"<dcterms:identifier>([^<]+)</dcterms:identifier>")
_ASKED = re.compile(r'dt\.identifier=="([^"]+)"')
_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse"'
    ' xmlns:gzd="http://standaarden.overheid.nl/sru"'
    ' xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/"'
    ' xmlns:dcterms="http://purl.org/dc/terms/"'
    ' xmlns:c="http://standaarden.overheid.nl/collectie/">'
    "<sru:version>2.0</sru:version><sru:numberOfRecords>{n}</sru:numberOfRecords>"
    "<sru:records>{records}</sru:records></sru:searchRetrieveResponse>"
)


def known_records(data: Path = DATA) -> dict[str, str]:
    """The constructed SRU records, by identifier (the two-chamber test case left out)."""
    records: dict[str, str] = {}
    for path in sorted(data.glob("constructed-sru-*.xml")):
        if "both-chambers" in path.name or "-search-" in path.name:
            continue
        for record in _RECORD.findall(path.read_text(encoding="utf-8")):
            match = _ID.search(record)
            if match:
                records[match.group(1)] = record
    return records


class StandIn:
    """The stand-in service, started in a thread; use it as a context manager or call stop().

    ``sru_url`` and ``zoek_url`` are its two addresses; ``urls`` has them as keyword arguments
    for :func:`kamerstuk.resolve`, ``environ`` as environment variables for the command line.
    ``requests`` lists the paths asked, in order.
    """

    def __init__(self, port: int = 0, data: Path = DATA) -> None:
        self.records = known_records(data)
        self.requests: list[str] = []
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                standin.requests.append(self.path)
                url = urlsplit(self.path)
                if url.path == "/sru":
                    query = parse_qs(url.query).get("query", [""])[0]
                    found = [r for i in _ASKED.findall(query) if (r := standin.records.get(i))]
                    body = _HEAD.format(n=len(found), records="".join(found)).encode()
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
    print(f"# serving {len(standin.records)} constructed records; Ctrl-C stops", flush=True)
    try:
        standin._thread.join()
    except KeyboardInterrupt:
        standin.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
