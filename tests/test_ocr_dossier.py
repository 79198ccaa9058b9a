"""A dossier after its head word with a letter OCR put among its digits, and nothing after it
that shows a citation to the repair layer (kamerstuk/text/ocr_dossier.py): read with digits
for the letters where the damage is plainly OCR's, left unread where it is not."""

from __future__ import annotations

import re

import pytest

import kamerstuk

# Text, what find() reads there (the span as written), and the dossier it reads.
READ = [
    ("Zie Kamerstuk 36.I24.", "Kamerstuk 36.I24", "36124"),
    ("Zie KAMERSTUK 36.l24.", "KAMERSTUK 36.l24", "36124"),
    ("In wetsvoorstel 34.2O2 staat", "wetsvoorstel 34.2O2", "34202"),
    ("Het Wetsontwerp 3O 124 VIII is", "Wetsontwerp 3O 124 VIII", "30124-VIII"),
    ("(Kamerstuk 2165O)", "Kamerstuk 2165O", "21650"),
    ("- Kamerstuk 25.O96;\n- de brief.", "Kamerstuk 25.O96", "25096"),
    ("Zie Kamerstuk 3I.9l0 hier", "Kamerstuk 3I.9l0", "31910"),
    ("Zie Kamerstukken II 2019/20 3I 910 hier", "Kamerstukken II 2019/20 3I 910", "31910"),
    # The chapter after a dash, and after bold the markup's repair leaves for the OCR letter.
    ("Zie Kamerstuk 36.I24-VIII hier", "Kamerstuk 36.I24-VIII", "36124-VIII"),
    ("Zie ook Kamerstuk **35.45O**-IV voor", "Kamerstuk **35.45O**-IV", "35450-IV"),
    ("Zie *wetsvoorstel 2634I*; en", "wetsvoorstel 2634I", "26341"),
    # A lone "I" after four digits: OCR's 1, the dossier's fifth digit, not a chapter I glued on
    # (which is written apart: "35 300 I").
    ("Dat staat in de toelichting (kamerstuk 2472I).", "kamerstuk 2472I", "24721"),
    ("zoals in WETSVOORSTEL 2842I.", "WETSVOORSTEL 2842I", "28421"),
]

# Text a stuk of the dossier follows: read as after any dossier (kamerstuk.text.unread_stuk).
STUK = [
    ("Kamerstuk 36.I24, nr. l hier", "Kamerstuk 36.I24, nr. l", "kst-36124-1"),
    ("Kamerstuk 36.I24, nr. 5 hier", "Kamerstuk 36.I24, nr. 5", "kst-36124-5"),
]

# Damage that is not plainly OCR's, or no dossier at all: nothing read.
UNREAD = [
    "Zie Kamerstuk 36.12a hier.",  # a letter OCR does not put for a digit
    "Zie Kamerstuk 36.I24b hier.",  # a letter glued on: its own, or a stuk's?
    "Zie Kamerstuk O6.124 hier.",  # no dossier starts with 0
    "Zie Kamerstuk 36.IlO hier.",  # three letters of five: a code, not a number
    "Zie Kamerstuk lOlOl hier.",
    "Zie Kamerstuk 3.6124 hier.",  # not a dossier's shape
    "Zie Kamerstuk 2OI9 hier.",  # four characters
    "Zie Kamerstuk 36.I24-l-5 hier.",  # chapter I or suffix 1? (unread_stuk)
    "Het stuk l2345 is verstuurd.",  # no head word
    "Het stuk 12 is verstuurd.",
    "De Kamerstuk van vorige week.",
    "In het Kamerstuk staat 36 l24 keer.",
]


@pytest.mark.parametrize(("text", "span", "dossier"), READ)
def test_ocr_letter_in_bare_dossier_is_read(text: str, span: str, dossier: str) -> None:
    matches = list(kamerstuk.find(text))
    assert [m.text for m in matches] == [span]
    citation = matches[0].citation
    assert isinstance(citation, kamerstuk.Kamerstuk)
    assert str(citation.dossier) == dossier
    assert citation.ondernummer is None
    assert text[matches[0].start : matches[0].end] == span


@pytest.mark.parametrize(("text", "span", "identifier"), STUK)
def test_stuk_after_repaired_dossier(text: str, span: str, identifier: str) -> None:
    assert [(m.text, m.citation.identifier) for m in kamerstuk.find(text)] == [(span, identifier)]


@pytest.mark.parametrize("text", UNREAD)
def test_other_damage_is_left_unread(text: str) -> None:
    assert list(kamerstuk.find(text)) == []


# OCR's letter beside a digit, where find() is to read the digit it stands for.
_BESIDE_DIGIT = re.compile(r"(?<=[0-9])[OolI]|[OolI](?=[0-9])")


@pytest.mark.parametrize("text", [row[0] for row in READ + STUK])
def test_read_as_the_undamaged_text(text: str) -> None:
    undamaged = _BESIDE_DIGIT.sub(lambda m: "0" if m.group() in "Oo" else "1", text)
    assert undamaged != text
    assert [m.citation for m in kamerstuk.find(text)] == [
        m.citation for m in kamerstuk.find(undamaged)
    ]


def test_the_reading_again_looks_as_far_as_find() -> None:
    # unread_stuk keeps its own copy of find()'s window (extract imports it, so it cannot
    # import extract): a reading again must see what the first reading saw.
    from kamerstuk.text import extract, unread_stuk

    assert unread_stuk.WINDOW == extract.WINDOW
