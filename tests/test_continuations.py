"""A Kamerstuk's continuations: the next stuk of the same dossier with its head and dossier
elided (docs/citations.md, "Continuations of a Kamerstuk").

Four forms, each with damaged variants and the lookalikes beside it that stay unread:
another vergaderjaar after ";" or "en" ("...; 2006/07, nr. 7"), a compact reference's next
number after a dash ("35300-VII-90 en -91"), a stuk named by its kind with its number in
brackets after a Kamerstuk ("de nota naar aanleiding van het verslag (nr. 6)"), and an Eerste
Kamer letter after a dash ("Kamerstuk 35510-N").

Each row is a text and what find() reads in it, in order: each citation's identifier, a
dossier's number, and for the vergaderjaar rows the vergaderjaar and chamber with it.
"""

from __future__ import annotations

import pytest

import kamerstuk


def _read(text: str) -> list[str]:
    out = []
    for match in kamerstuk.find(text):
        citation = match.citation
        data = citation.to_dict()
        dossier = "-".join(p for p in (data.get("dossier"), data.get("suffix")) if p)
        out.append(citation.identifier or dossier or match.text)
    return out


def _years(text: str) -> list[tuple[str | None, str | None, str | None]]:
    out = []
    for match in kamerstuk.find(text):
        data = match.citation.to_dict()
        out.append((match.citation.identifier, data.get("vergaderjaar"), data.get("chamber")))
    return out


# Another vergaderjaar of the same dossier after ";" or "en" (and another chamber after ";").
VERGADERJAREN = [
    (
        "Kamerstukken II 2005/06, 30 584, nr. 3; 2006/07, nr. 7; 2007/08, nr. 9.",
        [
            ("kst-30584-3", "2005-2006", "II"),
            ("kst-30584-7", "2006-2007", "II"),
            ("kst-30584-9", "2007-2008", "II"),
        ],
    ),
    (
        "Kamerstukken II 2005/06, 30 584, nr. 3, p. 4; 2006/07, nr. 7, p. 2.",
        [("kst-30584-3", "2005-2006", "II"), ("kst-30584-7", "2006-2007", "II")],
    ),
    (
        "Kamerstukken II 2005/06, 30 584, nr. 3 en 2006/07, nr. 7",
        [("kst-30584-3", "2005-2006", "II"), ("kst-30584-7", "2006-2007", "II")],
    ),
    (
        "Kamerstukken II 2005/06, 30 584, nrs. 3 en 4; 2006/07, nrs. 7 en 8, p. 3",
        [
            ("kst-30584-3", "2005-2006", "II"),
            ("kst-30584-4", "2005-2006", "II"),
            ("kst-30584-7", "2006-2007", "II"),
            ("kst-30584-8", "2006-2007", "II"),
        ],
    ),
    (
        "Kamerstukken II 2019/20, 35 300 VIII, nr. 5;\n2020-2021, nr. 9",
        [("kst-35300-VIII-5", "2019-2020", "II"), ("kst-35300-VIII-9", "2020-2021", "II")],
    ),
    (
        "KAMERSTUKKEN II 2005/06, 30 584, NR. 3; 2006/07, NR. 7",
        [("kst-30584-3", "2005-2006", "II"), ("kst-30584-7", "2006-2007", "II")],
    ),
    (
        "Kamerstukken II 2005/06, 30 584, nr. 3; I 2006/07, C, p. 2",
        [("kst-30584-3", "2005-2006", "II"), ("kst-30584-C", "2006-2007", "I")],
    ),
    (
        "Kamerstukken I 2005/06, 30 584, A; 2006/07, nr. 4",
        [("kst-30584-A", "2005-2006", "I"), ("kst-30584-4", "2006-2007", "I")],
    ),
    (
        "Kamerstukken II 2005/06, 30 584, nr. 3; 2006/07, nr. 7; Stb. 2008, 12",
        [
            ("kst-30584-3", "2005-2006", "II"),
            ("kst-30584-7", "2006-2007", "II"),
            ("stb-2008-12", None, None),
        ],
    ),
    (
        "Kamerstukken II 2005/06, 30 584, nr. 3 (MvT), p. 4; 2006/07, nr. 7 (NnavV), p. 2",
        [("kst-30584-3", "2005-2006", "II"), ("kst-30584-7", "2006-2007", "II")],
    ),
    (
        "Kamerstukken II 2005/06, 30 584, nr. 3 (MvT); I 2006/07, C (MvA).",
        [("kst-30584-3", "2005-2006", "II"), ("kst-30584-C", "2006-2007", "I")],
    ),
    (
        "Kamerstukken II 2005/06, 30 584, nr. 3 (zie boven); 2006 was het jaar.",
        [("kst-30584-3", "2005-2006", "II")],
    ),
    # The Handelingen and the Aanhangsel keep their own continuation.
    (
        "Handelingen II 2019/20, nr. 45, item 6; 2020/21, nr. 12, item 3",
        [("h-tk-20192020-45-6", "2019-2020", "II"), ("h-tk-20202021-12-3", "2020-2021", "II")],
    ),
    (
        "Aanhangsel Handelingen II 2019/20, nr. 1234 en 2020/21, nr. 567",
        [("ah-tk-20192020-1234", "2019-2020", "II"), ("ah-tk-20202021-567", "2020-2021", "II")],
    ),
    # Lookalikes: a year without "nr.", a calendar year, a letter under the Tweede Kamer.
    (
        "Kamerstukken II 2005/06, 30 584, nr. 3; 2006/07, p. 7",
        [("kst-30584-3", "2005-2006", "II")],
    ),
    ("Kamerstukken II 2005/06, 30 584, nr. 3; 2006, nr. 7", [("kst-30584-3", "2005-2006", "II")]),
    (
        "Kamerstukken II 2005/06, 30 584, nr. 3; II 2006/07, C",
        [("kst-30584-3", "2005-2006", "II")],
    ),
    (
        "Kamerstukken II 2005/06, 30 584, nr. 3; 2006/07, 12 woningen",
        [("kst-30584-3", "2005-2006", "II")],
    ),
]


# A compact reference's next stuk after a dash; years, amounts and slashes stay unread.
DASHED = [
    ("De moties 35300-VII-90 en -91 zijn aangenomen.", ["kst-35300-VII-90", "kst-35300-VII-91"]),
    (
        "De moties 35 300-VII-90, -91 en -92.",
        ["kst-35300-VII-90", "kst-35300-VII-91", "kst-35300-VII-92"],
    ),
    ("Zie kst-35300-VII-90 en -91.", ["kst-35300-VII-90", "kst-35300-VII-91"]),
    ("Zie 33694-49 en -50, p. 3.", ["kst-33694-49", "kst-33694-50"]),
    ("Zie Kamerstuk 35 300-VIII-12 & -14.", ["kst-35300-VIII-12", "kst-35300-VIII-14"]),
    ("Zie 33694-49 en\n-50.", ["kst-33694-49", "kst-33694-50"]),
    ("Zie 33694-49 en \u201350.", ["kst-33694-49", "kst-33694-50"]),
    # A compact reference's range stays a range.
    ("Zie 35300-VII-90 t/m 92.", ["kst-35300-VII-90", "kst-35300-VII-91", "kst-35300-VII-92"]),
    ("Zie kst-33694-9 tot en met -11, p. 2", ["kst-33694-9", "kst-33694-10", "kst-33694-11"]),
    ("Zie 35300-VII-90 tot en met 91", ["kst-35300-VII-90", "kst-35300-VII-91"]),
    ("Zie 35300-VII-90 t/m 2020.", ["kst-35300-VII-90"]),
    ("Zie 35300-VII-90 t/m 85.", ["kst-35300-VII-90"]),
    ("Zie 35300-VII-90 t/m 400.", ["kst-35300-VII-90"]),
    ("Zie 2019-20 t/m 25.", []),
    # Lookalikes: a year, a decimal, a slash, after a whole dossier, after another kind.
    ("De motie 35300-VII-90 en -2019 jaar.", ["kst-35300-VII-90"]),
    ("Zie 35300-VII-90, -12.5 procent.", ["kst-35300-VII-90"]),
    ("Zie 35300-VII-90 en -91/92.", ["kst-35300-VII-90"]),
    ("Kamerstuk 35300 en -91.", ["35300"]),
    ("Stb. 2019, 123 en -124.", ["stb-2019-123"]),
    ("Zie 2019-2020 en -2021.", []),
]


# A stuk named by its kind, its number in brackets, after a Kamerstuk of the sentence.
NAMED = [
    (
        "(Kamerstukken II 2013/14, 33 990, nr. 3, p. 5) en de nota naar aanleiding van het "
        "verslag (nr. 6, p. 8).",
        ["kst-33990-3", "kst-33990-6"],
    ),
    (
        "Zie de memorie van toelichting (Kamerstukken II 2019/20, 35 570, nr. 3) en de nota van "
        "wijziging (nr. 8).",
        ["kst-35570-3", "kst-35570-8"],
    ),
    (
        "Kamerstukken II 2019/20, 35 570, nr. 3; de memorie van antwoord (nrs. 9 en 10).",
        ["kst-35570-3", "kst-35570-9", "kst-35570-10"],
    ),
    (
        "Kamerstukken II 2019/20, 35 570, nr. 3 en de motie (nr. 12) en de brief (nr. 15, p. 2).",
        ["kst-35570-3", "kst-35570-12", "kst-35570-15"],
    ),
    (
        "Kamerstukken II 2019/20, 35 570, nr. 3 en het advies van de Raad van State (nr. 4).",
        ["kst-35570-3", "kst-35570-4"],
    ),
    ("Kamerstuk 35 570, nr. 3, en het Verslag (Nr. 5).", ["kst-35570-3", "kst-35570-5"]),
    # Lookalikes: another word before the bracket, no Kamerstuk before it, a work between.
    ("Kamerstukken II 2019/20, 35 570, nr. 3; het Gemeenteblad (nr. 6).", ["kst-35570-3"]),
    (
        "Kamerstukken II 2019/20, 35 570, nr. 3. Het rapport doet aanbevelingen (nr. 6).",
        ["kst-35570-3"],
    ),
    (
        "Kamerstukken II 2019/20, 35 570, nr. 3. Hij woont in de Kerkstraat (nr. 6).",
        ["kst-35570-3"],
    ),
    ("Kamerstukken II 2019/20, 35 570, nr. 3 en de promotie (nr. 6).", ["kst-35570-3"]),
    ("De memorie van toelichting (nr. 3) zegt het.", []),
    (
        "Kamerstukken II 2019/20, 35 570, nr. 3. In ECLI:NL:HR:2019:123 staat de motie (nr. 6).",
        ["kst-35570-3"],
    ),
]


# An Eerste Kamer letter after a dash after a head word; fund letters and chapters stay suffixes.
LETTERS = [
    ("Kamerstuk 35510-N.", ["kst-35510-N"]),
    ("Kamerstukken I 2020/21, 35 510-AB, p. 3.", ["kst-35510-AB"]),
    (
        "Kamerstuk 35300-VIII-N en Kamerstuk 35 300-VIII-AC.",
        ["kst-35300-VIII-N", "kst-35300-VIII-AC"],
    ),
    ("Kamerstukken I 35.510-Z", ["kst-35510-Z"]),
    ("Kamerstuk 36200-A", ["36200-A"]),
    ("Kamerstuk 35300-VIII", ["35300-VIII"]),
    ("Kamerstuk 35300-IV", ["35300-IV"]),
    ("Kamerstuk 35300-IIA", ["35300-IIA"]),
    ("Zie 35510-N.", []),
    ("Kamerstuk 35510-NLD-2", []),
]


@pytest.mark.parametrize(("text", "expected"), VERGADERJAREN)
def test_another_vergaderjaar(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _years(text) == expected


@pytest.mark.parametrize(("text", "expected"), DASHED + NAMED + LETTERS)
def test_reads(text: str, expected: list[str]) -> None:
    assert _read(text) == expected
