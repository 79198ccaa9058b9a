"""A stand-in for the Tweede Kamer's Gegevensmagazijn (OData v4) on 127.0.0.1, serving real records.

What it shows: how to point :func:`kamerstuk.zaak` (and ``kamerstuk votes``) at another service
with ``tk_url`` or ``KAMERSTUK_TK_URL``, and that the client reads the service's real records.
It serves the JSON files of a folder (by default ``../shared/tk-fixtures``: the Tweede Kamer's
own answers for three motions, one voted on by roll-call) and answers the queries kamerstuk
sends from them: ``$filter`` (comparisons, ``and``/``or``/``not``, ``any()``; see
``tk_odata.py``), ``$expand`` with nested options, ``$select``, and paging by
``@odata.nextLink`` with ``$skiptoken=Id-…``, ordered by Id the way SQL Server orders GUIDs,
as the real service pages. It uses only the standard library and listens on 127.0.0.1 only.

It reads every record in the files, whatever the wrapper (a page, a list, a recorded request, a
single record), tells the entity by its properties, and links records by their expansions and
their ``…_Id`` keys. Two links the files do not hold are made, and only these: a Besluit belongs
to the one Zaak of its Agendapunt (the link the fixtures were collected by), and a Document to
the Kamerstukdossier its KOOP identifier names (``kst-32847-1380``: dossier 32847, no
toevoeging). A record seen twice is served as its newest version (``oldest=True``: its
earliest, such as a motion's document before it was numbered, Volgnummer -1).

>>> import kamerstuk
>>> with StandIn(OWN) as tk:  # the made-up records of the tests; FIXTURES are the real ones
...     kamerstuk.zaak("2099Z00001", cache=False, tk_url=tk.tk_url).last.result
'verworpen, 40-70'

From a shell, ``python examples/tk_standin.py [PORT] [--records DIR]... [--oldest]`` serves
until Ctrl-C and prints the ``export`` line that points ``kamerstuk votes`` at it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import uuid
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tk_odata import Expand, QueryError, parse_expand, parse_filter

HERE = Path(__file__).resolve().parent
#: The real records, beside the clone (absent in a fresh clone).
FIXTURES = HERE.parent.parent / "shared" / "tk-fixtures"
#: A few made-up records in the same shapes, for the tests of a fresh clone.
OWN = HERE.parent / "tests" / "data" / "tk"
#: The service's path, as the real one has it.
PATH = "/OData/v4/2.0"
JSON = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8"

# Each entity set, and a property only its records have (placeholders keep every key).
KINDS = (
    ("Kamerstukdossier", "HoogsteVolgnummer"),
    ("DocumentVersie", "Versienummer"),
    ("DocumentPublicatie", "FileName"),
    ("Document", "DocumentNummer"),
    ("ZaakActor", "Zaak_Id"),
    ("Besluit", "BesluitSoort"),
    ("Stemming", "FractieGrootte"),
    ("Fractie", "AantalZetels"),
    ("Persoon", "Achternaam"),
    ("Activiteit", "DatumSoort"),
    ("Agendapunt", "Activiteit_Id"),
    ("Zaak", "Kabinetsappreciatie"),
)
#: Navigations that lead to one record (all others lead to a collection).
SINGLE = {
    ("Stemming", "Besluit"), ("Stemming", "Fractie"), ("Stemming", "Persoon"),
    ("Besluit", "Agendapunt"), ("Agendapunt", "Activiteit"), ("ZaakActor", "Zaak"),
    ("ZaakActor", "Persoon"), ("ZaakActor", "Fractie"), ("Document", "HuidigeDocumentVersie"),
    ("DocumentVersie", "Document"),
}  # fmt: skip
#: Keys that point at another record: ``Besluit_Id`` is the navigation ``Besluit``.
FOREIGN = {
    "Besluit_Id": "Besluit", "Zaak_Id": "Zaak", "Agendapunt_Id": "Agendapunt",
    "Activiteit_Id": "Activiteit", "Persoon_Id": "Persoon", "Fractie_Id": "Fractie",
    "HuidigeDocumentVersie_Id": "DocumentVersie", "Document_Id": "Document",
}  # fmt: skip
_KST = re.compile(r"kst-([0-9]+)-(?:(.+)-)?([0-9]+)")

Key = tuple[str, str]  # (entity set, lower-case Id)


def kind_of(record: dict[str, Any]) -> str | None:
    """The entity set a record belongs to, told by its properties."""
    return next((kind for kind, key in KINDS if key in record), None)


def sql_order(key: Key) -> tuple[str, ...]:
    """SQL Server's order of GUIDs (the last six bytes first), the order the service pages in."""
    parts = key[1].split("-")
    return (parts[4], parts[3], parts[2], parts[1], parts[0]) if len(parts) == 5 else (key[1],)


class Store:
    """The records of some JSON files, linked, and the answers to OData queries about them."""

    def __init__(self, *folders: Path, oldest: bool = False) -> None:
        self.versions: dict[Key, list[dict[str, Any]]] = {}
        self.links: dict[Key, dict[str, list[Key]]] = {}
        self.oldest = oldest
        self.deleted = False  # True: every collection lists the deleted placeholders too
        self.metadata: bytes | None = None
        self._records: dict[Key, dict[str, Any]] = {}  # each record as served, once made
        for folder in folders:
            for path in sorted(Path(folder).glob("*.json")):
                self._walk(json.loads(path.read_text(encoding="utf-8")), None, None)
            if (Path(folder) / "odata_metadata.xml").is_file():
                self.metadata = (Path(folder) / "odata_metadata.xml").read_bytes()
        self._derive()

    # -- reading the files ------------------------------------------------------------------

    def _walk(self, value: Any, parent: Key | None, nav: str | None) -> None:
        if isinstance(value, list):
            for item in value:
                self._walk(item, parent, nav)
            return
        if not isinstance(value, dict):
            return
        kind = kind_of(value)
        if kind is None or not isinstance(value.get("Id"), str):
            for name in ("data", "value"):  # a recorded request's body, a page's records
                self._walk(value.get(name), None, None)
            return
        key = (kind, value["Id"].lower())
        flat = {k: v for k, v in value.items() if not isinstance(v, (dict, list))}
        self.versions.setdefault(key, []).append(flat)
        for name, target in FOREIGN.items():
            if isinstance(value.get(name), str):
                self.link(key, name[:-3], (target, value[name].lower()))
        if parent is not None and nav is not None:
            self.link(parent, nav, key)
        for name, inner in value.items():
            if isinstance(inner, (dict, list)):
                self._walk(inner, key, name)

    def link(self, a: Key, nav: str, b: Key) -> None:
        """Link ``a`` to ``b`` by ``nav``, and ``b`` back to ``a`` by ``a``'s entity set."""
        for x, name, y in ((a, nav, b), (b, a[0], a)):
            found = self.links.setdefault(x, {}).setdefault(name, [])
            if y not in found:
                found.append(y)

    def _derive(self) -> None:
        for key in list(self.versions):
            if key[0] == "Besluit":
                zaken = [z for a in self.nav(key, "Agendapunt") for z in self.nav(a, "Zaak")]
                if len(zaken) == 1:
                    self.link(key, "Zaak", zaken[0])
            if key[0] == "DocumentVersie":
                match = _KST.fullmatch(str(self.record(key).get("ExterneIdentifier") or ""))
                if match is None:
                    continue
                for document in self.nav(key, "Document"):
                    if not self.nav(document, "Kamerstukdossier"):
                        self.link(document, "Kamerstukdossier", self._dossier(*match.groups()))

    def _dossier(self, nummer: str, toevoeging: str | None, _: str) -> Key:
        name = f"kamerstukdossier:{nummer}:{toevoeging}"
        key = ("Kamerstukdossier", str(uuid.uuid5(uuid.NAMESPACE_URL, name)))
        record = {
            "Id": key[1],
            "Nummer": int(nummer),
            "Toevoeging": toevoeging,
            "Verwijderd": False,
        }
        self.versions.setdefault(key, [record])
        return key

    # -- the records ------------------------------------------------------------------------

    def record(self, key: Key) -> dict[str, Any]:
        """A record's newest version (oldest with ``oldest``): the properties of every copy of
        it made at that moment (one file may hold a ``$select``-ed copy, another the whole)."""
        known = self._records.get(key)
        if known is not None:
            return known
        versions = self.versions.get(key, [{}])
        moments = sorted({str(r.get("ApiGewijzigdOp")) for r in versions})
        moment = moments[0] if self.oldest else moments[-1]
        record = {
            k: v for r in versions if str(r.get("ApiGewijzigdOp")) == moment for k, v in r.items()
        }
        if key in self.versions:
            self._records[key] = record
        return record

    def nav(self, key: Key, name: str) -> list[Key]:
        """The records ``key`` leads to by the navigation ``name``, that exist. A navigation with
        a key of its own (``HuidigeDocumentVersie_Id``) follows the served version's key."""
        foreign = f"{name}_Id"
        if foreign in FOREIGN and foreign in (record := self.record(key)):
            value = record[foreign]
            keys = [(FOREIGN[foreign], value.lower())] if isinstance(value, str) else []
        else:
            keys = self.links.get(key, {}).get(name, [])
        return [k for k in keys if k in self.versions]

    def look(self, key: Key, steps: tuple[str, ...]) -> Any:
        """A path's value from ``key``: a property, a record or None, or a list of records."""
        for i, step in enumerate(steps):
            if (key[0], step) in SINGLE or step in self.links.get(key, {}):
                found = self.nav(key, step)
                if (key[0], step) not in SINGLE:
                    return found if i == len(steps) - 1 else None
                if not found:
                    return None
                key = found[0]
            else:
                return self.record(key).get(step) if i == len(steps) - 1 else None
        return key

    def placeholders(self, kind: str) -> list[Key]:
        """The deleted records of an entity set."""
        return [k for k in self.versions if k[0] == kind and self.record(k).get("Verwijderd")]

    # -- answers ----------------------------------------------------------------------------

    def select(self, keys: Iterable[Key], test: Any, kind: str) -> list[Key]:
        chosen = [k for k in keys if test is None or test(self.look, k, {})]
        if self.deleted:
            chosen += [k for k in self.placeholders(kind) if k not in chosen]
        return chosen

    def render(self, key: Key, expand: Iterable[Expand], select: Iterable[str] | None) -> Any:
        record = self.record(key)
        out = {k: v for k, v in record.items() if select is None or k in select}
        for item in expand:
            found = self.nav(key, item.name)
            if (key[0], item.name) in SINGLE:
                out[item.name] = self.render(found[0], item.expand, item.select) if found else None
                continue
            kind = found[0][0] if found else item.name
            out[item.name] = [
                self.render(k, item.expand, item.select)
                for k in self.select(found, item.filter, kind)
            ]
        return out

    def answer(self, kind: str, query: str, base: str, size: int) -> tuple[int, dict[str, Any]]:
        """The status and body of ``GET {base}/{kind}?{query}``: a page of at most ``size``."""
        if not any(kind == k for k, _ in KINDS):
            return 404, _error(f"No HTTP resource was found that matches {kind!r}.")
        options = dict(parse_qsl(query, keep_blank_values=True))
        try:
            test = parse_filter(options["$filter"]) if options.get("$filter") else None
            expand = parse_expand(options["$expand"]) if options.get("$expand") else ()
        except QueryError as err:
            return 400, _error(f"The query specified in the URI is not valid. {err}")
        select = options["$select"].split(",") if options.get("$select") else None
        keys = sorted((k for k in self.versions if k[0] == kind), key=sql_order)
        found = self.select(keys, test, kind)
        after = options.get("$skiptoken", "").removeprefix("Id-").lower()
        if after:
            found = [k for k in found if sql_order(k) > sql_order((kind, after))]
        page = found[:size]
        body: dict[str, Any] = {
            "@odata.context": f"{base}/$metadata#{kind}",
            "value": [self.render(k, expand, select) for k in page],
        }
        if len(found) > size:
            rest = "&".join(p for p in query.split("&") if not p.startswith("$skiptoken="))
            body["@odata.nextLink"] = f"{base}/{kind}?{rest}&$skiptoken=Id-{page[-1][1]}"
        return 200, body


def _error(message: str) -> dict[str, Any]:
    return {"error": {"code": "", "message": message}}


class StandIn:
    """The stand-in, serving ``folders`` (default: :data:`FIXTURES`) in a thread.

    ``tk_url`` is its address, ``environ`` the variable for the command line; ``requests``
    lists the paths asked, in order; ``store`` holds the records (``store.deleted = True``
    lists the deleted placeholders in every collection). ``page_size`` is the service's 250.
    """

    def __init__(
        self, *folders: Path, port: int = 0, page_size: int = 250, oldest: bool = False
    ) -> None:
        self.store = Store(*(folders or (FIXTURES,)), oldest=oldest)
        self.page_size = page_size
        self.requests: list[str] = []
        self._lock = threading.Lock()
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                with standin._lock:
                    standin.requests.append(self.path)
                status, body, kind = standin.respond(self.path)
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("OData-Version", "4.0")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: a notebook or a test shows no access log

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.tk_url = f"http://127.0.0.1:{self.server.server_address[1]}{PATH}"
        self.environ = {"KAMERSTUK_TK_URL": self.tk_url}
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def respond(self, target: str) -> tuple[int, bytes, str]:
        """The status, body and content type for a request of ``target`` (path and query)."""
        url = urlsplit(target)
        if not url.path.startswith(PATH + "/"):
            return 404, json.dumps(_error("Not found.")).encode(), JSON
        kind = url.path[len(PATH) + 1 :]
        if kind == "$metadata" and self.store.metadata is not None:
            return 200, self.store.metadata, "application/xml"
        status, body = self.store.answer(kind, url.query, self.tk_url, self.page_size)
        return status, json.dumps(body, ensure_ascii=False).encode(), JSON

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
    parser = argparse.ArgumentParser(description="A stand-in for the Gegevensmagazijn.")
    parser.add_argument("port", nargs="?", type=int, default=0)
    parser.add_argument("--records", action="append", type=Path, help="a folder of JSON files")
    parser.add_argument("--oldest", action="store_true", help="serve each record's first version")
    args = parser.parse_args(argv)
    folders = args.records or [FIXTURES]
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        print(f"tk_standin: no such folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    standin = StandIn(*folders, port=args.port, oldest=args.oldest)
    for name, value in standin.environ.items():
        print(f"export {name}={value}")
    print(f"# serving {len(standin.store.versions)} records; Ctrl-C stops", flush=True)
    try:
        standin._thread.join()
    except KeyboardInterrupt:
        standin.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
