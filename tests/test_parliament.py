"""kamerstuk.zaak() on the Tweede Kamer's real records: three motions, one voted on by roll-call.

The stand-in (examples/tk_standin.py) serves ../shared/tk-fixtures; every expected value is read
from those files here, apart from the client. Skipped where ../shared is absent (the made-up
records of test_parliament_records.py test the same client there).
"""

from __future__ import annotations

import io
import json
import pickle
from collections import Counter
from contextlib import redirect_stdout
from typing import Any

import pytest

import kamerstuk
from kamerstuk.cli.main import main
from kamerstuk.model.errors import NotFound
from kamerstuk.parliament.models import ZAAK_KEYS, Zaak

from tk_standin import StandIn
from tk_support import FIXTURES, MOTIONS, Motion, client, real

__all__ = ["real"]  # the fixture, imported for pytest

pytestmark = pytest.mark.shared


def inputs(motion: Motion) -> list[str]:
    """The three ways to name a motion: its citation, its document number, its zaak number."""
    return [motion.citation, motion.document["DocumentNummer"], motion.zaak["Nummer"]]


CASES = [pytest.param(m, way, id=f"{m.chain}-{way}") for m in MOTIONS for way in range(3)]


@pytest.mark.parametrize(("motion", "way"), CASES)
def test_the_zaak_is_the_records(real: StandIn, motion: Motion, way: int) -> None:
    zaak = kamerstuk.zaak(inputs(motion)[way], tk_url=real.tk_url, cache=False, rate=None)
    record = motion.zaak
    assert zaak.number == record["Nummer"]
    assert (zaak.soort, zaak.status, zaak.vergaderjaar) == (
        record["Soort"],
        record["Status"],
        record["Vergaderjaar"],
    )
    assert zaak.onderwerp == " ".join(record["Onderwerp"].split())
    assert zaak.kabinetsappreciatie == record["Kabinetsappreciatie"]
    assert [(a.name, a.party) for a in zaak.indieners] == motion.named("Indiener")
    assert [(a.name, a.party) for a in zaak.medeindieners] == motion.named("Medeindiener")
    assert zaak.voortouwcommissie == motion.named("Voortouwcommissie")[0][0]
    (document,) = zaak.documents
    external = motion.document["HuidigeDocumentVersie"]["ExterneIdentifier"]
    assert (document.number, document.identifier) == (motion.document["DocumentNummer"], external)
    assert document.citation is not None
    assert document.citation.identifier == kamerstuk.parse(motion.citation).identifier


@pytest.mark.parametrize(("motion", "way"), CASES)
def test_the_besluit_and_its_votes_are_the_records(real: StandIn, motion: Motion, way: int) -> None:
    zaak = kamerstuk.zaak(inputs(motion)[way], tk_url=real.tk_url, cache=False, rate=None)
    (besluit,) = zaak.besluiten
    record = motion.besluit
    assert (besluit.id, besluit.soort, besluit.tekst, besluit.stemmingssoort) == (
        record["Id"],
        record["BesluitSoort"],
        record["BesluitTekst"],
        record["StemmingsSoort"],
    )
    expected = [
        (
            v["Soort"],
            v["ActorFractie"],
            1 if v["Persoon_Id"] else v["FractieGrootte"],
            v["ActorNaam"] if v["Persoon_Id"] else None,
        )
        for v in motion.votes
    ]
    got = [(v.soort, v.party, v.seats, v.member) for v in besluit.votes]
    assert sorted(got, key=str) == sorted(expected, key=str)  # the service's order is by Id


def test_chain_a_passed_by_twelve_parties_against_three(real: StandIn) -> None:
    zaak = kamerstuk.zaak("Kamerstuk 32847, nr. 1380", tk_url=real.tk_url, cache=False, rate=None)
    (besluit,) = zaak.besluiten
    assert Counter(v.soort for v in besluit.votes) == {"Voor": 12, "Tegen": 3}
    assert all(v.member is None for v in besluit.votes)  # party votes: no person
    assert besluit.result == f"aangenomen, {besluit.voor}-{besluit.tegen}"
    assert besluit.voor + besluit.tegen == 150


def test_chain_b_was_unanimous(real: StandIn) -> None:
    zaak = kamerstuk.zaak("2025D41759", tk_url=real.tk_url, cache=False, rate=None)
    (besluit,) = zaak.besluiten
    assert {v.soort for v in besluit.votes} == {"Voor"}
    assert len(besluit.votes) == 15
    assert besluit.result == "aangenomen, 150-0"


def test_chain_c_is_a_roll_call_of_members(real: StandIn) -> None:
    motion = MOTIONS[2]
    zaak = kamerstuk.zaak("2025Z18162", tk_url=real.tk_url, cache=False, rate=None)
    (besluit,) = zaak.besluiten
    assert besluit.hoofdelijk
    members = {v.member for v in besluit.votes}
    assert members == {v["ActorNaam"] for v in motion.votes}
    assert all(v.seats == 1 for v in besluit.votes)
    assert Counter(v.soort for v in besluit.votes)["Niet deelgenomen"] == 2
    # The fixture holds 25 of the members' votes; the result is the count the record states.
    assert besluit.stated == (46, 101)
    assert besluit.result == "verworpen, 46-101"
    assert (besluit.voor, besluit.tegen) != besluit.stated


def test_a_document_not_yet_numbered(tmp_path: Any) -> None:
    # The first snapshot of motion A: its document's Volgnummer is still -1.
    if not FIXTURES.is_dir():
        pytest.skip(f"{FIXTURES} is absent")
    with StandIn(FIXTURES, oldest=True) as early:
        zaak = kamerstuk.zaak("2025D43230", tk_url=early.tk_url, cache=False, rate=None)
        (document,) = zaak.documents
        assert (document.ondernummer, document.identifier, document.citation) == (None, None, None)
        with pytest.raises(NotFound, match=r"Volgnummer.*-1 until"):
            kamerstuk.zaak("Kamerstuk 32847, nr. 1380", tk_url=early.tk_url, cache=False, rate=None)


def test_votes_are_read_page_after_page_following_the_next_link() -> None:
    if not FIXTURES.is_dir():
        pytest.skip(f"{FIXTURES} is absent")
    with StandIn(FIXTURES, page_size=4) as paged:
        zaak = client(paged).zaak("2025Z18603")
        votes = [r for r in paged.requests if "/Stemming?" in r]
    assert len(zaak.besluiten[0].votes) == 15
    assert len(votes) == 4  # 4 + 4 + 4 + 3
    assert all("$skiptoken=Id-" in r for r in votes[1:])


def test_deleted_placeholders_are_skipped() -> None:
    if not FIXTURES.is_dir():
        pytest.skip(f"{FIXTURES} is absent")
    with StandIn(FIXTURES) as standin:
        clean = client(standin).zaak("2025Z18162")
        standin.store.deleted = True  # every collection now lists the service's placeholders
        assert client(standin).zaak("2025Z18162") == clean


def test_the_citation_is_asked_with_one_any_and_an_unquoted_number(real: StandIn) -> None:
    real.requests.clear()
    client(real).zaak("Kamerstukken II 2025/26, 36 455, nr. 11")
    asked = real.requests[0].replace("%20", " ")
    assert "Volgnummer eq 11 and Kamerstukdossier/any(d:d/Nummer eq 36455 and " in asked
    assert "d/Toevoeging eq null)" in asked


def test_every_motion_in_one_frame(real: StandIn) -> None:
    pytest.importorskip("pandas", reason="the frame extra is not installed")
    table = kamerstuk.frame.votes_frame(
        [m.citation for m in MOTIONS], tk_url=real.tk_url, cache=False, rate=None
    )
    assert len(table) == sum(len(m.votes) for m in MOTIONS)
    assert table["error"].isna().all()
    by_zaak = table.groupby("zaak")["seats"].sum().to_dict()
    assert by_zaak == {
        m.zaak["Nummer"]: sum(1 if v["Persoon_Id"] else v["FractieGrootte"] for v in m.votes)
        for m in MOTIONS
    }


def test_a_zaak_shows_a_bar_per_party_and_pickles(real: StandIn) -> None:
    zaak = client(real).zaak("2025Z18603")
    html = zaak._repr_html_()
    assert html.count("<tr>") == 15
    assert "aangenomen, 88-62" in html
    assert pickle.loads(pickle.dumps(zaak)) == zaak
    assert list(zaak.to_dict()) == list(ZAAK_KEYS)
    assert json.dumps(zaak.to_dict())


def test_the_cache_answers_offline(real: StandIn, tmp_path: Any) -> None:
    path = str(tmp_path / "cache.sqlite")
    first = client(real, cache=path).zaak("Kamerstuk 29279, nr. 989")
    real.requests.clear()
    again = client(real, cache=path, offline=True).zaak("Kamerstuk 29279, nr. 989")
    assert again == first
    assert real.requests == []


@pytest.mark.parametrize("motion", MOTIONS, ids=repr)
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_the_command_gives_every_vote(real: StandIn, motion: Motion, fmt: str) -> None:
    from support import rows_of

    out = io.StringIO()
    with redirect_stdout(out):
        status = main(
            [
                "votes",
                "--tk-url",
                real.tk_url,
                "--no-cache",
                "--rate",
                "1000",
                "--format",
                fmt,
                *inputs(motion),
            ]
        )
    assert status == 0
    rows = rows_of(out.getvalue(), fmt)
    assert len(rows) == 3 * len(motion.votes)
    assert {r["zaak"] for r in rows} == {motion.zaak["Nummer"]}
    expected = Counter((v["Soort"], v["ActorFractie"]) for v in motion.votes)
    assert Counter((r["vote"], r["party"]) for r in rows) == {k: 3 * n for k, n in expected.items()}


def test_the_command_shows_each_zaak_as_text(real: StandIn) -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        status = main(
            [
                "votes",
                "--tk-url",
                real.tk_url,
                "--no-cache",
                "--rate",
                "1000",
                *(m.citation for m in MOTIONS),
            ]
        )
    text = out.getvalue()
    assert status == 0
    for motion in MOTIONS:
        assert f"{motion.zaak['Nummer']} Motie" in text
        assert motion.named("Indiener")[0][0] in text
    assert "verworpen, 46-101" in text
    assert "Vedder, E.C. (CDA)" in text


def test_a_zaak_equals_itself_from_every_input(real: StandIn) -> None:
    found: list[Zaak] = [client(real).zaak(i) for i in inputs(MOTIONS[1])]
    assert found[0] == found[1] == found[2]
