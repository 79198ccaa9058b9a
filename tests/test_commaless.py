"""The repairs of citations without a citation-shaped comma (kamerstuk.text.commaless): the
Handelingen formula, an Eerste Kamer verslag's heading, a Kamerstuk's heading at the top of a
page; what each repairs, what find() then reads, and the lookalikes that stay as they are.

The strings are written for these tests."""

from __future__ import annotations

import pytest

from kamerstuk.text.repair import Repaired

from support import found


def repaired(text: str) -> str:
    return Repaired.of(text).text


# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The formula: "nr." misread, with another sign, a blank line after it; OCR letters in
        # its numbers and in its dossier; markup read through.
        ("Zij krijgt mr. 14 (36 410).", "Zij krijgt nr. 14 (36 410)."),
        ("Zij krijgt ne@ 14 (36 410).", "Zij krijgt nr. 14 (36 410)."),
        ("Zij krijgt rn. 14 (36 410).", "Zij krijgt nr. 14 (36 410)."),
        ("Zij krijgt nr, 14 (36 410).", "Zij krijgt nr. 14 (36 410)."),
        ("ZIJ KRIJGT MR. 14 (36 410).", "ZIJ KRIJGT NR. 14 (36 410)."),
        ("Zij krijgt nr.\n\n14 (36 410).", "Zij krijgt nr. 14 (36 410)."),
        ("Zij krijgt nr. l4 (36 4l0).", "Zij krijgt nr. 14 (36 410)."),
        ("Zij krijgt nr. 14 (3O 410).", "Zij krijgt nr. 14 (30 410)."),
        ("stuk nr. 8I, I (28 14l) is", "stuk nr. 81, I (28 141) is"),
        ("stuk nr. I (21 501-25) is", "stuk nr. 1 (21 501-25) is"),
        ("nr. 32l, was mr. I57 (33 834) is", "nr. 321, was nr. 157 (33 834) is"),
        ("nrs. l4 en I5 (36 410) zijn", "nrs. 14 en 15 (36 410) zijn"),
        ("nummer 2O (36 410)", "nummer 20 (36 410)"),
        ("stuk nr. **l8** (21 501-10)", "stuk nr. 18 (21 501-10)"),
        ("op _rn. 5 (24 794)_ is", "op nr. 5 (24 794)_ is"),
        ("nr. 5 \\(24 7O4\\) is", "nr. 5 (24 704) is"),
        # An Eerste Kamer verslag's heading: OCR letters and a space in its years, "nr."
        # misread, a blank line before the number, a lone l for a 1.
        ("Eerste Kamer\n(2O12/20 13 rn.\n\n8)\n", "Eerste Kamer\n(2012/2013 nr. 8)\n"),
        ("Eerste Kamer\n(2016/2017 NR. I)\n", "Eerste Kamer\n(2016/2017 NR. 1)\n"),
        # A Kamerstuk's heading at the top of a page: OCR letters in its dossier.
        ("3I 464 VII Regels over de bescherming\n", "31 464 VII Regels over de bescherming\n"),
        ("brief\n\f\n24O48 XV Vaststelling van de begroting", "brief\n\f\n24048 XV Vaststelling van de begroting"),
        ("\f**2495O** (R1234) Voorstel van Rijkswet", "\f24950 (R1234) Voorstel van Rijkswet"),
    ],
)
def test_what_is_repaired(text: str, expected: str) -> None:
    assert repaired(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # No number keyword before the numbers: prose, a title, a date.
        "er 19 (36 046) bij",
        "op 19 (36 046) gewezen",
        "de wet van l998 (36 O46)",
        "Wijziging van de Kieswet (35 l65)",
        "nu 5 (36 O46) stuks",
        "en wel nl. 12 (34 0O0)",
        "gr. 5 (12 5O0)",
        "hetbestel (34l29)",
        # A word one letter off "nr" without the sign a misreading keeps.
        "er 4 (34 397)",
        "mr 4 (34 397)",
        # A "nr." whose numbers do not reach the bracket.
        "nr. 5 van de lijst (36 O46)",
        # A heading's shape in the middle of a text (only a page's first lines are looked at:
        # kamerstuk.text.headings), and a page that opens on a number without an OCR letter or
        # a title.
        "Tweede Kamer\n\n" + "Een regel van de brief.\n" * 8 + "3I 464 VII Regels over de bescherming\n",
        "\f3I 464 euro per jaar",
        # A verslag's heading with a word that is no "nr.".
        "(2O12/2013 op 8)",
    ],
)
def test_what_is_left_alone(text: str) -> None:
    assert repaired(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het amendement op nr. 19 (36 O46) is aangenomen.", [("nr. 19 (36 O46)", "kst-36046-19")]),
        ("de motie op stuk nr.\n\n81, I (28 141) is", [("stuk nr.\n\n81, I (28 141)", "kst-28141-81")]),
        ("de motie op stuk nr. 8I, I (28 141) is", [("stuk nr. 8I, I (28 141)", "kst-28141-81")]),
        ("de motie op STUK NR. 81, I (28 14l) is", [("STUK NR. 81, I (28 14l)", "kst-28141-81")]),
        ("Eerste Kamer\n(2012/2013 nummer\n\n8)\n", [("2012/2013 nummer\n\n8", "handelingen:vergaderjaar=2012-2013,number=8")]),
        ("3I 464 VII Regels over de bescherming\n", [("3I 464 VII", "kamerstuk:dossier=31464,suffix=VII")]),
        # A footnote mark after a number with an OCR letter in it: the whole number read as
        # digits (it was read as "1l" before; the comma's repairs read it so already).
        ("Het amendement op nr. 1l\u2074 (36 046) is aangenomen.", [("nr. 1l\u2074 (36 046)", "kst-36046-11")]),
        ("Het amendement op nr. 19 (36 04O\u00b9) is aangenomen.", [("nr. 19 (36 04O\u00b9)", "kst-36040-19")]),
    ],
)
def test_find_reads_the_repaired_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "er 19 (36 046) bij",
        "Zij krijgt nr. 8l4 (2019) punten",
        "de wet van l998 (36 O46)",
        "artikel 3, nr. 14 (2O19) van de regeling",
        "en wel nl. 12 (34 000) stuks",
    ],
)
def test_lookalikes_stay_unread(text: str) -> None:
    assert found(text) == []
# fmt: on
