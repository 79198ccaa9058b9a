"""Helpers of the Tweede Kamer tests: the stand-in (examples/tk_standin.py) on the real records
of ../shared/tk-fixtures (skipped where they are absent) or on the made-up ones of
tests/data/tk (always there), and what the real records themselves say, read here apart from
the client so that the tests compare the client with the records and not with itself."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from kamerstuk.parliament.client import TweedeKamer

from support import DATA, SHARED
from tk_standin import StandIn

FIXTURES = SHARED / "tk-fixtures"
OWN = DATA / "tk"

__all__ = [
    "FIXTURES",
    "MOTIONS",
    "OWN",
    "Motion",
    "client",
    "fixture",
    "own",
    "real",
]


def fixture(name: str) -> Any:
    """A real fixture file's JSON; skips the test where ../shared is absent."""
    path = FIXTURES / name
    if not path.is_file():
        pytest.skip(f"{path} is absent: the real Tweede Kamer records are kept in ../shared")
    return json.loads(path.read_text(encoding="utf-8"))


class Motion:
    """One of the three real motions, as its fixture files say it."""

    def __init__(self, chain: str, citation: str) -> None:
        self.chain = chain
        self.citation = citation

    def _file(self, part: str) -> Any:
        names = sorted(p.name for p in FIXTURES.glob(f"{self.chain}_{part}*"))
        if not names:
            pytest.skip(
                f"{FIXTURES} is absent: the real Tweede Kamer records are kept in ../shared"
            )
        return fixture(names[0])

    @property
    def zaak(self) -> dict[str, Any]:
        record: dict[str, Any] = self._file("Zaak_")
        return record

    @property
    def document(self) -> dict[str, Any]:
        document: dict[str, Any] = self.zaak["Document"][0]
        return document

    @property
    def actors(self) -> list[dict[str, Any]]:
        actors: list[dict[str, Any]] = self._file("ZaakActor_")
        return actors

    @property
    def besluit(self) -> dict[str, Any]:
        besluit: dict[str, Any] = self._file("Besluit_")[0]
        return besluit

    @property
    def votes(self) -> list[dict[str, Any]]:
        votes: list[dict[str, Any]] = self._file("Stemming_")
        return votes

    def named(self, relatie: str) -> list[tuple[str, str | None]]:
        """(name, party) of the actors of one relation, in the records' order."""
        return [(a["ActorNaam"], a["ActorFractie"]) for a in self.actors if a["Relatie"] == relatie]

    def __repr__(self) -> str:
        return self.chain


#: The three motions of ../shared/tk-fixtures, with the citation their KOOP identifier gives.
MOTIONS = [
    Motion("chainA", "Kamerstuk 32847, nr. 1380"),
    Motion("chainB", "Kamerstukken II 2025/26, 36 455, nr. 11"),
    Motion("chainC-hoofdelijk", "Kamerstuk 29279, nr. 989"),
]


@pytest.fixture(scope="module")
def real() -> Iterator[StandIn]:
    """The stand-in serving the real records (skips where ../shared is absent)."""
    if not FIXTURES.is_dir():
        pytest.skip(f"{FIXTURES} is absent: the real Tweede Kamer records are kept in ../shared")
    with StandIn(FIXTURES) as standin:
        yield standin


@pytest.fixture(scope="module")
def own() -> Iterator[StandIn]:
    """The stand-in serving the made-up records of tests/data/tk (there in every clone)."""
    with StandIn(OWN) as standin:
        yield standin


def client(standin: StandIn, **options: Any) -> TweedeKamer:
    """A client of ``standin``: no cache and no rate limit unless the test says otherwise."""
    options.setdefault("cache", False)
    options.setdefault("rate", None)
    return TweedeKamer(tk_url=standin.tk_url, **options)
