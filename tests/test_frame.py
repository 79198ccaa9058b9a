"""kamerstuk.frame: citations as tables with a fixed schema, and values to tables and back."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest

pytest.importorskip("pandas", reason="the frame extra (pandas, pyarrow) is not installed")

import attrs
import pandas as pd

import kamerstuk
from kamerstuk.frame import (
    CITATION,
    citations_frame,
    citations_schema,
    from_frame,
    to_frame,
)
from kamerstuk.model.citations import DICT_KEYS

from support import DATA, fresh_python, read_jsonl, repo_texts

NOTATIONS = [r["text"] for r in read_jsonl(DATA / "notations.jsonl")]
FILLER = ["Zie ook", "In de brief", "Het kabinet verwijst naar", "(", "en", ";", "\n\n", "nr. 5"]


def generated(count: int, seed: int = 12) -> list[str]:
    """Texts of a few notations (citations and lookalikes) among filler words."""
    rnd = random.Random(seed)
    return [
        " ".join(rnd.choice(FILLER) + " " + rnd.choice(NOTATIONS) for _ in range(rnd.randint(0, 4)))
        for _ in range(count)
    ]


def dtypes(frame: Any) -> dict[str, str]:
    return {name: str(dtype) for name, dtype in frame.dtypes.items()}


def expected_dtypes(id_dtype: Any = "Int64") -> dict[str, str]:
    return {name: str(dtype) for name, dtype in citations_schema(id_dtype).items()}


def row_as_dict(row: Any) -> dict[str, Any]:
    """A table row back as to_dict() gives it: None for NA, the date as ISO text."""
    out = {k: (None if pd.isna(row[k]) else row[k]) for k in DICT_KEYS}
    if out["date"] is not None:
        out["date"] = out["date"].isoformat()
    if out["year"] is not None:
        out["year"] = int(out["year"])
    return out


# ---------------------------------------------------------------- the schema


# fmt: off
@pytest.mark.parametrize("texts", [
    [],
    iter([]),
    pd.Series([], dtype=object),
    ["geen citaat", "", None],
    [float("nan"), pd.NA],
    pd.Series([None, float("nan")]),
], ids=["list", "iterator", "series", "no citations", "nan and NA", "series of NaN"])
def test_no_citations_give_the_same_columns_and_dtypes(texts: Any) -> None:
    frame = citations_frame(texts)
    assert frame.empty
    assert dtypes(frame) == expected_dtypes()
# fmt: on


def test_the_dtypes_are_arrow_strings_nullable_integers_dates_and_booleans() -> None:
    frame = citations_frame(["Kamerstuk 33694-49 d.d. 3 oktober 2019"])
    assert dtypes(frame) == expected_dtypes()
    assert isinstance(frame["identifier"].dtype, pd.StringDtype)
    assert frame["identifier"].dtype.storage == "pyarrow"
    assert frame.loc[0, "date"] == dt.date(2019, 10, 3)
    assert frame["year"].isna().all()
    assert frame.columns.tolist() == list(citations_schema())
    assert set(DICT_KEYS) <= set(frame.columns)


def test_nan_rows_give_no_citations_and_keep_their_ids() -> None:
    texts = pd.Series([float("nan"), "Stb. 2019, 123", None], index=[10, 20, 30])
    frame = citations_frame(texts)
    assert frame["id"].tolist() == [20]
    assert frame["identifier"].tolist() == ["stb-2019-123"]


def test_partitions_concatenate_to_the_whole() -> None:
    texts = repo_texts()
    whole = citations_frame(texts, ids=range(len(texts)))
    parts = [citations_frame(texts[i : i + 1], ids=[i]) for i in range(len(texts))]
    parts.append(citations_frame([], ids=[]))
    joined = pd.concat(parts, ignore_index=True)
    assert dtypes(joined) == dtypes(whole)
    pd.testing.assert_frame_equal(joined, whole)


# ---------------------------------------------------------------- the values


def test_ten_thousand_generated_texts_give_the_values_of_to_dict() -> None:
    texts = generated(10_000)
    frame = citations_frame(texts)
    assert dtypes(frame) == expected_dtypes()
    expected = [
        (i, m.start, m.end, m.text, m.citation.to_dict())
        for i, text in enumerate(texts)
        for m in kamerstuk.find(text)
    ]
    assert len(expected) > 10_000
    got = [
        (row["id"], row["start"], row["end"], row["text"], row_as_dict(row))
        for row in frame.to_dict("records")
    ]
    assert got == expected
    assert not frame["short_form"].any()
    assert frame["antecedent"].isna().all()


def test_ids_name_the_texts_and_must_be_as_many() -> None:
    frame = citations_frame(["Stb. 2019, 1", "Stb. 2019, 2"], ids=["a.txt", "b.txt"])
    assert frame["id"].tolist() == ["a.txt", "b.txt"]
    assert str(frame["id"].dtype) == "string"
    with pytest.raises(ValueError, match="differ in length"):
        citations_frame(["Stb. 2019, 1"], ids=["a", "b"])
    with pytest.raises(ValueError, match="differ in length"):
        citations_frame(["Stb. 2019, 1", "Stb. 2019, 2"], ids=["a"])


def test_a_series_index_is_the_id_by_default() -> None:
    texts = pd.Series(["Stb. 2019, 1"], index=pd.Index(["kst-1-1"], name="doc"))
    frame = citations_frame(texts)
    assert frame["id"].tolist() == ["kst-1-1"]
    assert str(frame["id"].dtype) == "string"


def test_columns_picks_and_orders() -> None:
    frame = citations_frame(["Stb. 2019, 1"], columns=["identifier", "id"])
    assert frame.columns.tolist() == ["identifier", "id"]
    with pytest.raises(ValueError, match="unknown columns \\['title'\\]"):
        citations_frame([], columns=["title"])
    with pytest.raises(TypeError, match="list of column names"):
        citations_frame([], columns="id")


def test_a_value_that_is_not_text_raises_or_is_coerced() -> None:
    with pytest.raises(TypeError, match="text 1 is a int"):
        citations_frame(["Stb. 2019, 1", 42])
    frame = citations_frame(["Stb. 2019, 1", 42, b"Stb. 2019, 2"], errors="coerce")
    assert frame["id"].tolist() == [0]
    with pytest.raises(ValueError, match="errors must be"):
        citations_frame([], errors="ignore")  # type: ignore[arg-type]


def test_jobs_give_the_same_table() -> None:
    texts = generated(300, seed=3)
    pd.testing.assert_frame_equal(citations_frame(texts, jobs=2), citations_frame(texts))


def test_a_back_reference_gives_short_form_and_its_antecedents_start() -> None:
    # Back-references (t.a.p., ibid.) give Match short_form and antecedent; where Match has not
    # got them yet, a subclass stands in for it.
    if "short_form" in attrs.fields_dict(kamerstuk.Match):
        reference: Any = kamerstuk.Match
    else:

        @attrs.frozen
        class reference(kamerstuk.Match):  # type: ignore[no-redef]  # noqa: N801
            short_form: bool = False
            antecedent: kamerstuk.Match | None = None

    full = kamerstuk.Match(kamerstuk.parse("Stb. 2019, 123"), 4, 18, "Stb. 2019, 123")
    short = reference(full.citation, 30, 36, "t.a.p.", short_form=True, antecedent=full)
    table = to_frame([full, short])
    assert table["short_form"].tolist() == [False, True]
    assert table["antecedent"].tolist() == [pd.NA, 4]
    assert str(table["antecedent"].dtype) == "Int64"


# ---------------------------------------------------------------- to_frame and from_frame

IDENTIFIERS = [
    "kst-35300-VIII-5",
    "kst-19951996-23700-188b",
    "kst-33183-R1975-11",
    "kst-31700-VI-D",
    "h-tk-20192020-45-6",
    "h-tk-19961997-1012-1042",
    "ah-tk-20192020-1234",
    "kv-tk-2019Z12345",
    "stb-2019-123",
    "stb-2004-288v1",
    "stcrt-1994-5-p0-SC1741",
    "gmb-2023-174296",
    "blg-1183891",
    "ag-ek-1995-02-01",
    "nds-tk-2013D38756",
]


def citations() -> list[kamerstuk.Citation]:
    found = [m.citation for text in repo_texts() + generated(500) for m in kamerstuk.find(text)]
    return found + [kamerstuk.from_identifier(i) for i in IDENTIFIERS]


def test_citations_to_a_table_and_back_are_equal() -> None:
    cited = citations()
    assert any(getattr(c, "ambiguous", False) for c in cited)  # the flags are covered
    table = to_frame(cited)
    assert table.columns.tolist()[: len(CITATION)] == list(CITATION)
    assert from_frame(table) == cited


def test_a_citations_frame_gives_its_citations_back() -> None:
    texts = generated(200, seed=5)
    table = citations_frame(texts)
    assert from_frame(table) == [m.citation for t in texts for m in kamerstuk.find(t)]


def test_an_edited_identifier_is_refused_naming_the_row() -> None:
    table = to_frame([kamerstuk.parse("Stb. 2019, 1"), kamerstuk.parse("Stb. 2019, 2")])
    table.loc[1, "number"] = "3"
    with pytest.raises(kamerstuk.InvalidValue, match=r"row 1: its fields give .*stb-2019-3"):
        from_frame(table)


def test_an_unknown_kind_is_refused_naming_the_row() -> None:
    table = to_frame([kamerstuk.parse("Stb. 2019, 1")])
    table.loc[0, "kind"] = "krant"
    with pytest.raises(kamerstuk.InvalidValue, match="row 0: 'krant' is not a kind"):
        from_frame(table)


def test_matches_to_a_table_are_a_citations_frame_without_id() -> None:
    text = repo_texts()[0]
    table = to_frame(list(kamerstuk.find(text)))
    pd.testing.assert_frame_equal(table, citations_frame([text]).drop(columns="id"))


def test_documents_to_a_table_and_back_keep_to_dict() -> None:
    documents = [
        kamerstuk.Document(
            identifier="kst-33694-20",
            title="Brief regering",
            date=dt.date(2016, 2, 12),
            vergaderjaar=kamerstuk.Vergaderjaar.parse("2015-2016"),
            chamber=kamerstuk.Chamber.II,
            dossier="33694",
            ondernummer="20",
            urls={"page": "https://zoek.example/kst-33694-20.html", "pdf": "https://x/a.pdf"},
        ),
        kamerstuk.Document(identifier="stb-2019-123", urls={"html": "https://x/stb.html"}),
    ]
    table = to_frame(documents)
    assert str(table["date"].dtype) == "date32[day][pyarrow]"
    back = from_frame(table, kamerstuk.Document)
    assert [d.to_dict() for d in back] == [d.to_dict() for d in documents]


def test_an_empty_list_gives_the_columns_of_its_kind() -> None:
    assert (
        to_frame([]).columns.tolist()
        == to_frame([kamerstuk.parse("Stb. 2019, 1")]).columns.tolist()
    )
    assert "title" in to_frame([], kamerstuk.Document).columns
    assert to_frame([], kamerstuk.Kamerstuk).columns.tolist() == to_frame([]).columns.tolist()
    with pytest.raises(TypeError, match="not str"):
        to_frame(["Stb. 2019, 1"])  # type: ignore[type-var]


def test_a_mixed_list_is_refused() -> None:
    with pytest.raises(TypeError, match="item 1 is a Match, not a Citation"):
        to_frame([kamerstuk.parse("Stb. 2019, 1"), *kamerstuk.find("Stb. 2019, 2")])  # type: ignore[type-var]


def test_import_kamerstuk_and_its_command_import_no_pandas() -> None:
    code = (
        "import sys, kamerstuk, kamerstuk.cli.main; kamerstuk.find_many;"
        "print('pandas' in sys.modules);"
        "import kamerstuk.frame; print('pandas' in sys.modules)"
    )
    assert fresh_python(code) == ["False", "True"]
