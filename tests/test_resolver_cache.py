"""The resolver's cache: a broken or locked cache costs a warning, never an answer or a minute."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from kamerstuk.koop.document import Document
from kamerstuk.koop.resolver import Resolver
from kamerstuk.koop.session import make_session
from kamerstuk.model.errors import ResolveError

from resolver_support import FakeKoop, koop, server

__all__ = ["koop", "server"]  # fixtures, imported for pytest

pytestmark = pytest.mark.shared


def resolver(server: HTTPServer, cache: object, **kw: object) -> Resolver:
    urls = {"sru_url": server.url_for("/sru"), "zoek_url": server.url_for("/")}
    session = make_session(cache=cache, rate=None, **urls)  # type: ignore[arg-type]
    return Resolver(session=session, **urls, **kw)  # type: ignore[arg-type]


def filled_cache(server: HTTPServer, path: Path) -> None:
    r = resolver(server, str(path))
    r.resolve("kst-35842-4")
    r.session.close()


def corrupt(path: Path) -> None:
    path.write_bytes(b"this is not a database, but it is where one should be" * 100)


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize(
    "breaking",
    [
        pytest.param(corrupt, id="not a database"),
        pytest.param(truncated, id="truncated"),
        pytest.param(lambda p: (p.unlink(), p.mkdir()), id="a directory"),
    ],
)
def test_a_broken_cache_file_is_set_aside_with_one_warning(
    server: HTTPServer, koop: FakeKoop, tmp_path: Path, breaking: object
) -> None:
    path = tmp_path / "http-cache.sqlite"
    filled_cache(server, path)
    for extra in path.parent.glob("http-cache.sqlite-*"):  # the WAL of the filled cache
        extra.unlink()
    breaking(path)  # type: ignore[operator]
    koop.requests.clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = resolver(server, str(path))
        for _ in range(3):
            doc = r.resolve("kst-35842-4")
            assert isinstance(doc, Document)
            assert doc.identifier == "kst-35842-4"
    cache_warnings = [w for w in caught if "HTTP cache" in str(w.message)]
    assert len(cache_warnings) == 1, [str(w.message) for w in caught]
    assert "resolving without it" in str(cache_warnings[0].message)
    assert len(koop.sru_requests) == 3  # each time from the service: no cache any more


def test_a_default_cache_folder_that_cannot_be_made_is_set_aside(
    server: HTTPServer, koop: FakeKoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    with pytest.warns(RuntimeWarning, match="cannot be opened"):
        r = resolver(server, True)
    assert isinstance(r.resolve("kst-35842-4"), Document)


# Another process holding the cache: all of it (``exclusive``), or its write lock only.
LOCKER = textwrap.dedent(
    """
    import sqlite3, sys, time
    con = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=5)
    if sys.argv[2] == "exclusive":
        con.execute("PRAGMA locking_mode=EXCLUSIVE")
    con.execute("BEGIN " + sys.argv[2].upper())
    con.execute("CREATE TABLE IF NOT EXISTS held (x)")
    print("locked", flush=True)
    time.sleep(30)
    """
)


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    """A cache file that another process holds an exclusive lock on."""
    path = tmp_path / "http-cache.sqlite"
    sqlite3.connect(path).close()
    process = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path), "exclusive"], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    yield path
    process.kill()
    process.wait()


def test_a_locked_cache_is_bypassed_within_seconds(
    server: HTTPServer, koop: FakeKoop, locked: Path
) -> None:
    started = time.monotonic()
    with pytest.warns(RuntimeWarning, match="HTTP cache"):
        doc = resolver(server, str(locked)).resolve("kst-35842-4")
    assert isinstance(doc, Document)
    assert time.monotonic() - started < 3.5


def test_offline_with_a_locked_cache_fails_within_seconds(
    server: HTTPServer, koop: FakeKoop, locked: Path
) -> None:
    started = time.monotonic()
    with pytest.warns(RuntimeWarning, match="HTTP cache"):
        r = resolver(server, str(locked), offline=True)
    with pytest.raises(ResolveError, match="offline, and"):
        r.resolve("kst-35842-4")
    assert time.monotonic() - started < 3.5
    assert koop.requests == []


def test_a_cache_locked_after_it_was_opened_is_bypassed(
    server: HTTPServer, koop: FakeKoop, tmp_path: Path
) -> None:
    path = tmp_path / "http-cache.sqlite"
    r = resolver(server, str(path))
    assert isinstance(r.resolve("kst-35842-4"), Document)
    process = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path), "immediate"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.warns(RuntimeWarning, match="cannot be used"):
            doc = r.resolve("h-ek-20202021-1-1")  # not cached: read, ask, then write
        assert isinstance(doc, Document)
        assert time.monotonic() - started < 3.5
        assert isinstance(r.resolve("kst-32545-143"), Document)  # no cache, no wait
        assert time.monotonic() - started < 4
    finally:
        process.kill()
        process.wait()


def test_a_working_cache_answers_the_second_time(
    server: HTTPServer, koop: FakeKoop, tmp_path: Path
) -> None:
    path = tmp_path / "cache.sqlite"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a working cache gives no warning
        r = resolver(server, str(path))
        first = r.resolve("stb-2021-419")
        assert r.resolve("stb-2021-419") == first
    assert len(koop.requests) == 3  # ==, =, metadata.xml: then cached
    assert path.is_file()
