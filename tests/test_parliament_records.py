"""kamerstuk.zaak() on made-up records (tests/data/tk), so that every clone tests the client.

The records are in the service's shapes (see tests/data/tk/README.md); the stand-in serves them
as it serves the real ones. Expected values are read from records.json where they are facts of
a record; the rest (order, counts, messages) is what the client promises.
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from typing import Any

import pytest

import kamerstuk
from kamerstuk.cli.main import main
from kamerstuk.model.errors import Ambiguous, NoIdentifier, NotFound, ParseError

from support import rows_of
from tk_standin import StandIn
from tk_support import OWN, client, own

__all__ = ["own"]  # the fixture, imported for pytest

RECORDS = json.loads((OWN / "records.json").read_text(encoding="utf-8"))["value"]


def record(number: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in RECORDS if r.get("Nummer") == number)
    return found


@pytest.mark.parametrize(
    "asked",
    [
        "2099Z00001",
        "2099d00001",
        "Kamerstuk 99999-VIII, nr. 7",
        "Kamerstukken II 2098/99, 99 999 VIII, nr. 7",
    ],
)
def test_every_way_to_name_a_zaak_finds_it(own: StandIn, asked: str) -> None:
    zaak = client(own).zaak(asked)
    facts = record("2099Z00001")
    assert (zaak.number, zaak.kabinetsappreciatie, zaak.onderwerp) == (
        facts["Nummer"],
        facts["Kabinetsappreciatie"],
        facts["Onderwerp"],
    )
    assert [str(a) for a in zaak.indieners] == ["A. Voorbeeld (Partij Een)"]
    assert [str(a) for a in zaak.medeindieners] == ["B. Proef (Partij Twee)"]
    assert zaak.voortouwcommissie == "vaste commissie voor Voorbeelden"
    (document,) = zaak.documents
    assert (document.number, document.dossier, document.ondernummer) == (
        "2099D00001",
        "99999-VIII",
        "7",
    )
    assert document.citation == kamerstuk.from_identifier("kst-99999-VIII-7")


def test_besluiten_come_in_the_order_they_were_taken(own: StandIn) -> None:
    zaak = client(own).zaak("2099Z00001")
    listed = [b["BesluitSoort"] for b in record("2099Z00001")["Besluit"]]
    assert [b.soort for b in zaak.besluiten] == list(reversed(listed))
    held, voted = zaak.besluiten
    assert held.date is not None
    assert voted.date is not None
    assert held.date < voted.date
    assert (held.outcome, held.votes, held.result) == ("aangehouden", (), "aangehouden")
    assert voted.result == "verworpen, 40-70"  # "Niet deelgenomen" counts neither way
    assert zaak.last is voted


def test_a_roll_call_a_mistake_and_a_document_not_yet_numbered(own: StandIn) -> None:
    zaak = client(own).zaak("2099D00002")
    (besluit,) = zaak.besluiten
    assert besluit.hoofdelijk
    assert [(v.member, v.party, v.seats, v.mistake) for v in besluit.votes] == [
        ("Voorbeeld, A.", "Partij Een", 1, False),
        ("Proef, B.", "Partij Twee", 1, False),
        ("Derde, C.", "Partij Drie", 1, True),
    ]
    assert besluit.result == "aangenomen, 2-1"
    (document,) = zaak.documents  # the deleted placeholder beside it is left out
    assert (document.number, document.dossier, document.ondernummer) == (
        "2099D00002",
        "99999-VIII",
        None,
    )
    assert document.citation is None
    assert zaak.kabinetsappreciatie is None


def test_a_kamerstuk_not_yet_numbered_is_not_found_with_the_reason(own: StandIn) -> None:
    with pytest.raises(NotFound, match="-1 until the document is numbered"):
        client(own).zaak("Kamerstuk 99999-VIII, nr. 8")


def test_a_document_of_two_zaken_is_ambiguous(own: StandIn) -> None:
    with pytest.raises(Ambiguous) as info:
        client(own).zaak("2099D00003")
    assert set(info.value.candidates) == {"2099Z00003", "2099Z00004"}


@pytest.mark.parametrize(
    ("asked", "error", "says"),
    [
        ("geen verwijzing", ParseError, "not a citation|expected"),
        ("Stb. 2019, 123", NoIdentifier, "Staatsblad citation names no zaak"),
        ("Kamerstuk 99999", NoIdentifier, "whole dossier"),
        ("Kamerstukken I 2019/20, 35 300 VIII, A", NoIdentifier, "no Tweede Kamer stuk"),
        ("Kamerstuk 35300 VIII, nr. 5a", NoIdentifier, "digits only"),
        ("kv-2000100840", NoIdentifier, "Kamervragen citation names no zaak"),
    ],
)
def test_what_names_no_zaak_is_refused_before_any_request(
    own: StandIn, asked: str, error: type[Exception], says: str
) -> None:
    own.requests.clear()
    with pytest.raises(error, match=says):
        client(own).zaak(asked)
    assert own.requests == []


def test_a_zaak_that_does_not_exist_is_not_found(own: StandIn) -> None:
    with pytest.raises(NotFound, match="no zaak 2099Z09999"):
        client(own).zaak("2099Z09999")
    with pytest.raises(NotFound, match="no document 2099D09999"):
        client(own).zaak("2099D09999")


@pytest.mark.parametrize("deleted", [False, True], ids=["filtered", "placeholders listed"])
def test_pages_of_one_record_and_placeholders_give_the_same_zaak(deleted: bool) -> None:
    with StandIn(OWN) as whole:
        expected = client(whole).zaak("2099Z00002")
    with StandIn(OWN, page_size=1) as paged:
        paged.store.deleted = deleted
        assert client(paged).zaak("2099Z00002") == expected
        assert sum("$skiptoken" in r for r in paged.requests) >= 2


def test_zaken_keeps_order_and_errors_and_asks_once(own: StandIn) -> None:
    own.requests.clear()
    items: list[Any] = ["2099Z00001", "Stb. 2019, 1", "2099D00001", "2099Z09999", "2099Z00001"]
    found = client(own).zaken(items)
    assert [getattr(f, "number", type(f).__name__) for f in found] == [
        "2099Z00001", "NoIdentifier", "2099Z00001", "NotFound", "2099Z00001",
    ]  # fmt: skip
    zaak_requests = [r for r in own.requests if "/Zaak?" in r]
    assert len(zaak_requests) == len(set(zaak_requests))  # each question once in a run


def test_the_frame_has_a_row_per_vote_and_one_per_error(own: StandIn) -> None:
    pytest.importorskip("pandas", reason="the frame extra is not installed")
    zaak = client(own).zaak("2099Z00002")
    table = kamerstuk.frame.votes_frame(
        ["Kamerstuk 99999-VIII, nr. 7", zaak, "2099Z09999"],
        tk_url=own.tk_url,
        cache=False,
        rate=None,
    )
    assert table["input"].tolist() == ["Kamerstuk 99999-VIII, nr. 7"] * 4 + ["2099Z00002"] * 3 + [
        "2099Z09999"
    ]
    assert table["vote"].isna().tolist() == [True, False, False, False, False, False, False, True]
    assert table["error"].notna().tolist() == [False] * 7 + [True]
    assert str(table.dtypes["seats"]) == "Int64"
    assert str(table.dtypes["date"]).startswith("date32")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_the_command_writes_rows_in_every_format(own: StandIn, fmt: str, tmp_path: Any) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text("Zie de motie (Kamerstuk 99999-VIII, nr. 7) en Stb. 2019, 1.\n", "utf-8")
    out = io.StringIO()
    args = ["votes", "--tk-url", own.tk_url, "--no-cache", "--rate", "1000", "--format", fmt]
    with redirect_stdout(out):
        status = main([*args, "--from", str(letter), "2099Z00002"])
    assert status == 0  # the Staatsblad of the letter is no zaak: not looked up
    rows = rows_of(out.getvalue(), fmt)
    assert [r["input"] for r in rows] == ["2099Z00002"] * 3 + ["Kamerstuk 99999-VIII, nr. 7"] * 4
    assert {str(r["mistake"]) for r in rows if r["member"] == "Derde, C."} == {"True"}


def test_the_command_exits_1_on_a_failure_and_2_without_input(
    own: StandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["votes", "--tk-url", own.tk_url, "--no-cache", "--rate", "1000"]
    assert main([*args, "2099Z00001", "2099Z09999"]) == 1
    out = capsys.readouterr().out
    assert "2099Z09999  NotFound: no zaak 2099Z09999" in out
    assert "Stemmen - verworpen (Met handopsteken): verworpen, 40-70" in out
    assert main(args) == 2
    assert "nothing to look up" in capsys.readouterr().err


def test_a_service_that_cannot_be_reached_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/OData/v4/2.0"
    assert main(["votes", "--tk-url", url, "--no-cache", "2099Z00001", "2099D00001"]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"kamerstuk votes: cannot reach 127.0.0.1:{port} (offline?)\n"
    assert captured.out.count("ResolveError: cannot reach") == 2


def test_the_environment_names_the_service(own: StandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAMERSTUK_TK_URL", own.tk_url)
    assert kamerstuk.zaak("2099Z00001", cache=False, rate=None).number == "2099Z00001"


def test_html_escapes_and_draws_a_bar_per_party(own: StandIn) -> None:
    zaak = client(own).zaak("2099Z00002")
    html = zaak._repr_html_()
    assert html.count("<tr>") == 3
    assert "width:2px" in html  # one member, one seat, two pixels
    assert "Derde, C." in html
    assert "<script" not in html
