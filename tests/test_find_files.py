"""``kamerstuk find`` over files and folders: .txt, KOOP .xml and .html read as plain text, in
worker processes with ``--jobs``, in input order, unreadable files reported, Parquet out."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kamerstuk.cli import find, sources
from kamerstuk.cli.main import main
from kamerstuk.model.errors import missing_extra
from kamerstuk.text import many

from support import ROOT, fresh_python, rows_of

XML = (
    '<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><metadata>'
    '<meta name="DC.title" content="Stb. 2000, 1"/></metadata><kamerstuk>'
    '<al>Zie <extref doc="kst-33694-20">Kamerstuk 33694,\n   nr. 20</extref>.</al>'
    "</kamerstuk></officiele-publicatie>"
)
HTML = (
    "<html><head><title>Stb. 2000, 2</title></head><body><h1>Kop</h1>"
    "<p>Zie <i>Trb.</i> 2008, 175</p></body></html>"
)


def stukken(root: Path) -> Path:
    """A folder of a text, an HTML page and (in a subfolder) KOOP XML, and files not read: a
    hidden one, one of another kind, and a FIFO (which would block a reader)."""
    folder = root / "stukken"
    (folder / "sub").mkdir(parents=True)
    (folder / "brief.txt").write_text("Zie Stb. 2019, 123.\n", encoding="utf-8")
    (folder / "pagina.html").write_text(HTML, encoding="utf-8")
    (folder / "sub" / "kst-1-1.xml").write_text(XML, encoding="utf-8")
    (folder / ".verborgen.txt").write_text("Stb. 2000, 3", encoding="utf-8")
    (folder / "notities.md").write_text("Stb. 2000, 4", encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pijp.txt")
    return folder


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_of_text_xml_and_html(
    jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = stukken(tmp_path)
    status, out, err = run(["find", "--jobs", jobs, "--format", "jsonl", str(folder)], capsys)
    assert (status, err) == (0, "")
    got = [
        (r["where"], r["start"], r["end"], r["text"], r["identifier"])
        for r in rows_of(out, "jsonl")
    ]
    # Spans, lines and columns of the plain text: the XML's metadata and the page's head left
    # out, paragraphs a blank line apart, the markup's line break inside a citation a space.
    assert got == [
        (f"{folder}/brief.txt:1:5", 4, 18, "Stb. 2019, 123", "stb-2019-123"),
        (f"{folder}/pagina.html:3:5", 9, 23, "Trb. 2008, 175", "trb-2008-175"),
        (f"{folder}/sub/kst-1-1.xml:1:5", 4, 27, "Kamerstuk 33694, nr. 20", "kst-33694-20"),
    ]


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv"])
def test_jobs_give_the_same_output_in_every_format(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every file its own chunk, so that the order of many chunks is what is compared.
    monkeypatch.setattr(many, "CHUNK_CHARS", 1)
    paths = [str(stukken(tmp_path)), *sorted(map(str, (ROOT / "examples").glob("*.txt")))]
    serial = run(["find", "--format", fmt, *paths], capsys)
    assert serial[0] == 0
    assert len(serial[1].splitlines()) > 50
    assert run(["find", "--jobs", "2", "--format", fmt, *paths], capsys) == serial


def test_files_too_large_for_a_worker_are_read_here(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [str(stukken(tmp_path)), str(ROOT / "examples")]
    serial = run(["find", "--format", "csv", *paths], capsys)
    monkeypatch.setattr(sources, "BIG", 0)  # every file is too large: the workers send none
    assert (
        sources.read_rows([str(tmp_path / "stukken" / "brief.txt")], style="kort", encoding=None)[
            0
        ].rows
        is None
    )
    assert run(["find", "--jobs", "2", "--format", "csv", *paths], capsys) == serial


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_unreadable_file_in_a_folder_is_reported_and_the_rest_read(
    jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = stukken(tmp_path)
    (folder / "kapot.xml").write_text("<kamerstuk><al>Stb. 2019, 1</kamerstuk>", encoding="utf-8")
    (folder / "oud.txt").write_bytes("Stb. 2019, 2, één\n".encode("latin-1"))
    status, out, err = run(["find", "--jobs", jobs, "--format", "csv", str(folder)], capsys)
    assert status == 2
    assert err.splitlines() == [
        f"kamerstuk find: {folder}/kapot.xml: not well-formed XML (mismatched tag: line 1, column 29)",
        f"kamerstuk find: {folder}/oud.txt: not UTF-8 (byte 0xe9 at offset 14 is not UTF-8 text);"
        " give its encoding with --encoding (such as cp1252)",
    ]
    # The rows of the other files (those of a block of oud.txt before its bad byte would stand
    # too; it has one block).
    assert [r["identifier"] for r in rows_of(out, "csv")] == [
        "stb-2019-123",
        "trb-2008-175",
        "kst-33694-20",
    ]


def test_standard_input_among_files_keeps_its_place(tmp_path: Path) -> None:
    folder = stukken(tmp_path)
    command = [sys.executable, "-m", "kamerstuk", "find", "--jobs", "2", "--format", "jsonl"]
    command += [str(folder / "brief.txt"), "-", str(folder / "pagina.html")]
    done = subprocess.run(
        command, input=b"Kamerstuk 33694, nr. 20\n", capture_output=True, check=True
    )
    rows = rows_of(done.stdout.decode(), "jsonl")
    assert [(r["file"], r["identifier"]) for r in rows] == [
        (str(folder / "brief.txt"), "stb-2019-123"),
        ("-", "kst-33694-20"),
        (str(folder / "pagina.html"), "trb-2008-175"),
    ]


def test_out_writes_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "citations.csv"
    status, printed, _ = run(
        ["find", "--format", "csv", "-o", str(out), str(stukken(tmp_path))], capsys
    )
    assert (status, printed) == (0, "")
    assert [r["identifier"] for r in rows_of(out.read_text(encoding="utf-8"), "csv")] == [
        "stb-2019-123",
        "trb-2008-175",
        "kst-33694-20",
    ]


def test_out_is_never_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = stukken(tmp_path)
    out = folder / "uit.txt"  # in the folder read, with a name that is read
    out.write_text("Stb. 2000, 9", encoding="utf-8")
    # Read while it is written, it would give rows of what was flushed to it by then.
    given = argparse.Namespace(paths=[str(folder)], out=str(out))
    assert [Path(n).name for n in find._inputs(given)] == [
        "brief.txt",
        "pagina.html",
        "kst-1-1.xml",
    ]
    assert run(["find", "--format", "csv", "-o", str(out), str(folder)], capsys)[0] == 0
    rows = rows_of(out.read_text(encoding="utf-8"), "csv")
    assert [r["identifier"] for r in rows] == ["stb-2019-123", "trb-2008-175", "kst-33694-20"]
    # Named as an input, it is refused rather than emptied.
    with pytest.raises(SystemExit):
        main(["find", "-o", str(folder / "brief.txt"), str(folder / "brief.txt")])
    assert "is one of the files to read" in capsys.readouterr().err
    assert (folder / "brief.txt").read_text(encoding="utf-8") == "Zie Stb. 2019, 123.\n"


# fmt: off
@pytest.mark.parametrize(("args", "message"), [
    (["--jobs", "0"], "argument --jobs/-j: '0': give a whole number of 1 or more"),
    (["--jobs", "twee"], "argument --jobs/-j: 'twee': give a whole number of 1 or more"),
    (["--format", "parquet"], "--format parquet needs --out FILE"),
    (["--format", "parquet", "--out", "-"], "--format parquet needs --out FILE"),
])
def test_usage_errors(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["find", *args, str(ROOT / "examples" / "citations.txt")])
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert err.startswith("usage: kamerstuk find")
    assert f"kamerstuk find: error: {message}" in err
# fmt: on


def test_parquet_without_the_frame_extra_is_a_usage_error(tmp_path: Path) -> None:
    # pyarrow made unimportable, as where the extra is not installed.
    script = (
        "import sys; sys.modules['pyarrow'] = None; from kamerstuk.cli.main import main;"
        f" sys.exit(main(['find', '--format', 'parquet', '--out', {str(tmp_path / 'c.parquet')!r},"
        f" {str(ROOT / 'examples' / 'citations.txt')!r}]))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.startswith("usage: kamerstuk find")
    # The one message of a missing extra, from every entry point (tests/test_api.py).
    assert str(missing_extra("frame")) in done.stderr
    assert not (tmp_path / "c.parquet").exists()


def test_parquet_is_written_without_pandas(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    script = (
        "import sys; from kamerstuk.cli.main import main;"
        f" status = main(['find', '--jobs', '2', '--format', 'parquet', '--out',"
        f" {str(tmp_path / 'c.parquet')!r}, {str(ROOT / 'examples')!r}]);"
        " print(status, 'pandas' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.split() == ["0", "False"], done.stderr


def test_the_workers_rows_need_neither_pandas_nor_pyarrow() -> None:
    # The workers of `find --format parquet` import this module, and nothing of the extra.
    code = (
        "import sys, kamerstuk.text.rows; print('pandas' in sys.modules, 'pyarrow' in sys.modules)"
    )
    assert fresh_python(code) == ["False", "False"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_parquet_is_written_in_the_dtypes_of_citations_frame(tmp_path: Path, jobs: str) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "c.parquet"
    args = ["find", "--jobs", jobs, "--format", "parquet", "--out", str(out)]
    assert main([*args, str(ROOT / "examples" / "citations.txt")]) == 0
    from kamerstuk.frame import citations_frame

    text = (ROOT / "examples" / "citations.txt").read_text(encoding="utf-8")
    name = str(ROOT / "examples" / "citations.txt")
    expected = citations_frame([text], ids=pd.array([name], dtype="string[pyarrow]"))
    assert len(expected) > 5
    pd.testing.assert_frame_equal(pd.read_parquet(out), expected)


def test_the_parquet_schema_is_the_one_pandas_writes() -> None:
    pa = pytest.importorskip("pyarrow")
    pytest.importorskip("pandas")
    import json

    from kamerstuk.cli.tables import parquet_schema
    from kamerstuk.frame import citations_schema, empty
    from kamerstuk.frame.schema import STRING

    ours = parquet_schema()
    theirs = pa.Schema.from_pandas(empty(citations_schema(STRING)), preserve_index=False)
    assert ours.remove_metadata() == theirs.remove_metadata()
    described = [json.loads(s.metadata[b"pandas"]) for s in (ours, theirs)]
    assert described[0] == described[1]


def test_parquet_of_files_without_citations_has_the_columns(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    from kamerstuk.frame import citations_frame

    (tmp_path / "leeg.txt").write_text("Geen verwijzing hier.", encoding="utf-8")
    out = tmp_path / "c.parquet"
    assert main(["find", "-j", "2", "--format", "parquet", "-o", str(out), str(tmp_path)]) == 0
    expected = citations_frame([], ids=pd.array([], dtype="string[pyarrow]"))
    pd.testing.assert_frame_equal(pd.read_parquet(out), expected)
