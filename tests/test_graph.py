"""The citation graph: kamerstuk.frame.edges and `kamerstuk graph DIR`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("pandas", reason="the frame extra (pandas, pyarrow) is not installed")

import pandas as pd

from kamerstuk.cli.main import main
from kamerstuk.frame import citations_frame, edges
from kamerstuk.frame.graph import edges_schema

from support import shared_path

TEXTS = {
    "kst-1-1": "Zie Stb. 2019, 123 en Stb. 2019, 123; zie ook Kamerstuk 33783, nr. 31 en kst-1-1.",
    "kst-1-2": "Kamerstukken II 2019/20, 35300 en Kamerstuk 33783, nr. 31.",
    "kst-1-3": "Geen citaten.",
}


def pairs(table: pd.DataFrame) -> set[tuple[str, str]]:
    return {(a, b) for a, b in table[["citing", "cited"]].values.tolist()}


def cited() -> pd.DataFrame:
    return citations_frame(list(TEXTS.values()), ids=list(TEXTS))


def test_a_row_per_citing_and_cited_document_with_count_and_first_span() -> None:
    got = edges(cited())
    assert got[["citing", "cited", "count", "start", "end"]].values.tolist() == [
        ["kst-1-1", "stb-2019-123", 2, 4, 18],
        ["kst-1-1", "kst-33783-31", 1, 46, 69],
        ["kst-1-2", "kst-33783-31", 1, 34, 57],
    ]
    text = TEXTS["kst-1-1"]
    assert text[4:18] == "Stb. 2019, 123"
    assert text[46:69] == "Kamerstuk 33783, nr. 31"
    assert TEXTS["kst-1-2"][34:57] == "Kamerstuk 33783, nr. 31"


def test_self_loops_and_dossiers_on_request() -> None:
    assert ("kst-1-1", "kst-1-1") not in pairs(edges(cited()))
    assert ("kst-1-1", "kst-1-1") in pairs(edges(cited(), self_loops=True))
    by_url = edges(cited(), cited="url")
    assert by_url["cited"].str.endswith("/dossier/35300").any()


def test_no_citations_give_the_columns_and_dtypes() -> None:
    got = edges(citations_frame([], ids=pd.Series([], dtype="string")))
    assert got.empty
    assert {k: str(v) for k, v in got.dtypes.items()} == {
        k: str(v) for k, v in edges_schema(pd.StringDtype("pyarrow")).items()
    }


def test_a_table_without_the_columns_is_refused() -> None:
    with pytest.raises(ValueError, match="no column id"):
        edges(cited().drop(columns="id"))


def koop_folder(tmp_path: Path) -> Path:
    tmp_path.mkdir()
    for name, text in TEXTS.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "kst-1-3.xml").write_text(
        "<officiele-publicatie><metadata><meta content='Stb. 2000, 1'/></metadata>"
        "<kamerstuk><al>Zie <extref doc='stb-2019-7'>Stb. 2019, 7</extref>.</al></kamerstuk>"
        "</officiele-publicatie>",
        encoding="utf-8",
    )
    (tmp_path / "metadata.xml").write_text("<a>Stb. 2019, 9</a>", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_command_writes_parquet(
    tmp_path: Path, jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "edges.parquet"
    assert main(["graph", str(koop_folder(tmp_path / "docs")), "--out", str(out), "-j", jobs]) == 0
    got = pd.read_parquet(out)
    assert got[["citing", "cited", "count"]].values.tolist() == [
        ["kst-1-1", "stb-2019-123", 2],
        ["kst-1-1", "kst-33783-31", 1],
        ["kst-1-2", "kst-33783-31", 1],
        ["kst-1-3", "stb-2019-7", 1],  # the XML, not the .txt of the same document
    ]
    assert str(got["count"].dtype) == "Int64"
    assert capsys.readouterr().err.splitlines() == [
        "kamerstuk graph: left out 1 file whose name is no KOOP identifier (such as"
        " kst-32545-143.xml): metadata.xml",
        f"kamerstuk graph: 3 documents, 4 edges -> {out}",
    ]


def test_the_command_writes_csv_to_a_file_or_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = koop_folder(tmp_path / "docs")
    assert main(["graph", str(folder), "-o", str(tmp_path / "e.csv")]) == 0
    assert main(["graph", str(folder)]) == 0
    shown = capsys.readouterr()
    assert shown.out == (tmp_path / "e.csv").read_text(encoding="utf-8")
    assert shown.out.splitlines()[:2] == [
        "citing,cited,kind,count,start,end",
        "kst-1-1,stb-2019-123,staatsblad,2,4,18",
    ]


def test_an_empty_folder_gives_an_empty_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "edges.parquet"
    assert main(["graph", str(tmp_path), "-o", str(out)]) == 0
    assert pd.read_parquet(out).columns.tolist() == list(edges_schema())
    assert "0 documents, 0 edges" in capsys.readouterr().err


# fmt: off
@pytest.mark.parametrize(("args", "message"), [
    (["graph", "/no/such/folder"], "not a folder"),
    (["graph", ".", "-o", "edges.json"], "name a .parquet or a .csv file"),
    (["graph", ".", "-j", "0"], "--jobs 0: give 1 or more"),
])
def test_usage_errors_exit_2(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err
# fmt: on


def test_the_koop_fixtures_give_the_documents_they_link(tmp_path: Path) -> None:
    root = shared_path("koop-fixtures", "plooi", "repository")
    out = tmp_path / "edges.parquet"
    assert main(["graph", str(root), "-o", str(out)]) == 0
    got = pairs(pd.read_parquet(out))
    linked = {
        (path.stem, doc.decode())
        for path in root.rglob("*.xml")
        for doc in re.findall(rb'<extref doc="([a-z]+-[^"]+)" soort="document"', path.read_bytes())
    }
    assert linked
    assert linked <= got
