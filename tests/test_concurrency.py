"""find() from threads and from worker processes (fork and spawn), as Dask or Spark would call it."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

import kamerstuk

from support import DATA

TEXT = (DATA / "kamerbrief-nucleaire-risicobeperking.txt").read_text(encoding="utf-8")
DOCUMENTS = [TEXT, "Kamerstuk 33783, nrs. 31 en 32", "Stb. 2019, 123; Trb. 2008, 175", "geen"] * 8


def identifiers(text: str) -> list[str | None]:
    """What a worker sends back: plain values."""
    return [m.citation.identifier for m in kamerstuk.find(text)]


def matches(text: str) -> list[kamerstuk.Match]:
    """What a worker sends back: the matches themselves, pickled."""
    return list(kamerstuk.find(text))


EXPECTED = [identifiers(d) for d in DOCUMENTS]


def test_threads_get_what_one_thread_gets() -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(identifiers, DOCUMENTS)) == EXPECTED


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_worker_processes_get_the_same_and_send_matches_back(method: str) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} is not available on this platform")
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        got = list(pool.map(matches, DOCUMENTS[:4]))
    assert [[m.citation.identifier for m in ms] for ms in got] == EXPECTED[:4]
    # The matches come back whole: the same values as in this process.
    assert got[1] == list(kamerstuk.find(DOCUMENTS[1]))


def test_a_warm_parser_survives_pickling_of_its_results() -> None:
    found = list(kamerstuk.find(TEXT))
    assert pickle.loads(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)) == found
