"""Every public exception and every value the library returns pickles and compares equal after
the round trip, so that process pools (concurrent.futures, Dask, Spark) carry them whole."""

from __future__ import annotations

import datetime as dt
import inspect
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import pytest

import kamerstuk
from kamerstuk.parliament.models import Actor, ZaakDocument

# One instance of each public class, as the library gives them back.
# fmt: off
EXAMPLES: dict[str, Callable[[], object]] = {
    "Aanhangsel": lambda: kamerstuk.parse("Aanhangsel Handelingen II 2019/20, nr. 1234"),
    "Agenda": lambda: kamerstuk.from_identifier("ag-tk-2010-04-02"),
    "Bijlage": lambda: kamerstuk.from_identifier("blg-929493"),
    "Blad": lambda: kamerstuk.Blad(year=2019, number="1"),
    "BladGemeenschappelijkeRegeling": lambda: kamerstuk.from_identifier("bgr-2024-715"),
    "Chamber": lambda: kamerstuk.Chamber.II,
    "Citation": lambda: kamerstuk.Citation(page="3"),
    "Dossier": lambda: kamerstuk.Dossier.parse("33 183 (R1975)"),
    "Fixed": lambda: kamerstuk.fix_text("Zie Kamerstuk 33694, Nr. 20.", style="kort"),
    "Gemeenteblad": lambda: kamerstuk.from_identifier("gmb-2023-174296"),
    "Handelingen": lambda: kamerstuk.parse("Handelingen II 2019/20, nr. 45, item 6"),
    "Kamerstuk": lambda: kamerstuk.parse("Kamerstukken II 2019/20, 35 300 VIII, nr. 5, p. 3"),
    "Kamervragen": lambda: kamerstuk.parse("Kamervragen 2019Z12345"),
    "Match": lambda: next(kamerstuk.find("Zie Kamerstuk 33694, nr. 20 van 3 oktober 2019.")),
    "NietDossierstuk": lambda: kamerstuk.from_identifier("nds-tk-2013D38756"),
    "Problem": lambda: kamerstuk.validate("Zie Kamerstukken II 2019/21, 35 300, nr. 3.")[0],
    "ProvinciaalBlad": lambda: kamerstuk.from_identifier("prb-2017-1003"),
    "Staatsblad": lambda: kamerstuk.parse("Stb. 2019, 123"),
    "Staatscourant": lambda: kamerstuk.from_identifier("stcrt-1994-5-p0-SC1741"),
    "Tractatenblad": lambda: kamerstuk.parse("Trb. 2008, 175"),
    "Vergaderjaar": lambda: kamerstuk.Vergaderjaar.parse("1993/94-1996/97"),
    "Waterschapsblad": lambda: kamerstuk.from_identifier("wsb-2013-1000"),
    "Zaaknummer": lambda: kamerstuk.parse("zaaknummer 2023Z17310"),
    "Documentnummer": lambda: kamerstuk.parse("2023D41872"),
    "ECLI": lambda: kamerstuk.parse("ECLI:NL:RVS:2021:1234"),
    "BWB": lambda: kamerstuk.parse("jci1.3:c:BWBR0004770&artikel=6&lid=2&g=2021-01-01"),
    "CVDR": lambda: kamerstuk.parse("CVDR641201/1"),
    "CELEX": lambda: kamerstuk.parse("02016R0679-20160504"),
    "Publicatieblad": lambda: kamerstuk.parse("PB L 119 van 4.5.2016, blz. 1"),
    "Document": lambda: kamerstuk.Document(
        identifier="kst-33694-20", title="Brief", date=dt.date(2019, 10, 3),
        vergaderjaar=kamerstuk.Vergaderjaar(2019), chamber=kamerstuk.Chamber.II,
        urls={"html": "https://zoek.officielebekendmakingen.nl/kst-33694-20.html"},
        metadata={"DC.title": ["Brief"]},
    ),
    "DossierDocuments": lambda: kamerstuk.DossierDocuments(
        dossier="33694", title="Dossier", complete=False,
        documents=(kamerstuk.Document(identifier="kst-33694-20", title="Brief"),),
    ),
    "Vote": lambda: kamerstuk.Vote("Niet deelgenomen", "NSC", 1, member="Postma, W.L."),
    "Besluit": lambda: _besluit(),
    "Zaak": lambda: kamerstuk.Zaak(
        number="2025Z18162", id="96cd7e19-4e43-4d4a-b8e4-0494dcebd079", soort="Motie",
        started=dt.date(2025, 9, 30), besluiten=(_besluit(),),
        indieners=(Actor("G.F.C. van Meijeren", "FVD"),),
        documents=(ZaakDocument(
            number="2025D42446", dossier="29279", ondernummer="989"),),
    ),
    "Resolved": lambda: kamerstuk.Resolved(
        "kst-1-1", kamerstuk.from_identifier("kst-33694-20"), None,
        kamerstuk.NotFound("no such document", "https://example.org/kst-1-1", 404),
    ),
    # Errors, as they are raised.
    "KamerstukError": lambda: kamerstuk.KamerstukError("something went wrong"),
    "InvalidValue": lambda: _raised(lambda: kamerstuk.Vergaderjaar.parse("2019/21")),
    "NoIdentifier": lambda: _raised(lambda: kamerstuk.parse("Kamerstuk 33694").format("identifier")),
    "ParseError": lambda: _raised(lambda: kamerstuk.parse("Kamerstuk 33694, nr.")),
    "ResolveError": lambda: kamerstuk.ResolveError("HTTP 503", "https://example.org/sru", 503),
    "NotFound": lambda: kamerstuk.NotFound("no such document", "https://example.org/x"),
    "Ambiguous": lambda: kamerstuk.Ambiguous("2 documents", ("kst-1-1", "kst-1-2"), "https://x"),
}
# Public classes that are not values: they hold a live connection.
NOT_VALUES = {"Resolver": "a configured client with an HTTP session"}
# fmt: on


def _besluit() -> kamerstuk.Besluit:
    return kamerstuk.Besluit(
        id="6d7ad7fd-ac3a-4fd6-bada-a61760fa23b2", soort="Stemmen - verworpen",
        tekst="Verworpen. (46-101)", stemmingssoort="Hoofdelijk", date=dt.date(2025, 9, 30),
        votes=(kamerstuk.Vote("Voor", "CDA", 1, member="Vedder, E.C."),
               kamerstuk.Vote("Tegen", "VVD", 1, member="Erkens, S.P.A.", mistake=True)),
    )  # fmt: skip


def _raised(action: Callable[[], object]) -> BaseException:
    try:
        action()
    except kamerstuk.KamerstukError as err:
        return err
    raise AssertionError("nothing was raised")


PUBLIC_CLASSES = sorted(
    name for name in kamerstuk.__all__ if inspect.isclass(getattr(kamerstuk, name))
)


def test_every_public_class_has_an_example() -> None:
    assert set(PUBLIC_CLASSES) == set(EXAMPLES) | set(NOT_VALUES)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_it_pickles_and_compares_equal(name: str) -> None:
    value = EXAMPLES[name]()
    assert isinstance(value, getattr(kamerstuk, name))
    back = pickle.loads(pickle.dumps(value))
    assert type(back) is type(value)
    assert back == value
    assert hash(back) == hash(value)
    assert str(back) == str(value)
    assert repr(back) == repr(value)
    if isinstance(value, BaseException):
        assert vars(back) == vars(value)
        assert back.args == value.args


def test_errors_of_a_different_kind_or_text_are_not_equal() -> None:
    one = kamerstuk.ParseError("stops short", "Kamerstuk 33694, nr.", 20)
    assert one == kamerstuk.ParseError("stops short", "Kamerstuk 33694, nr.", 20)
    assert one != kamerstuk.ParseError("stops short", "Kamerstuk 33694, nr.", 19)
    assert kamerstuk.NotFound("x") != kamerstuk.ResolveError("x")
    assert one != "stops short"


def test_a_process_pool_hands_back_the_parse_error() -> None:
    # It once died with BrokenProcessPool: ParseError could not be unpickled.
    with ProcessPoolExecutor(max_workers=1) as pool:
        results = pool.map(kamerstuk.parse, ["Stb. 2019, 123", "Kamerstuk 33694, nr."])
        assert next(results) == kamerstuk.parse("Stb. 2019, 123")
        with pytest.raises(kamerstuk.ParseError) as caught:
            next(results)
    assert (caught.value.line, caught.value.column) == (1, 21)
    assert "stops short" in str(caught.value)
