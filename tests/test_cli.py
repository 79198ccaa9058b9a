"""The `kamerstuk parse` and `kamerstuk find` commands, and find over a stream in chunks."""

from __future__ import annotations

import io
import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

import kamerstuk
from kamerstuk.cli.main import main
from kamerstuk.text.chunks import find_in_stream

from support import DATA, ROOT, read_jsonl, rows_of

LETTER = DATA / "kamerbrief-nucleaire-risicobeperking.txt"


def test_parse_prints_canonical_identifier_and_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "Kamerstuk 33694, Nr. 20"]) == 0
    assert capsys.readouterr().out.split("\t") == [
        "Kamerstukken 33694, nr. 20",
        "kst-33694-20",
        "https://zoek.officielebekendmakingen.nl/kst-33694-20.html\n",
    ]


def test_parse_jsonl_has_the_contract_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--jsonl", "Kamerstuk 33783, nrs. 31 en 32"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["identifier"] for r in rows] == ["kst-33783-31", "kst-33783-32"]
    assert all(r["input"] == "Kamerstuk 33783, nrs. 31 en 32" for r in rows)


def test_parse_json_is_named_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    # --json wrote JSON Lines: the option now says so, and --json is no more.
    with pytest.raises(SystemExit):
        main(["parse", "--json", "Stb. 2019, 123"])
    assert "--json" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_parse_rows_line_up_with_the_inputs(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    # A failed input once left no row, so the rows no longer lined up with the inputs.
    inputs = ["Stb. 2019, 123", "onzin", "Kamerstuk 33783, nrs. 31 en 32", "Trb. 2008, 175"]
    assert main(["parse", "--format", fmt, *inputs]) == 1
    out = capsys.readouterr().out
    rows = rows_of(out, fmt)
    assert [(int(r["line"]), r["input"], r["identifier"] or None) for r in rows] == [
        (1, "Stb. 2019, 123", "stb-2019-123"),
        (2, "onzin", None),
        (3, "Kamerstuk 33783, nrs. 31 en 32", "kst-33783-31"),
        (3, "Kamerstuk 33783, nrs. 31 en 32", "kst-33783-32"),
        (4, "Trb. 2008, 175", "trb-2008-175"),
    ]
    assert [bool(r["error"]) for r in rows] == [False, True, False, False, False]
    assert "'onzin'" in rows[1]["error"]
    assert "line 1, column 1" in rows[1]["error"]


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
    rows = rows_of(out, style)
    labels = read_jsonl(DATA / "kamerbrief-nucleaire-risicobeperking.jsonl")[0]["citations"]
    assert [r["identifier"] for r in rows] == [c["identifier"] for c in labels]
    assert [int(r["start"]) for r in rows] == [c["start"] for c in labels]


def test_find_missing_file_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["find", str(tmp_path / "nope.txt"), str(LETTER)]) == 1
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


def test_find_prints_every_document_of_a_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The documents of one phrase share its start; the reader once kept only the first.
    path = tmp_path / "list.txt"
    path.write_text("Zie Kamerstuk 33783, nrs. 31 en 32.\n", encoding="utf-8")
    assert main(["find", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [row.split("\t")[3] for row in out] == ["kst-33783-31", "kst-33783-32"]


@pytest.mark.skipif(os.name != "posix", reason="waiting on a pipe needs select() on POSIX")
def test_find_on_a_pipe_prints_each_citation_as_its_line_arrives() -> None:
    # It once waited for a megabyte of input (or its end) before printing anything.
    command = [sys.executable, "-m", "kamerstuk", "find", "-"]
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT)
    assert proc.stdin is not None
    assert proc.stdout is not None
    try:
        proc.stdin.write(b"zie Stb. 2019, 123\n")
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 20)
        assert ready, "nothing printed while the input stays open"
        assert proc.stdout.readline().split(b"\t")[0] == b"-:1:5"
        proc.stdin.write(b"en Trb. 2008, 175\n")
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 20)
        assert ready, "nothing printed for the second line"
        assert proc.stdout.readline().split(b"\t")[0] == b"-:2:4"
    finally:
        proc.stdin.close()
        proc.wait(20)
        proc.stdout.close()
    assert proc.returncode == 0


@pytest.mark.parametrize("size", [97, 1000, 5000, 1 << 20])
def test_chunks_find_exactly_what_one_call_finds(size: int) -> None:
    text = LETTER.read_text(encoding="utf-8") + "\n(Kamerstuk 33783, nr. 4, p. 2; nr. 9)\n"
    # Back-references whose antecedent lies chunks before them, and one at a chunk's start.
    text = (text + "Zie Kamerstuk 33783, nrs. 31 en 32.\n" + "t.a.p., p. 4; " * 30) * 12
    whole = list(kamerstuk.find(text))
    assert sum(m.short_form for m in whole) == 12 * 30
    located = list(find_in_stream(io.StringIO(text), size))
    assert [x.match for x in located] == whole
    assert [x.offset for x in located] == [m.start for m in whole]
    for x in located:
        assert text[x.match.start : x.match.end] == x.match.text
        assert x.line == text.count("\n", 0, x.offset) + 1
        assert x.column == x.offset - text.rfind("\n", 0, x.offset)


def test_parse_reads_stdin_line_by_line_as_a_text_file_has_them(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A U+2028 or U+0085 inside a line does not end it (str.splitlines would split there).
    monkeypatch.setattr(
        sys, "stdin", io.StringIO("Stb. 2019, 1\u2028x\r\nTrb. 2008, 175\rStb. 2019, 2\n")
    )
    assert main(["parse", "--format", "jsonl"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.split("\n") if line]
    assert [(r["line"], r["input"]) for r in rows] == [
        (1, "Stb. 2019, 1\u2028x"),
        (2, "Trb. 2008, 175"),
        (3, "Stb. 2019, 2"),
    ]
