"""A Kamerstuk's heading at a line's start (kamerstuk.text.headings): what is read as one, what
stays prose although it has the shape, and OCR letters in its dossier near a page's top."""

from __future__ import annotations

import pytest

import kamerstuk

# (text, the span read, the dossier with its chapter)
READ = [
    ("35 300 VII Vaststelling van de begrotingsstaten\n", "35 300 VII", "35300-VII"),
    ("Vergaderjaar 2011–2012\n\n31 570 Herziening Grondwet\n\nNr. 20", "31 570", "31570"),
    ("34 158 (R2048) Voorstel van Rijkswet\n", "34 158 (R2048)", "34158-R2048"),
    ("2. 31288\nHoger Onderwijs-, Onderzoek- en Wetenschapsbeleid\n", "31288", "31288"),
    ("35 300 VII VASTSTELLING VAN DE BEGROTINGSSTATEN\n", "35 300 VII", "35300-VII"),
    ("35 000 VII Vaststelling van de begroting\n", "35 000 VII", "35000-VII"),
    ("34 871 Wijziging van de wet van 22 april 1855, houdende regeling\n", "34 871", "34871"),
    ("33 218 Voorstel van wet van het lid Kuiken c.s.\n", "33 218", "33218"),
    # OCR letters in the dossier in a page's first lines: the first, the second, the third.
    ("3I 464 VII Regels over de bescherming\n", "3I 464 VII", "31464-VII"),
    ("Agenda\n2. 2495O VIII Wijziging van de Gemeentewet\n", "2495O VIII", "24950-VIII"),
    ("Tweede Kamer der Staten-Generaal\n\n23 2I4 Regels\n", "23 2I4", "23214"),
    ("Slot van de vorige pagina.\n\fTweede Kamer\n\n3l 464 XV Regels\n", "3l 464 XV", "31464-XV"),
]


@pytest.mark.parametrize(("text", "span", "dossier"), READ)
def test_a_heading_is_read(text: str, span: str, dossier: str) -> None:
    found = [(m.text, m.citation) for m in kamerstuk.find(text)]
    assert len(found) == 1
    written, citation = found[0]
    assert written == span
    assert isinstance(citation, kamerstuk.Kamerstuk)
    assert str(citation.dossier) == dossier


# A count or an amount that opens a line before a capital: round, or a sentence on its line.
UNREAD = [
    "12 000 Mensen kwamen naar het plein.",
    "Er waren er ruim\n25 000 Nederlanders bij de betoging.",
    "Totaal\n10 000 Euro\n",
    "24 317 Bezoekers telde de beurs.",
    "24 317 Bezoekers telde de beurs. Daarna niets.",
    "Op de eerste dag\n\n21 638 Nederlanders stemden voor het voorstel!\n",
    "12 000 MENSEN KWAMEN NAAR HET PLEIN.",
    "1. 12 000 Mensen kwamen naar het plein.",
    "**12 000** Mensen kwamen naar het plein.",
    "12\u00a0000\u00a0Mensen\u00a0kwamen\u00a0naar\u00a0het\u00a0plein.",
    # OCR letters in a count near the top: repaired as a number, and still a count.
    "Verslag\n12 OOO Mensen kwamen naar het plein.",
    "Verslag\n24 3l7 Bezoekers telde de beurs.",
]


@pytest.mark.parametrize("text", UNREAD)
def test_a_count_at_a_line_start_stays_prose(text: str) -> None:
    assert [m.text for m in kamerstuk.find(text)] == []
