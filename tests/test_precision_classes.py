"""Classes of wrong reads (text read as a document it does not cite), each beside the true
citations of the same shape that must still read: back-references over another work (K32), OCR
capitals for digits in a number (K9, G3), a count or a year after a list's comma (K27).

Each row: the text, and the identifiers find() gives for it, in order (back-references count as
the document they stand for).
"""

from __future__ import annotations

import io

import pytest

import kamerstuk
from kamerstuk.text.chunks import find_in_stream

K = "Kamerstukken II 2019/20, 35 300, nr. 3"

# K32: a short form after a ruling, journal, book or case file is that work's, not the
# Kamerstuk's; a short form with only prose (or a citation find() reads) between is still read.
BACK_REFERENCES = [
    (f"{K}, p. 5. Zie ook HR 1 mei 2020, ECLI:NL:HR:2020:800, t.a.p., p. 3.", ["kst-35300-3"]),
    (f"{K}. Vgl. ABRvS 3 juni 2020, AB 2020/245; ibid., r.o. 5.", ["kst-35300-3"]),
    (f"{K}; zie ook Asser/Bartels & Van Mierlo 3-IV, t.a.p., p. 12.", ["kst-35300-3"]),
    (f"{K}. Zie Van Dijk, a.w., p. 14; t.a.p., p. 15.", ["kst-35300-3"]),
    (f"{K}. Zie JB 2018/45, m.nt. De Vries; t.a.p., p. 2.", ["kst-35300-3"]),
    (f"{K}. Rb. Den Haag 1 maart 2018, ibid., p. 4.", ["kst-35300-3"]),
    (f"{K}. Hof Arnhem-Leeuwarden 2 juli 2019, t.a.p., p. 3.", ["kst-35300-3"]),
    (
        "12 Kamerstukken II 2018/19, 35 000, nr. 10, p. 3.\n"
        "13 P. Jansen, Bestuursrecht, Den Haag 2017, p. 88.\n14 Ibid., p. 90.",
        ["kst-35000-10"],
    ),
    (f"{K}. Uit het strafdossier (stuk nr. 12) blijkt dat.", ["kst-35300-3"]),
    (f"{K}. Bij conclusie van antwoord is overgelegd (stuk nr. 14).", ["kst-35300-3"]),
    (f"{K}. Zaaknummer C/09/123456, stuk nr. 12.", ["kst-35300-3"]),
    (f"{K}. In het procesdossier, stuk nr. 12, staat het.", ["kst-35300-3"]),
    (f"{K}. Zie productie 4 (stuk nr. 12).", ["kst-35300-3"]),
    # Still read: prose between, a ruling before the Kamerstuk, another citation read.
    (f"{K}, p. 5. De regering schrijft t.a.p., p. 7, dat het kan.", ["kst-35300-3"] * 2),
    (f"{K}, p. 5; ibid., p. 9.", ["kst-35300-3"] * 2),
    (f"{K}. Het amendement (stuk nr. 12) werd aangenomen.", ["kst-35300-3", "kst-35300-12"]),
    (
        f"{K} (zie het dossier van de commissie). Het amendement (stuk nr. 12) is aangenomen.",
        ["kst-35300-3", "kst-35300-12"],
    ),
    (f"HR 12 maart 2019, NJ 2019/123; {K}, p. 5; t.a.p., p. 7.", ["kst-35300-3"] * 2),
    ("Stb. 2019, 123; zie t.a.p., p. 4.", ["stb-2019-123"] * 2),
    (f"{K}; idem, nr. 4.", ["kst-35300-3", "kst-35300-4"]),
    (
        f"{K}. Later in het dossier verscheen de nota van wijziging (stuk nr. 12).",
        ["kst-35300-3", "kst-35300-12"],
    ),
    (f"{K}. In de pleitnota (stuk nr. 7) staat het anders.", ["kst-35300-3"]),
]

# K9, G3: a capital S or Z glued to a stuk's digits is OCR's 5 or 2; a lone S, B or Z after "nr."
# under the Tweede Kamer (which has no letters) is 5, 8 or 2; a glued B (a stuk's b, or an 8?) and any
# capital in a blad's number (which has no letters) are left unread; never a wrong identifier.
OCR_CAPITALS = [
    ("Kamerstukken II 2019/20, 35 300, nr. 1S.", ["kst-35300-15"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 4S", ["kst-35300-45"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 1Z.", ["kst-35300-12"]),
    ("Kamerstukken II 2019/20, 35 300, nr. S.", ["kst-35300-5"]),
    ("(Tweede Kamer, vergaderjaar 2019-2020, 35 300 VII, nr. S)", ["kst-35300-VII-5"]),
    ("Kamerstukken II 2019/20, 35 300, nr. B.", ["kst-35300-8"]),
    ("Stb. 2019, 12S", []),
    ("Stb. 2O19, l2S", []),
    ("Stcrt. 2019, 123Z.", []),
    # Still read: stuk letters in lower case (and a capital that is no digit's), the Eerste
    # Kamer's letters, a Tweede Kamer stuk I as 1.
    ("Kamerstukken II 2019/20, 35 300, nr. 12a", ["kst-35300-12a"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 12b", ["kst-35300-12b"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 12A", ["kst-35300-12a"]),
    # A glued B may be a stuk's b (in capitals too): read as such, not as OCR's 8.
    ("KAMERSTUKKEN I 1995/96, 23700, NR. 188B", ["kst-23700-188b"]),
    ("Kamerstukken I 2019/20, 35 300, B", ["kst-35300-B"]),
    ("Kamerstukken I 2019/20, 35 300, S.", ["kst-35300-S"]),
    ("Kamerstukken II 2019/20, 35 300, nr. I", ["kst-35300-1"]),
    # A letter without "nr." under II is written as one, the chamber wrong (checks: KS206).
    ("Kamerstukken II 2019/20, 35300, B", ["kst-35300-B"]),
    ("Stb. 2019, 125", ["stb-2019-125"]),
]

# K27: a number before a counted noun is a count; a year after a stuk's number and a comma or
# "en" is a date's. Lists of stukken and of bladen still read.
COUNTS = [
    ("Kamerstukken II 2019/20, 35 300, nr. 5, 3 bijlagen", ["kst-35300-5"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 12, 40 pagina's.", ["kst-35300-12"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 5, 2020", ["kst-35300-5"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 5 en 2019.", ["kst-35300-5"]),
    ("In Stb. 2019, 123, 45 artikelen gewijzigd.", ["stb-2019-123"]),
    ("Stcrt. 2019, 12345, 3 pagina's", ["stcrt-2019-12345"]),
    ("Gmb. 2019, 123456, 2 bijlagen", ["gmb-2019-123456"]),
    ("Trb. 2019, 45, 3 talen", ["trb-2019-45"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 7, 12 leden stemden voor.", ["kst-35300-7"]),
    ("Stb. 2020, 17, 6 maanden na de bekendmaking.", ["stb-2020-17"]),
    ("Stb. 2019, 123, 2 e.v.", ["stb-2019-123"]),
    ("Stcrt. 2019, 12345, 3 e.v.", ["stcrt-2019-12345"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 5, 12 e.v.", ["kst-35300-5"]),
    # Still read.
    (
        "Kamerstukken II 2019/20, 35 300, nrs. 5, 6 en 7",
        ["kst-35300-5", "kst-35300-6", "kst-35300-7"],
    ),
    (
        "Kamerstukken II 2019/20, 35 300, nr. 5, 12 en 14",
        ["kst-35300-5", "kst-35300-12", "kst-35300-14"],
    ),
    ("Stb. 2019, 123, 124", ["stb-2019-123", "stb-2019-124"]),
    ("Stb. 2019, 2020", ["stb-2019-2020"]),
    ("Stcrt. 2019, 12345 en 12346", ["stcrt-2019-12345", "stcrt-2019-12346"]),
    ("Kamerstukken II 1998/99, 21 501-20, nr. 1999", ["kst-21501-20-1999"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 5, p. 3", ["kst-35300-5"]),
    ("Kamerstukken II 2019/20, 35 300, nrs. 5 e.v.", ["kst-35300-5"]),
    ("Stb. 2019, 123 e.v.", ["stb-2019-123"]),
]


def _identifiers(text: str) -> list[str | None]:
    return [m.citation.identifier for m in kamerstuk.find(text)]


@pytest.mark.parametrize(("text", "expected"), BACK_REFERENCES)
def test_back_references(text: str, expected: list[str]) -> None:
    assert _identifiers(text) == expected


@pytest.mark.parametrize(("text", "expected"), OCR_CAPITALS)
def test_ocr_capitals(text: str, expected: list[str]) -> None:
    assert _identifiers(text) == expected


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_counts_after_a_comma(text: str, expected: list[str]) -> None:
    assert _identifiers(text) == expected


# A letter after ";" continues the dossier before it as the Eerste Kamer's stuk; after a Tweede
# Kamer stuk it is none ("NV" here is a kind of paper, "nader verslag"), and no letter is read.
LETTERS_AFTER_II = [
    ("Kamerstukken II 2019/20, 35 300, nr. 3; NV, p. 7.", ["kst-35300-3"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 3; B, p. 7.", ["kst-35300-3"]),
    ("TK 35 300, nr. 3, p. 2; VV, blz. 4.", ["kst-35300-3"]),
    (
        "Kamerstukken I 2019/20, 35 300 VII, C, p. 2; D, p. 4.",
        ["kst-35300-VII-C", "kst-35300-VII-D"],
    ),
    ("Kamerstukken 35 300, C, p. 2; D, p. 4.", ["kst-35300-C", "kst-35300-D"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 3; nr. 4, p. 7.", ["kst-35300-3", "kst-35300-4"]),
]


@pytest.mark.parametrize(("text", "expected"), LETTERS_AFTER_II)
def test_no_letter_continues_a_tweede_kamer_stuk(text: str, expected: list[str]) -> None:
    assert _identifiers(text) == expected


@pytest.mark.parametrize("chunk_size", [40, 4096])
@pytest.mark.parametrize(("text", "expected"), BACK_REFERENCES)
def test_a_stream_follows_back_references_as_find_does(
    text: str, expected: list[str], chunk_size: int
) -> None:
    # The CLI reads a stream a chunk at a time; its trail looked at no text between citations,
    # so "ibid." after another work was read there and not by find() (grammar fuzz, seed 18).
    streamed = find_in_stream(io.StringIO(text), chunk_size=chunk_size)
    assert [located.match.citation.identifier for located in streamed] == expected


@pytest.mark.parametrize("written", ["3L", "12b", "31795C", "188B"])
def test_a_back_referenced_stuk_is_written_as_koop_writes_it(written: str) -> None:
    # "stuk nr. 3L" kept its capital where "nr. 3L" reads 3l: written out and read back, the
    # two differed (grammar fuzz, seed 8888).
    text = f"Zie Kamerstuk 35300, nr. 5. Zie ook stuk nr. {written}."
    back = [m for m in kamerstuk.find(text) if m.short_form]
    assert [m.citation.identifier for m in back] == [f"kst-35300-{written.lower()}"]
    assert kamerstuk.parse(str(back[0].citation)) == back[0].citation
