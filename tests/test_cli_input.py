"""Every command reads its input one way: UTF-8 (with or without a byte-order mark) and UTF-16
with one; anything else is one clear line on stderr and exit status 2; --encoding overrides."""

from __future__ import annotations

import codecs
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kamerstuk.cli.main import main

from support import ROOT, load_module

TEXT = "Brief\r\nZie Stb. 2019, 123 en Kamerstuk 33694, Nr. 20.\n"

# fmt: off
READABLE = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8 with a BOM": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "utf-16-le with a BOM": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    "utf-16-be with a BOM": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
}
UNREADABLE = {
    "utf-16 without a BOM": (TEXT.encode("utf-16-le"), "NUL"),
    "latin-1": ("Zie Stb. 2019, 123, één brief.".encode("latin-1"), "not UTF-8"),
    "binary": (bytes(range(256)) * 4, "not UTF-8"),
    "utf-32 with a BOM": (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "UTF-32"),
}
# fmt: on


def _file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "brief.txt"
    path.write_bytes(data)
    return path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.fixture
def koop() -> Iterator[Any]:
    """The local stand-in of the KOOP services (examples/koop_standin.py)."""
    standin = load_module(ROOT / "examples" / "koop_standin.py", "koop_standin")
    with standin.StandIn() as running:
        yield running


@pytest.mark.parametrize("encoding", READABLE)
def test_find_reads_every_encoding_alike(
    encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, READABLE[encoding])
    assert main(["find", "--format", "jsonl", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["line"], r["column"], r["start"]) for r in rows] == [(2, 5, 11), (2, 23, 29)]
    assert [r["text"] for r in rows] == ["Stb. 2019, 123", "Kamerstuk 33694, Nr. 20"]


@pytest.mark.parametrize("encoding", READABLE)
def test_check_reads_every_encoding_alike(
    encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, READABLE[encoding])
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:2:23: KS301 ")


@pytest.mark.parametrize("encoding", READABLE)
def test_check_fix_writes_the_encoding_it_read(encoding: str, tmp_path: Path) -> None:
    path = _file(tmp_path, READABLE[encoding])
    assert main(["check", "--fix", str(path)]) == 0
    fixed = TEXT.replace("Kamerstuk 33694, Nr. 20", "Kamerstukken 33694, nr. 20")
    original = READABLE[encoding]
    expected = {
        "utf-8": fixed.encode("utf-8"),
        "utf-8 with a BOM": codecs.BOM_UTF8 + fixed.encode("utf-8"),
        "utf-16-le with a BOM": codecs.BOM_UTF16_LE + fixed.encode("utf-16-le"),
        "utf-16-be with a BOM": codecs.BOM_UTF16_BE + fixed.encode("utf-16-be"),
    }[encoding]
    assert path.read_bytes() == expected
    assert path.read_bytes() != original


@pytest.mark.parametrize("encoding", READABLE)
def test_parse_reads_stdin_in_every_encoding(
    encoding: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, _lines(encoding))
    assert main(["parse"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [row.split("\t")[1] for row in out] == ["stb-2019-123", "kst-33694-20"]


def _lines(encoding: str) -> bytes:
    text = "Stb. 2019, 123\r\nKamerstuk 33694, Nr. 20\n"
    bom, codec = {
        "utf-8": (b"", "utf-8"),
        "utf-8 with a BOM": (codecs.BOM_UTF8, "utf-8"),
        "utf-16-le with a BOM": (codecs.BOM_UTF16_LE, "utf-16-le"),
        "utf-16-be with a BOM": (codecs.BOM_UTF16_BE, "utf-16-be"),
    }[encoding]
    return bom + text.encode(codec)


@pytest.mark.parametrize("encoding", READABLE)
def test_resolve_from_reads_every_encoding_alike(
    encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], koop: Any
) -> None:
    path = _file(tmp_path, READABLE[encoding])
    urls = ["--sru-url", koop.sru_url, "--zoek-url", koop.zoek_url, "--no-cache"]
    main(["resolve", *urls, "--no-progress", "--format", "jsonl", "--from", str(path)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["input"] for r in rows] == ["Stb. 2019, 123", "Kamerstuk 33694, Nr. 20"]


# fmt: off
COMMANDS = {
    "find": lambda path: ["find", path],
    "find --format json": lambda path: ["find", "--format", "json", path],
    "check": lambda path: ["check", path],
    "check --fix": lambda path: ["check", "--fix", path],
    "resolve --from": lambda path: ["resolve", "--offline", "--no-cache", "--from", path],
    "votes --from": lambda path: ["votes", "--offline", "--no-cache", "--from", path],
}
# fmt: on


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", UNREADABLE)
def test_unreadable_input_is_one_line_and_status_2(
    command: str, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, reason = UNREADABLE[kind]
    path = _file(tmp_path, data)
    assert main(COMMANDS[command](str(path))) == 2
    captured = capsys.readouterr()
    name = command.split()[0]
    assert captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith(f"kamerstuk {name}: {path}: ")
    assert reason in captured.err
    assert "--encoding" in captured.err
    assert "No problems found" not in captured.out
    assert path.read_bytes() == data  # --fix left it alone


@pytest.mark.parametrize("command", ["find", "check", "resolve --from", "votes --from"])
def test_a_missing_file_is_one_line_and_status_2(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nope.txt"
    assert main(COMMANDS[command](str(path))) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"kamerstuk {command.split()[0]}: {path}: ")


@pytest.mark.parametrize("command", ["find", "check"])
def test_encoding_overrides(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, "Zie Stb. 2019, 123, één brief.\n".encode("cp1252"))
    assert main([command, "--encoding", "cp1252", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1:5" in out or "No problems found" in out


def test_an_unknown_encoding_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, b"Stb. 2019, 123\n")
    with pytest.raises(SystemExit) as exit_info:
        main(["find", "--encoding", "klingon", str(path)])
    assert exit_info.value.code == 2
    assert "klingon" in capsys.readouterr().err
