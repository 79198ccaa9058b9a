"""The repair layer (kamerstuk.text.repair, layout, spelling, vocabulary): what each rule
repairs, what it leaves alone, and that every span maps back exactly into the text as given.

The strings are written for these tests. The damage classes end to end, through find() and
with lookalikes beside them, are in tests/test_damage.py."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamerstuk.text.layout import layout_edits
from kamerstuk.text.repair import LAYOUT, MARKUP, SPELLING, Edit, Repaired, edits
from kamerstuk.text.spelling import spelling_edits
from kamerstuk.text.vocabulary import canonical, distance, in_citation


def repaired(text: str) -> str:
    return Repaired.of(text).text


# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Layout: line-break hyphens, invisible characters, markdown near citations, signs.
        ("de Handelin-\ngen II", "de Handelingen II"),
        ("de Kamer\u00adstukken 33694", "de Kamerstukken 33694"),
        ("Zie *Stb.* 2003, 75.", "Zie Stb. 2003, 75."),
        ("Zie Kamerstuk 33694, nr. **18** hier.", "Zie Kamerstuk 33694, nr. 18 hier."),
        ("Zie nr. **18** hier.", "Zie nr. 18 hier."),
        ("Zie **Staatscourant** 2008, 112.", "Zie Staatscourant 2008, 112."),
        ("Zie __Kamerstukken__ II 2019/20, 35 300", "Zie Kamerstukken II 2019/20, 35 300"),
        ("(Stb. 2003, 75\\)", "(Stb. 2003, 75)"),
        ("Kamerstukken II 2019\u221220, 35 300", "Kamerstukken II 2019-20, 35 300"),
        ("nrs. 5\u20117", "nrs. 5-7"),
        # Emphasis around a link or identifier as a whole, a register's head word, a head
        # word OCR split, a number OCR opened with a letter.
        ("Zie (_kst-30600-20_).", "Zie (kst-30600-20)."),
        ("Zie _h-tk-20232024-900-23_.", "Zie h-tk-20232024-900-23."),
        ("( _BWBR0004770_ )", "( BWBR0004770 )"),
        ("Zie __ECLI:NL:HR:2019:123__, r.o. 3.", "Zie ECLI:NL:HR:2019:123, r.o. 3."),
        ("Zie _https://zoek.officielebekendmakingen.nl/stb-2019-1.html_.",
         "Zie https://zoek.officielebekendmakingen.nl/stb-2019-1.html."),
        ("Zie **https://wetten.overheid.nl/jci1.3:c:BWBR0004770&g=2020-01-01**",
         "Zie https://wetten.overheid.nl/jci1.3:c:BWBR0004770&g=2020-01-01"),
        ("Zie *PbEU* 2016, L 119/1.", "Zie PbEU 2016, L 119/1."),
        ("Zie _PB_ L 119 van 4.5.2016", "Zie PB L 119 van 4.5.2016"),
        ("Zie _CELEX-nummer_: 32016R0679", "Zie CELEX-nummer: 32016R0679"),
        ("Zie *Celex*\n32016R0679", "Zie Celex\n32016R0679"),
        ("Zie *Han delingen* II 2002/03, 883", "Zie Handelingen II 2002/03, 883"),
        ("Zie _Handelin gen_ TK 1999–2000, 51-1875", "Zie Handelingen TK 1999–2000, 51-1875"),
        ("Zie Trb. 1990/**l29**.", "Zie Trb. 1990/129."),
        # Underscores closing a chapter (a word character, unlike an asterisk), also over
        # a line; an underscore inside a word is no emphasis.
        ("Zie _wetsvoorstel 33336-VIII_ hier.", "Zie wetsvoorstel 33336-VIII hier."),
        ("Zie _Wetsontwerp\n26 849 VI_ hier.", "Zie Wetsontwerp\n26 849 VI hier."),
        ("de _snake_case_ 33336 var", "de _snake_case_ 33336 var"),
        # An OCR number before a footnote mark; a year split before an em dash; the act's
        # date before a gazette with a footnote number glued to its head word.
        ("Zie Trb. 2008/5I\u00b2 hier.", "Zie Trb. 2008/51 hier."),
        ("Handelingen TK 19 95\u20141996, 360", "Handelingen TK 1995\u20141996, 360"),
        ("de Wet van 1 mei l966, 81stb. 362", "de Wet van 1 mei 1966, 81Stb. 362"),
        # The Staatsblad's full title with a long word misread or split.
        ("Staatsblad van het Koninkrijk der Nederlauden, jaargang 2024, nr. 9",
         "Staatsblad van het Koninkrijk der Nederlanden, jaargang 2024, nr. 9"),
        ("STAATSBLAD VAN HET KONI NKRIJK DER NEDERLANDEN 2O24, nr. 9",
         "Staatsblad VAN HET KONINKRIJK DER NEDERLANDEN 2024, nr. 9"),
        # Spelling, seen from a citation-shaped comma: case, OCR, split words, glued digits.
        ("Zie stb. 2003, 75.", "Zie Stb. 2003, 75."),
        ("Zie STAATSCOURANT 2008, 112.", "Zie Staatscourant 2008, 112."),
        ("Zie provinciaal  blad 2020, 4321.", "Zie Provinciaal blad 2020, 4321."),
        ("Zie Karnerstukken II 2019/20, 35 300, nr. 5.", "Zie Kamerstukken II 2019/20, 35 300, nr. 5."),
        ("Zie Hande1ingen II 2019/20, nr. 45.", "Zie Handelingen II 2019/20, nr. 45."),
        ("Zie Kamer stukken II 2019/20, 35 300, nr. 5.", "Zie Kamerstukken II 2019/20, 35 300, nr. 5."),
        ("Zie Kamerstukken3 II 2019/20, 35 300.", "Zie Kamerstukken II 2019/20, 35 300."),
        ("Zie Stb.4 2003, 75.", "Zie Stb. 2003, 75."),
        ("Zie Kst.35 300, nr. 5.", "Zie Kst.35 300, nr. 5."),  # a dossier glued on stays
        ("Zie Kamerstukken II 2019/2O, 35 3O0, nr. l2.", "Zie Kamerstukken II 2019/20, 35 300, nr. 12."),
        ("Zie Kamerstuk 33694, mr. 20.", "Zie Kamerstuk 33694, nr. 20."),
        ("Zie Kamerstuk 33694, ne@ 20.", "Zie Kamerstuk 33694, nr. 20."),
        ("Zie Kamerstuk 33694, nr, 20.", "Zie Kamerstuk 33694, nr. 20."),
        ("Zie 33 694, nr.\n\n20.", "Zie 33 694, nr. 20."),
        ("Zie Kamerstukken II 20 14-2015, 34 000", "Zie Kamerstukken II 2014-2015, 34 000"),
        ("Zie Kamerstukken II 2014-20 15, 34 000", "Zie Kamerstukken II 2014-2015, 34 000"),
    ],
)
def test_what_is_repaired(text: str, expected: str) -> None:
    assert repaired(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Prose and lookalikes: nothing near them is a citation, or the damage is their own.
        "Het **belangrijkste** punt is dit, en *niet* dat.",
        "De waarde is 3*5 en snake_case_naam blijft.",
        "* een opsomming\n* met punten",
        "een stb. of twee, en 2003, 75 stuks",
        "de Stadsblad 2003, 75 en het Weekblad 2003, 75",
        "mr. J. de Vries, 2019, mr. 5",  # "mr." before a number, no citation before it
        "NJ 2O03, 75 en AB 2019, 5",
        "code 2O19 en l2 punten",
        "een bedrag van 802,83 en 2019,20",
        "de behandelingen 2019/20, 35 300",
        "20 14-2015 seizoenen",  # no head word before it
        "Het Kamerlid schreef op 3 mei 2019, 12 vragen.",
        "Het Kamerlid schreef op 3 mei 2O19, 12mr. 5 en 12ab. 4.",
        "het Koninkrijk der Nederlauden, 2024, nr. 99",  # no Staatsblad before it
        "Staatsblad van het Koninkrijk der Belgen, 2024, nr. 99",
        # Markers inside a name or a file name, or around prose, stay.
        "het bestand rapport_BWBR0004770_v2 en _concept_2019 en __init__",
        "Het *pb* van de school en _Han delen_ 2019.",
        "een _lijst_ van 12 en **vet** 2019",
    ],
)
def test_what_is_left_alone(text: str) -> None:
    assert repaired(text) == text
# fmt: on


def test_a_span_maps_back_exactly_past_cuts_and_replacements() -> None:
    text = "Zie **Karnerstukken** II 2019/20, 35 300, nr. **5**."
    view = Repaired.of(text)
    assert view.text == "Zie Kamerstukken II 2019/20, 35 300, nr. 5."
    start = view.text.index("Kamerstukken")
    end = view.text.index("5.") + 1
    # The span leaves out the markers around the citation and keeps those inside it.
    assert (
        text[slice(*view.original_span(start, end))]
        == "Karnerstukken** II 2019/20, 35 300, nr. **5"
    )
    assert view.written(start, end) == "Karnerstukken II 2019/20, 35 300, nr. 5"
    assert view.holds(MARKUP, start, end)
    assert not view.holds(
        MARKUP, start, start + 12
    )  # the head alone: its closing marker is outside
    assert view.original_length == len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Zie ", "stb. ", "2003, 75", "*", "**", "_", "\\)", "Karnerstukken ", "II ",
             "2019/2O", ", ", "35 3O0", " mr. ", "nr.\n\n", "5", "Handelin-\ngen ", "\u2212",
             "\u00ad", "Kamer stukken ", "20 14-2015", "\n", "x"]
        ),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_the_map_is_exact_and_monotone(text: str) -> None:
    view = Repaired.of(text)
    positions = [view.original_span(i, i)[0] for i in range(len(view.text) + 1)]
    assert positions == sorted(positions)
    assert positions[-1] <= len(text)
    assert view.original_length == len(text)
    for edit in edits(text):
        assert 0 <= edit.start < edit.end <= len(text)
        # What the view holds outside the edits is the original's.
        assert view.index(edit.end) <= len(view.text)
    for at, char in enumerate(view.text):
        start, end = view.original_span(at, at + 1)
        if not any(e.start <= start < e.end for e in edits(text)):
            assert text[start:end] == char


def test_edits_are_in_order_and_do_not_overlap() -> None:
    text = "Zie *stb.* 2003, 75 en **Karnerstukken** II 2019/2O, 35 300, mr. 5 en Handelin-\ngen."
    found = list(edits(text))
    assert found == sorted(found, key=lambda e: e.start)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert {e.kind for e in found} == {LAYOUT, MARKUP, SPELLING}


def test_layout_and_spelling_rules_give_their_edits() -> None:
    # Markers near a number and footnote marks glued to a word are layout's; a head word's
    # case is found where a citation-shaped comma shows one.
    text = "Zie *stb.* 2003, 75\u00b3 en nr. **18**."
    assert list(layout_edits(text, 0, len(text))) == [
        Edit(4, 5, "", MARKUP),
        Edit(9, 10, "", MARKUP),
        Edit(19, 20, "", MARKUP),
        Edit(28, 30, "", MARKUP),
        Edit(32, 34, "", MARKUP),
    ]
    # (The spelling rules cut the markers they see in the citation and just after it too.)
    assert list(spelling_edits(text, 0, len(text))) == [
        Edit(4, 5, "", MARKUP),
        Edit(5, 9, "Stb.", SPELLING),
        Edit(9, 10, "", MARKUP),
        Edit(28, 30, "", MARKUP),
        Edit(32, 34, "", MARKUP),
    ]
    assert list(layout_edits("Handelin-\ngen", 0, 14)) == [Edit(8, 10, "", LAYOUT)]


def test_a_part_is_repaired_as_the_whole_is() -> None:
    # Each rule decides by the whole text: a part that starts or ends next to a marker or a
    # head word gets the edits the whole has there.
    text = "ab *Stb.* 2003, 75 en stb. 2004, 12 en nr. **18** en Kamer stukken 33694, nr. 5"
    whole = list(edits(text))
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 7):
            part = list(edits(text, start, end))
            assert part == [e for e in whole if start <= e.start and e.end <= end] or any(
                e.start < start < e.end or e.start < end < e.end for e in whole
            )


# fmt: off
@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("Kamerstukken", "Kamerstukken"), ("kamerstukken", "Kamerstukken"), ("STB.", "Stb."),
        ("stcrt", "Stcrt"), ("Karnerstukken", "Kamerstukken"), ("Kamerstukke", "Kamerstukken"),
        ("Kamerstukkcn", "Kamerstukken"), ("Handelmgen", "Handelingen"), ("Hande1ingen", "Handelingen"),
        ("Staatsbiad", "Staatsblad"), ("GEMEENTEBLAD", "Gemeenteblad"), ("Aanhangse1", "Aanhangsel"),
        # Not head words: other words, and abbreviations one letter off.
        ("Stadsblad", None), ("Weekblad", None), ("behandelingen", None), ("Kamerleden", None),
        ("Sth.", None), ("Stc", None), ("september", None), ("NJ", None),
    ],
)
def test_head_words_are_recognised_in_any_case_and_with_one_slip(word: str, head: str | None) -> None:
    assert canonical(word) == head
# fmt: on


def test_ocr_distance_counts_two_letters_read_as_one_as_one_slip() -> None:
    assert distance("karnerstukken", "kamerstukken") == 1
    assert distance("kamerstukken", "kamerstukken") == 0
    assert distance("stadsblad", "staatsblad", 1) == 2  # above the limit: limit + 1
    assert in_citation("vergaderjaar")
    assert in_citation("nr.")
    assert not in_citation("zorg")
