"""The value types: Chamber, Vergaderjaar (by Prinsjesdag), Dossier and the converters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

import kamerstuk
from kamerstuk import Chamber, Dossier, InvalidValue, Vergaderjaar
from kamerstuk.model.values import prinsjesdag, to_ondernummer, to_page
from kamerstuk.text.candidates import starts


@pytest.mark.parametrize(
    ("year", "day"),
    [
        (2017, dt.date(2017, 9, 19)),
        (2018, dt.date(2018, 9, 18)),
        (2019, dt.date(2019, 9, 17)),
        (2020, dt.date(2020, 9, 15)),
        (2024, dt.date(2024, 9, 17)),
        (2026, dt.date(2026, 9, 15)),
    ],
)
def test_prinsjesdag_is_the_third_tuesday_of_september(year: int, day: dt.date) -> None:
    assert prinsjesdag(year) == day


@pytest.mark.parametrize(
    ("day", "vergaderjaar"),
    [
        (dt.date(2019, 9, 16), "2018-2019"),
        (dt.date(2019, 9, 17), "2019-2020"),
        (dt.date(2019, 12, 31), "2019-2020"),
        (dt.date(2020, 1, 1), "2019-2020"),
        (dt.date(2020, 9, 14), "2019-2020"),
        (dt.date(2020, 9, 15), "2020-2021"),
        (dt.date(2020, 9, 30), "2020-2021"),
    ],
)
def test_a_date_belongs_to_one_vergaderjaar(day: dt.date, vergaderjaar: str) -> None:
    assert str(Vergaderjaar.of(day)) == vergaderjaar
    assert day in Vergaderjaar.parse(vergaderjaar)


@pytest.mark.parametrize(
    ("text", "start", "last"),
    [
        ("2019/20", 2019, 2019),
        ("2019-2020", 2019, 2019),
        ("2019–2020", 2019, 2019),
        ("2019—2020", 2019, 2019),
        ("2019/2020", 2019, 2019),
        ("2019 / 20", 2019, 2019),
        ("1999/00", 1999, 1999),
        ("1999/2000", 1999, 1999),
        ("20192020", 2019, 2019),
        ("2005-06", 2005, 2005),
        ("1993/94-1996/97", 1993, 1996),
        ("2022–203", 2022, 2022),
    ],
)
def test_vergaderjaar_notations(text: str, start: int, last: int) -> None:
    vj = Vergaderjaar.parse(text)
    assert (vj.start, vj.last) == (start, last)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2019/21", "must follow"),
        ("2019-2019", "must follow"),
        ("1999/01", "must follow"),
        ("2019", "not a year pair"),
        ("19/20", "not a year pair"),
        ("1700/01", "outside"),
        ("1996/97-1993/94", "ends before"),
    ],
)
def test_impossible_vergaderjaren_are_refused(text: str, message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        Vergaderjaar.parse(text)


def test_vergaderjaar_notations_out() -> None:
    vj = Vergaderjaar.parse("1999/00")
    assert (str(vj), vj.short, vj.compact) == ("1999-2000", "1999/00", "19992000")
    assert (vj.start_date, vj.end_date) == (dt.date(1999, 9, 21), dt.date(2000, 9, 18))


# fmt: off
@pytest.mark.parametrize(
    ("text", "chamber"),
    [
        ("II", Chamber.II), ("TK", Chamber.II), ("tk", Chamber.II), ("2", Chamber.II),
        ("11", Chamber.II), ("Il", Chamber.II), ("ll", Chamber.II), ("Tweede Kamer", Chamber.II), ("I", Chamber.I), ("EK", Chamber.I),
        ("1", Chamber.I), ("Eerste Kamer", Chamber.I), ("VV", Chamber.VV),
    ],
)
def test_chamber_spellings(text: str, chamber: Chamber) -> None:
    assert Chamber.of(text) is chamber
# fmt: on


def test_unknown_chamber_is_refused() -> None:
    with pytest.raises(InvalidValue, match="chamber 'III'"):
        Chamber.of("III")


@pytest.mark.parametrize(
    ("text", "number", "suffixes"),
    [
        ("35 300 VIII", "35300", ("VIII",)),
        ("35300-VIII", "35300", ("VIII",)),
        ("32123.XIII", "32123", ("XIII",)),
        ("33 183 (R1975)", "33183", ("R1975",)),
        ("21 501-07", "21501", ("07",)),
        ("20 800 hoofdstuk VIII", "20800", ("VIII",)),
        ("36\u00a0410", "36410", ()),
        ("36.600 VII", "36600", ("VII",)),
        ("31700-IXB-D", "31700", ("IXB", "D")),
        ("CXXIV", "CXXIV", ()),
    ],
)
def test_dossier_notations(text: str, number: str, suffixes: tuple[str, ...]) -> None:
    dossier = Dossier.parse(text)
    assert (dossier.number, dossier.suffixes) == (number, suffixes)


@pytest.mark.parametrize(
    ("value", "expected"), [("5", "5"), (" 188b", "188b"), ("AA", "AA"), (12, "12"), (None, None)]
)
def test_ondernummer_converter(value: object, expected: str | None) -> None:
    assert to_ondernummer(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["0", "00", "012", "5.6", "-1", "a"])
def test_impossible_ondernummers_are_refused(value: str) -> None:
    with pytest.raises(InvalidValue):
        to_ondernummer(value)


# fmt: off
@pytest.mark.parametrize(
    ("value", "expected"),
    [("12 – 14", "12-14"), ("12—14", "12-14"), ("12  en 13", "12 en 13"), ("17,19-22", "17, 19-22"), ("4 e.v.", "4 e.v.")],
)
def test_page_converter_normalises_dashes_and_spaces(value: str, expected: str) -> None:
    assert to_page(value) == expected
# fmt: on


@pytest.mark.parametrize("text", ["2019/20", "1999/00", "1993/94-1996/97", "2019-2020"])
def test_every_way_a_vergaderjaar_is_written_reads_back(text: str) -> None:
    # to_dict() writes str(v) ('1993-1994/1996-1997' for a run): a table of citations read back
    # (kamerstuk.frame.from_frame) needs it to parse to the same value.
    vj = Vergaderjaar.parse(text)
    assert [Vergaderjaar.parse(w) for w in (str(vj), vj.short)] == [vj, vj]


# fmt: off
# One case a line: a value built with digits that are not ASCII (fullwidth, mathematical bold,
# Arabic-Indic, superscript). Only ASCII digits are numbers: each is refused, never turned
# into an identifier that from_identifier() would reject.
UNICODE_DIGITS = [
    lambda: kamerstuk.Staatsblad(year=2019, number="12𝟑"),
    lambda: kamerstuk.Staatsblad(year="２０１９", number="123"),
    lambda: kamerstuk.Kamerstuk(dossier="３３６９４", ondernummer="20"),
    lambda: kamerstuk.Kamerstuk(dossier="33694", ondernummer="٢٠"),
    lambda: kamerstuk.Kamerstuk(dossier="33694", ondernummer="2²"),
    lambda: kamerstuk.Kamerstuk(dossier="33694-VIII", ondernummer="5", page="𝟑"),
    lambda: kamerstuk.Handelingen(chamber="II", vergaderjaar="2019/20", number="𝟒𝟓", item="6"),
    lambda: kamerstuk.Handelingen(chamber="II", vergaderjaar="2019/20", number="45", item="６"),
    lambda: kamerstuk.Aanhangsel(chamber="II", vergaderjaar="2019/20", number="１２３４"),
    lambda: kamerstuk.Kamervragen(number="2019Z1234５"),
    lambda: kamerstuk.Bijlage(number="１183891"),
    lambda: kamerstuk.Vergaderjaar.parse("２０１９/20"),
    lambda: kamerstuk.Vergaderjaar("2019-２０２０"),
    lambda: kamerstuk.Dossier("33694", ("０７",)),
]
# fmt: on


@pytest.mark.parametrize("build", UNICODE_DIGITS)
def test_only_ascii_digits_are_numbers(build: Callable[[], object]) -> None:
    with pytest.raises(InvalidValue, match=r"ASCII|not a"):
        build()


def test_the_scan_proposes_no_start_at_unicode_digits() -> None:
    # The grammar takes only ASCII digits; the scan that proposes where to look does too.
    # Full-width digits, as an East Asian font or input method writes them, are repaired to
    # ASCII in the view find() reads (kamerstuk.text.layout); other scripts' digits are not.
    text = "Zie ３３６９４-４９, (٣٤٥٥٦) en 𝟐𝟎𝟏𝟗Z𝟏𝟐𝟑𝟒𝟓, 33 694, nr. ２０."
    assert list(starts(text)) == []
    found = [(m.text, m.citation.identifier) for m in kamerstuk.find(text)]
    assert found == [("３３６９４-４９", "kst-33694-49"), ("33 694, nr. ２０", "kst-33694-20")]
    assert list(kamerstuk.find("Zie (٣٤٥٥٦) en 𝟐𝟎𝟏𝟗Z𝟏𝟐𝟑𝟒𝟓, 33 694, nr. ٢٠.")) == []
