"""Every path names the same documents with the same spans, on the same real texts.

find() is the reference; against it: ``kamerstuk find`` in every ``--format`` (on a file, on
stdin from a file and from a pipe), ``examples/extract_folder.py``, ``kamerstuk resolve --from``
(offline, against the local stand-in of the KOOP services) and annotate(). The texts: every
passage of ../shared/corpus/*.jsonl (one file per corpus, passages apart), the seed letter, and
examples/*.txt. Without ../shared only the examples are read, and the rest skips, saying why.

Over the folder of all of them, with KOOP's document XML and HTML of ../shared/koop-fixtures
beside them: ``kamerstuk find --jobs 2`` in every format (Parquet too) against
``find_many(jobs=2)`` and ``citations_frame`` over the same files read by
:func:`kamerstuk.text.inputs.documents`.
"""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import kamerstuk
from kamerstuk.cli.main import main
from kamerstuk.model.citations import DICT_KEYS
from kamerstuk.text.inputs import documents

from support import ROOT, SHARED, load_module, read_jsonl, rows_of, shared_path

EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
SEPARATOR = "\n\n\n\n"  # between passages: nothing reads across it


def _sources() -> list[str]:
    names = [f"examples/{p.name}" for p in EXAMPLES]
    # The letter with Windows line endings, and with a UTF-8 byte-order mark before it.
    names += ["crlf/kamerbrief-nucleaire-risicobeperking.txt", "bom/citations.txt"]
    names += [f"corpus/{p.name}" for p in sorted((SHARED / "corpus").glob("*.jsonl"))]
    names += [f"seed/{p.name}" for p in sorted((SHARED / "seed").glob("*.txt"))]
    return names or ["corpus (../shared is absent)"]


def _text(source: str) -> str:
    if source.startswith("examples/"):
        return (ROOT / source).read_text(encoding="utf-8")
    if source.startswith("crlf/"):
        return _text(f"examples/{source[5:]}").replace("\n", "\r\n")
    if source.startswith("bom/"):
        return _text(f"examples/{source[4:]}")
    path = SHARED / source
    if not path.exists():
        pytest.skip(
            f"{path} is absent: this test reads real text kept beside the clone in ../shared"
        )
    if path.suffix == ".jsonl":
        return SEPARATOR.join(record["text"] for record in read_jsonl(path))
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every text as a file of its own (written byte for byte as read)."""
    root = tmp_path_factory.mktemp("texts")
    for source in _sources():
        try:
            text = _text(source)
        except pytest.skip.Exception:
            continue
        mark = "\ufeff" if source.startswith("bom/") else ""  # read, it is no part of the text
        (root / source.replace("/", "_").replace(".jsonl", ".txt")).write_bytes(
            (mark + text).encode()
        )
    return root


def _file(folder: Path, source: str) -> tuple[Path, str]:
    text = _text(source)
    return folder / source.replace("/", "_").replace(".jsonl", ".txt"), text


def _expected(text: str) -> list[dict[str, Any]]:
    """What find() gives: span, text and the citation's fields, per document."""
    return [
        {"start": m.start, "end": m.end, "text": m.text, **m.citation.to_dict()}
        for m in kamerstuk.find(text)
    ]


def _as_text(value: Any) -> str:
    return "" if value is None else str(value)


def _same(
    rows: list[dict[str, Any]], expected: list[dict[str, Any]], keys: tuple[str, ...]
) -> None:
    got = [tuple(_as_text(r[k]) for k in keys) for r in rows]
    want = [tuple(_as_text(e[k]) for k in keys) for e in expected]
    assert got == want


KEYS = ("start", "end", "text", *DICT_KEYS)


@pytest.mark.parametrize("source", _sources())
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_find_command_in_every_format(
    source: str, fmt: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, text = _file(folder, source)
    assert main(["find", "--format", fmt, str(path)]) == 0
    _same(rows_of(capsys.readouterr().out, fmt), _expected(text), KEYS)


@pytest.mark.parametrize("source", _sources())
def test_find_command_as_text(
    source: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, text = _file(folder, source)
    assert main(["find", str(path)]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    expected = []
    for m in kamerstuk.find(text):
        line = text.count("\n", 0, m.start) + 1
        column = m.start - text.rfind("\n", 0, m.start)
        where = f"{path}:{line}:{column}"
        c = m.citation
        why = c.to_dict()["why_no_identifier"]
        cells = [where, " ".join(m.text.split()), c.format(), c.identifier, c.url, why]
        # The text format leaves out empty cells at a line's end.
        expected.append("\t".join(x or "" for x in cells).rstrip("\t").split("\t"))
    assert rows == expected


@pytest.mark.parametrize("how", ["a file", "a pipe"])
def test_find_command_on_stdin(how: str, folder: Path) -> None:
    source = max(_sources(), key=lambda s: len(_file(folder, s)[1]) if _exists(s) else 0)
    path, text = _file(folder, source)
    command = [sys.executable, "-m", "kamerstuk", "find", "--format", "jsonl", "-"]
    if how == "a file":
        with path.open("rb") as stdin:
            done = subprocess.run(command, stdin=stdin, capture_output=True, check=True)
    else:
        done = subprocess.run(command, input=path.read_bytes(), capture_output=True, check=True)
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    _same(rows, _expected(text), KEYS)


def _exists(source: str) -> bool:
    return source.startswith(("examples/", "crlf/", "bom/")) or (SHARED / source).exists()


@pytest.fixture(scope="module")
def mixed(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The texts of ``folder``, and KOOP's document XML and HTML in a subfolder."""
    root = tmp_path_factory.mktemp("mixed")
    shutil.copytree(folder, root / "texts")
    if SHARED.exists():
        koop = root / "koop"
        koop.mkdir()
        for path in sorted(shared_path("koop-fixtures").rglob("*")):
            data = path.read_bytes() if path.suffix in (".xml", ".html") else b""
            if b"<officiele-publicatie" in data or b"<html" in data:
                (koop / path.name).write_bytes(data)
    return root


def _api_rows(root: Path) -> list[dict[str, Any]]:
    """find_many(jobs=2) over the texts of every file, with the file, line and column."""
    named = list(documents([root]))
    assert len(named) >= 3
    rows = []
    found = kamerstuk.find_many([text for _, text in named], jobs=2)
    for (name, text), matches in zip(named, found, strict=True):
        for m in matches:
            line = text.count("\n", 0, m.start) + 1
            column = m.start - text.rfind("\n", 0, m.start)
            c = m.citation
            rows.append(
                {"where": f"{name}:{line}:{column}", "file": name, "line": line, "column": column,
                 "start": m.start, "end": m.end, "text": m.text, "canonical": c.format(),
                 **c.to_dict()}
            )  # fmt: skip
    return rows


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv"])
def test_find_jobs_over_a_folder_in_every_format(
    fmt: str, mixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["find", "--jobs", "2", "--format", fmt, str(mixed)]) == 0
    out = capsys.readouterr().out
    expected = _api_rows(mixed)
    if fmt == "text":
        rows = [dict(zip(COLUMNS, _cells(line), strict=True)) for line in out.splitlines()]
        for row in expected:
            row["text"] = " ".join(row["text"].split())  # a row is one line
        _same(rows, expected, COLUMNS)
    else:
        _same(rows_of(out, fmt), expected, ("where", "file", "line", "column", *KEYS))


def test_find_jobs_writes_the_table_of_citations_frame(
    mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pd = pytest.importorskip("pandas")
    from kamerstuk.frame import citations_frame

    out = tmp_path / "citations.parquet"
    assert main(["find", "--jobs", "2", "--format", "parquet", "--out", str(out), str(mixed)]) == 0
    assert capsys.readouterr().out == ""
    names, texts = zip(*documents([mixed]), strict=True)
    expected = citations_frame(list(texts), ids=pd.array(names, dtype="string[pyarrow]"))
    assert len(expected) > 100
    pd.testing.assert_frame_equal(pd.read_parquet(out), expected)


def test_find_context_writes_the_table_of_citations_frame_with_contexts(
    mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pd = pytest.importorskip("pandas")
    from kamerstuk.frame import citations_frame

    root = tmp_path / "in"
    shutil.copytree(mixed, root)
    letter = "Het amendement (stuk nr. 12) is aangenomen; nr. 13 van dit wetsvoorstel niet.\n"
    (root / "brief.txt").write_text(letter, encoding="utf-8")
    out = tmp_path / "citations.parquet"
    command = ["find", "-j", "2", "--format", "parquet", "--out", str(out)]
    assert main([*command, "--context", "kst-36200-VII-3", str(root)]) == 0
    assert capsys.readouterr().out == ""
    names, texts = zip(*documents([root]), strict=True)
    ids = pd.array(names, dtype="string[pyarrow]")
    contexts = ["kst-36200-VII-3"] * len(texts)
    expected = citations_frame(list(texts), ids=ids, contexts=contexts)
    pd.testing.assert_frame_equal(pd.read_parquet(out), expected)
    # The context is read: the letter refers to stukken by their numbers alone.
    assert len(expected) == len(citations_frame(list(texts), ids=ids)) + 2


COLUMNS = ("where", "text", "canonical", "identifier", "url", "why_no_identifier")


def _cells(line: str) -> list[str]:
    """The cells of a line of find's text format: every column, the empty ones at the end too."""
    cells = line.split("\t")
    return cells + [""] * (len(COLUMNS) - len(cells))


def test_extract_folder(folder: Path, tmp_path: Path) -> None:
    extract = load_module(ROOT / "examples" / "extract_folder.py", "extract_folder")
    output = tmp_path / "citations.csv"
    assert extract.main([str(folder), "--output", str(output)]) == 0
    with output.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for path in sorted(folder.iterdir()):
        text = path.read_bytes().decode("utf-8-sig")
        mine = [r for r in rows if r["file"] == path.name]
        _same(mine, _expected(text), KEYS)


@pytest.mark.parametrize("source", _sources())
def test_annotate_links_what_find_finds(source: str, folder: Path) -> None:
    _, text = _file(folder, source)
    links = list(_links(kamerstuk.annotate(text, format="html")))
    groups: dict[tuple[int, int], str | None] = {}
    for m in kamerstuk.find(text):
        groups.setdefault((m.start, m.end), m.citation.url)
    assert links == [(start, end, url) for (start, end), url in groups.items() if url]


_LINK = re.compile(r'<a href="([^"]*)" class="kamerstuk" title="[^"]*">(.*?)</a>', re.DOTALL)


def _links(annotated: str) -> Iterator[tuple[int, int, str]]:
    """The linked spans of annotate()'s HTML, as offsets into the text it was given."""
    offset = position = 0
    for link in _LINK.finditer(annotated):
        offset += len(html.unescape(annotated[position : link.start()]))
        length = len(html.unescape(link.group(2)))
        yield offset, offset + length, html.unescape(link.group(1))
        offset += length
        position = link.end()


@pytest.fixture(scope="module")
def koop() -> Iterator[Any]:
    standin = load_module(ROOT / "examples" / "koop_standin.py", "koop_standin")
    with standin.StandIn() as running:
        yield running


# The stand-in answers at the resolver's polite rate (2 requests a second): the examples and the
# seed letter, not the whole corpus.
RESOLVED = [s for s in _sources() if s.startswith(("examples/", "seed/"))]


@pytest.mark.parametrize("source", RESOLVED)
def test_resolve_from_names_what_find_finds(
    source: str, folder: Path, koop: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    path, text = _file(folder, source)
    urls = ["--sru-url", koop.sru_url, "--zoek-url", koop.zoek_url, "--no-cache"]
    main(["resolve", *urls, "--no-progress", "--format", "jsonl", "--from", str(path)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    matches = list(kamerstuk.find(text))
    # A match gives one row, a whole dossier ("Kamerstuk 33694") a row per Kamerstuk in it.
    for m in matches:
        row, rows = rows[0], rows[1:]
        assert row["input"] == " ".join(m.text.split())
        if row["error"]:
            continue
        if m.citation.identifier is not None:
            # A zaak number is resolved as the one document KOOP has by it, its written question.
            kv = "kv-tk-" if m.citation.kind == "zaak" else ""
            assert row["identifier"] == kv + m.citation.identifier
            continue
        dossier = f"kst-{m.citation.dossier.number}-"  # type: ignore[attr-defined]
        assert row["identifier"].startswith(dossier)
        while (
            rows and rows[0]["input"] == row["input"] and rows[0]["identifier"].startswith(dossier)
        ):
            rows = rows[1:]
    assert rows == []
