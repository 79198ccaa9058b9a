"""An Eerste Kamer letter after its bare dossier, without a comma ("Kamerstuk I 32 752 BH",
kamerstuk.text.letters), damaged: what is read, what is repaired, and the lookalikes that must
stay unread.

The strings are written for these tests."""

from __future__ import annotations

import pytest

from kamerstuk import find
from kamerstuk.text.repair import Repaired


def read(text: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.citation)) for m in find(text)]


# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An Eerste Kamer letter without a comma: the head word misread, split, with a letter
        # dropped or a footnote number glued on; OCR letters in the dossier; markers.
        ("Zie Kamcrstuk I 31.870 CE.", ("Kamcrstuk I 31.870 CE", "Kamerstukken I 31870, CE")),
        ("Zie Kamrstuk I 31 870 CE.", ("Kamrstuk I 31 870 CE", "Kamerstukken I 31870, CE")),
        ("Zie Kam erstuk I 31 870 CE.", ("Kam erstuk I 31 870 CE", "Kamerstukken I 31870, CE")),
        ("Zie KAMERTUK I 31 870 CE.", ("KAMERTUK I 31 870 CE", "Kamerstukken I 31870, CE")),
        ("\n4 7Kamcrstuk I 31.870 CE.", ("Kamcrstuk I 31.870 CE", "Kamerstukken I 31870, CE")),
        ("Zie Kamerstuk I 3l.87O CE.", ("Kamerstuk I 3l.87O CE", "Kamerstukken I 31870, CE")),
        ("Zie Kamerstuk I\n31.87O CE.", ("Kamerstuk I\n31.87O CE", "Kamerstukken I 31870, CE")),
        ("Zie Kamerstuk I **31.8l0** CE.",
         ("Kamerstuk I **31.8l0** CE", "Kamerstukken I 31810, CE")),
        ("Zie _Kamerstuk I 31.870 CE_ hier.", ("Kamerstuk I 31.870 CE", "Kamerstukken I 31870, CE")),
        ("(**Kame rstuk I 31.870 CE**)", ("Kame rstuk I 31.870 CE", "Kamerstukken I 31870, CE")),
        ("Zie Kamrstuk\u00a0I\u00a031\u00a0870 CE.",
         ("Kamrstuk\u00a0I\u00a031\u00a0870 CE", "Kamerstukken I 31870, CE")),
    ],
)
def test_what_is_read(text: str, expected: tuple[str, str]) -> None:
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # The shape of an Eerste Kamer letter after no head word, or after prose.
        "Zie Bijlage I 31 870 CE.",
        "In fase I 31 870 BV en Kamer I 31 870 AB.",
        "Zie tabel I 3l 87O CE.",
        # A lower-case chamber after a damaged head: not looked for (see kamerstuk.text.letters).
        "Zie kam erstuk i 31 870 CE.",
    ],
)
def test_what_is_left_unread(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie Kamcrstuk I 3l.870 CE.", "Zie Kamerstuk I 31.870 CE."),
        # Undamaged: nothing to repair.
        ("Zie Kamerstuk I 31.870 CE.", "Zie Kamerstuk I 31.870 CE."),
    ],
)
def test_what_is_repaired(text: str, expected: str) -> None:
    assert Repaired.of(text).text == expected
# fmt: on
