"""The examples in examples/ run offline and do what their docstrings say.

The notebooks need the ``docs`` extra (nbclient, ipykernel, pandas): ``make docs`` installs it and
runs this file; under ``make test`` alone those tests are skipped, saying why. Their outputs are
compared with the ones kept in the notebooks, so the kept outputs cannot drift from the code; after
a deliberate change, ``KAMERSTUK_UPDATE_NOTEBOOK=1 make docs`` writes the new ones. The votes
notebook shows the real records of ../shared/tk-fixtures and is skipped where they are absent.
"""

from __future__ import annotations

import csv
import doctest
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from support import ROOT

EXAMPLES = ROOT / "examples"
NOTEBOOK = EXAMPLES / "tour.ipynb"
VOTES_NOTEBOOK = EXAMPLES / "votes.ipynb"


def _run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "name",
    [
        "koop_standin.py", "tk_standin.py", "tk_odata.py", "extract_folder.py", "fix_letter.py",
        "citation_graph.py",
    ],
)  # fmt: skip
def test_every_example_says_what_it_shows(name: str) -> None:
    spec = importlib.util.spec_from_file_location(name[:-3], EXAMPLES / name)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.__doc__
    assert "What it shows" in module.__doc__


def test_the_standin_resolves_what_it_knows_and_nothing_else() -> None:
    spec = importlib.util.spec_from_file_location("koop_standin", EXAMPLES / "koop_standin.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted
    assert not result.failed

    import kamerstuk

    with module.StandIn() as koop:
        results = kamerstuk.resolve_all(
            ["Stb. 2019, 123", "Kamerstuk 33694, nr. 49"], cache=False, progress=False, **koop.urls
        )
    assert results[0].document is not None
    assert results[0].document.identifier == "stb-2019-123"
    assert isinstance(results[1].error, kamerstuk.NotFound)
    assert all(path.startswith("/") for path in koop.requests)


@pytest.mark.parametrize("name", ["tk_standin", "tk_odata"])
def test_the_tk_stand_in_does_what_its_docstrings_say(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted
    assert not result.failed


def test_the_tk_stand_in_serves_from_the_command_line() -> None:
    done = _run(EXAMPLES / "tk_standin.py", "--records", "no-such-folder")
    assert done.returncode == 2
    assert "no such folder: no-such-folder" in done.stderr


def test_extract_folder_writes_every_citation_of_every_file(tmp_path: Path) -> None:
    folder = tmp_path / "brieven"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Zie Kamerstuk 33694, nr. 20 en\nStb. 2019, 123.\n", "utf-8")
    (folder / "sub" / "b.txt").write_text(
        "Geen verwijzing.\n\n  (Kamerstuk 36200-VIII-12)", "utf-8"
    )
    (folder / "c.md").write_text("Stb. 2020, 1 (not a .txt file: left out)", "utf-8")
    out = tmp_path / "citations.csv"

    done = _run(EXAMPLES / "extract_folder.py", folder, "--output", out)

    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().endswith("3 citations in 2 files")
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    got = [(r["file"], r["line"], r["column"], r["text"], r["identifier"]) for r in rows]
    assert got == [
        ("a.txt", "1", "5", "Kamerstuk 33694, nr. 20", "kst-33694-20"),
        ("a.txt", "2", "1", "Stb. 2019, 123", "stb-2019-123"),
        ("sub/b.txt", "3", "4", "Kamerstuk 36200-VIII-12", "kst-36200-VIII-12"),
    ]


def test_fix_letter_writes_the_fixed_letter_and_lists_what_is_left(tmp_path: Path) -> None:
    letter = tmp_path / "brief.txt"
    shutil.copy(EXAMPLES / "concept-brief.txt", letter)
    before = letter.read_text(encoding="utf-8")

    done = _run(EXAMPLES / "fix_letter.py", letter)

    fixed = (tmp_path / "brief.fixed.txt").read_text(encoding="utf-8")
    assert letter.read_text(encoding="utf-8") == before  # the letter itself is left alone
    assert "(Kamerstukken 31288, nr. 112)" in fixed
    assert "(Kamerstuk 31 288, nr. 112)" not in fixed
    assert done.returncode == 1  # errors are left that only the author can settle
    assert "KS201 error" in done.stdout
    assert "KS301" not in done.stdout

    import kamerstuk

    # The fixes change how citations are written, never which documents they name.
    def named(text: str) -> list[str | None]:
        return [m.citation.identifier for m in kamerstuk.find(text)]

    assert named(fixed) == named(before)


def _outputs(notebook: Any) -> list[list[str]]:
    """What each code cell showed: stream text and the text/plain of results, per cell. A
    stream's text is one piece however the kernel cut it into messages (it sends what the cell
    printed so far whenever it flushes, which depends on timing: under load one printed table
    came as two pieces)."""
    shown = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        texts: list[str] = []
        stream = None  # the stream the last output was of, if it was one
        for output in cell.outputs:
            if output.output_type == "stream":
                if output.name == stream:
                    texts[-1] += output.text
                else:
                    texts.append(output.text)
                stream = output.name
                continue
            stream = None
            if output.output_type in ("execute_result", "display_data"):
                texts.append(output.data.get("text/plain", ""))
            elif output.output_type == "error":
                texts.append(f"{output.ename}: {output.evalue}")
        shown.append(texts)
    return shown


def test_the_tour_notebook_runs_offline_and_shows_what_it_keeps() -> None:
    _runs_and_keeps(NOTEBOOK)


def test_the_votes_notebook_runs_offline_and_shows_what_it_keeps() -> None:
    pytest.importorskip("matplotlib", reason="the plot extra is not installed")
    fixtures = ROOT.parent / "shared" / "tk-fixtures"
    if not fixtures.is_dir():
        pytest.skip(f"{fixtures} is absent: the notebook shows the real records kept there")
    _runs_and_keeps(VOTES_NOTEBOOK)


def _runs_and_keeps(path: Path) -> None:
    """Run the notebook at ``path`` offline; its outputs must be the ones it keeps."""
    nbformat = pytest.importorskip("nbformat", reason="the docs extra is not installed (make docs)")
    nbclient = pytest.importorskip("nbclient", reason="the docs extra is not installed (make docs)")
    pytest.importorskip("pandas", reason="the docs extra is not installed (make docs)")
    pytest.importorskip("ipykernel", reason="the docs extra is not installed (make docs)")
    kept = nbformat.read(path, as_version=4)
    run = nbformat.read(path, as_version=4)

    client = nbclient.NotebookClient(
        run,
        timeout=120,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(EXAMPLES)}},
    )
    client.execute()

    if os.environ.get("KAMERSTUK_UPDATE_NOTEBOOK"):
        nbformat.write(run, path)
        kept = run
    assert _outputs(run) == _outputs(kept), "outputs changed: see the test's docstring"
    assert all(_outputs(run)[:-1]), "every cell but the last shows something"


PNG = b"\x89PNG\r\n\x1a\n"


def test_citation_graph_keeps_its_output(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the plot extra is not installed")
    done = _run(EXAMPLES / "citation_graph.py", "--out", tmp_path)
    assert done.returncode == 0, done.stderr
    kept = (EXAMPLES / "citation-graph.csv").read_text(encoding="utf-8")
    assert (tmp_path / "citation-graph.csv").read_text(encoding="utf-8") == kept
    assert (tmp_path / "citation-graph.png").read_bytes().startswith(PNG)
    assert (EXAMPLES / "citation-graph.png").read_bytes().startswith(PNG)
    assert "kst-33694-20" in done.stdout


def test_citation_graph_follows_the_documents_it_finds(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the plot extra is not installed")
    fixtures = tmp_path / "fixtures" / "kst" / "33694"
    fixtures.mkdir(parents=True)
    (fixtures / "kst-33694-20.xml").write_text(
        "<officiele-publicatie><kamerstuk><al>Zie Stb. 2019, 123 en Kamerstuk 33694, nr. 49."
        "</al></kamerstuk></officiele-publicatie>",
        encoding="utf-8",
    )
    done = _run(
        EXAMPLES / "citation_graph.py", "--fixtures", tmp_path / "fixtures", "--out", tmp_path
    )
    assert done.returncode == 0, done.stderr
    with (tmp_path / "citation-graph.csv").open(encoding="utf-8", newline="") as handle:
        pairs = [(r["citing"], r["cited"]) for r in csv.DictReader(handle)]
    assert pairs[-2:] == [("kst-33694-20", "stb-2019-123"), ("kst-33694-20", "kst-33694-49")]
    assert len(pairs) == 7
    assert "2 documents read" in done.stdout
