"""find_many(): the same matches as find() on each text, across worker processes, in order."""

from __future__ import annotations

import gc
import itertools
import math
import multiprocessing
import pickle
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

import pytest

import kamerstuk
from kamerstuk.text import many, rows, workers

from support import ROOT, fresh_python, repo_texts, shared_texts


def serial(texts: list[str]) -> list[list[kamerstuk.Match]]:
    return [list(kamerstuk.find(t)) for t in texts]


@pytest.mark.parametrize("source", [repo_texts, shared_texts], ids=["repo", "shared"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_the_same_matches_as_find_on_real_text(source: object, jobs: int) -> None:
    texts = source()  # type: ignore[operator]
    assert sum(map(len, serial(texts))) > 0, "the texts hold citations"
    assert list(kamerstuk.find_many(texts, jobs=jobs, chunksize=3)) == serial(texts)


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_forked_and_spawned_workers_give_the_same(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} is not available on this platform")
    monkeypatch.setattr(workers, "start_method", lambda: multiprocessing.get_context(method))
    texts = repo_texts()
    assert list(kamerstuk.find_many(texts, jobs=2, chunksize=1)) == serial(texts)


def test_workers_are_forked_only_from_a_process_of_one_thread() -> None:
    expected = "fork" if sys.platform == "linux" else "spawn"
    assert workers.start_method().get_start_method() == expected or threading.active_count() > 1
    started = threading.Event()
    thread = threading.Thread(target=started.wait)
    thread.start()
    try:
        assert workers.start_method().get_start_method() == "spawn"
    finally:
        started.set()
        thread.join()


def test_chunks_end_by_weight(monkeypatch: pytest.MonkeyPatch) -> None:
    # kamerstuk find sends file names, weighed by their files' sizes.
    monkeypatch.setattr(many, "CHUNK_CHARS", 10)
    sizes = {"a": 5, "b": 5, "c": 20, "d": 1, "e": 1}
    chunks = many.map_chunks(list, list(sizes), jobs=1, weigh=sizes.__getitem__)
    assert list(chunks) == [["a", "b"], ["c"], ["d", "e"]]


def test_a_progress_bar_leaves_no_thread_behind() -> None:
    before = threading.active_count()
    list(kamerstuk.find_many(["Stb. 2019, 1"], jobs=1, progress=True))
    assert threading.active_count() == before


def test_an_executor_of_ones_own_is_used_and_left_running() -> None:
    texts = repo_texts()
    with ProcessPoolExecutor(2) as pool:
        assert list(kamerstuk.find_many(texts, jobs=2, executor=pool)) == serial(texts)
        assert pool.submit(len, "abc").result() == 3  # still there for the next call


def test_input_order_is_kept_over_many_chunks_in_flight() -> None:
    # Texts of very different lengths, so that chunks finish out of order.
    texts = [f"{'x ' * (40_000 * (i % 3))}Stb. 2019, {i + 1}" for i in range(60)]
    got = kamerstuk.find_many(iter(texts), jobs=2, chunksize=2)
    assert [[m.citation.identifier for m in ms] for ms in got] == [
        [f"stb-2019-{i + 1}"] for i in range(60)
    ]


@pytest.mark.parametrize("missing", [None, math.nan, float("nan")])
def test_none_and_nan_are_empty_texts(missing: object) -> None:
    texts = ["Stb. 2019, 1", missing, "Stb. 2019, 2"]
    got = list(kamerstuk.find_many(texts, jobs=1))  # type: ignore[arg-type]
    assert [len(ms) for ms in got] == [1, 0, 1]


def test_pandas_missing_values_are_empty_texts() -> None:
    pd = pytest.importorskip("pandas")
    assert [many.is_missing(v) for v in (pd.NA, pd.NaT, "")] == [True, True, False]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_value_that_is_not_text_is_refused_naming_its_position(jobs: int) -> None:
    with pytest.raises(TypeError, match=r"text 2 is a bytes"):
        list(kamerstuk.find_many(["a", "b", b"Stb. 2019, 1"], jobs=jobs))  # type: ignore[list-item]


# fmt: off
@pytest.mark.parametrize(("options", "message"), [
    ({"jobs": 0}, "jobs must be"),
    ({"jobs": -2}, "jobs must be"),
    ({"jobs": 1.5}, "jobs must be"),
    ({"chunksize": 0}, "chunksize must be"),
])
def test_bad_options_are_refused(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(kamerstuk.find_many(["Stb. 2019, 1"], **options))  # type: ignore[arg-type]
# fmt: on


def test_the_input_is_read_only_a_bounded_window_ahead() -> None:
    pulled = itertools.count()

    def texts() -> Iterator[str]:
        for i in range(10_000):
            next(pulled)
            yield f"Stb. 2019, {i + 1}"

    results = kamerstuk.find_many(texts(), jobs=2, chunksize=4)
    first = next(results)
    assert [m.citation.identifier for m in first] == ["stb-2019-1"]
    # jobs * IN_FLIGHT chunks in flight, and the chunk being read: nowhere near 10,000.
    ahead = next(pulled)
    assert ahead <= (2 * many.IN_FLIGHT + 1) * 4
    results.close()  # stopping early shuts the workers down instead of reading on


def test_long_texts_travel_in_small_chunks() -> None:
    # The window is counted in chunks; a chunk ends at CHUNK_CHARS characters, so texts of a
    # third of that go three to a chunk, not sixteen: what is in flight stays a few MB.
    pulled = itertools.count()
    long = "x " * (many.CHUNK_CHARS // 6)

    def texts() -> Iterator[str]:
        for i in range(1_000):
            next(pulled)
            yield f"{long}Stb. 2019, {i + 1}"

    results = kamerstuk.find_many(texts(), jobs=2)
    assert [m.citation.identifier for m in next(results)] == ["stb-2019-1"]
    assert next(pulled) <= (2 * many.IN_FLIGHT + 1) * 3
    results.close()


def test_a_progress_bar_is_shown_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    list(kamerstuk.find_many(["Stb. 2019, 1"] * 3, jobs=1, progress=True))
    assert "3/3" in capsys.readouterr().err


def test_no_bar_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    list(kamerstuk.find_many(["Stb. 2019, 1"] * 3, jobs=1))
    assert capsys.readouterr().err == ""


def test_find_many_is_exported_lazily() -> None:
    assert "find_many" in kamerstuk.__all__
    assert kamerstuk.find_many is many.find_many


def test_a_started_pool_runs_before_what_is_imported_after() -> None:
    # Forked once they run, the workers hold none of what this process imports afterwards:
    # `kamerstuk find --format parquet` imports pyarrow after starting them.
    code = (
        "import sys\n"
        "from kamerstuk.text.workers import started_pool\n"
        "def has(name): return name in sys.modules\n"
        "with started_pool(2) as pool:\n"
        "    import tomllib\n"
        "    print(has('tomllib'), pool.submit(has, 'tomllib').result())\n"
    )
    assert fresh_python(code) == ["True", "False"]


def test_a_started_pool_of_one_job_is_none() -> None:
    with workers.started_pool(1) as pool:
        assert pool is None


def test_map_named_gives_each_row_the_id_of_its_text() -> None:
    named = [("a", "Stb. 2019, 1 en Stb. 2019, 2"), ("b", "niets"), ("c", "Trb. 2008, 175")]
    results = list(many.map_named(rows.match_rows, named, jobs=2, chunksize=2))
    assert [ids for _, ids in results] == [["a", "a"], ["c"]]
    assert [[r[0] for r in found] for found, _ in results] == [[0, 16], [0]]


def test_a_match_pickles_as_its_values_not_its_field_names() -> None:
    # What the workers send back: no dict of field names per object (attrs' own pickle).
    match = next(kamerstuk.find("Kamerstukken II 2019/20, 35 300 VIII, nr. 5, p. 3"))
    data = pickle.dumps([match], protocol=pickle.HIGHEST_PROTOCOL)
    assert b"ondernummer" not in data
    assert b"suffixes" not in data
    back = pickle.loads(data)[0]
    assert back == match
    assert isinstance(back.citation, kamerstuk.Kamerstuk)
    assert isinstance(match.citation, kamerstuk.Kamerstuk)
    assert back.citation.dossier == match.citation.dossier
    assert back.citation.vergaderjaar == match.citation.vergaderjaar


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(enabled: bool) -> None:
    # find_many pauses it while a chunk is unpickled, and only then.
    texts = ["Stb. 2019, 1"] * 5
    (gc.enable if enabled else gc.disable)()
    try:
        matches = kamerstuk.find_many(texts, jobs=2, chunksize=2)
        assert next(matches) == list(kamerstuk.find(texts[0]))
        assert gc.isenabled() is enabled
        assert len(list(matches)) == 4
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


#: The thresholds as the package has them (tests/conftest.py sets them to 0 for every test).
SERIAL_BELOW = many.SERIAL_BELOW
SERIAL_BELOW_SPAWNED = many.SERIAL_BELOW_SPAWNED


def _pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the worker pools map_chunks starts from now on, recorded."""
    started: list[int] = []
    real = workers.process_pool

    def counted(jobs: int) -> ProcessPoolExecutor:
        started.append(jobs)
        return real(jobs)

    monkeypatch.setattr(many, "process_pool", counted)
    return started


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_small_input_is_read_here_without_starting_workers(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamerstuk.frame import citations_frame

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} is not available on this platform")
    monkeypatch.setattr(many, "start_method", lambda: multiprocessing.get_context(method))
    monkeypatch.setattr(many, "SERIAL_BELOW", SERIAL_BELOW)
    monkeypatch.setattr(many, "SERIAL_BELOW_SPAWNED", SERIAL_BELOW_SPAWNED)
    started = _pools(monkeypatch)
    texts = repo_texts()
    assert 0 < sum(map(len, texts)) < SERIAL_BELOW < SERIAL_BELOW_SPAWNED
    assert list(kamerstuk.find_many(iter(texts), jobs=2)) == serial(texts)
    frame = citations_frame(texts, jobs=2)
    assert len(frame) > 10
    assert frame.equals(citations_frame(texts))
    assert started == []


def test_spawned_workers_need_more_text_to_pay_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(many, "start_method", lambda: multiprocessing.get_context("spawn"))
    monkeypatch.setattr(many, "SERIAL_BELOW_SPAWNED", SERIAL_BELOW_SPAWNED)
    started = _pools(monkeypatch)
    texts = repo_texts()
    assert list(kamerstuk.find_many(texts, jobs=2)) == serial(texts)
    assert started == []  # SERIAL_BELOW is 0 here: the spawned threshold held


def test_an_input_past_the_threshold_is_read_by_the_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = repo_texts()
    # The threshold inside the texts: the first chunk alone does not reach it, all of them do.
    monkeypatch.setattr(many, "SERIAL_BELOW", sum(map(len, texts)) - 1)
    monkeypatch.setattr(many, "SERIAL_BELOW_SPAWNED", sum(map(len, texts)) - 1)
    started = _pools(monkeypatch)
    assert list(kamerstuk.find_many(iter(texts), jobs=2, chunksize=1)) == serial(texts)
    assert started == [2]


def test_the_thresholds_are_the_ones_measured() -> None:
    # benchmarks/break_even.py measures them; docs/scale.md gives the figures and the values.
    page = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    assert f"`SERIAL_BELOW` = {SERIAL_BELOW:,}" in page
    assert f"`SERIAL_BELOW_SPAWNED` = {SERIAL_BELOW_SPAWNED:,}" in page
