"""``kamerstuk resolve`` against KOOP's real records served on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
import socket
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from kamerstuk.cli.main import main
from kamerstuk.koop.document import DICT_KEYS

from resolver_support import FakeKoop, koop, server

__all__ = ["koop", "server"]  # fixtures, imported for pytest

pytestmark = pytest.mark.shared


def run(
    server: HTTPServer, capsys: pytest.CaptureFixture[str], *args: str, sru: str | None = None
) -> tuple[int, str, str]:
    urls = ["--sru-url", sru or server.url_for("/sru"), "--zoek-url", server.url_for("/")]
    status = main(["resolve", *urls, "--no-cache", "--no-progress", "--rate", "1000", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_formats_carry_the_same_rows(
    server: HTTPServer, koop: FakeKoop, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    status, out, _ = run(server, capsys, "--format", fmt, "kst-35842-4", "stb-2019-999")
    if fmt == "json":
        rows = json.loads(out)
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 1  # one was not found
    assert [r["input"] for r in rows] == ["kst-35842-4", "stb-2019-999"]
    assert list(rows[0]) == ["input", "error", *DICT_KEYS]
    assert (rows[0]["identifier"], rows[0]["type"]) == ("kst-35842-4", "Overig")
    assert rows[0]["indieners"] == "Th.C. de Graaf; K.H. Ollongren"
    assert rows[1]["error"].startswith("NotFound: ")
    assert not rows[0]["error"]


def test_table_shows_title_date_and_link(
    server: HTTPServer, koop: FakeKoop, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(server, capsys, "Handelingen I 2020/21, nr. 1, item 1")
    assert status == 0
    assert "h-ek-20202021-1-1" in out
    assert "2020-09-22" in out
    assert server.url_for("/h-ek-20202021-1-1.html") in out


def test_a_dossier_gives_a_row_per_kamerstuk(
    server: HTTPServer, koop: FakeKoop, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(server, capsys, "--format", "jsonl", "Kamerstuk 32545")
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [(r["input"], r["identifier"]) for r in rows] == [
        ("Kamerstuk 32545", "kst-32545-143"),
        ("Kamerstuk 32545", "kst-32545-144"),
    ]
    status, out, _ = run(server, capsys, "--format", "jsonl", "--limit", "1", "Kamerstuk 32545")
    assert [json.loads(line)["identifier"] for line in out.splitlines()] == ["kst-32545-143"]


def test_from_file_resolves_every_citation_found(
    server: HTTPServer, koop: FakeKoop, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(
        "Zie Kamerstuk 35842, nr. 4 en Handelingen I 2020/21, nr. 1, item 1.", encoding="utf-8"
    )
    status, out, _ = run(server, capsys, "--format", "jsonl", "--from", str(path))
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [r["identifier"] for r in rows] == ["kst-35842-4", "h-ek-20202021-1-1"]


def test_an_unreachable_service_is_said_in_one_whole_line(
    server: HTTPServer, koop: FakeKoop, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    many = [f"kst-35842-{n}" for n in range(1, 6)]
    status, out, err = run(server, capsys, *many, sru=f"http://127.0.0.1:{port}/sru")
    assert status == 1
    assert err == f"kamerstuk resolve: cannot reach 127.0.0.1:{port} (offline?)\n"
    lines = out.splitlines()
    assert len(lines) == 5
    assert all(
        line.endswith(f"ResolveError: cannot reach 127.0.0.1:{port} (offline?)") for line in lines
    )


def test_timeout_bounds_the_whole_call(
    server: HTTPServer, koop: FakeKoop, capsys: pytest.CaptureFixture[str]
) -> None:
    koop.latency = 3.0  # a server far slower than the time given
    started = time.monotonic()
    status, out, _ = run(server, capsys, "--timeout", "0.5", "kst-35842-4")
    assert time.monotonic() - started < 2.5
    assert status == 1
    assert "within the deadline" in out or "did not answer in time" in out


def test_no_input_is_a_usage_error(
    server: HTTPServer, koop: FakeKoop, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(server, capsys)[0] == 2
    assert koop.requests == []
