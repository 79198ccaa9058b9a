"""``kamerstuk check``: output, exit status, selection, JSON, and --fix / --diff on real files."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import stat
import sys
from pathlib import Path

import pytest

import kamerstuk
from kamerstuk import find
from kamerstuk.cli import rewrite
from kamerstuk.cli.main import main

from support import DATA, between_citations, shared_path

BROKEN = DATA / "check-brief-met-fouten.txt"
SOUND = DATA / "check-brief-in-orde.txt"
LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>KS\d{3}) (?P<message>.+)$")


pytestmark = pytest.mark.usefixtures("strict_checks")


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A copy of the letter with problems, free to rewrite."""
    path = tmp_path / BROKEN.name
    shutil.copyfile(BROKEN, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, list[str]]:
    status = main(["check", *map(str, args)])
    return status, capsys.readouterr().out.splitlines()


def codes(lines: list[str]) -> list[str]:
    return [m["code"] for line in lines if (m := LINE.match(line))]


def test_each_problem_is_file_line_col_code_message(capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = run(capsys, BROKEN)
    assert status == 1
    first = LINE.match(lines[0])
    assert first is not None
    assert (first["file"], first["line"], first["col"], first["code"]) == (
        str(BROKEN),
        "3",
        "38",
        "KS301",
    )
    assert codes(lines) == [
        "KS301",
        "KS301",
        "KS301",
        "KS101",
        "KS301",
        "KS102",
        "KS201",
        "KS205",
        "KS301",
        "KS401",
    ]
    assert (
        lines[-1]
        == "Found 10 problems (3 errors, 2 warnings, 5 style) in 1 file; 5 fixable with --fix."
    )


def test_the_column_points_at_the_citation(capsys: pytest.CaptureFixture[str]) -> None:
    _, lines = run(capsys, BROKEN)
    text = BROKEN.read_text(encoding="utf-8").splitlines()
    for line in lines[:-1]:
        m = LINE.match(line)
        assert m is not None
        at = text[int(m["line"]) - 1][int(m["col"]) - 1 :]
        assert re.match(r"Kamerst|Aanhangsel|Handelingen|2022|2019|\(?Kamer", at), line


# One case a line: the files, the options, the exit status.
@pytest.mark.parametrize(
    ("files", "options", "status"),
    [
        ([SOUND], [], 0),
        ([BROKEN], [], 1),
        ([BROKEN], ["--select", "KS3,KS4"], 0),
        ([BROKEN], ["--ignore", "KS1", "--ignore", "KS2"], 0),
        ([BROKEN], ["--select", "KS201"], 1),
        ([SOUND, BROKEN], [], 1),
        ([DATA / "no-such-file.txt"], [], 2),
        ([DATA / "no-such-file.txt", SOUND], [], 2),
    ],
)
def test_exit_status(
    capsys: pytest.CaptureFixture[str], files: list[Path], options: list[str], status: int
) -> None:
    assert run(capsys, *options, *files)[0] == status


def test_a_sound_letter_has_no_problems(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, SOUND) == (0, ["No problems found in 1 file."])


# One case a line: selection options, the codes left.
@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--select", "KS2"], ["KS201", "KS205"]),
        (["--select", "KS101,KS401"], ["KS101", "KS401"]),
        (["--ignore", "KS3", "--ignore", "KS2"], ["KS101", "KS102", "KS401"]),
        (["--select", "KS1", "--ignore", "KS102"], ["KS101"]),
        (["--select", "ks20"], ["KS201", "KS205"]),
    ],
)
def test_select_and_ignore(
    capsys: pytest.CaptureFixture[str], options: list[str], expected: list[str]
) -> None:
    assert codes(run(capsys, *options, BROKEN)[1]) == expected


def test_kort_style(capsys: pytest.CaptureFixture[str]) -> None:
    _, lines = run(capsys, "--style", "kort", "--select", "KS3", BROKEN)
    assert "write 'Kamerstuk 33694, nr. 20'" in lines[0]


def test_json_uses_the_problem_attribute_names(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", "--format", "json", str(BROKEN)])
    rows = json.loads(capsys.readouterr().out)
    assert status == 1
    assert len(rows) == 10
    assert set(rows[0]) == {
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "severity",
        "message",
        "start",
        "end",
        "fix",
    }
    text = BROKEN.read_text(encoding="utf-8")
    assert text[rows[0]["start"] : rows[0]["end"]] == "Kamerstuk 33694, Nr. 20"
    assert rows[0]["fix"] == "Kamerstukken 33694, nr. 20"


def test_fix_rewrites_and_then_only_unfixable_problems_remain(
    capsys: pytest.CaptureFixture[str], broken: Path
) -> None:
    before = broken.read_text(encoding="utf-8")
    status, lines = run(capsys, "--fix", broken)
    after = broken.read_text(encoding="utf-8")
    assert status == 1  # errors with no fix remain
    assert codes(lines) == ["KS101", "KS201", "KS205", "KS401"]
    assert lines[-1].startswith("Fixed 1 file. Found 4 problems")
    assert "(Kamerstukken 33694, nr. 49 van 3 oktober 2019)" in after
    assert "Aanhangsel Handelingen 2022/23, nr. 844" in after
    assert [m.citation for m in find(after)] == [m.citation for m in find(before)]
    assert codes(run(capsys, "--select", "KS3", broken)[1]) == []


def test_fix_is_idempotent(capsys: pytest.CaptureFixture[str], broken: Path) -> None:
    run(capsys, "--fix", broken)
    once = broken.read_bytes()
    _, lines = run(capsys, "--fix", broken)
    assert broken.read_bytes() == once
    assert lines[-1].startswith("Fixed 0 files.")


def test_fix_changes_nothing_outside_citations(
    capsys: pytest.CaptureFixture[str], broken: Path
) -> None:
    before = broken.read_text(encoding="utf-8")
    run(capsys, "--fix", broken)
    after = broken.read_text(encoding="utf-8")
    assert between_citations(after) == between_citations(before)


def test_fix_keeps_line_endings_and_permissions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Zie Kamerstuk 33694, Nr. 20.\r\nEn verder.\r\n")
    path.chmod(0o640)
    run(capsys, "--fix", path)
    assert path.read_bytes() == b"Zie Kamerstukken 33694, nr. 20.\r\nEn verder.\r\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_fix_writes_atomically(
    capsys: pytest.CaptureFixture[str], broken: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = broken.read_bytes()
    replaced: list[tuple[str, str]] = []

    def crash(source: str, target: str) -> None:
        replaced.append((source, target))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    assert main(["check", "--fix", str(broken)]) == 2
    assert (
        capsys.readouterr().err
        == f"kamerstuk check: {broken}: not written: No space left on device\n"
    )
    assert broken.read_bytes() == before  # the original is whole
    [(source, target)] = replaced
    assert Path(source).parent == broken.parent  # the new text was written beside it
    assert Path(target) == broken.resolve()
    assert sorted(p.name for p in broken.parent.iterdir()) == [broken.name]  # no temp file left


def test_diff_shows_the_fixes_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], broken: Path
) -> None:
    before = broken.read_bytes()
    status, lines = run(capsys, "--diff", broken)
    assert status == 1
    assert broken.read_bytes() == before
    assert lines[0] == f"--- {broken}"
    assert "-(Kamerstuk 33694-49 d.d. 3 oktober 2019) en in Kamerstuk 33694, nr." in lines
    assert "+(Kamerstukken 33694, nr. 49 van 3 oktober 2019) en in Kamerstuk 33694, nr." in lines


def test_diff_of_a_sound_file_is_empty(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--diff", SOUND) == (0, [])


def test_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Zie Kamerstuk 33694, nr.\n"))
    status, lines = run(capsys, "-")
    assert status == 1
    assert lines[0].startswith("-:1:5: KS101 ")


def test_standard_input_fixed_to_standard_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Zie Kamerstuk 33694, Nr. 20.\n"))
    status = main(["check", "--fix", "-"])
    captured = capsys.readouterr()
    assert status == 0
    assert captured.out == "Zie Kamerstukken 33694, nr. 20.\n"
    assert "No problems found" in captured.err


def test_replace_puts_the_whole_new_file_in_place(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("old text that is longer", encoding="utf-8")
    rewrite.replace(path, b"old text that is longer", b"new")
    assert path.read_text(encoding="utf-8") == "new"


@pytest.mark.shared
@pytest.mark.parametrize("style", ["aanwijzingen", "kort"])
def test_fix_then_check_on_the_seed_letter(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, style: str
) -> None:
    path = tmp_path / "brief.txt"
    shutil.copyfile(shared_path("seed", "kamerbrief-nucleaire-risicobeperking.txt"), path)
    before = path.read_text(encoding="utf-8")
    assert run(capsys, "--fix", "--style", style, path)[0] == 0
    after = path.read_text(encoding="utf-8")
    assert after != before
    assert run(capsys, "--style", style, path) == (0, ["No problems found in 1 file."])
    assert len(list(find(after))) == len(list(find(before))) == 5
    assert [m.citation.identifier for m in find(after)] == [
        m.citation.identifier for m in find(before)
    ]


# fmt: off
@pytest.mark.parametrize("options", [
    ["--select", "KS999"],
    ["--ignore", "KS9"],
    ["--select", "KS101,KS7"],
    ["--select", "E501"],
    ["--style", "kortst"],
    ["--format", "xml"],
])
def test_unknown_codes_styles_and_formats_are_usage_errors(
    capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    # An unknown code once selected nothing and said "No problems found", exit 0.
    with pytest.raises(SystemExit) as exit_info:
        main(["check", *options, str(BROKEN)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err or "unknown code" in err
    if "unknown code" in err:
        assert "KS101" in err
        assert "KS401" in err
# fmt: on


# fmt: off
@pytest.mark.parametrize("text", [
    "Zie Kamerstuk 33694, Nr. 20.\n",
    "Zie Kamerstukken II 2019/21, 35 300, nr. 3 en Kamerstuk 33694-49.\n",
    "Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 844\n",
    "Geen verwijzingen.\n",
])
def test_the_api_and_the_command_have_one_default(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # validate() and fix_text() once left out the style problems that check reports and fixes.
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    main(["check", "--format", "json", str(path)])
    rows = json.loads(capsys.readouterr().out)
    api = [(p.code, p.start, p.end, p.fix) for p in kamerstuk.validate(text)]
    assert [(r["code"], r["start"], r["end"], r["fix"]) for r in rows] == api
    main(["check", "--fix", str(path)])
    assert path.read_text(encoding="utf-8") == kamerstuk.fix_text(text).text
# fmt: on


@pytest.mark.parametrize("command", ["check", "find"])
def test_a_progress_bar_when_asked(
    command: str, capsys: pytest.CaptureFixture[str], broken: Path
) -> None:
    # check once ran for a minute on long input with nothing to show for it; find had a bar.
    main([command, "--progress", str(broken)])
    err = capsys.readouterr().err
    assert f"kamerstuk {command}" in err
    assert "100%" in err
    main([command, str(broken)])  # not a terminal, not large: no bar
    assert capsys.readouterr().err == ""
