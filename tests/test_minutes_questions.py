"""The Handelingen, Aanhangsels and Kamervragen as they are written in prose and footnotes.

Four classes, each with damaged forms (capitals, a line break, OCR's "itern", an en dash) and
the lookalikes beside them that must stay unread or read as what they are:

- the word "Handelingen" without a chamber, a vergaderjaar or a numbered day (the Acts of the
  Apostles, "de Handelingen van 26 mei 2021") is no citation; with one of them it is;
- items in a range or list ("items 4-6", "agendapunten 3 en 4") name one debate each;
- the Aanhangsel abbreviated ("Ah. Hand.", "Aanh. Handel.", "AH II") is the Aanhangsel;
- written questions named by their askers before their zaak number are Kamervragen; a zaak
  number elsewhere stays a zaak.
"""

from __future__ import annotations

import pytest

import kamerstuk

# (text, the identifiers find() gives, in order; None for a citation without one)
_HANDELINGEN_WORD: list[tuple[str, list[str | None]]] = [
    ("Handelingen II 2019/20, nr. 45, item 6", ["h-tk-20192020-45-6"]),
    ("Handelingen 2019/20, nr. 45", [None]),
    ("Handelingen II, nr. 45", [None]),
    ("Handelingen 18 juni 2020, nr. 87", [None]),
    ("Handelingen II 26 mei 2021", [None]),
    ("HANDELINGEN II 2019/20, NR. 45, ITEM 6", ["h-tk-20192020-45-6"]),
    (
        "In de Handelingen van 26 mei 2021 (Handelingen II 2020/21, nr. 92, item 12) staat het.",
        ["h-tk-20202021-92-12"],
    ),
    ("Lees Handelingen 2:38 en Handelingen 1:8.", []),
    ("Zie Handelingen 10:34-35 over de doop.", []),
    ("In Handelingen van de apostelen 3:1 staat het.", []),
    ("Handelingen 12", []),
    ("Handelingen, nr. 45", []),
    ("Hand., 45-6", []),
    ("Handelingen, p. 1234-1240", []),
    ("de handelingen van 12 maart 2020, nr. 4 van de lijst", []),
    ("verboden handelingen, nr. 4", []),
]

_ITEMS: list[tuple[str, list[str | None]]] = [
    ("Handelingen II 2019/20, nr. 43, items 4-6", ["h-tk-20192020-43-4", "-5", "-6"]),
    ("Handelingen II 2019/20, nr. 43, items 4\u20136, p. 12", ["h-tk-20192020-43-4", "-5", "-6"]),
    ("Handelingen II 2019/20, nr. 43, item 4 -\n6", ["h-tk-20192020-43-4", "-5", "-6"]),
    ("HANDELINGEN II 2019/20, NR. 43, ITEMS 4-6", ["h-tk-20192020-43-4", "-5", "-6"]),
    ("Handelingen II 2019/20, nr. 43, itern 4-6", ["h-tk-20192020-43-4", "-5", "-6"]),
    ("Handelingen II 2019/20, nr. 43, items 4 en 5", ["h-tk-20192020-43-4", "-5"]),
    ("Handelingen II 2019/20, nr. 43, item 4 t/m 6", ["h-tk-20192020-43-4", "-5", "-6"]),
    ("Handelingen I 2019/20, nr. 12, items 4 tot en met 5", ["h-ek-20192020-12-4", "-5"]),
    ("Handelingen II 2019/20, nr. 43, agendapunten 3 en 4", ["h-tk-20192020-43-3", "-4"]),
    ("Handelingen II 2019/20, nr. 43, punten 3 en 4", ["h-tk-20192020-43-3", "-4"]),
    (
        "Handelingen II 2019/20, nr. 43 (12 maart 2020), items 4-5",
        ["h-tk-20192020-43-4", "-5"],
    ),
    (
        "Handelingen II 2019/20, nr. 43, items 4-5; nr. 44, item 2",
        ["h-tk-20192020-43-4", "-5", "h-tk-20192020-44-2"],
    ),
    (
        "Handelingen II 2019/20, nr. 43, agendapunt 4; nr. 44, agendapunt 2",
        ["h-tk-20192020-43-4", "h-tk-20192020-44-2"],
    ),
    # The same limits as a list of stukken: a range of more than 50, or backwards, is none.
    ("Handelingen II 2019/20, nr. 43, items 4-60", ["h-tk-20192020-43-4"]),
    ("Handelingen II 2019/20, nr. 43, items 6-4", ["h-tk-20192020-43-6"]),
    # (The day gives the vergaderjaar: two items of 2019-2020.)
    ("Handelingen II 18 juni 2020, nr. 87, items 4 en 5", ["h-tk-20192020-87-4", "-5"]),
    ("Item 4-6 van de agenda", []),
    ("zie punt 4-6 van de nota", []),
    ("agendapunten 3 en 4 (zie bijlage)", []),
]

_AANHANGSEL: list[tuple[str, list[str | None]]] = [
    ("Ah. Hand. II 2019/20, nr. 1234", ["ah-tk-20192020-1234"]),
    ("Ah.Hand. II 2019/20, nr. 1234", ["ah-tk-20192020-1234"]),
    ("Zie Ah. Hand. I 2019/20, nr. 12.", ["ah-ek-20192020-12"]),
    ("Ah Hand II 2019/20, nr. 12", ["ah-tk-20192020-12"]),
    ("Aanh. Hand. II 2019/20, nr. 1234", ["ah-tk-20192020-1234"]),
    ("Aanh. Handel. II 2019/20, nr. 1234", ["ah-tk-20192020-1234"]),
    ("aanh. handel. II 2019/20, nr. 12", ["ah-tk-20192020-12"]),
    ("AH II 2019/20, nr. 1234", ["ah-tk-20192020-1234"]),
    ("(AH TK 2019-2020, nr. 1234)", ["ah-tk-20192020-1234"]),
    ("Aanhangsel Hand. II 2019/20, nr. 1234", ["ah-tk-20192020-1234"]),
    ("Kamervragen (Aanhangsel) II 2015/16, nr. 2512", ["ah-tk-20152016-2512"]),
    ("Kamervragen (Aanhangsel) 2015/16, nr. 2512", [None]),
    (
        "Schriftelijke vragen (Aanhangsel Handelingen) II 2015/16, nrs. 2512 en 2513",
        ["ah-tk-20152016-2512", "-2513"],
    ),
    (
        "Zie ook Kamervragen (Aanhangsel Handelingen II 2019/20, nr. 2345).",
        ["ah-tk-20192020-2345"],
    ),
    ("AH 2019", []),
    ("bij AH II 2019 kochten wij brood", []),
    ("AH II", []),
    ("Kamervragen (Aanhangsel)", []),
]

_QUESTIONS: list[tuple[str, list[str | None]]] = [
    (
        "Schriftelijke vragen van het lid Bromet (2021Z05678) over de windturbines bij Urk.",
        ["kv-tk-2021Z05678"],
    ),
    ("vragen van de leden Bromet en Kr\u00f6ger (2021Z05678)", ["kv-tk-2021Z05678"]),
    (
        "Antwoord op vragen van het lid Van Raan over vuurwerk (2018Z12433), ontvangen 5 juli.",
        ["kv-tk-2018Z12433"],
    ),
    (
        "Schriftelijke vragen van het lid Bromet (GroenLinks) over windturbines (2021Z05678).",
        ["kv-tk-2021Z05678"],
    ),
    (
        "Vragen van het lid Omtzigt (CDA) aan de minister van Financi\u00ebn over de\n"
        "toeslagenaffaire (2020Z12345)",
        ["kv-tk-2020Z12345"],
    ),
    (
        "Antwoord op vragen van het lid Kosti\u0107 over de stikstofruimte (ingezonden 17 maart "
        "2023), 2023Z04567.",
        ["kv-tk-2023Z04567"],
    ),
    (
        "VRAGEN VAN DE KAMERLEDEN VAN DER LEE EN BROMET (kenmerk 2021Z05678)",
        ["kv-tk-2021Z05678"],
    ),
    (
        "vragen van het lid Bromet (2021Z05678) en vragen van het lid Kr\u00f6ger (2021Z05679)",
        ["kv-tk-2021Z05678", "kv-tk-2021Z05679"],
    ),
    (
        "Vragen van de leden Eerdmans (JA21) en Van Haga (Groep Van Haga) over de begroting 2021"
        " (2021Z05678).",
        ["kv-tk-2021Z05678"],
    ),
    ("Vragen van het lid Paternotte (D66) over de coronaregels (2021Z05678)", ["kv-tk-2021Z05678"]),
    ("Kenmerk 2022Z21212 (Kamervragen).", ["kv-tk-2022Z21212"]),
    ("Kamervragen met kenmerk 2019Z12345", ["kv-tk-2019Z12345"]),
    # A zaak number elsewhere stays a zaak.
    ("Uw kenmerk: 2023Z01234", ["2023Z01234"]),
    ("De motie van het lid Klaver over het klimaat (2021Z05678) is aangenomen.", ["2021Z05678"]),
    ("Vragen van het lid Klaver over de motie-Jetten (2021Z05678)", ["2021Z05678"]),
    ("De leden van de commissie (2021Z05678) stelden vragen.", ["2021Z05678"]),
    # A citation between the askers and the number is read as itself; the number stays a zaak.
    ("vragen van het lid X over Stb. 2021, 123 (2021Z05678)", ["stb-2021-123", "2021Z05678"]),
    ("het lid Bromet (2021Z05678)", ["2021Z05678"]),
    (
        "vragen van het lid Bromet over Kamerstuk 35300, nr. 5 (2021Z05678)",
        ["kst-35300-5", "2021Z05678"],
    ),
    (
        "Vragen van het lid Omtzigt over de\n\ntoeslagenaffaire (2020Z12345)",
        ["2020Z12345"],
    ),
]


def _identifiers(text: str) -> list[str | None]:
    """The identifiers find() gives; a Handelingen or Aanhangsel that repeats the one before up
    to its last dash is written by its end ("h-tk-20192020-43-4", "-5"), as the tables do."""
    found: list[str | None] = []
    for match in kamerstuk.find(text):
        identifier = match.citation.identifier
        previous = next((f for f in reversed(found) if f and f[0] != "-"), None)
        stem = (previous or "").rpartition("-")[0]
        if identifier and stem and identifier.rpartition("-")[0] == stem and stem[:1] in "ah":
            identifier = "-" + identifier.rpartition("-")[2]
        found.append(identifier)
    return found


@pytest.mark.parametrize(
    ("text", "expected"), _HANDELINGEN_WORD + _ITEMS + _AANHANGSEL + _QUESTIONS
)
def test_read(text: str, expected: list[str | None]) -> None:
    assert _identifiers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Schriftelijke vragen van het lid Bromet (2021Z05678) over de windturbines bij Urk.",
        "Antwoord op vragen van het lid Kosti\u0107 over stikstof (ingezonden 17 maart 2023), "
        "2023Z04567.",
    ],
)
def test_questions_span_from_their_word(text: str) -> None:
    (match,) = kamerstuk.find(text)
    assert match.text.lower().startswith(("schriftelijke vragen", "vragen"))
    assert match.text.endswith(("2021Z05678)", "2023Z04567"))
