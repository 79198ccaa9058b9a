"""``kamerstuk check --context`` and ``kamerstuk find --context``: the Kamerstuk being read, as
``validate(text, context=...)`` and ``find(text, context=...)`` take it, so that "stuk nr. 12" at
the start of a text refers to something (KS402, and no match, otherwise)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import kamerstuk
from kamerstuk.cli.main import main

from support import rows_of

pytestmark = pytest.mark.usefixtures("strict_checks")


def _check(path: Path, capsys: pytest.CaptureFixture[str], *options: str) -> list[dict[str, Any]]:
    main(["check", "--format", "json", *options, str(path)])
    rows: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return rows


# fmt: off
@pytest.mark.parametrize(("text", "context"), [
    ("Het amendement (stuk nr. 12) is aangenomen.\n", "kst-36200-3"),
    ("Nr. 12 van dit wetsvoorstel wijzigt artikel 3.\n", "kst-36200-VII-3"),
    ("Zie stuk nr. 12 en Kamerstuk 33694, nr. 3; ook stuk nr. 4.\n", "Kamerstuk 36200, nr. 3"),
    ("Zie stuk nr. 12.\n", "Kamerstukken II 2022/23, 36200 VII, nr. 3"),
    ("Zie t.a.p., p. 7 en stuk nr. 5.\n", "kst-36200-3"),
    ("Geen verwijzingen.\n", "kst-36200-3"),
])
def test_context_gives_what_validate_gives(
    text: str, context: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    rows = _check(path, capsys, "--context", context)
    api = [(p.code, p.start, p.end, p.message) for p in kamerstuk.validate(text, context=context)]
    assert [(r["code"], r["start"], r["end"], r["message"]) for r in rows] == api
    # Without it, a back-reference to the document being read refers to nothing.
    if "stuk" in text.lower() or "nr. 12" in text.lower():
        without = [r["code"] for r in _check(path, capsys)]
        assert "KS402" in without
        assert without.count("KS402") > [r["code"] for r in rows].count("KS402")
# fmt: on


def test_context_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Zie stuk nr. 12.\n")))
    assert main(["check", "--context", "kst-36200-3", "-"]) == 0
    assert "No problems found in 1 file." in capsys.readouterr().out


# fmt: off
@pytest.mark.parametrize("command", ["check", "find"])
@pytest.mark.parametrize(("value", "why"), [
    ("Stb. 2019, 123", "context must name a Kamerstuk, not a staatsblad"),
    ("Handelingen II 2019/20, nr. 3", "context must name a Kamerstuk, not a handelingen"),
    ("onzin", "unexpected 'onzin'"),
    ("", "empty text is not a citation"),
    ("kst-1-2-3-4-5", "not a valid kst identifier"),
    ("Kamerstukken II 2019/21, 35 300, nr. 3", "vergaderjaar '2019/21'"),
])
def test_a_bad_context_is_a_usage_error(
    command: str, value: str, why: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("Zie stuk nr. 12.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--context", value, str(path)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: kamerstuk {command}")
    last = err.splitlines()[-1]
    assert f"argument --context: {value!r} names no Kamerstuk being read ({why}" in last
    assert "kst-36200-VII-3" in last  # what to give instead
# fmt: on


def test_the_ks402_message_names_the_option() -> None:
    # The message said only validate(text, context=...), which a user of the command cannot use.
    problem = kamerstuk.validate("Zie stuk nr. 12.")[0]
    assert problem.code == "KS402"
    assert "--context" in problem.message
    assert "context=" in problem.message


LETTER = (
    "Het amendement (stuk nr. 12) is aangenomen; nr. 13 van dit wetsvoorstel niet.\n"
    "Zie ook Kamerstuk 33694, nr. 3 en stuk nr. 4, en t.a.p., p. 2.\n"
)
CONTEXT = "kst-36200-VII-3"


def _found(text: str, context: str | None) -> list[tuple[str, str, str, str]]:
    """What find() gives: span, text and identifier, per document, as the rows write them."""
    return [
        (str(m.start), str(m.end), m.text, m.citation.identifier or "")
        for m in kamerstuk.find(text, context=context)
    ]


def _rows(out: str, fmt: str) -> list[tuple[str, str, str, str]]:
    return [(str(r["start"]), str(r["end"]), r["text"], r["identifier"]) for r in rows_of(out, fmt)]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_find_context_gives_what_find_gives(
    fmt: str, jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [tmp_path / "een.txt", tmp_path / "twee.txt"]
    for path in paths:
        path.write_text(LETTER, encoding="utf-8")
    assert (
        main(["find", "--format", fmt, "--jobs", jobs, "--context", CONTEXT, *map(str, paths)]) == 0
    )
    expected = _found(LETTER, CONTEXT)
    assert any(identifier == "kst-36200-VII-12" for *_, identifier in expected)
    assert _rows(capsys.readouterr().out, fmt) == expected * 2
    # Without it, "stuk nr. 12" and "nr. 13 van dit wetsvoorstel" refer to nothing.
    assert main(["find", "--format", fmt, "--jobs", jobs, *map(str, paths)]) == 0
    without = _rows(capsys.readouterr().out, fmt)
    assert without == _found(LETTER, None) * 2
    assert len(without) < len(expected) * 2


def test_find_context_on_standard_input() -> None:
    command = [sys.executable, "-m", "kamerstuk", "find", "--format", "jsonl", "--context"]
    done = subprocess.run(
        [*command, CONTEXT, "-"], input=LETTER.encode(), capture_output=True, check=True
    )
    assert _rows(done.stdout.decode(), "jsonl") == _found(LETTER, CONTEXT)


def test_find_context_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert main(["find", "--context", CONTEXT, str(path)]) == 0
    identifiers = [line.split("\t")[3] for line in capsys.readouterr().out.splitlines()]
    assert identifiers == [identifier for *_, identifier in _found(LETTER, CONTEXT)]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_find_context_with_parquet_gives_what_find_gives(
    jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The table's rows are made in the workers (text/rows.json_rows): the context goes with them.
    pd = pytest.importorskip("pandas", reason="--format parquet needs the frame extra")
    paths = [tmp_path / "een.txt", tmp_path / "twee.txt"]
    for path in paths:
        path.write_text(LETTER, encoding="utf-8")
    out = tmp_path / "t.parquet"
    command = ["find", "--format", "parquet", "--out", str(out), "--jobs", jobs]
    assert main([*command, "--context", CONTEXT, *map(str, paths)]) == 0
    assert capsys.readouterr().out == ""
    table = pd.read_parquet(out)
    columns = (table["start"].astype(str), table["end"].astype(str), table["text"])
    got = list(zip(*columns, table["identifier"].fillna(""), strict=True))
    expected = _found(LETTER, CONTEXT)
    assert any(identifier == "kst-36200-VII-12" for *_, identifier in expected)
    assert got == expected * 2
    assert table["id"].tolist() == [str(p) for p in paths for _ in expected]
    assert table["short_form"].sum() == 2 * sum(
        m.short_form for m in kamerstuk.find(LETTER, CONTEXT)
    )
    assert main([*command, *map(str, paths)]) == 0
    without = pd.read_parquet(out)
    assert len(without) == 2 * len(_found(LETTER, None)) < len(table)
