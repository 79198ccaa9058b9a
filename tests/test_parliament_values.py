"""The Tweede Kamer client's pieces without a server: what is asked for, how it is asked, how
the answers read (timestamps, error bodies, besluiten's results), and the values' contracts."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

import kamerstuk
from kamerstuk.model.errors import NoIdentifier, ParseError, ResolveError
from kamerstuk.parliament.client import tk_url
from kamerstuk.parliament.models import (
    BESLUIT_KEYS,
    VOTE_KEYS,
    ZAAK_KEYS,
    Besluit,
    Vote,
    Zaak,
    ZaakDocument,
)
from kamerstuk.parliament.queries import DEFAULT_TK_URL, document_query, dossier_filter, text
from kamerstuk.parliament.records import odata_error, read_page, timestamp
from kamerstuk.parliament.targets import Target, target_of

UTC = dt.timezone.utc
CEST = dt.timezone(dt.timedelta(hours=2))


@pytest.mark.parametrize(
    ("item", "target"),
    [
        ("2025Z18603", Target("zaak", "2025Z18603")),
        ("  2025z18603\n", Target("zaak", "2025Z18603")),
        ("2025D43230", Target("document", "2025D43230")),
        ("Kamervragen 2019Z12345", Target("zaak", "2019Z12345")),
        ("Kamerstuk 32847, nr. 1380", Target("kamerstuk", dossier=32847, volgnummer=1380)),
        ("kst-36200-VIII-12", Target("kamerstuk", dossier=36200, toevoeging="VIII", volgnummer=12)),
        (
            "Kamerstukken II 2019/20, 21 501-20, nr. 1500",
            Target("kamerstuk", dossier=21501, toevoeging="20", volgnummer=1500),
        ),
        (
            "Kamerstuk 33183 (R1975), nr. 11",
            Target("kamerstuk", dossier=33183, toevoeging="R1975", volgnummer=11),
        ),
        (
            kamerstuk.parse("Kamerstuk 36455, nr. 11"),
            Target("kamerstuk", dossier=36455, volgnummer=11),
        ),
        (
            next(kamerstuk.find("Zie Kamerstuk 29279, nr. 989.")),
            Target("kamerstuk", dossier=29279, volgnummer=989),
        ),
        # find()'s zaak and document numbers (kamerstuk.model.registers).
        (next(kamerstuk.find("zaak 2025Z18603")), Target("zaak", "2025Z18603")),
        (kamerstuk.parse("documentnummer 2025D43230"), Target("document", "2025D43230")),
    ],
)
def test_what_is_asked_for(item: object, target: Target) -> None:
    assert target_of(item) == target  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("item", "error"),
    [
        ("2025Z1860", ParseError),  # four digits: no zaak number, and no citation either
        ("2025X18603", ParseError),
        ("", ParseError),
        ("Handelingen II 2019/20, nr. 45, item 6", NoIdentifier),
        ("Kamerstuk 36200", NoIdentifier),
    ],
)
def test_what_names_no_zaak(item: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        target_of(item)


@pytest.mark.parametrize(
    ("nummer", "toevoeging", "expected"),
    [
        (32847, None, "Kamerstukdossier/any(d:d/Nummer eq 32847 and d/Toevoeging eq null)"),
        (36200, "VIII", "Kamerstukdossier/any(d:d/Nummer eq 36200 and d/Toevoeging eq 'VIII')"),
        (21501, "20", "Kamerstukdossier/any(d:d/Nummer eq 21501 and d/Toevoeging eq '20')"),
        (
            36956,
            "R2220",
            "Kamerstukdossier/any(d:d/Nummer eq 36956 and (d/Toevoeging eq 'R2220' or d/Toevoeging eq '(R2220)'))",
        ),
    ],
)
def test_the_dossier_filter_keeps_number_and_toevoeging_in_one_any(
    nummer: int, toevoeging: str | None, expected: str
) -> None:
    assert dossier_filter(nummer, toevoeging) == expected
    assert dossier_filter(nummer, toevoeging).count("any(") == 1


def test_strings_are_quoted_and_numbers_are_not() -> None:
    assert text("O'Neill") == "'O''Neill'"
    query = document_query(Target("kamerstuk", dossier=36200, toevoeging="VIII", volgnummer=12))
    assert "Volgnummer eq 12 " in query.filter
    assert "'12'" not in query.filter
    assert "%20eq%20" in query.url("https://x")
    assert " " not in query.url("https://x")


@pytest.mark.parametrize(
    ("written", "moment"),
    [
        ("2025-10-02T00:00:00+02:00", dt.datetime(2025, 10, 2, tzinfo=CEST)),
        ("2025-10-02T23:20:21.4+02:00", dt.datetime(2025, 10, 2, 23, 20, 21, 400000, tzinfo=CEST)),
        ("2025-10-02T23:20:21.47+02:00", dt.datetime(2025, 10, 2, 23, 20, 21, 470000, tzinfo=CEST)),
        (
            "2025-10-02T23:20:21.473+02:00",
            dt.datetime(2025, 10, 2, 23, 20, 21, 473000, tzinfo=CEST),
        ),
        ("2025-10-03T15:55:38.371194Z", dt.datetime(2025, 10, 3, 15, 55, 38, 371194, tzinfo=UTC)),
        ("2025-10-03T15:55:38.3711949Z", dt.datetime(2025, 10, 3, 15, 55, 38, 371194, tzinfo=UTC)),
        ("2025-10-03T15:55:38.3Z", dt.datetime(2025, 10, 3, 15, 55, 38, 300000, tzinfo=UTC)),
        (
            "2020-01-23T10:58:06.607+01:00",
            dt.datetime(2020, 1, 23, 10, 58, 6, 607000, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        (
            "2099-01-17T00:00:00-05:30",
            dt.datetime(2099, 1, 17, tzinfo=dt.timezone(-dt.timedelta(hours=5, minutes=30))),
        ),
        ("2025-09-31T00:00:00Z", None),
        ("2025-10-02T00:00:00.12345678Z", None),
        ("2 oktober 2025", None),
        (20251002, None),
    ],
)
def test_timestamps_with_any_fraction_and_offset(
    written: object, moment: dt.datetime | None
) -> None:
    assert timestamp(written) == moment


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"error":{"code":"","message":"An error has occurred."}}', "An error has occurred."),
        (b'{"error":{"code":"x","message":{"lang":"en-US","value":"Bad  filter"}}}', "Bad filter"),
        (b'{"error":{"code":"","message":"' + b"x" * 500 + b'"}}', "x" * 299 + "…"),
        (b'{"error":{"code":"","message":""}}', None),
        (b'{"value":[]}', None),
        (b"[[[[", None),
    ],
)
def test_the_message_of_an_odata_error(body: bytes, message: str | None) -> None:
    assert odata_error(body) == message


def test_a_page_is_read_or_refused() -> None:
    page = read_page(b'{"value":[{"Id":"a"}],"@odata.nextLink":"https://x/next"}', "u")
    assert (page.records, page.next_link) == (({"Id": "a"},), "https://x/next")
    with pytest.raises(ResolveError, match="no list of records"):
        read_page(b'{"value":[1, 2]}', "u")
    with pytest.raises(ResolveError, match="malformed JSON"):
        read_page(b"[" * 100_000, "u")


@pytest.mark.parametrize(
    ("soort", "tekst", "votes", "result"),
    [
        ("Stemmen - aangenomen", "Aangenomen.", (("Voor", 88), ("Tegen", 62)), "aangenomen, 88-62"),
        ("Stemmen - verworpen", "Verworpen (60-89).", (("Voor", 60),), "verworpen, 60-89"),
        ("Stemmen - verworpen", "Verworpen. (46-101)", (), "verworpen, 46-101"),
        ("Stemmen - aangehouden", "Aangehouden.", (), "aangehouden"),
        ("Behandelen [en afdoen]", "Behandeld.", (), "Behandeld."),
        (None, None, (("Voor", 3),), "stemming, 3-0"),
    ],
)
def test_a_besluits_result_in_words_and_counts(
    soort: str | None, tekst: str | None, votes: tuple[tuple[str, int], ...], result: str
) -> None:
    besluit = Besluit(
        id="x", soort=soort, tekst=tekst, votes=tuple(Vote(s, "P", n) for s, n in votes)
    )
    assert besluit.result == result


def test_the_dict_keys_are_fixed_and_json_ready() -> None:
    vote = Vote("Voor", "CDA", 1, member="Vedder, E.C.")
    besluit = Besluit(
        id="x", soort="Stemmen - aangenomen", date=dt.date(2025, 9, 30), votes=(vote,)
    )
    zaak = Zaak(number="2099Z00001", id="y", besluiten=(besluit,), started=dt.date(2099, 1, 3))
    assert tuple(vote.to_dict()) == VOTE_KEYS
    assert tuple(besluit.to_dict()) == BESLUIT_KEYS
    assert tuple(zaak.to_dict()) == ZAAK_KEYS
    assert besluit.to_dict()["date"] == "2025-09-30"
    assert zaak.to_dict()["result"] == "aangenomen, 1-0"
    assert pickle.loads(pickle.dumps(zaak)) == zaak
    assert hash(zaak) == hash(pickle.loads(pickle.dumps(zaak)))


def test_a_documents_citation() -> None:
    assert ZaakDocument(
        number="d", identifier="kst-36200-VIII-12"
    ).citation == kamerstuk.from_identifier("kst-36200-VIII-12")
    assert ZaakDocument(number="d", dossier="36200-VIII", ondernummer="12").citation is not None
    assert ZaakDocument(number="d", identifier="no-such-thing").citation is None
    assert ZaakDocument(number="d", dossier="36200").citation is None


def test_the_service_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KAMERSTUK_TK_URL", raising=False)
    assert tk_url() == DEFAULT_TK_URL
    monkeypatch.setenv("KAMERSTUK_TK_URL", "http://127.0.0.1:8080/OData/v4/2.0/")
    assert tk_url() == "http://127.0.0.1:8080/OData/v4/2.0"
    with pytest.raises(ValueError, match="not an http"):
        tk_url("ftp://example.org/odata")


def test_import_kamerstuk_loads_no_parliament() -> None:
    from support import fresh_python

    code = "import sys, kamerstuk; print('kamerstuk.parliament' in sys.modules)"
    assert fresh_python(code) == ["False"]
