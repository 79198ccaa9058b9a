"""The resolver under faults: slow, failing, throttling, hostile and broken servers on 127.0.0.1.

Every body served here is KOOP's real answer for kst-35842-4 (../shared/koop-fixtures), whole,
cut or altered; the tests that need it skip where ../shared is absent.
"""

from __future__ import annotations

import socket
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
from defusedxml import DefusedXmlException
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from kamerstuk.koop.document import Document
from kamerstuk.koop.resolver import Resolver
from kamerstuk.koop.session import make_session
from kamerstuk.model.errors import NotFound, ResolveError

from resolver_support import real_file, server

__all__ = ["server"]  # the fixture, imported for pytest


@pytest.fixture(scope="module")
def kst() -> bytes:
    """KOOP's real SRU answer for kst-35842-4."""
    return real_file("plooi/sru/sru_record_kst.xml")


@pytest.fixture
def http(server: HTTPServer) -> Iterator[HTTPServer]:
    server.clear()
    yield server
    server.clear()


def resolver(
    http: HTTPServer, *, sru: str | None = None, deadline: float | None = 10, **session: Any
) -> Resolver:
    """A resolver with tiny timeouts and no backoff, so that faults are quick to test."""
    sru_url = sru or http.url_for("/sru")
    settings: dict[str, Any] = {"cache": False, "rate": None, "retries": 2, "backoff": 0}
    settings.update(session)
    s = make_session(sru_url=sru_url, zoek_url=http.url_for("/"), **settings)
    return Resolver(
        session=s, sru_url=sru_url, zoek_url=http.url_for("/"), timeout=0.3, deadline=deadline,
        max_bytes=settings.get("max_bytes", 2**20),
    )  # fmt: skip


Handler = Callable[[Request], Response]


def sequence(*responses: Response) -> tuple[Handler, list[str]]:
    """A handler answering with ``responses`` in turn (the last one from then on)."""
    seen: list[str] = []

    def handler(request: Request) -> Response:
        seen.append(request.path)
        return responses[min(len(seen), len(responses)) - 1]

    return handler, seen


def xml(body: bytes, status: int = 200, **headers: str) -> Response:
    return Response(body, status, content_type="application/xml", headers=headers)


def test_a_slow_server_times_out(http: HTTPServer, kst: bytes) -> None:
    def slow(request: Request) -> Response:
        time.sleep(1.0)
        return xml(kst)

    http.expect_request("/sru").respond_with_handler(slow)
    started = time.monotonic()
    with pytest.raises(ResolveError, match="did not answer in time") as info:
        resolver(http, retries=0).resolve("kst-35842-4")
    assert time.monotonic() - started < 0.9
    assert isinstance(info.value.__cause__, requests.RequestException)
    assert (info.value.url or "").startswith(http.url_for("/sru"))


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_server_error_then_success_is_retried(http: HTTPServer, kst: bytes, status: int) -> None:
    handler, seen = sequence(xml(b"<html>busy</html>", status), xml(kst))
    http.expect_request("/sru").respond_with_handler(handler)
    doc = resolver(http).resolve("kst-35842-4")
    assert isinstance(doc, Document)
    assert doc.identifier == "kst-35842-4"
    assert len(seen) == 2


def test_a_server_error_that_lasts_gives_up_with_the_status(http: HTTPServer) -> None:
    handler, seen = sequence(xml(b"<html>down</html>", 503))
    http.expect_request("/sru").respond_with_handler(handler)
    with pytest.raises(ResolveError) as info:
        resolver(http, retries=2).resolve("kst-35842-4")
    assert info.value.status == 503
    assert len(seen) == 3
    assert isinstance(info.value.__cause__, requests.HTTPError)


def test_429_with_retry_after_is_waited_for_then_retried(http: HTTPServer, kst: bytes) -> None:
    handler, seen = sequence(xml(b"slow down", 429, **{"Retry-After": "1"}), xml(kst))
    http.expect_request("/sru").respond_with_handler(handler)
    started = time.monotonic()
    assert isinstance(resolver(http).resolve("kst-35842-4"), Document)
    assert time.monotonic() - started >= 0.95
    assert len(seen) == 2


def test_429_pauses_the_other_requests_too(http: HTTPServer, kst: bytes) -> None:
    # One request is told to wait 1 s; a request started meanwhile waits with it.
    handler, seen = sequence(xml(b"slow down", 429, **{"Retry-After": "1"}), xml(kst))
    http.expect_request("/sru").respond_with_handler(handler)
    r = resolver(http, in_flight=4)
    first = threading.Thread(target=r.resolve, args=("kst-35842-4",))
    first.start()
    time.sleep(0.3)
    started = time.monotonic()
    r.session.get(http.url_for("/sru"), timeout=2)
    assert time.monotonic() - started >= 0.5
    first.join()
    assert len(seen) == 3


@pytest.mark.parametrize(
    ("limits", "why"),
    [
        ({"max_retry_after": 0, "deadline": 30}, "beyond max_retry_after"),
        ({"max_retry_after": 10**6, "deadline": 1}, "beyond the deadline"),
    ],
)
def test_a_retry_after_beyond_the_limits_is_reported_not_slept(
    http: HTTPServer, limits: dict[str, Any], why: str
) -> None:
    handler, seen = sequence(xml(b"come back tomorrow", 429, **{"Retry-After": "100000"}))
    http.expect_request("/sru").respond_with_handler(handler)
    started = time.monotonic()
    with pytest.raises(ResolveError, match="asks to wait 100000 s") as info:
        resolver(http, retries=3, **limits).resolve("kst-35842-4")
    assert info.value.status == 429
    assert time.monotonic() - started < 1, why
    assert len(seen) == 1


BROKEN = [
    pytest.param(lambda k: b"", id="empty body"),
    pytest.param(lambda k: b"this is not XML", id="not XML"),
    pytest.param(lambda k: k[: len(k) // 2], id="truncated"),
    pytest.param(lambda k: k.replace(b"</sru:records>", b"</sru:recordz>"), id="mismatched tag"),
]


@pytest.mark.parametrize("cut", BROKEN)
def test_malformed_xml_is_a_resolve_error(
    http: HTTPServer, kst: bytes, cut: Callable[[bytes], bytes]
) -> None:
    http.expect_request("/sru").respond_with_data(cut(kst), content_type="application/xml")
    with pytest.raises(ResolveError, match="malformed XML") as info:
        resolver(http).resolve("kst-35842-4")
    assert isinstance(info.value.__cause__, ET.ParseError)


@pytest.mark.parametrize(
    ("change", "ok"),
    [
        pytest.param((b"<sru:numberOfRecords>1<", b"<sru:numberOfRecords>\xc2\xb2<"), False, id="superscript count"),
        pytest.param((b"<sru:numberOfRecords>1<", b"<sru:numberOfRecords>-1<"), False, id="negative count"),
        pytest.param((b"<sru:records>", b"<sru:nextRecordPosition>\xc2\xb9\xc2\xb2</sru:nextRecordPosition><sru:records>"), True, id="superscript position"),
    ],
)  # fmt: skip
def test_numbers_in_odd_digits_are_no_crash(
    http: HTTPServer, kst: bytes, change: tuple[bytes, bytes], ok: bool
) -> None:
    http.expect_request("/sru").respond_with_data(kst.replace(*change))
    r = resolver(http)
    if ok:
        assert isinstance(r.resolve("kst-35842-4"), Document)
    else:
        with pytest.raises(ResolveError, match="without a numberOfRecords"):
            r.resolve("kst-35842-4")
    results = r.resolve_all(["kst-35842-4", "Kamerstuk 35842, nr. 4"], progress=False)
    assert all(isinstance(x.error, ResolveError) for x in results if not x.ok)
    assert [x.ok for x in results] == [ok, ok]


def test_a_page_number_in_odd_digits_does_not_match(http: HTTPServer, kst: bytes) -> None:
    from kamerstuk.koop.queries import _covers
    from kamerstuk.koop.records import parse_sru

    odd = kst.replace(
        b"<overheidwetgeving:ondernummer>",
        b"<overheidwetgeving:startpagina>\xc2\xb9\xc2\xb2</overheidwetgeving:startpagina>"
        b"<overheidwetgeving:ondernummer>",
    )
    (record,) = parse_sru(odd).records
    assert _covers(12)(record)  # an unreadable page range neither matches nor crashes


def test_a_response_that_is_no_sru_is_refused(http: HTTPServer) -> None:
    http.expect_request("/sru").respond_with_data(b"<html><body>Onderhoud</body></html>")
    with pytest.raises(ResolveError, match="not an SRU response"):
        resolver(http).resolve("kst-35842-4")


def test_the_xml_bomb_is_not_expanded(http: HTTPServer, kst: bytes) -> None:
    lol = b"".join(
        b'<!ENTITY l%d "&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;">'
        % ((i,) + (i - 1,) * 10)
        for i in range(1, 10)
    )
    prolog = b'<?xml version="1.0" encoding="UTF-8"?>'
    bomb = kst.replace(prolog, prolog + b'<!DOCTYPE r [<!ENTITY l0 "lol">' + lol + b"]>").replace(
        b"<dcterms:title>", b"<dcterms:title>&l9;"
    )
    http.expect_request("/sru").respond_with_data(bomb, content_type="application/xml")
    started = time.monotonic()
    with pytest.raises(ResolveError, match="unsafe XML refused") as info:
        resolver(http).resolve("kst-35842-4")
    assert isinstance(info.value.__cause__, DefusedXmlException)
    assert time.monotonic() - started < 1


def test_an_external_entity_is_neither_expanded_nor_fetched(http: HTTPServer, kst: bytes) -> None:
    prolog = b'<?xml version="1.0" encoding="UTF-8"?>'
    secret = http.url_for("/secret").encode()
    evil = kst.replace(
        prolog, prolog + b'<!DOCTYPE r [<!ENTITY x SYSTEM "' + secret + b'">]>'
    ).replace(b"<dcterms:title>", b"<dcterms:title>&x;")
    http.expect_request("/sru").respond_with_data(evil, content_type="application/xml")
    http.expect_request("/secret").respond_with_data("1")
    with pytest.raises(ResolveError, match="unsafe XML refused"):
        resolver(http).resolve("kst-35842-4")
    assert [r.path for r, _ in http.log] == ["/sru"]


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_an_oversized_body_is_refused(http: HTTPServer, kst: bytes, chunked: bool) -> None:
    limit = len(kst) + 100
    big = kst + b" " * 50_000
    seen: list[str] = []

    def handler(request: Request) -> Response:
        seen.append(request.path)
        if len(seen) > 1:
            return Response(kst, content_type="application/xml")
        if chunked:
            return Response(big[i : i + 1000] for i in range(0, len(big), 1000))
        return Response(big, content_type="application/xml")

    http.expect_request("/sru").respond_with_handler(handler)
    r = resolver(http, max_bytes=limit)
    with pytest.raises(ResolveError, match=f"{limit}|{len(big)} bytes refused"):
        r.resolve("kst-35842-4")
    # The same session goes on cleanly: the refused body's connection was not reused.
    assert isinstance(r.resolve("kst-35842-4"), Document)
    assert len(seen) == 2


def test_a_redirect_to_another_host_is_refused(http: HTTPServer) -> None:
    elsewhere = http.url_for("/sru").replace("127.0.0.1", "localhost")
    http.expect_request("/sru").respond_with_data("", 302, headers={"Location": elsewhere})
    with pytest.raises(ResolveError, match="outside the configured services") as info:
        resolver(http).resolve("kst-35842-4")
    assert info.value.url == elsewhere
    assert len(http.log) == 1


def test_a_redirect_to_an_impossible_port_is_a_resolve_error(http: HTTPServer) -> None:
    def redirect(connection: socket.socket) -> None:
        connection.sendall(
            b"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:99999/\r\nContent-Length: 0\r\n\r\n"
        )

    url, _ = _raw_server(redirect)
    with pytest.raises(ResolveError, match="outside the configured services"):
        resolver(http, sru=url).resolve("kst-35842-4")
    url, _ = _raw_server(redirect)
    results = resolver(http, sru=url).resolve_all(["kst-35842-4", "Stb. 2021, 419"], progress=False)
    assert [type(r.error).__name__ for r in results] == ["ResolveError", "ResolveError"]


@pytest.mark.parametrize(
    "url",
    [
        "http://repository.overheid.nl/sru",  # configured https: no plain http
        "https://example.org/sru",  # not a configured host
        "https://repository.overheid.nl:8443/sru",  # another port is another origin
    ],
)
def test_requests_outside_the_configured_origins_are_refused_unsent(url: str) -> None:
    session = make_session(cache=False, sru_url="https://repository.overheid.nl/sru")
    with pytest.raises(ResolveError, match="outside the configured services"):
        session.get(url, timeout=0.1)


def _raw_server(reply: Callable[[socket.socket], None]) -> tuple[str, threading.Thread]:
    """A server on 127.0.0.1 that accepts one connection and does ``reply`` with it."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)

    def serve() -> None:
        connection, _ = listener.accept()
        try:
            connection.recv(65536)
            reply(connection)
        except OSError:
            pass  # the client gave up
        finally:
            connection.close()
            listener.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}/sru", thread


def test_a_connection_closed_mid_body_is_a_resolve_error(http: HTTPServer, kst: bytes) -> None:
    def half(connection: socket.socket) -> None:
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: 9000\r\n\r\n"
            + kst[:300]
        )

    url, thread = _raw_server(half)
    with pytest.raises(ResolveError, match="ChunkedEncodingError") as info:
        resolver(http, sru=url, retries=0).resolve("kst-35842-4")
    assert isinstance(info.value.__cause__, requests.exceptions.ChunkedEncodingError)
    thread.join(1)


def _trickle(data: bytes, pause: float) -> Callable[[socket.socket], None]:
    def reply(connection: socket.socket) -> None:
        for i in range(len(data)):
            connection.sendall(data[i : i + 1])
            time.sleep(pause)

    return reply


@pytest.mark.parametrize("where", ["body", "headers"])
def test_a_trickling_server_cannot_hold_a_call_past_its_deadline(
    http: HTTPServer, kst: bytes, where: str
) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
    head += f"Content-Length: {len(kst)}\r\n".encode() + b"X-Padding: " + b"x" * 200 + b"\r\n\r\n"

    def body_only(connection: socket.socket) -> None:
        # The headers at once, then a byte every 50 ms: each read succeeds within its timeout.
        connection.sendall(head)
        _trickle(kst, 0.05)(connection)

    reply = body_only if where == "body" else _trickle(head + kst, 0.05)
    url, _ = _raw_server(reply)
    started = time.monotonic()
    with pytest.raises(ResolveError, match="within the deadline"):
        resolver(http, sru=url, retries=0, deadline=1).resolve("kst-35842-4")
    assert time.monotonic() - started < 1 + 1.5  # the deadline and its grace


def test_the_body_is_read_as_it_arrives_and_given_up_at_the_deadline(
    http: HTTPServer, kst: bytes
) -> None:
    # Below the call's hard bound: the request itself stops, so its thread and connection are
    # not held for as long as the server cares to trickle.
    from kamerstuk.koop.transport import within

    head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(kst)}\r\n\r\n".encode()

    def reply(connection: socket.socket) -> None:
        connection.sendall(head)
        _trickle(kst, 0.05)(connection)

    url, _ = _raw_server(reply)
    session = make_session(cache=False, rate=None, retries=0, sru_url=url)
    started = time.monotonic()
    with within(0.5), pytest.raises(ResolveError, match="no complete answer within the deadline"):
        session.get(url, timeout=5)
    assert time.monotonic() - started < 1


def test_a_silent_server_costs_one_deadline_per_run(http: HTTPServer) -> None:
    listener = socket.socket()  # accepts connections and never answers
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/sru"
    items = [f"kst-35842-{n}" for n in range(1, 8)] + ["Handelingen II 2007/08, nr. 70, p. 5"]
    r = resolver(http, sru=url, retries=1, deadline=1, in_flight=4)
    r.timeout = 30  # the socket timeout alone would hold each request for 30 s
    r.batch = 2
    started = time.monotonic()
    results = r.resolve_all(items, progress=False)
    took = time.monotonic() - started
    listener.close()
    assert [r.ok for r in results] == [False] * len(items)
    assert all(isinstance(r.error, ResolveError) for r in results)
    assert took < 5


@pytest.mark.parametrize("backoff", [0, 0.2])
def test_giving_up_on_a_server_names_its_whole_url(http: HTTPServer, backoff: float) -> None:
    # The message once named the path alone ("for /sru?..."), or no URL at all.
    listener = socket.socket()  # accepts connections and never answers
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    host = f"127.0.0.1:{listener.getsockname()[1]}"
    r = resolver(http, sru=f"http://{host}/sru", retries=1000, backoff=backoff, deadline=1)
    r.timeout = 0.2
    try:
        with pytest.raises(ResolveError) as info:
            r.resolve("kst-35842-4")
    finally:
        listener.close()
    assert f"for http://{host}/sru?" in str(info.value)


def test_nobody_listening_says_the_host_cannot_be_reached(http: HTTPServer) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ResolveError) as info:
        resolver(http, sru=f"http://127.0.0.1:{port}/sru", retries=0).resolve("kst-35842-4")
    assert str(info.value).startswith(f"cannot reach 127.0.0.1:{port} (offline?) for http://")
    assert isinstance(info.value.__cause__, requests.ConnectionError)


def test_a_name_that_does_not_resolve_says_the_host_cannot_be_reached(http: HTTPServer) -> None:
    r = resolver(http, sru="https://repository.invalid/sru", retries=0)
    with pytest.raises(ResolveError, match=r"^cannot reach repository\.invalid \(offline\?\)"):
        r.resolve("kst-35842-4")


def test_an_unforeseen_failure_is_the_items_resolve_error(
    http: HTTPServer, kst: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamerstuk.koop import service

    http.expect_request("/sru").respond_with_data(kst)
    real_parse = service.parse_sru  # type: ignore[attr-defined]

    def flaky(data: bytes, url: str | None = None) -> Any:
        if "Kamerstuk" in (url or ""):  # the search, not the lookup
            raise ValueError("something no check foresaw")
        return real_parse(data, url)

    monkeypatch.setattr(service, "parse_sru", flaky)
    r = resolver(http)
    with pytest.raises(ResolveError, match="ValueError: something no check foresaw"):
        r.resolve(
            __import__("kamerstuk").Kamerstuk(
                dossier="35842", ondernummer="4", legacy=True, vergaderjaar="2020/21"
            )
        )
    results = r.resolve_all(["kst-35842-4", "Kamerstuk 35842, nr. 4"], progress=False)
    assert [x.ok for x in results] == [True, True]


def test_an_empty_sru_result_and_a_real_404_are_not_found(http: HTTPServer, kst: bytes) -> None:
    empty = (
        kst.split(b"<sru:records>")[0].replace(
            b"<sru:numberOfRecords>1<", b"<sru:numberOfRecords>0<"
        )
        + b"</sru:searchRetrieveResponse>"
    )
    http.expect_request("/sru").respond_with_data(empty)
    http.expect_request("/stb-2019-1/metadata.xml").respond_with_data("gone", 404)
    with pytest.raises(NotFound) as info:
        resolver(http).resolve("stb-2019-1")
    assert info.value.status == 404
    assert info.value.url == http.url_for("/stb-2019-1/metadata.xml")


def test_sru_diagnostics_are_an_error(http: HTTPServer, kst: bytes) -> None:
    diagnostic = (
        kst.split(b"<sru:records>")[0].replace(b">1<", b">0<", 1)
        + b"<sru:diagnostics><diag:diagnostic><diag:uri>info:srw/diagnostic/1/10</diag:uri>"
        b"<diag:message>Query syntax error</diag:message></diag:diagnostic></sru:diagnostics>"
        b"</sru:searchRetrieveResponse>"
    )
    http.expect_request("/sru").respond_with_data(diagnostic)
    with pytest.raises(ResolveError, match="refused the query: Query syntax error"):
        resolver(http).resolve("kst-35842-4")


def test_every_request_names_the_library(http: HTTPServer, kst: bytes) -> None:
    from kamerstuk import __version__

    http.expect_request(
        "/sru", headers={"User-Agent": f"kamerstuk/{__version__}"}
    ).respond_with_data(kst)
    assert isinstance(resolver(http).resolve("kst-35842-4"), Document)


def test_the_rate_limit_spaces_requests(http: HTTPServer, kst: bytes) -> None:
    http.expect_request("/sru").respond_with_data(kst)
    r = resolver(http, rate=20.0)  # one request every 50 ms
    started = time.monotonic()
    for _ in range(5):
        r.session.get(http.url_for("/sru"), timeout=1)
    assert time.monotonic() - started >= 0.19


@pytest.mark.parametrize(("in_flight", "most"), [(1, 1), (3, 3)])
def test_requests_in_flight_per_host_are_bounded(
    http: HTTPServer, kst: bytes, in_flight: int, most: int
) -> None:
    now = [0]
    peak = [0]
    lock = threading.Lock()

    def counting(request: Request) -> Response:
        with lock:
            now[0] += 1
            peak[0] = max(peak[0], now[0])
        time.sleep(0.1)
        with lock:
            now[0] -= 1
        return xml(kst)

    http.expect_request("/sru").respond_with_handler(counting)
    r = resolver(http, in_flight=in_flight)
    threads = [
        threading.Thread(target=r.session.get, args=(http.url_for(f"/sru?n={n}"),))
        for n in range(6)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak[0] == most


def test_the_default_politeness_is_two_a_second_one_at_a_time() -> None:
    session = Resolver(cache=False).session
    adapter = session.get_adapter("https://repository.overheid.nl/sru")
    politeness = adapter.politeness  # type: ignore[attr-defined]
    assert (politeness.interval, politeness.in_flight) == (0.5, 1)


def test_a_response_given_up_at_the_deadline_is_closed() -> None:
    # Retrying endless 500s until the deadline once dropped the last response with its
    # connection still open: "ResourceWarning: unclosed socket" when it was collected.
    from urllib3 import HTTPConnectionPool, HTTPResponse

    from kamerstuk.koop.transport import PoliteRetry, within

    class Response(HTTPResponse):
        closed_here = False

        def close(self) -> None:
            self.closed_here = True
            super().close()

    response = Response(body=b"down", status=500, preload_content=False)
    retry = PoliteRetry(total=100, status_forcelist=(500,), raise_on_status=False)
    pool = HTTPConnectionPool("127.0.0.1", 8080)
    with within(0), pytest.raises(ResolveError, match="after retrying") as info:
        retry.increment("GET", "/sru?x=1", response=response, _pool=pool)
    assert response.closed_here
    assert info.value.url == "http://127.0.0.1:8080/sru?x=1"
