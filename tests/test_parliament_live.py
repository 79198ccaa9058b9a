"""kamerstuk.zaak() against the real Gegevensmagazijn: opt-in, for whoever has the network.

    KAMERSTUK_LIVE=1 pytest -m live tests/test_parliament_live.py

Skipped unless ``KAMERSTUK_LIVE=1`` (no test of the default run reaches the internet). It asks
for the three motions of ../shared/tk-fixtures by citation, document number and zaak number at
the default politeness (2 requests a second, one at a time), and checks what docs/parliament.md
promises: the service takes every query as written there, the zaak and its votes are those the
fixtures recorded (12 parties for and 3 against; unanimous; a roll-call whose members' votes
now add up to the count its text states), and the next link is followed page after page.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest

import kamerstuk
from kamerstuk.parliament.client import TweedeKamer
from kamerstuk.parliament.queries import DEFAULT_TK_URL, LIVE, Query

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        os.environ.get("KAMERSTUK_LIVE") != "1",
        reason="asks the real Tweede Kamer service: run with KAMERSTUK_LIVE=1 pytest -m live",
    ),
]

# (citation, document number, zaak number) of the three motions of the fixtures.
MOTIONS = [
    ("Kamerstuk 32847, nr. 1380", "2025D43230", "2025Z18603"),
    ("Kamerstukken II 2025/26, 36 455, nr. 11", "2025D41759", "2025Z17919"),
    ("Kamerstuk 29279, nr. 989", "2025D42446", "2025Z18162"),
]


@pytest.fixture(scope="module")
def tk() -> TweedeKamer:
    return TweedeKamer(cache=False)


@pytest.mark.parametrize("names", MOTIONS, ids=[m[2] for m in MOTIONS])
def test_each_motion_from_every_input(tk: TweedeKamer, names: tuple[str, str, str]) -> None:
    found = [tk.zaak(name) for name in names]
    assert {z.number for z in found} == {names[2]}
    assert found[0] == found[1] == found[2]
    zaak = found[0]
    assert zaak.soort == "Motie"
    assert zaak.indieners
    assert zaak.voortouwcommissie
    assert any(d.number == names[1] for d in zaak.documents)
    assert any(b.votes for b in zaak.besluiten)


def test_the_party_votes_of_motion_a(tk: TweedeKamer) -> None:
    besluit = tk.zaak("2025Z18603").last
    assert besluit is not None
    assert Counter(v.soort for v in besluit.votes) == {"Voor": 12, "Tegen": 3}
    assert besluit.result == "aangenomen, 88-62"


def test_motion_b_was_unanimous(tk: TweedeKamer) -> None:
    besluit = tk.zaak("2025Z17919").last
    assert besluit is not None
    assert {v.soort for v in besluit.votes} == {"Voor"}


def test_the_roll_call_of_motion_c_is_whole(tk: TweedeKamer) -> None:
    besluit = tk.zaak("2025Z18162").last
    assert besluit is not None
    assert besluit.hoofdelijk
    assert all(v.member for v in besluit.votes)
    assert besluit.stated == (besluit.voor, besluit.tegen) == (46, 101)


def test_the_next_link_is_followed_page_after_page(tk: TweedeKamer) -> None:
    service = tk.service()
    url = Query("Fractie", LIVE, select="Id,Afkorting").url(tk.tk_url)
    records = service.records(url, "the parties", lambda r: "Id" in r)
    assert records
    url = Query("Persoon", LIVE, select="Id").url(tk.tk_url)
    people = tk.bounded(service, lambda: service.records(url, "every person", lambda r: True))
    assert len(people) > 250  # more than one page of the service's 250
    assert len({p["Id"] for p in people}) == len(people)


def test_every_link_is_the_services_own() -> None:
    zaak = kamerstuk.zaak("2025D43230", cache=False)
    assert DEFAULT_TK_URL.startswith("https://")
    assert all(d.identifier is None or d.identifier.startswith("kst-") for d in zaak.documents)
