"""kamerstuk.zaak() under faults: silent, failing and wrong servers on 127.0.0.1.

The answers are the stand-in's (examples/tk_standin.py) for the made-up records of tests/data/tk,
served by pytest-httpserver, whole or altered; one case uses the real records where ../shared
has them. Each fault must end in a clear ResolveError within the deadline, and no wrong answer
may stay in the cache.
"""

from __future__ import annotations

import json
import re
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from pytest_httpserver import HTTPServer
from requests_cache.backends.base import BaseCache
from werkzeug import Request, Response

from kamerstuk.koop.cache import open_cache
from kamerstuk.koop.session import make_session
from kamerstuk.model.errors import ResolveError
from kamerstuk.parliament.client import TweedeKamer

from tk_standin import PATH, Store
from tk_support import FIXTURES, OWN

#: Every path: the server answers whatever the client asks.
EVERY = re.compile(".*")
Tamper = Callable[[str, dict[str, Any]], dict[str, Any]]


class Fake:
    """The stand-in's answers at ``base``, each passed through ``tamper`` (kind, body) first."""

    def __init__(self, base: str, store: Store) -> None:
        self.base = base
        self.store = store
        self.tamper: Tamper = lambda kind, body: body
        self.status = 200
        self.asked: list[str] = []

    def __call__(self, request: Request) -> Response:
        self.asked.append(request.full_path)
        kind = request.path[len(PATH) + 1 :]
        query = request.full_path.split("?", 1)[1] if "?" in request.full_path else ""
        status, body = self.store.answer(kind, query, self.base, 250)
        if status == 200:
            body = self.tamper(kind, body)
        return Response(json.dumps(body), status if self.status == 200 else self.status,
                        content_type="application/json")  # fmt: skip


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    http = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    http.start()
    yield http
    http.clear()
    http.stop()


@pytest.fixture(scope="module")
def store() -> Store:
    return Store(OWN)


@pytest.fixture
def fake(server: HTTPServer, store: Store) -> Iterator[Fake]:
    server.clear()
    answers = Fake(server.url_for(PATH), store)
    server.expect_request(EVERY).respond_with_handler(answers)
    yield answers
    server.clear()


def tk(
    base: str, *, cache: Any = False, deadline: float | None = 10, **session: Any
) -> TweedeKamer:
    """A client with tiny timeouts and no backoff, so that faults are quick to test."""
    settings: dict[str, Any] = {"rate": None, "retries": 2, "backoff": 0, **session}
    s = make_session(sru_url=base, zoek_url=base, cache=cache, **settings)
    return TweedeKamer(session=s, tk_url=base, timeout=0.5, deadline=deadline)


def cached(backend: BaseCache, url: str) -> bool:
    return bool(backend.contains(url=url))


def test_the_fake_answers_as_the_stand_in_does(fake: Fake) -> None:
    zaak = tk(fake.base).zaak("2099Z00001")
    assert zaak.besluiten[-1].result == "verworpen, 40-70"


def test_a_silent_server_is_given_up_at_the_deadline() -> None:
    listener = socket.socket()  # accepts connections and never answers
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    base = f"http://127.0.0.1:{listener.getsockname()[1]}{PATH}"
    client = tk(base, deadline=1, retries=1)
    client.timeout = 30  # the socket timeout alone would wait 30 s
    started = time.monotonic()
    with pytest.raises(ResolveError, match=r"within the deadline|did not answer in time"):
        client.zaak("2099Z00001")
    assert time.monotonic() - started < 1 + 1.5
    started = time.monotonic()
    found = client.zaken([f"2099Z0000{n}" for n in range(1, 6)])
    listener.close()
    assert all(isinstance(f, ResolveError) for f in found)
    assert time.monotonic() - started < 5  # one deadline for the run, not one per zaak


def test_a_500_says_what_the_service_said(fake: Fake) -> None:
    fake.status = 500
    fake.tamper = lambda kind, body: {"error": {"code": "", "message": "An error has occurred."}}
    started = time.monotonic()
    with pytest.raises(ResolveError) as info:
        tk(fake.base, retries=2).zaak("2099Z00001")
    assert time.monotonic() - started < 10
    assert info.value.status == 500
    assert "An error has occurred." in str(info.value)
    assert isinstance(info.value.__cause__, requests.HTTPError)
    assert len(fake.asked) == 3  # retried twice


def test_a_500_then_an_answer_is_retried(fake: Fake) -> None:
    real = fake.tamper
    calls: list[str] = []

    def once(kind: str, body: dict[str, Any]) -> dict[str, Any]:
        calls.append(kind)
        fake.status = 200
        return real(kind, body)

    fake.status = 500
    fake.tamper = once
    assert tk(fake.base).zaak("2099Z00001").number == "2099Z00001"


@pytest.mark.parametrize(
    "link",
    [
        "https://elsewhere.example/OData/v4/2.0/Stemming?$skiptoken=Id-1",
        "http://localhost:{port}/OData/v4/2.0/Stemming?$skiptoken=Id-1",
        "{base}/../other/Stemming?$skiptoken=Id-1",
    ],
    ids=["another host", "another origin", "outside the service's path"],
)
def test_a_next_page_outside_the_service_is_refused_and_uncached(fake: Fake, link: str) -> None:
    backend = _memory()
    port = fake.base.split(":")[2].split("/")[0]
    outside = link.format(port=port, base=fake.base)

    def pointing_out(kind: str, body: dict[str, Any]) -> dict[str, Any]:
        return {**body, "@odata.nextLink": outside} if kind == "Stemming" else body

    fake.tamper = pointing_out
    with pytest.raises(ResolveError, match="next page is outside") as info:
        tk(fake.base, cache=backend).zaak("2099Z00001")
    stemming = next(a for a in fake.asked if "/Stemming?" in a)
    assert info.value.url is not None
    assert not cached(backend, info.value.url)  # the page that pointed out is not kept
    assert sum("/Stemming?" in a for a in fake.asked) == 1  # nothing asked there
    assert stemming.endswith(info.value.url.split(PATH)[1])


def test_a_next_link_within_the_service_is_followed_as_given(fake: Fake) -> None:
    seen: list[str] = []

    def relative(kind: str, body: dict[str, Any]) -> dict[str, Any]:
        if kind == "Stemming" and not seen:
            seen.append(kind)
            rest, body = body["value"][1:], {**body, "value": body["value"][:1]}
            fake.tamper = lambda k, b: {**b, "value": rest} if k == "Stemming" else b
            return {**body, "@odata.nextLink": "Stemming?$filter=Verwijderd%20eq%20false&page=2"}
        return body

    fake.tamper = relative
    zaak = tk(fake.base).zaak("2099Z00001")
    assert len(zaak.besluiten[-1].votes) == 3
    assert any(a.endswith("page=2") for a in fake.asked)


def test_a_next_link_back_to_a_page_read_is_an_error(fake: Fake) -> None:
    root = fake.base[: -len(PATH)]

    def loop(kind: str, body: dict[str, Any]) -> dict[str, Any]:
        if kind != "Stemming":
            return body
        return {**body, "@odata.nextLink": root + fake.asked[-1]}  # the page itself, again

    fake.tamper = loop
    with pytest.raises(ResolveError, match="repeats one already read"):
        tk(fake.base).zaak("2099Z00001")


def _other(store: Store, kind: str, query: str, base: str) -> dict[str, Any]:
    status, body = store.answer(kind, query, base, 250)
    assert status == 200
    return body


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
@pytest.mark.parametrize(
    ("kind", "asked", "says"),
    [
        (
            "Zaak",
            "2099Z00001",
            "asked for zaak 2099Z00001, the service answered with zaak 2099Z00002",
        ),
        (
            "Document",
            "2099D00001",
            "asked for document 2099D00001, the service answered with document 2099D00002",
        ),
        ("Stemming", "2099Z00001", "the service answered with a vote of besluit"),
    ],
)
def test_a_record_of_another_zaak_is_an_error_never_cached(
    fake: Fake, store: Store, kind: str, asked: str, says: str, backend: str, tmp_path: Path
) -> None:
    others = {
        "Zaak": "$filter=Nummer eq '2099Z00002'",
        "Document": "$filter=DocumentNummer eq '2099D00002'&$expand=Zaak",
        "Stemming": "$filter=Besluit_Id eq 99000000-0000-4000-8000-000000000203",
    }
    wrong = _other(store, kind, others[kind], fake.base)
    fake.tamper = lambda k, body: wrong if k == kind else body
    cache = _memory() if backend == "memory" else open_cache(tmp_path / "cache.sqlite")
    assert cache is not None
    with pytest.raises(ResolveError, match=says) as info:
        tk(fake.base, cache=cache).zaak(asked)
    assert info.value.url is not None
    assert not cached(cache, info.value.url)
    assert any(cached(cache, fake.base.rsplit(PATH, 1)[0] + a) for a in fake.asked[:1]) == (
        kind != "Zaak" and asked.startswith("2099Z")  # the right zaak page before it is kept
    )
    fake.tamper = lambda k, body: body  # the service mends: the right answer, asked again
    assert tk(fake.base, cache=cache).zaak(asked).number == "2099Z00001"


def test_the_real_record_of_another_motion_is_refused(fake: Fake) -> None:
    if not FIXTURES.is_dir():
        pytest.skip(f"{FIXTURES} is absent: the real Tweede Kamer records are kept in ../shared")
    real = Store(FIXTURES)
    wrong = _other(real, "Zaak", "$filter=Nummer eq '2025Z17919'", fake.base)
    fake.tamper = lambda k, body: wrong if k == "Zaak" else body
    with pytest.raises(ResolveError, match=r"asked for zaak 2099Z00001, .* zaak 2025Z17919"):
        tk(fake.base).zaak("2099Z00001")


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b'{"value": [', "malformed JSON"),
        (b"<html><body>Onderhoud</body></html>", "malformed JSON"),
        (b'{"value": "no list"}', "not an OData answer"),
        (b'{"value": [], "@odata.nextLink": 5}', "not an OData answer"),
    ],
)
def test_what_is_no_odata_answer_is_an_error_never_cached(
    server: HTTPServer, body: bytes, says: str
) -> None:
    server.clear()
    server.expect_request(EVERY).respond_with_data(body, content_type="application/json")
    backend = _memory()
    base = server.url_for(PATH)
    with pytest.raises(ResolveError, match=says) as info:
        tk(base, cache=backend).zaak("2099Z00001")
    assert info.value.url is not None
    assert not cached(backend, info.value.url)


def test_an_oversized_answer_is_refused(fake: Fake) -> None:
    with pytest.raises(ResolveError, match="bytes refused"):
        tk(fake.base, max_bytes=2000).zaak("2099Z00001")


def test_a_wrong_address_says_so(server: HTTPServer, fake: Fake) -> None:
    with pytest.raises(ResolveError, match="the Gegevensmagazijn") as info:
        tk(server.url_for("/elsewhere")).zaak("2099Z00001")
    assert info.value.status == 404


def test_offline_answers_from_the_cache_or_says_why(fake: Fake) -> None:
    backend = _memory()
    with pytest.raises(ResolveError, match="offline, and not in the cache"):
        _offline(tk(fake.base, cache=backend)).zaak("2099Z00001")
    assert fake.asked == []
    found = tk(fake.base, cache=backend).zaak("2099Z00001")
    fake.asked.clear()
    assert _offline(tk(fake.base, cache=backend)).zaak("2099Z00001") == found
    assert fake.asked == []


def _offline(client: TweedeKamer) -> TweedeKamer:
    client.offline = True
    return client


def _memory() -> BaseCache:
    from requests_cache.backends.base import BaseCache as Memory

    return Memory()
