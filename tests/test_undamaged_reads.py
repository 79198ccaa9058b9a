"""Kamerstuk citations on undamaged (or lightly damaged) text that find() read wrongly, in part
or not at all, and bare numbers it read as Kamerstukken where a careful legal editor would not:
each form as a class, with the lookalikes beside it that must stay as they are. The strings are
written for these tests (docs/citations.md, "How ambiguity was decided")."""

from __future__ import annotations

import pytest

from kamerstuk import find


def read(text: str) -> list[tuple[str, str]]:
    """Each match's text and what it cites: its identifier, or the citation as written out."""
    return [(m.text, m.citation.identifier or str(m.citation)) for m in find(text)]


def cited(text: str) -> list[str]:
    """What the matches cite, in order."""
    return [citation for _, citation in read(text)]


# fmt: off
# ---------------------------------------------------------------- a list of stukken that goes on
# after ", en", ", en de" or "en de": every stuk, as "nr. 73 en nr. 80" always was.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie Kamerstuk 24.763, nr. 73, en nummers 80 en 91 over dit onderwerp.",
         ["kst-24763-73", "kst-24763-80", "kst-24763-91"]),
        ("Zie Kamerstuk 24.763, nr. 73, en nrs. 80 en 91.", ["kst-24763-73", "kst-24763-80", "kst-24763-91"]),
        ("Zie Kamerstuk 24.763, nr. 73, en nr. 80.", ["kst-24763-73", "kst-24763-80"]),
        ("Zie Kamerstuk 24.763, nr. 73 en de nrs. 80 en 91.", ["kst-24763-73", "kst-24763-80", "kst-24763-91"]),
        ("Zie Kamerstuk 24.763, nr. 73, en de nummers 80 en 91.", ["kst-24763-73", "kst-24763-80", "kst-24763-91"]),
        ("Zie Kamerstuk 24.763, nrs. 73, 80, en 91.", ["kst-24763-73", "kst-24763-80", "kst-24763-91"]),
        ("(Kamerstukken II 2019/20, 35 300, nrs. 3, 5, en 7)", ["kst-35300-3", "kst-35300-5", "kst-35300-7"]),
        ("Kamerstukken II 2019/20, 35 300 VII, nr. 3,\nen nummer 12, p. 4.", ["kst-35300-VII-3", "kst-35300-VII-12"]),
        ("Kamerstuk 29 544, nrs. 1000, 1001, en 1002.", ["kst-29544-1000", "kst-29544-1001", "kst-29544-1002"]),
        ("Kamerstuk 24.763, nr. 73, p. 4, en nrs. 80, en 91.", ["kst-24763-73", "kst-24763-80", "kst-24763-91"]),
        ("Aanhangsel Handelingen II 2019/20, nr. 702, en nr. 703.", ["ah-tk-20192020-702", "ah-tk-20192020-703"]),
        # The neighbours, as they were.
        ("Zie Kamerstuk 24.763, nr. 73; nr. 80.", ["kst-24763-73", "kst-24763-80"]),
        ("Zie Kamerstuk 24.763, nrs. 73, 80 en 91.", ["kst-24763-73", "kst-24763-80", "kst-24763-91"]),
        # What is no stuk after ", en": a word, a date, a year with its own number, "de" before
        # no keyword, another dossier (a citation of its own).
        ("Zie Kamerstuk 24.763, nr. 73, en de wet.", ["kst-24763-73"]),
        ("Zie Kamerstuk 24.763, nr. 73, en 12 januari 2020.", ["kst-24763-73"]),
        ("Kamerstukken II 2019/20, 35 300, nr. 73, en 2020, nr. 5", ["kst-35300-73"]),
        ("Zie Kamerstuk 24.763, nr. 73 en de 12 leden.", ["kst-24763-73"]),
        ("Zie Kamerstuk 24.763, nr. 73, en 35 300, nr. 4.", ["kst-24763-73", "kst-35300-4"]),
    ],
)
def test_list_goes_on_after_en(text: str, expected: list[str]) -> None:
    assert cited(text) == expected


# ---------------------------------------------------------------- a stuk under two dossiers, the
# second written with a dot: filed under the first, as with the second in any other form.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie 21.265 / 26.306, nr. 5 voor de brief.", [("21.265 / 26.306, nr. 5", "kst-21265-5")]),
        ("Zie 21 265 / 26.306, nr. 5.", [("21 265 / 26.306, nr. 5", "kst-21265-5")]),
        ("Zie 21265 / 26.306, nr. 5.", [("21265 / 26.306, nr. 5", "kst-21265-5")]),
        ("Zie 21.265 VII / 26.306 XV, nr. 5.", [("21.265 VII / 26.306 XV, nr. 5", "kst-21265-VII-5")]),
        ("Zie 21.265-VII / 26.306-XV, nr. 5.", [("21.265-VII / 26.306-XV, nr. 5", "kst-21265-VII-5")]),
        ("Zie 21.265 / 26.306, nrs. 5 en 6.",
         [("21.265 / 26.306, nrs. 5 en 6", "kst-21265-5"), ("21.265 / 26.306, nrs. 5 en 6", "kst-21265-6")]),
        ("Zie 21.265 / 26.306, Z.", [("21.265 / 26.306, Z", "kst-21265-Z")]),
        # The forms beside it, as they were.
        ("Zie 32.145 / 29383, nr. 17.", [("32.145 / 29383, nr. 17", "kst-32145-17")]),
        ("Zie 32 145 / 29 383, nr. 17.", [("32 145 / 29 383, nr. 17", "kst-32145-17")]),
        ("Kamerstuk 21.265 / 26.306, nr. 5.", [("Kamerstuk 21.265 / 26.306, nr. 5", "kst-21265-5")]),
        # The slash without spaces, in every form of the two dossiers, with a head word or not.
        ("Zie 32145/29383, nr. 17.", [("32145/29383, nr. 17", "kst-32145-17")]),
        ("Kamerstuk 32145/29383, nr. 17.", [("Kamerstuk 32145/29383, nr. 17", "kst-32145-17")]),
        ("Kamerstukken II 2009/10, 32145/29383, nr. 17.",
         [("Kamerstukken II 2009/10, 32145/29383, nr. 17", "kst-32145-17")]),
        ("Zie 21.265/26.306, nr. 5.", [("21.265/26.306, nr. 5", "kst-21265-5")]),
        ("Zie 21.265/26306, nr. 5.", [("21.265/26306, nr. 5", "kst-21265-5")]),
        ("Zie 21265/26306, Z.", [("21265/26306, Z", "kst-21265-Z")]),
        # A dotted number alone before "nr." is as often an amount; no dossier before the slash;
        # a first number no dossier can have; an article's.
        ("Zie 26.306, nr. 5.", []),
        ("Zie 1/26.306, nr. 5.", []),
        ("Zie 99.265 / 26.306, nr. 5.", []),
        ("Zie artikel 21.265 / 26.306, nr. 5.", []),
        ("Zie 2019/12345, nr. 5.", []),
        ("Zie 32145/29383 in het overzicht.", []),
    ],
)
def test_joint_stuk_dotted_second(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


# ---------------------------------------------------------------- a letter after a chapter: the
# Eerste Kamer's stuk (no fund stands under a chapter), as KOOP writes kst-31700-VI-D.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie Kamerstuk 35300-VI-D over dit onderwerp.", ["kst-35300-VI-D"]),
        ("Zie 35300-VI-D over dit onderwerp.", ["kst-35300-VI-D"]),
        ("Zie Kamerstuk 31700-IXB-D.", ["kst-31700-IXB-D"]),
        ("Zie Kamerstuk 35300-VIII-M.", ["kst-35300-VIII-M"]),
        ("Zie Kamerstuk 35300 VI D hier.", ["kst-35300-VI-D"]),
        ("Zie Kamerstuk 35300-A-D.", ["kst-35300-A-D"]),
        ("Zie Kamerstuk 21501-02-A.", ["kst-21501-02-A"]),
        ("Kamerstukken I 2019/20, 35300-VI-D, p. 3", ["kst-35300-VI-D"]),
        # The spaced form and the forms beside it, as they were: a fund is a chapter of its
        # own; a stuk after a fund; two chapters.
        ("Zie 35 300 VI, D over dit onderwerp.", ["kst-35300-VI-D"]),
        ("Zie Kamerstuk 35 300 A.", ["Kamerstukken 35300 A"]),
        ("Zie Kamerstuk 35 300-B.", ["Kamerstukken 35300 B"]),
        ("Zie Kamerstuk 35300-A-5.", ["kst-35300-A-5"]),
        ("Zie Kamerstuk 35 300 B, nr. 2.", ["kst-35300-B-2"]),
        ("Zie Kamerstuk 35300 VI en VII.", ["Kamerstukken 35300 VI", "Kamerstukken 35300 VII"]),
        ("Zie Kamerstuk 35300-VI.", ["Kamerstukken 35300 VI"]),
    ],
)
def test_letter_after_chapter(text: str, expected: list[str]) -> None:
    assert cited(text) == expected
# fmt: on


# fmt: off
# ---------------------------------------------------------------- bare numbers a careful reader
# does not take for a Kamerstuk: a count before a name's initial, a value of a table or figure,
# a count or amount in brackets. The real notations beside each keep their reading.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capital with a dot and a name after it is an initial.
        ("Het aantal was 31 066, A. de Vries telde mee.", []),
        ("Het aantal was 31 066, A. De Vries telde mee.", []),
        ("Het aantal was 31.066, A.B. van der Berg telde mee.", []),
        ("Zie 31 066, C. Jansen en anderen.", []),
        ("In 35 300, J. ter Horst schreef het.", []),
        # ... an Eerste Kamer letter is none: in brackets, at a sentence's end, two capitals,
        # after "letter", after a head word.
        ("Zie (31 066, A).", ["kst-31066-A"]),
        ("Zie 31 066, A.", ["kst-31066-A"]),
        ("Zie stuk 35.526, BH. Jansen schreef het.", ["kst-35526-BH"]),
        ("Zie 35300, letter A. De motie is aangenomen.", ["kst-35300-A"]),
        ("Zie Kamerstukken I 2019/20, 31 066, A. de Vries schreef het.", ["kst-31066-A"]),
        ("1. 35526 / 25295, AP (betrokken commissies)", ["kst-35526-AP"]),
        # A number right after a table's or figure's caption is the table's.
        ("Tabel 3: 31.066, C en D samen.", []),
        ("Tabel 3: 31 066, C en D samen.", []),
        ("tabel 3 : 35.526, BH", []),
        ("Figuur 2a: 31066-4 stuks", []),
        ("Grafiek 1.2: 31 066 / 29 383, C", []),
        # ... a citation after it keeps its reading (a head word, "nr."), and so does a number
        # after another word and its colon.
        ("Tabel 3: Kamerstuk 31.066, C", ["kst-31066-C"]),
        ("Tabel 3.1: 33694, nr. 5", ["kst-33694-5"]),
        ("Agendapunt 3: 35526, BH", ["kst-35526-BH"]),
        ("Zie tabel 3 en 35.526, BH.", ["kst-35526-BH"]),
        # A five-digit number in brackets after a count or an amount is no bill.
        ("Het aantal was (31066) in totaal.", []),
        ("De uitkomst was (31066).", []),
        ("Het totaal bedroeg circa (31066).", []),
        ("Aantal inwoners (31066)", []),
        ("Kosten (31066)", []),
        # ... after a bill's title it is, also where the title names a count.
        ("Wet fiscale maatregelen rijksmonumenten en scholing (34556)", ["Kamerstukken 34556"]),
        ("Wijziging van de Wet op de kosten van de zorg (34556)", ["Kamerstukken 34556"]),
        ("de motie over de kosten van de zorg (34556)", ["Kamerstukken 34556"]),
        ("Initiatiefnota over het aantal vluchtelingen (34006)", ["Kamerstukken 34006"]),
        ("Voortgang Waddenfonds (29684)", ["Kamerstukken 29684"]),
    ],
)
def test_bare_numbers(text: str, expected: list[str]) -> None:
    assert cited(text) == expected
# fmt: on


# fmt: off
# ---------------------------------------------------------------- emphasis inside a citation,
# around its chapter or the stuk after it: read as the plain form is (and decided as it is).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie Kamerstuk 35963-**IIA**-1 over dit onderwerp.", [("Kamerstuk 35963-**IIA**-1", "kst-35963-IIA-1")]),
        ("Zie Kamerstuk 35963-**VII**-1 hier.", [("Kamerstuk 35963-**VII**-1", "kst-35963-VII-1")]),
        ("Zie Kamerstuk 35963-*IIA*-1 hier.", [("Kamerstuk 35963-*IIA*-1", "kst-35963-IIA-1")]),
        ("Zie Kamerstuk 35963-_IXB_-12 hier.", [("Kamerstuk 35963-_IXB_-12", "kst-35963-IXB-12")]),
        ("Zie Kamerstuk 35963-__XIIIB__-1 hier.", [("Kamerstuk 35963-__XIIIB__-1", "kst-35963-XIIIB-1")]),
        ("Zie Kamerstuk 35963 **IIA**, nr. 1 hier.", [("Kamerstuk 35963 **IIA**, nr. 1", "kst-35963-IIA-1")]),
        ("Zie Kamerstuk **35963-IIA**-1 hier.", [("Kamerstuk **35963-IIA**-1", "kst-35963-IIA-1")]),
        ("Zie Kamerstukken II 2019/20, 35963-**IIA**, nr. 4.",
         [("Kamerstukken II 2019/20, 35963-**IIA**, nr. 4", "kst-35963-IIA-4")]),
        ("Zie Kamerstuk 35963 **VII** hier.", [("Kamerstuk 35963 **VII", "Kamerstukken 35963 VII")]),
        ("Zie 35963-**IIA**-1 hier.", [("35963-**IIA**-1", "kst-35963-IIA-1")]),
        # A Roman part after the chapter, decided as in plain text: stuk 1 under the Tweede
        # Kamer, else unread (the Eerste Kamer's letter I, or OCR's 1?).
        ("Zie Kamerstukken II 2019/20, 35963-**IIA**-I hier.",
         [("Kamerstukken II 2019/20, 35963-**IIA**-I", "kst-35963-IIA-1")]),
        ("Zie Kamerstuk 35963-**IIA**-I hier.", []),
        # Markers elsewhere, as they were.
        ("Zie Kamerstuk 35963 **en** meer.", [("Kamerstuk 35963", "Kamerstukken 35963")]),
        ("Zie 33694-**49** hier.", [("33694-**49", "kst-33694-49")]),
        ("3*5 en 12345-*a*", []),
    ],
)
def test_emphasis_inside(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected
# fmt: on


# fmt: off
# ---------------------------------------------------------------- OCR's "l" and "I" where a stuk's
# number stands (docs/citations.md, "How ambiguity was decided").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare stuk after its dossier, with OCR's l for a 1 (lone, or first of a number).
        ("Zie kamerstukken ii, 23248 l35 over dit onderwerp.", [("kamerstukken ii, 23248 l35", "kst-23248-135")]),
        ("Zie Kamerstuk TK 23.852XIII, l over dit onderwerp.", [("Kamerstuk TK 23.852XIII, l", "kst-23852-XIII-1")]),
        ("Zie Kamerstukken II 2019/20, 23.852 XIII, l.", [("Kamerstukken II 2019/20, 23.852 XIII, l", "kst-23852-XIII-1")]),
        ("Zie Kamerstuk 23248, l hier.", [("Kamerstuk 23248, l", "kst-23248-1")]),
        ("Zie Kamerstuk 23248 l3O hier.", [("Kamerstuk 23248 l3O", "kst-23248-130")]),
        ("Zie Kamerstuk 23248, l2 en meer.", [("Kamerstuk 23248, l2", "kst-23248-12")]),
        # ... and what stays: a word, a number without a digit, a date, an Eerste Kamer letter,
        # a number no stuk has.
        ("Zie Kamerstuk 23248, In dit stuk.", [("Kamerstuk 23248", "Kamerstukken 23248")]),
        ("Zie Kamerstuk 23248 Overleg hier.", [("Kamerstuk 23248", "Kamerstukken 23248")]),
        ("Zie Kamerstuk 23248, lO hier.", [("Kamerstuk 23248", "Kamerstukken 23248")]),
        ("Kamerstukken II 2019/20, 35300, 30 mei", [("Kamerstukken II 2019/20, 35300", "Kamerstukken II 2019/20, 35300")]),
        ("Zie Kamerstuk 23248, O.", [("Kamerstuk 23248, O", "kst-23248-O")]),
        ("Zie Kamerst. 33 858, nr. I over dit onderwerp.", [("Kamerst. 33 858, nr. I", "kst-33858-I")]),
        # An "I" among numbers in a list is OCR's 1; beside a letter, or where 1 is listed too,
        # it stays the letter.
        ("Zie Kamerstuk 24.917, nrs. I en 2 over dit onderwerp.",
         [("Kamerstuk 24.917, nrs. I en 2", "kst-24917-1"), ("Kamerstuk 24.917, nrs. I en 2", "kst-24917-2")]),
        ("Zie Kamerstukken II 2019/20, 24 917, nrs. 3 en I.",
         [("Kamerstukken II 2019/20, 24 917, nrs. 3 en I", "kst-24917-3"),
          ("Kamerstukken II 2019/20, 24 917, nrs. 3 en I", "kst-24917-1")]),
        ("Zie Kamerstuk 24.917, nrs. A en I.",
         [("Kamerstuk 24.917, nrs. A en I", "kst-24917-A"), ("Kamerstuk 24.917, nrs. A en I", "kst-24917-I")]),
        ("Zie Kamerstuk 24.917, nrs. 5 en A.",
         [("Kamerstuk 24.917, nrs. 5 en A", "kst-24917-5"), ("Kamerstuk 24.917, nrs. 5 en A", "kst-24917-A")]),
        ("Zie Kamerstuk 24.917, nrs. 1, I en 3.",
         [("Kamerstuk 24.917, nrs. 1, I en 3", "kst-24917-1"), ("Kamerstuk 24.917, nrs. 1, I en 3", "kst-24917-I"),
          ("Kamerstuk 24.917, nrs. 1, I en 3", "kst-24917-3")]),
    ],
)
def test_ocr_letters_for_a_stuk(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "https://zoek.officielebekendmakingen.nl/dossier/35300-VI-D",
        "officielebekendmakingen.nl/dossier/21501-02-A",
        "officielebekendmakingen.nl/dossier/1106-0-F",
    ],
)
def test_no_dossier_page_for_a_letter_after_a_part(text: str) -> None:
    """A dossier link whose last part is a letter after another part names no dossier (its
    words are the Eerste Kamer's stuk): unread, as a link with a part no dossier has is."""
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://zoek.officielebekendmakingen.nl/dossier/35300-VI", "Kamerstukken 35300 VI"),
        ("https://zoek.officielebekendmakingen.nl/dossier/36200-A", "Kamerstukken 36200 A"),
    ],
)
def test_dossier_pages_beside_them(text: str, expected: str) -> None:
    assert cited(text) == [expected]


# fmt: off
# ---------------------------------------------------------------- an amount after a citation:
# no dossier (after "en", ";" or ","), and its first digits no stuk or gazette number.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie Kamerstuk 33694, nr. 5 en 12.500 woningen.", ["kst-33694-5"]),
        ("Zie Kamerstuk 33694, nr. 5, en 12 500 euro.", ["kst-33694-5"]),
        ("Zie Kamerstuk 33694, nr. 5 en 12.500 euro.", ["kst-33694-5"]),
        ("Zie Kamerstuk 33694, nr. 5; 12.500 mensen.", ["kst-33694-5"]),
        ("Zie Kamerstuk 33694, nr. 5 en 12.500%.", ["kst-33694-5"]),
        ("Zie Kamerstuk 33694, nr. 5 en 12.5 procent.", ["kst-33694-5"]),
        ("Zie Kamerstuk 33694, nrs. 5 en 7.25 per uur.", ["kst-33694-5"]),
        ("Stb. 2019, 12 en 1.500 euro.", ["stb-2019-12"]),
        ("Zie Stcrt. 2019, 12345 en 12346.5 procent.", ["stcrt-2019-12345"]),
        ("Zie Kamerstuk 33694, nr. 5 en 35300.5 keer zo veel.", ["kst-33694-5"]),
        # A gazette's next number of five or six digits at a sentence's end is the gazette's.
        ("Zie Stcrt. 2019, 12345 en 12346.", ["stcrt-2019-12345", "stcrt-2019-12346"]),
        ("Zie Stcrt. 2019, 12345, 123467. Daarna", ["stcrt-2019-12345", "stcrt-2019-123467"]),
        ("Gmb. 2019, 12345 en 12346.\nVerder", ["gmb-2019-12345", "gmb-2019-12346"]),
        # A dossier after the citation keeps its reading, and so do numbers at a sentence's end.
        ("Zie Kamerstuk 33694, nr. 5 en 34 500, nr. 3.", ["kst-33694-5", "kst-34500-3"]),
        ("Zie Kamerstuk 33694, nr. 5 en 34 500 VII, nr. 2.", ["kst-33694-5", "kst-34500-VII-2"]),
        ("Zie Kamerstukken 33694 en 34 500.", ["Kamerstukken 33694", "Kamerstukken 34500"]),
        ("Zie Kamerstuk 33694, nrs. 5 en 6.", ["kst-33694-5", "kst-33694-6"]),
        ("Stb. 2019, 12.", ["stb-2019-12"]),
        ("Handelingen II 2019/20, nr. 45, item 6.", ["h-tk-20192020-45-6"]),
    ],
)
def test_amount_after_a_citation(text: str, expected: list[str]) -> None:
    assert cited(text) == expected
# fmt: on
