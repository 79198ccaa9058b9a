"""Written questions named after their zaak number or by the Tweede Kamer's page of them, and
local gazettes with "jaar" or "jaargang" between their issuer and year (my own sentences).

- a zaak number followed by a bracket that says it is written questions ("(vragen Bromet)",
  "(Kamervragen van het lid X)", "(schriftelijke vragen over ...)") is Kamervragen; a zaak number
  beside a motion, a letter's reference or a procedure list stays a zaak, and so does one before
  oral questions or the question hour;
- the Tweede Kamer's page of written questions ("tweedekamer.nl/kamerstukken/kamervragen/
  detail?id=2020Z04567&did=...") is those questions, the whole address its span; its pages of a
  motion or a letter give their zaak number as a zaak;
- "Gemeenteblad van Den Haag, jaar 2020, nr. 123456" is gmb-2020-123456, as "jaargang" is.
"""

from __future__ import annotations

import pytest

import kamerstuk

_TK = "https://www.tweedekamer.nl/kamerstukken"

# (text, the identifiers find() gives, in order)
_QUESTIONS_AFTER: list[tuple[str, list[str]]] = [
    ("Zie 2022Z03456 (vragen Kröger).", ["kv-tk-2022Z03456"]),
    ("Zie 2022Z03456 (Vragen Van der Plas en Omtzigt).", ["kv-tk-2022Z03456"]),
    ("Zie 2022Z03456 (Kamervragen van het lid Kuik).", ["kv-tk-2022Z03456"]),
    ("Zie 2022Z03456 ( kamervraag van de leden Dijk, Hijink ).", ["kv-tk-2022Z03456"]),
    ("Zie 2022Z03456 (schriftelijke vragen van het lid 't Hart).", ["kv-tk-2022Z03456"]),
    ("Zie 2022Z03456 (Schriftelijke\nvragen over de gaswinning).", ["kv-tk-2022Z03456"]),
    ("Zie 2022Z03456 (vragen van het lid\nBikker).", ["kv-tk-2022Z03456"]),
    ("Zie 2022Z03456 (vragen).", ["kv-tk-2022Z03456"]),
    ("Kamervragen 2022Z03456 en 2022Z03457", ["kv-tk-2022Z03456", "kv-tk-2022Z03457"]),
    ("Zie vragen 2022Z03456 van het lid Bikker.", ["kv-tk-2022Z03456"]),
]
# Lookalikes: a zaak number that the text does not call written questions stays a zaak.
_ZAAK_STAYS: list[tuple[str, list[str]]] = [
    ("Uw kenmerk: 2023Z01234", ["2023Z01234"]),
    ("Zaak: Brief regering, 2023Z04567", ["2023Z04567"]),
    ("De motie-Bromet (2023Z04567) is aangenomen.", ["2023Z04567"]),
    ("Zie 2023Z04567 (vragenlijst bij de begroting).", ["2023Z04567"]),
    ("Zie 2023Z04567 (mondelinge vragen Bromet).", ["2023Z04567"]),
    ("Zie 2023Z04567 (vragen voor het vragenuur).", ["2023Z04567"]),
    ("Zie 2023Z04567 (vragen over de motie-Klaver).", ["2023Z04567"]),
    ("Zie 2023Z04567 (vragen 1 tot en met 4).", ["2023Z04567"]),
    ("Zie 2023Z04567 (brief regering).", ["2023Z04567"]),
]
_TK_PAGES: list[tuple[str, list[str]]] = [
    (f"Zie {_TK}/kamervragen/detail?id=2020Z04567&did=2020D09876 .", ["kv-tk-2020Z04567"]),
    (f"Zie {_TK}/kamervragen/detail?id=2020Z04567.", ["kv-tk-2020Z04567"]),
    ("Zie tweedekamer.nl/kamerstukken/kamervragen/detail?id=2020Z04567", ["kv-tk-2020Z04567"]),
    (
        f"Zie {_TK}/kamervragen/detail?did=2020D09876&id=2020Z04567.".replace("https", "http"),
        ["kv-tk-2020Z04567"],
    ),
    (f"<{_TK}/schriftelijke_vragen/detail?id=2019Z00012&amp;did=2019D00034>", ["kv-tk-2019Z00012"]),
    # Its other pages: a motion's or a letter's zaak number stays a zaak.
    (f"Zie {_TK}/moties/detail?id=2020Z04567&did=2020D09876 .", ["2020Z04567"]),
    (f"Zie {_TK}/brieven_regering/detail?id=2020Z04567&did=2020D09876.", ["2020Z04567"]),
    (f"Zie {_TK}/detail?id=2020Z04567&did=2020D09876.", ["2020Z04567"]),
    ("Zie example.nl/kamerstukken/kamervragen/detail?id=2020Z04567.", ["2020Z04567"]),
]
_GAZETTES: list[tuple[str, list[str]]] = [
    ("Gemeenteblad van Den Haag, jaar 2020, nr. 123456", ["gmb-2020-123456"]),
    ("Provinciaal Blad van Zeeland, jaargang 2019, nr. 45", ["prb-2019-45"]),
    ("Waterschapsblad van Rijnland, jaar 2021, nr. 9876", ["wsb-2021-9876"]),
    ("Gemeenteblad van de gemeente Utrecht, Jaar 2018, nr. 77", ["gmb-2018-77"]),
    ("Provinciaal blad van Noord-Brabant jaargang 2017 nr. 3210", ["prb-2017-3210"]),
    ("Gemeenteblad Almere, jaar 2022, nr 456", ["gmb-2022-456"]),
    ("in het Gemeenteblad (jaar 2020, nr. 123456)", ["gmb-2020-123456"]),
    # Lookalikes: a year without a number, and "jaar" that is no part of a gazette.
    ("Gemeenteblad van Den Haag, jaar 2020", []),
    ("het jaar 2020, nr. 123456 van de lijst", []),
]


def _identifiers(text: str) -> list[str | None]:
    return [m.citation.identifier for m in kamerstuk.find(text)]


@pytest.mark.parametrize(("text", "want"), _QUESTIONS_AFTER + _ZAAK_STAYS + _TK_PAGES + _GAZETTES)
def test_read(text: str, want: list[str]) -> None:
    assert _identifiers(text) == want


@pytest.mark.parametrize(("text", "_"), _QUESTIONS_AFTER + _TK_PAGES + _GAZETTES)
def test_spans_are_exact(text: str, _: list[str]) -> None:
    for match in kamerstuk.find(text):
        assert text[match.start : match.end] == match.text


def test_page_of_questions_spans_the_address() -> None:
    text = f"Zie {_TK}/kamervragen/detail?id=2020Z04567&did=2020D09876 ."
    (match,) = kamerstuk.find(text)
    assert match.text == text[4:-2]


_OB = "https://zoek.officielebekendmakingen.nl"
# A markdown link whose text cites a document and whose target is its address is one match, the
# text's, as an HTML link is; another document in the target, or a text citing none, keeps it.
_LINKS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        f"[Kamerstuk 35 300, nr. 5]({_OB}/kst-35300-5.html)",
        [("Kamerstuk 35 300, nr. 5", "kst-35300-5")],
    ),
    (
        f'<a href="{_OB}/kst-35300-5.html">Kamerstuk 35 300, nr. 5</a>',
        [("Kamerstuk 35 300, nr. 5", "kst-35300-5")],
    ),
    (
        f"Zie [Stb. 2019, 123, p. 4]({_OB}/stb-2019-123.pdf) en verder.",
        [("Stb. 2019, 123, p. 4", "stb-2019-123")],
    ),
    (
        f"Zie [de wet, Stb. 2019, 123 (tekst)](<{_OB}/stb-2019-123.html>).",
        [("Stb. 2019, 123", "stb-2019-123")],
    ),
    (
        f"[{_OB}/stb-2019-123.html]({_OB}/stb-2019-123.html)",
        [(f"{_OB}/stb-2019-123.html", "stb-2019-123")],
    ),
    (
        f"[Stb. 2019, 123]({_OB}/stb-2019-124.html)",
        [("Stb. 2019, 123", "stb-2019-123"), (f"{_OB}/stb-2019-124.html", "stb-2019-124")],
    ),
    (f"[hier]({_OB}/kst-35300-5.html)", [(f"{_OB}/kst-35300-5.html", "kst-35300-5")]),
    (
        f"Stb. 2019, 123 ({_OB}/stb-2019-123.html)",
        [("Stb. 2019, 123", "stb-2019-123"), (f"{_OB}/stb-2019-123.html", "stb-2019-123")],
    ),
    (
        f"[Stb. 2019, 123] ({_OB}/stb-2019-123.html)",
        [("Stb. 2019, 123", "stb-2019-123"), (f"{_OB}/stb-2019-123.html", "stb-2019-123")],
    ),
]


@pytest.mark.parametrize(("text", "want"), _LINKS)
def test_link_text_and_target(text: str, want: list[tuple[str, str]]) -> None:
    found = list(kamerstuk.find(text))
    assert [(m.text, m.citation.identifier) for m in found] == want
    assert all(text[m.start : m.end] == m.text for m in found)
