"""Contexts over a corpus: find_many(contexts=), citations_frame(contexts=), batches(contexts=),
and the citation graph, whose documents are their own contexts.

Each text's context is what ``find(text, context=...)`` takes; over a corpus a context of another
kind of document (a Staatsblad, a bijlage) is no context, and one that names nothing is an error
that says which text."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import kamerstuk
from kamerstuk.text import many

from support import read_jsonl, repo_texts, shared_path

LETTER = (
    "Het amendement (stuk nr. 12) is aangenomen; nr. 13 van dit wetsvoorstel niet.\n"
    "Zie ook Kamerstuk 33694, nr. 3 en stuk nr. 4, en t.a.p., p. 2.\n"
)


def with_each(texts: list[Any], contexts: list[Any]) -> list[list[kamerstuk.Match]]:
    """What find() gives for each text with its context: what contexts= must equal."""
    return [list(kamerstuk.find(t, context=c)) for t, c in zip(texts, contexts, strict=True)]


# fmt: off
CONTEXTS: list[Any] = [
    "kst-36200-VII-3",                                    # an identifier
    "Kamerstuk 36200, nr. 3",                             # a citation's text
    kamerstuk.parse("Kamerstukken II 2022/23, 36200 VII, nr. 3"),  # a citation
    None,                                                 # none
]
# fmt: on


@pytest.mark.parametrize("jobs", [1, 2])
def test_find_many_with_contexts_gives_what_find_gives_with_each(jobs: int) -> None:
    texts = [LETTER] * len(CONTEXTS)
    expected = with_each(texts, CONTEXTS)
    assert expected[0] != expected[3], "the context changes what is found"
    got = list(kamerstuk.find_many(texts, jobs=jobs, chunksize=1, contexts=CONTEXTS))
    assert got == expected
    assert [m.citation.identifier for m in got[0] if m.short_form][:2] == [
        "kst-36200-VII-12",
        "kst-36200-VII-13",
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_contexts_on_real_text_give_what_find_gives(jobs: int) -> None:
    texts = repo_texts()
    contexts = list(itertools.islice(itertools.cycle(["kst-36200-VII-3", None]), len(texts)))
    got = list(kamerstuk.find_many(texts, jobs=jobs, chunksize=2, contexts=contexts))
    assert got == with_each(texts, contexts)


def own_identifiers() -> list[tuple[str, str]]:
    """(identifier, text) of the passages of ../shared's dev2 corpus taken from a Kamerstuk's
    own page on officielebekendmakingen.nl: the identifier is in the address. (kst-cxxiv-g, an
    Eerste Kamer dossier in Roman numerals, is left out: the identifier parser reads none.)"""
    passages = read_jsonl(shared_path("corpus", "dev2.jsonl"))
    found = [(re.findall(r"/(kst-[0-9][^/]+)\.html$", r["source"]), r["text"]) for r in passages]
    return [(names[0], text) for names, text in found if names]


@pytest.mark.parametrize("jobs", [1, 2])
def test_real_kamerstukken_read_with_their_own_identifiers(jobs: int) -> None:
    named = own_identifiers()
    identifiers, texts = [i for i, _ in named], [t for _, t in named]
    got = list(kamerstuk.find_many(texts, jobs=jobs, contexts=identifiers))
    assert len(named) >= 10
    assert got == with_each(texts, identifiers)


# fmt: off
@pytest.mark.parametrize("context", [
    "stb-2019-123",
    "blg-123456",
    "h-tk-20192020-3-5",
    "Stb. 2019, 123",
    "Handelingen II 2019/20, nr. 3",
    kamerstuk.parse("Trb. 2008, 175"),
    "",
    "   ",
    math.nan,
])
def test_a_context_of_another_kind_or_missing_is_none(context: Any) -> None:
    got = list(kamerstuk.find_many([LETTER], jobs=1, contexts=[context]))
    assert got == [list(kamerstuk.find(LETTER))]
    assert not any(m.citation.identifier == "kst-36200-VII-12" for m in got[0])
# fmt: on


def test_find_itself_refuses_a_context_of_another_kind() -> None:
    # One text, one context given by hand: there a Staatsblad is more likely a mistake.
    with pytest.raises(TypeError, match="context must name a Kamerstuk, not a staatsblad"):
        list(kamerstuk.find(LETTER, context="stb-2019-123"))


# fmt: off
@pytest.mark.parametrize(("context", "why"), [
    ("onzin", "unexpected 'onzin'"),
    ("kst-1-2-3-4-5", "not a valid kst identifier"),
    ("brief-2019.txt", "unexpected"),
])
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_context_that_names_nothing_is_refused_naming_its_text(
    context: str, why: str, jobs: int
) -> None:
    texts = ["Stb. 2019, 1", "", LETTER]
    with pytest.raises(kamerstuk.InvalidValue) as raised:
        list(kamerstuk.find_many(texts, jobs=jobs, contexts=[None, "kst-1-1", context]))
    message = str(raised.value)
    assert message.startswith(f"find_many(): the context of text 2 ({context!r}) names no ")
    assert why in message
    assert isinstance(raised.value, ValueError)
# fmt: on


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_context_that_is_not_text_or_a_citation_is_refused(jobs: int) -> None:
    with pytest.raises(TypeError, match=r"the context of text 1 is of type int"):
        list(kamerstuk.find_many(["a", "b"], jobs=jobs, contexts=[None, 7]))


@pytest.mark.parametrize(("texts", "contexts"), [(["a", "b"], [None]), (["a"], [None, None])])
def test_texts_and_contexts_must_be_as_many(texts: list[str], contexts: list[Any]) -> None:
    with pytest.raises(ValueError, match="texts and contexts differ in length"):
        list(kamerstuk.find_many(texts, jobs=1, contexts=contexts))


def test_contexts_are_read_only_a_bounded_window_ahead() -> None:
    pulled = itertools.count()

    def contexts() -> Iterator[str]:
        for _ in range(10_000):
            next(pulled)
            yield "kst-36200-VII-3"

    texts = (f"Stb. 2019, {i + 1}; stuk nr. {i + 1}" for i in range(10_000))
    results = kamerstuk.find_many(texts, jobs=2, chunksize=4, contexts=contexts())
    first = [m.citation.identifier for m in next(results)]
    assert first == ["stb-2019-1", "kst-36200-VII-1"]
    assert next(pulled) <= (2 * many.IN_FLIGHT + 1) * 4
    results.close()


def test_the_progress_bar_counts_the_texts(capsys: pytest.CaptureFixture[str]) -> None:
    list(kamerstuk.find_many([LETTER] * 3, jobs=1, progress=True, contexts=["kst-1-1"] * 3))
    assert "3/3" in capsys.readouterr().err


# ---------------------------------------------------------------- tables and the graph


@pytest.fixture
def pd() -> Any:
    return pytest.importorskip(
        "pandas", reason="the frame extra (pandas, pyarrow) is not installed"
    )


IDS = ["kst-36200-VII-3", "stb-2019-123", "blg-123456", "kst-36200-3", "brief"]
TEXTS = [LETTER, LETTER, "Zie stuk nr. 2.", "Nr. 7 van dit wetsvoorstel; stuk nr. 3.", LETTER]


@pytest.mark.parametrize("jobs", [1, 2])
def test_citations_frame_with_contexts_holds_what_find_gives(pd: Any, jobs: int) -> None:
    from kamerstuk.frame import citations_frame, to_frame

    contexts = [*IDS[:4], None]  # the last id is not an identifier: no context
    got = citations_frame(TEXTS, ids=IDS, contexts=contexts, jobs=jobs)
    found = with_each(TEXTS, [None if c is None or c[:3] != "kst" else c for c in contexts])
    expected = pd.concat(
        [to_frame(ms).assign(id=i) for i, ms in zip(IDS, found, strict=True)], ignore_index=True
    )
    assert got["identifier"].tolist() == expected["identifier"].tolist()
    assert got["id"].tolist() == expected["id"].tolist()
    assert got["short_form"].tolist() == expected["short_form"].tolist()
    short = got[got["short_form"]]
    assert set(zip(short["id"], short["identifier"], strict=True)) >= {
        ("kst-36200-VII-3", "kst-36200-VII-12"),
        ("kst-36200-3", "kst-36200-7"),
        ("kst-36200-3", "kst-36200-3"),
    }
    in_staatsblad = got.loc[got["id"] == "stb-2019-123", "identifier"]
    assert not in_staatsblad.str.startswith("kst-36200").any()


def test_citations_frame_refuses_an_unreadable_context_naming_its_text(pd: Any) -> None:
    from kamerstuk.frame import citations_frame

    with pytest.raises(kamerstuk.InvalidValue, match=r"citations_frame\(\): the context of text 4"):
        citations_frame(TEXTS, ids=IDS, contexts=IDS)


def test_batches_with_contexts_are_the_frame_with_contexts(pd: Any) -> None:
    from kamerstuk.frame import citations_frame
    from kamerstuk.frame.table import batches

    ids, texts = IDS[:4], TEXTS[:4]
    whole = pd.concat(
        batches(zip(ids, texts, strict=True), contexts=ids, rows=2), ignore_index=True
    )
    expected = citations_frame(texts, ids=pd.array(ids, dtype="string"), contexts=ids)
    pd.testing.assert_frame_equal(whole, expected)
    assert whole["short_form"].any()


def test_document_edges_read_each_kamerstuk_in_its_own_context(pd: Any) -> None:
    from kamerstuk.frame import citations_frame, edges
    from kamerstuk.frame.graph import document_edges

    named = list(zip(IDS[:4], TEXTS[:4], strict=True))
    got = pd.concat(document_edges(named), ignore_index=True)
    pairs = set(zip(got["citing"], got["cited"], strict=True))
    assert {
        ("kst-36200-VII-3", "kst-36200-VII-12"),
        ("kst-36200-VII-3", "kst-36200-VII-13"),
        ("kst-36200-3", "kst-36200-7"),
    } <= pairs
    assert ("kst-36200-3", "kst-36200-3") not in pairs  # "stuk nr. 3" in itself: a self-loop
    assert not any(a == "stb-2019-123" and b.startswith("kst-36200") for a, b in pairs)
    ids = pd.array(IDS[:4], dtype="string")
    expected = edges(citations_frame(TEXTS[:4], ids=ids, contexts=IDS[:4]))
    pd.testing.assert_frame_equal(got, expected)


def test_the_dask_citations_take_a_context_column(pd: Any) -> None:
    dd = pytest.importorskip("dask.dataframe", reason="the dask extra is not installed")
    from kamerstuk.frame import citations_frame
    from kamerstuk.frame import dask as kd

    def db_of(records: list[dict[str, Any]]) -> Any:
        return pytest.importorskip("dask.bag").from_sequence(records, npartitions=2)

    frame = pd.DataFrame({"doc": IDS[:4], "body": TEXTS[:4], "own": IDS[:4]})
    cited = kd.citations(dd.from_pandas(frame, npartitions=2), "body", "doc", context="own")
    got = cited.compute(scheduler="sync").reset_index(drop=True)
    expected = citations_frame(frame["body"], ids=frame["doc"], contexts=frame["own"])
    pd.testing.assert_frame_equal(got, expected)
    assert got["short_form"].any()
    bag = db_of(frame.to_dict("records"))
    by_key = kd.citations(bag, "body", "doc", context="own").compute(scheduler="sync")
    pd.testing.assert_frame_equal(by_key.reset_index(drop=True), expected)
    with pytest.raises(ValueError, match="a Series has no column"):
        kd.citations(dd.from_pandas(frame["body"], npartitions=1), context="own")


def koop_named(folder: Path) -> Path:
    """A folder of generated KOOP documents named by their identifiers."""
    folder.mkdir()
    for name, text in zip(IDS[:4], TEXTS[:4], strict=True):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_graph_command_has_the_edges_of_back_references(
    pd: Any, tmp_path: Path, jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from kamerstuk.cli.main import main

    out = tmp_path / "edges.csv"
    assert main(["graph", str(koop_named(tmp_path / "docs")), "-o", str(out), "-j", jobs]) == 0
    got = pd.read_csv(out)
    pairs = set(zip(got["citing"], got["cited"], strict=True))
    assert ("kst-36200-VII-3", "kst-36200-VII-12") in pairs
    assert ("kst-36200-3", "kst-36200-7") in pairs
    assert "4 documents" in capsys.readouterr().err
