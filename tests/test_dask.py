"""kamerstuk.dask: citations_frame over Dask collections, on a real distributed LocalCluster."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("pandas", reason="the frame extra (pandas, pyarrow) is not installed")
dd = pytest.importorskip("dask.dataframe", reason="the dask extra is not installed")
db = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

import pandas as pd  # noqa: E402

from kamerstuk.frame import citations_frame  # noqa: E402
from kamerstuk.frame import dask as kd  # noqa: E402

from support import read_jsonl, repo_texts, shared_path  # noqa: E402


def documents(source: str = "repo") -> pd.DataFrame:
    """Real texts with ids: the repository's letters, or ../shared's corpora (a clean skip
    where ../shared is absent), and a missing value of each kind."""
    if source == "repo":
        texts = repo_texts()
    else:
        texts = [
            r["text"]
            for n in ("dev", "dev2")
            for r in read_jsonl(shared_path("corpus", f"{n}.jsonl"))
        ]
    texts += [None, float("nan"), ""]  # type: ignore[list-item]
    ids = [f"doc-{i:03d}" for i in range(len(texts))]
    frame: pd.DataFrame = pd.DataFrame({"doc": ids, "body": texts})
    return frame


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.mark.parametrize("source", ["repo", "shared"])
def test_a_partitioned_frame_on_a_local_cluster_gives_the_serial_table(
    client: Any, source: str
) -> None:
    frame = documents(source)
    serial = citations_frame(frame["body"], ids=frame["doc"])
    # Not a table of nothing: every text with a citation gives rows (the letters have dozens).
    assert serial["id"].nunique() >= 2
    cited = kd.citations(dd.from_pandas(frame, npartitions=6), text="body", id="doc")
    assert cited.npartitions == 6
    got = client.compute(cited).result()
    pd.testing.assert_frame_equal(got.reset_index(drop=True), serial)
    pd.testing.assert_frame_equal(cited._meta, serial.iloc[:0])


def test_a_bag_and_a_series_on_a_local_cluster_give_the_serial_table(client: Any) -> None:
    frame = documents()
    serial = citations_frame(frame["body"], ids=frame["doc"])
    records = frame.to_dict("records")
    bag = db.from_sequence(records, npartitions=4)
    got = client.compute(kd.citations(bag, text="body", id="doc")).result()
    pd.testing.assert_frame_equal(got.reset_index(drop=True), serial)

    series = dd.from_pandas(frame.set_index("doc")["body"], npartitions=3)
    got = client.compute(kd.citations(series)).result()
    pd.testing.assert_frame_equal(got.reset_index(drop=True), serial)


def test_the_index_is_the_id_by_default_and_meta_matches_every_partition() -> None:
    frame = pd.DataFrame({"text": ["Stb. 2019, 1", None, "geen", "Stb. 2019, 2"]})
    cited = kd.citations(dd.from_pandas(frame, npartitions=4))
    got = cited.compute(scheduler="sync")
    assert got["id"].tolist() == [0, 3]
    for part in cited.partitions:  # the empty ones too
        computed = part.compute(scheduler="sync")
        assert computed.dtypes.to_dict() == cited.dtypes.to_dict()


def test_columns_narrow_the_result_and_its_meta() -> None:
    frame = pd.DataFrame({"text": ["Stb. 2019, 1"]})
    cited = kd.citations(dd.from_pandas(frame, npartitions=1), columns=["id", "identifier"])
    assert cited.columns.tolist() == ["id", "identifier"]
    assert cited.compute(scheduler="sync")["identifier"].tolist() == ["stb-2019-1"]


def test_a_bag_needs_ids_and_other_things_are_refused() -> None:
    bag = db.from_sequence([{"text": "Stb. 2019, 1"}])
    with pytest.raises(ValueError, match="needs id="):
        kd.citations(bag)
    with pytest.raises(TypeError, match="not list"):
        kd.citations(["Stb. 2019, 1"])  # type: ignore[arg-type]


def test_a_bag_of_pairs_takes_positions() -> None:
    bag = db.from_sequence([("a.txt", "Stb. 2019, 1"), ("b.txt", "Stb. 2019, 2")], npartitions=2)
    got = kd.citations(bag, text=1, id=0).compute(scheduler="sync")
    assert got[["id", "identifier"]].values.tolist() == [
        ["a.txt", "stb-2019-1"],
        ["b.txt", "stb-2019-2"],
    ]


def test_the_task_graph_pickles() -> None:
    frame = pd.DataFrame({"text": ["Stb. 2019, 1"]})
    cited = kd.citations(dd.from_pandas(frame, npartitions=1))
    graph = dict(cited.__dask_graph__())
    assert pickle.loads(pickle.dumps(graph)).keys() == graph.keys()


def test_kamerstuk_dask_is_the_frames_dask_under_a_short_name() -> None:
    import kamerstuk.dask

    assert kamerstuk.dask.citations is kd.citations
    assert kamerstuk.dask.meta is kd.meta
    assert "dask" not in kamerstuk.__all__  # `from kamerstuk import *` needs no extra
