"""The `kamerstuk parse` and `kamerstuk find` commands, and find over a stream in chunks."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import kamerstuk
from kamerstuk.cli.main import main
from kamerstuk.text.chunks import find_in_stream

from support import DATA, ROOT, read_jsonl

LETTER = DATA / "kamerbrief-nucleaire-risicobeperking.txt"


def test_parse_prints_canonical_identifier_and_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "Kamerstuk 33694, Nr. 20"]) == 0
    assert capsys.readouterr().out.split("\t") == [
        "Kamerstukken 33694, nr. 20",
        "kst-33694-20",
        "https://zoek.officielebekendmakingen.nl/kst-33694-20.html\n",
    ]


def test_parse_json_has_the_contract_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--json", "Kamerstuk 33783, nrs. 31 en 32"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["identifier"] for r in rows] == ["kst-33783-31", "kst-33783-32"]
    assert all(r["input"] == "Kamerstuk 33783, nrs. 31 en 32" for r in rows)


def test_parse_reports_non_citations_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "Stb. 2019, 123", "onzin"]) == 1
    captured = capsys.readouterr()
    assert "stb-2019-123" in captured.out
    assert "'onzin'" in captured.err
    assert "line 1, column 1" in captured.err


def test_parse_reads_lines_from_stdin() -> None:
    lines = "# a comment\nStb. 2019, 123\n\nTrb. 2008, 175\n"
    out = subprocess.run(
        [sys.executable, "-m", "kamerstuk", "parse"],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert [row.split("\t")[1] for row in out.splitlines()] == ["stb-2019-123", "trb-2008-175"]


def test_find_prints_file_line_column(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", str(LETTER)]) == 0
    first = capsys.readouterr().out.splitlines()[0].split("\t")
    assert first[0] == f"{LETTER}:13:49"
    assert first[1:4] == ["Kamerstuk 33694, Nr. 20", "Kamerstukken 33694, nr. 20", "kst-33694-20"]


@pytest.mark.parametrize("style", ["json", "jsonl", "csv"])
def test_find_formats_carry_the_same_citations(
    style: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["find", "--format", style, str(LETTER)]) == 0
    out = capsys.readouterr().out
    if style == "json":
        rows = json.loads(out)
    elif style == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(out)))
    labels = read_jsonl(DATA / "kamerbrief-nucleaire-risicobeperking.jsonl")[0]["citations"]
    assert [r["identifier"] for r in rows] == [c["identifier"] for c in labels]
    assert [int(r["start"]) for r in rows] == [c["start"] for c in labels]


def test_find_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["find", str(tmp_path / "nope.txt"), str(LETTER)]) == 2
    captured = capsys.readouterr()
    assert "nope.txt" in captured.err
    assert "kst-33694-20" in captured.out  # the readable file is still done


def test_find_reads_stdin() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "kamerstuk", "find", "-"],
        input="zie Stb. 2019, 123\n",
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    assert out.split("\t")[0] == "-:1:5"


@pytest.mark.parametrize("size", [97, 1000, 5000, 1 << 20])
def test_chunks_find_exactly_what_one_call_finds(size: int) -> None:
    text = (LETTER.read_text(encoding="utf-8") + "\n(Kamerstuk 33783, nr. 4, p. 2; nr. 9)\n") * 12
    whole = [(m.start, m.end, m.citation) for m in kamerstuk.find(text)]
    located = list(find_in_stream(io.StringIO(text), size))
    assert [(x.offset, x.match.end, x.match.citation) for x in located] == whole
    for x in located:
        assert text[x.match.start : x.match.end] == x.match.text
        assert x.line == text.count("\n", 0, x.offset) + 1
        assert x.column == x.offset - text.rfind("\n", 0, x.offset)
