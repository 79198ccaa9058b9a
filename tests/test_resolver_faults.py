"""The resolver under faults: slow, failing, throttling, hostile and broken servers on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator

import pytest
import requests
from defusedxml import DefusedXmlException
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from kamerstuk.koop.resolver import Resolver
from kamerstuk.koop.session import make_session
from kamerstuk.model.errors import NotFound, ResolveError

from resolver_support import data, server

__all__ = ["server"]  # the fixture, imported for pytest

KST = data("constructed-sru-kst-33694-20.xml")


@pytest.fixture
def http(server: HTTPServer) -> Iterator[HTTPServer]:
    server.clear()
    yield server
    server.clear()


def resolver(http: HTTPServer, *, sru: str | None = None, **session: object) -> Resolver:
    """A resolver with tiny timeouts and no backoff, so that faults are quick to test."""
    sru_url = sru or http.url_for("/sru")
    settings: dict[str, object] = {"cache": False, "rate": None, "retries": 2, "backoff": 0}
    settings.update(session)
    s = make_session(sru_url=sru_url, zoek_url=http.url_for("/"), **settings)  # type: ignore[arg-type]
    max_bytes = settings.get("max_bytes", 2**20)
    return Resolver(
        session=s, sru_url=sru_url, zoek_url=http.url_for("/"), timeout=0.3,
        max_bytes=max_bytes,  # type: ignore[arg-type]
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


def test_a_slow_server_times_out(http: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(1.0)
        return xml(KST)

    http.expect_request("/sru").respond_with_handler(slow)
    started = time.monotonic()
    with pytest.raises(ResolveError, match="timed out") as info:
        resolver(http, retries=0).resolve("kst-33694-20")
    assert time.monotonic() - started < 0.9
    assert isinstance(info.value.__cause__, requests.RequestException)
    assert info.value.url
    assert info.value.url.startswith(http.url_for("/sru"))


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_server_error_then_success_is_retried(http: HTTPServer, status: int) -> None:
    handler, seen = sequence(xml(b"<html>busy</html>", status), xml(KST))
    http.expect_request("/sru").respond_with_handler(handler)
    assert resolver(http).resolve("kst-33694-20").identifier == "kst-33694-20"
    assert len(seen) == 2


def test_a_server_error_that_lasts_gives_up_with_the_status(http: HTTPServer) -> None:
    handler, seen = sequence(xml(b"<html>down</html>", 503))
    http.expect_request("/sru").respond_with_handler(handler)
    with pytest.raises(ResolveError) as info:
        resolver(http, retries=2).resolve("kst-33694-20")
    assert info.value.status == 503
    assert len(seen) == 3
    assert isinstance(info.value.__cause__, requests.HTTPError)


def test_429_with_retry_after_is_waited_for_then_retried(http: HTTPServer) -> None:
    handler, seen = sequence(xml(b"slow down", 429, **{"Retry-After": "1"}), xml(KST))
    http.expect_request("/sru").respond_with_handler(handler)
    started = time.monotonic()
    assert resolver(http).resolve("kst-33694-20").identifier == "kst-33694-20"
    assert time.monotonic() - started >= 0.95
    assert len(seen) == 2


def test_429_pauses_the_other_requests_too(http: HTTPServer) -> None:
    # One request is told to wait 1 s; a request started meanwhile waits with it (the limiter).
    handler, seen = sequence(xml(b"slow down", 429, **{"Retry-After": "1"}), xml(KST))
    http.expect_request("/sru").respond_with_handler(handler)
    r = resolver(http)
    first = threading.Thread(target=r.resolve, args=("kst-33694-20",))
    first.start()
    time.sleep(0.3)
    started = time.monotonic()
    r.session.get(http.url_for("/sru"), timeout=2)
    assert time.monotonic() - started >= 0.5
    first.join()
    assert len(seen) == 3


def test_a_retry_after_beyond_the_limit_is_not_slept_and_reported(http: HTTPServer) -> None:
    handler, _ = sequence(xml(b"come back tomorrow", 429, **{"Retry-After": "86400"}))
    http.expect_request("/sru").respond_with_handler(handler)
    started = time.monotonic()
    with pytest.raises(ResolveError, match="asks to wait 86400 s") as info:
        resolver(http, retries=1, max_retry_after=0).resolve("kst-33694-20")
    assert info.value.status == 429
    assert time.monotonic() - started < 1


BROKEN = [
    pytest.param(b"", id="empty body"),
    pytest.param(b"this is not XML", id="not XML"),
    pytest.param(b"<sru:searchRetrieveResponse xmlns:sru='x'><sru:numberOf", id="unclosed"),
    pytest.param(KST[: len(KST) // 2], id="truncated"),
    pytest.param(KST.replace(b"</sru:records>", b"</sru:recordz>"), id="mismatched tag"),
]


@pytest.mark.parametrize("body", BROKEN)
def test_malformed_xml_is_a_resolve_error(http: HTTPServer, body: bytes) -> None:
    http.expect_request("/sru").respond_with_data(body, content_type="application/xml")
    with pytest.raises(ResolveError, match="malformed XML") as info:
        resolver(http).resolve("kst-33694-20")
    assert isinstance(info.value.__cause__, ET.ParseError)


def test_a_response_that_is_no_sru_is_refused(http: HTTPServer) -> None:
    http.expect_request("/sru").respond_with_data(b"<html><body>Onderhoud</body></html>")
    with pytest.raises(ResolveError, match="not an SRU response"):
        resolver(http).resolve("kst-33694-20")


def test_the_xml_bomb_is_not_expanded(http: HTTPServer) -> None:
    lol = b"".join(
        b'<!ENTITY l%d "&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;">'
        % ((i,) + (i - 1,) * 10)
        for i in range(1, 10)
    )
    bomb = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">' + lol + b"]><r>&l9;</r>"
    http.expect_request("/sru").respond_with_data(bomb, content_type="application/xml")
    started = time.monotonic()
    with pytest.raises(ResolveError, match="unsafe XML refused") as info:
        resolver(http).resolve("kst-33694-20")
    assert isinstance(info.value.__cause__, DefusedXmlException)
    assert time.monotonic() - started < 1


def test_an_external_entity_is_neither_expanded_nor_fetched(http: HTTPServer) -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "'
        + http.url_for("/secret").encode()
        + b'">]><sru:searchRetrieveResponse xmlns:sru="s"><sru:numberOfRecords>&x;'
        b"</sru:numberOfRecords></sru:searchRetrieveResponse>"
    )
    http.expect_request("/sru").respond_with_data(evil, content_type="application/xml")
    http.expect_request("/secret").respond_with_data("1")
    with pytest.raises(ResolveError, match="unsafe XML refused"):
        resolver(http).resolve("kst-33694-20")
    assert [r.path for r, _ in http.log] == ["/sru"]


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_an_oversized_body_is_refused(http: HTTPServer, chunked: bool) -> None:
    limit = len(KST) + 100
    big = KST + b" " * 50_000
    seen: list[str] = []

    def handler(request: Request) -> Response:
        seen.append(request.path)
        if len(seen) > 1:
            return Response(KST, content_type="application/xml")
        if chunked:
            chunks = (big[i : i + 1000] for i in range(0, len(big), 1000))
            return Response(chunks, content_type="application/xml")
        return Response(big, content_type="application/xml")

    http.expect_request("/sru").respond_with_handler(handler)
    r = resolver(http, max_bytes=limit)
    with pytest.raises(ResolveError, match=f"{limit}|{len(big)} bytes refused"):
        r.resolve("kst-33694-20")
    # The same session goes on cleanly: the refused body's connection was not reused.
    assert r.resolve("kst-33694-20").identifier == "kst-33694-20"
    assert len(seen) == 2


def test_a_redirect_to_another_host_is_refused(http: HTTPServer) -> None:
    elsewhere = http.url_for("/sru").replace("127.0.0.1", "localhost")
    http.expect_request("/sru").respond_with_data("", 302, headers={"Location": elsewhere})
    with pytest.raises(ResolveError, match="outside the configured services") as info:
        resolver(http).resolve("kst-33694-20")
    assert info.value.url == elsewhere
    assert len(http.log) == 1


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


def _half_closing_server() -> tuple[str, threading.Thread]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def serve() -> None:
        connection, _ = listener.accept()
        connection.recv(65536)
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: 5000\r\n\r\n"
            + KST[:300]
        )
        connection.close()
        listener.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}/sru", thread


def test_a_connection_closed_mid_body_is_a_resolve_error(http: HTTPServer) -> None:
    url, thread = _half_closing_server()
    with pytest.raises(ResolveError, match="ChunkedEncodingError") as info:
        resolver(http, sru=url, retries=0).resolve("kst-33694-20")
    assert isinstance(info.value.__cause__, requests.exceptions.ChunkedEncodingError)
    thread.join(1)


def test_nobody_listening_is_a_resolve_error(http: HTTPServer) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ResolveError, match="ConnectionError") as info:
        resolver(http, sru=f"http://127.0.0.1:{port}/sru", retries=0).resolve("kst-33694-20")
    assert isinstance(info.value.__cause__, requests.ConnectionError)


def test_an_empty_sru_result_and_a_real_404_are_not_found(http: HTTPServer) -> None:
    http.expect_request("/sru").respond_with_data(data("constructed-sru-empty.xml"))
    http.expect_request("/stb-2019-1/metadata.xml").respond_with_data("gone", 404)
    with pytest.raises(NotFound) as info:
        resolver(http).resolve("stb-2019-1")
    assert info.value.status == 404
    assert info.value.url == http.url_for("/stb-2019-1/metadata.xml")


def test_every_request_names_the_library(http: HTTPServer) -> None:
    from kamerstuk import __version__

    http.expect_request(
        "/sru", headers={"User-Agent": f"kamerstuk/{__version__}"}
    ).respond_with_data(KST)
    assert resolver(http).resolve("kst-33694-20").identifier == "kst-33694-20"


def test_the_rate_limit_spaces_requests(http: HTTPServer) -> None:
    http.expect_request("/sru").respond_with_data(KST)
    r = resolver(http, rate=20.0)  # one request every 50 ms
    started = time.monotonic()
    for _ in range(5):
        r.session.get(http.url_for("/sru"), timeout=1)
    assert time.monotonic() - started >= 0.19
