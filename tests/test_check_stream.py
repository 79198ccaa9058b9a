"""``kamerstuk check`` over inputs of any size, folders and worker processes (issue 19): the
problems of a stream read a stretch at a time are those of the whole text, memory stays bounded,
and ``check DIR`` and ``check --jobs N`` work as ``find``'s do."""

from __future__ import annotations

import io
import json
import shutil
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from kamerstuk.checks.validate import stream_problems, text_problems
from kamerstuk.cli.main import main
from kamerstuk.text import chunks, stretches
from kamerstuk.text.chunks import Stretches

from support import DATA, repo_texts, shared_texts, with_breaks

pytestmark = pytest.mark.usefixtures("strict_checks")


class _Trickle(io.StringIO):
    """A stream that gives at most a few characters a read, as a slow pipe does."""

    def read(self, size: int | None = -1, /) -> str:
        return super().read(min(97, size if size is not None and size >= 0 else 97))


@pytest.mark.parametrize("texts", [repo_texts, shared_texts], ids=["repo", "shared"])
@pytest.mark.parametrize("size", [256, 3000])
@pytest.mark.parametrize("breaks", [None, 333])
def test_a_stream_has_the_problems_of_the_whole_text(texts: Any, size: int, breaks: int) -> None:
    text = "\n\n".join(texts())
    if breaks:
        text = with_breaks(text, breaks)
    whole = text_problems(text, "aanwijzingen")
    assert len(whole) > 10
    assert list(stream_problems(Stretches(io.StringIO(text), size=size), "aanwijzingen")) == whole
    trickled = Stretches(_Trickle(text), size=size)
    assert list(stream_problems(trickled, "aanwijzingen")) == whole


def test_lines_and_columns_are_those_of_the_whole_text() -> None:
    text = "\n\n".join(repo_texts())
    read = Stretches(io.StringIO(text), size=500)
    spans = [read.span(p.start, p.end) for p in stream_problems(read, "aanwijzingen")]
    lines = text.split("\n")

    def at(offset: int) -> tuple[int, int]:
        before = text[:offset]
        return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1

    expected = [(*at(p.start), *at(p.end)) for p in text_problems(text, "aanwijzingen")]
    assert spans == expected
    assert len(lines) > 100


def _sparse(size: int) -> str:
    """About ``size`` characters of text with a citation written otherwise every few kB."""
    paragraph = "Geen verwijzing in deze zin, en ook niet in de volgende. " * 40
    return (paragraph + "\nZie Kamerstuk 33694, Nr. 20.\n") * (size // (len(paragraph) + 30))


class _Lines(io.StringIO):
    """Standard output that counts its lines and keeps none (what is kept would be counted)."""

    lines = 0

    def write(self, text: str, /) -> int:
        self.lines += text.count("\n")
        return len(text)


@pytest.mark.parametrize("given", ["file", "stdin"])
def test_check_holds_a_stretch_not_the_text(
    given: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Stretches of 20 kB read 20 kB at a time: a text of 3 MB is never held whole (check read
    # it whole, then kept it and its problems to the end: three times the text and more).
    monkeypatch.setattr(stretches, "STRETCH", 20_000)
    monkeypatch.setattr(chunks, "CHUNK", 20_000)
    text = _sparse(3_000_000)
    path = tmp_path / "groot.txt"
    path.write_text(text[:100_000], encoding="utf-8")
    out = _Lines()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["check", "--no-progress", str(path)]) == 0  # the grammar's caches warm
    path.write_text(text, encoding="utf-8")
    if given == "stdin":
        stdin = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", stdin)
    out.lines = 0
    tracemalloc.start()
    try:
        status = main(["check", "--no-progress", "-" if given == "stdin" else str(path)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert status == 0
    assert out.lines == text.count("Kamerstuk 33694") + 1  # a problem each, and the summary
    assert peak < 0.2 * len(text), f"{peak / len(text):.2f}x the text"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "stukken"
    (root / "sub").mkdir(parents=True)
    shutil.copyfile(DATA / "check-brief-met-fouten.txt", root / "fouten.txt")
    shutil.copyfile(DATA / "kamerbrief-nucleaire-risicobeperking.txt", root / "sub" / "brief.txt")
    (root / "kst-1-1.xml").write_text(
        "<kamerstuk><al>Zie <extref>Kamerstuk 33694,\n Nr. 20</extref>.</al></kamerstuk>",
        encoding="utf-8",
    )
    (root / "pagina.html").write_text("<p>Zie <i>Stb.</i> 2019, 12.</p>", encoding="utf-8")
    (root / "notities.md").write_text("Kamerstuk 33694, Nr. 20", encoding="utf-8")  # not read
    return root


def _check(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main(["check", "--no-progress", *map(str, args)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_folder_is_checked_as_its_files_are_one_by_one(
    fmt: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [
        folder / "fouten.txt",
        folder / "kst-1-1.xml",
        folder / "pagina.html",
        folder / "sub" / "brief.txt",
    ]
    alone = _check(capsys, "--format", fmt, *files)
    assert alone[0] == 1
    for jobs in ("1", "2"):
        assert _check(capsys, "--format", fmt, "--jobs", jobs, folder) == alone
    if fmt == "json":
        rows = json.loads(alone[1])
        assert {Path(r["file"]).name for r in rows} == {"fouten.txt", "kst-1-1.xml", "brief.txt"}
        # The XML is read as its plain text, as find reads it: its citation is found whole.
        xml = [r for r in rows if r["file"].endswith(".xml")]
        assert [(r["code"], r["line"], r["column"]) for r in xml] == [("KS301", 1, 5)]
    else:
        # The summary counts what the JSON of the same files lists.
        rows = json.loads(_check(capsys, "--format", "json", *files)[1])
        fixable = sum(1 for r in rows if r["fix"] is not None)
        summary = alone[1].splitlines()[-1]
        assert summary.startswith(f"Found {len(rows)} problems (")
        assert summary.endswith(f" in 4 files; {fixable} fixable with --fix.")


def test_fix_of_a_folder_fixes_its_text_files_and_checks_its_markup(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (folder / "kst-1-1.xml").read_text(encoding="utf-8")
    status, out, err = _check(capsys, "--fix", folder)
    assert status == 2
    assert err.splitlines() == [
        f"kamerstuk check: {folder}/{name}: not fixed: --fix rewrites text files; markup is"
        " checked as its plain text"
        for name in ("kst-1-1.xml", "pagina.html")
    ]
    assert (folder / "kst-1-1.xml").read_text(encoding="utf-8") == before
    assert "Kamerstukken 33694, nr. 20" in (folder / "sub" / "brief.txt").read_text("utf-8")
    # The markup is checked (its one problem left), the two text files fixed.
    assert out.splitlines()[-1] == (
        "Fixed 2 files. Found 5 problems (3 errors, 1 warning, 1 style) in 4 files."
    )


def test_broken_citations_are_kept_only_while_a_later_one_may_overlap_them() -> None:
    # Each broken citation (KS101) is remembered so that it is reported once; a text of any
    # length must not keep them all (a list grows by an insert each: memory and time).
    from kamerstuk.checks.scan import Readings

    text = "Zie Kamerstukken II 2019/20, 35300, nr. . Verder niets.\n" * 400
    readings = Readings()
    kept = []
    for start in range(0, len(text), 2_000):
        list(readings.of(text, start, min(len(text), start + 2_000), start))
        kept.append(len(readings._broken.items))
    assert sum(1 for p in text_problems(text, "aanwijzingen") if p.code == "KS101") == 400
    assert max(kept) <= 2_000 // 56 + 2
