"""Words that PDF text glued together, damaged besides: a head word glued to the word before
it ("Zie ookAanhangsel Handelingen") in lower case, misread, split by a space, hyphenated over
a line in capitals (kamerstuk.text.lookback, kamerstuk.text.layout); a number glued to the
next table cell's word with an OCR letter at its end ("5725OBesluiten", kamerstuk.text.spelling
and digits). What is read, and what must stay unread: the Handelingen alone are another
document than the Aanhangsel the text cites.

The strings are written for these tests."""

from __future__ import annotations

import pytest

from kamerstuk import find

AANHANGSEL = "Aanhangsel Handelingen II 2014/15, nr. 318"


def read(text: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.citation)) for m in find(text)]


# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie ookaanhangsel handelingen II 2014/15, nr. 318.",
         "aanhangsel handelingen II 2014/15, nr. 318"),
        ("Zie ookaanhangsel der handelingen ii 2014/15, nr. 318.",
         "aanhangsel der handelingen ii 2014/15, nr. 318"),
        ("Zie ookaanbangsel handelingen II 2014/15, nr. 318.",
         "aanbangsel handelingen II 2014/15, nr. 318"),
        ("Zie ookAanhangseI der Handelingen II 2014/15, nr. 318.",
         "AanhangseI der Handelingen II 2014/15, nr. 318"),
        ("Zie ookAanhan gsel Handelingen II 2014/15, nr. 318.",
         "Aanhan gsel Handelingen II 2014/15, nr. 318"),
        ("Zie ookAANH-\nANGSEL HANDELINGEN II 2014/15, nr. 318.",
         "AANH-\nANGSEL HANDELINGEN II 2014/15, nr. 318"),
    ],
)
def test_a_glued_head_is_read_whole(text: str, expected: str) -> None:
    assert read(text) == [(expected, AANHANGSEL)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| Gmb. 2017, 5725OBesluiten |", ("Gmb. 2017, 5725O", "Gmb. 2017, 57250")),
        ("| Stb. 2003, 7lBesluit |", ("Stb. 2003, 7l", "Stb. 2003, 71")),
        # Digits only: read as before.
        ("| Gmb. 2017, 57250Besluiten |", ("Gmb. 2017, 57250", "Gmb. 2017, 57250")),
    ],
)
def test_a_number_glued_to_the_next_cell_is_read(text: str, expected: tuple[str, str]) -> None:
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A word of its own that ends as a head word does: no glue, nothing read (the
        # Handelingen alone would be another document).
        "Het wetsaanhangsel handelingen II 2014/15, nr. 318.",
        "Het interprovinciaal blad 2014, 318.",
        # A code glued to a word, after a number and a comma, with no head word before it.
        "In 2017, 5725OBesluiten en 12, 3lAfdelingen.",
    ],
)
def test_what_is_left_unread(text: str) -> None:
    assert read(text) == []
# fmt: on


# An identifier with the next word glued on: a digit followed by a capital and a small letter
# ends it (no KOOP identifier has that shape), and the word reads as a citation of its own.
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie kst-33694-20Kamerstuk 33694, nr. 21.",
         ["kst-33694-20", "kst-33694-21"]),
        ("kst-35300-VIII-5Handelingen II 2019/20, nr. 45, item 6",
         ["kst-35300-VIII-5", "h-tk-20192020-45-6"]),
        ("stb-2019-123Staatsblad 2019, 124", ["stb-2019-123", "stb-2019-124"]),
        ("ah-tk-20192020-1000Zie verder", ["ah-tk-20192020-1000"]),
        # Shapes KOOP does use stay whole: capitals after digits, a zaak's Z, small letters.
        ("kv-tk-2011Z2249 en Stcrt-2001-130-CAO1965", ["kv-tk-2011Z2249", "stcrt-2001-130-CAO1965"]),
        ("kst-19951996-23700-188b en kst-33183-R1975-11",
         ["kst-19951996-23700-188b", "kst-33183-R1975-11"]),
    ],
)
def test_a_word_glued_to_an_identifier_is_not_its_number(text: str, expected: list[str]) -> None:
    assert [m.citation.identifier for m in find(text)] == expected
# fmt: on
