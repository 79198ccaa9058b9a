"""find() on Kamerstukken, Handelingen, Aanhangsel and Kamervragen as the weakest genres write
them (issue 18, seventh round): OCR'd audit-office letters, the lists of stukken printed in the
Handelingen, Eerste Kamer papers and bibliographies. Each class has variants, damaged and not,
and beside them the lookalikes that must stay unread: a dated letter's own number, a letter's
kenmerk, amounts with a Roman numeral after them, a zaak number's lookalikes. The sentences are
written for these tests (none is copied from ../shared). ``doc`` (tests/support.py) names a
document by its KOOP identifier, or by its kind and fields without one. docs/citations.md
("Kamerstukken, Handelingen and Kamervragen in the weakest genres") says why each is read so.
"""

from __future__ import annotations

import pytest

from kamerstuk import find
from kamerstuk.model.citations import Kamerstuk

from support import doc

# fmt: off

READS = [
    # A misread "nr." ("rn.", "mr.") before a stuk with its letter.
    ('Kamerstukken I 2014/2015, 22.497, rn. 7a', ['kst-22497-7a']),
    ('Kamerstukken I 2014/2015, 22 497, rn 7a', ['kst-22497-7a']),
    ('Kamerstukken II 2014/15, 22 497, mr. 12b, p. 3', ['kst-22497-12b']),
    ('Kamerstukken II 2014/15, 22 497, rn. l2a', ['kst-22497-12a']),
    ('Zie Kamerstukken I 1991-1992, 21 427, rn. 7b, p. 3.', ['kst-21427-7b']),
    # "it." (and OCR's "itern") for "item".
    ('Handelingen II 2019/20, nr. 45, it. 6', ['h-tk-20192020-45-6']),
    ('Handelingen I 2019/20, nr. 12, It. 3, p. 4', ['h-ek-20192020-12-3']),
    ('Handelingen II 2019/20, nr. 45, it. 6; nr. 46, it. 3', ['h-tk-20192020-45-6', 'h-tk-20192020-46-3']),
    ('Handelingen II 2019/20, nr. 45, itern 6', ['h-tk-20192020-45-6']),
    ('Hand. II 2019/20, nr. 45, it.\n6, p. 12', ['h-tk-20192020-45-6']),
    # Vergaderingen of one vergaderjaar in a list, without items.
    ('Handelingen II 2019/20, nrs. 45 en 46', ['handelingen:chamber=II,vergaderjaar=2019-2020,number=45', 'handelingen:chamber=II,vergaderjaar=2019-2020,number=46']),
    ('Handelingen II 2019/20, nrs. 45 t/m 47, p. 3', ['handelingen:chamber=II,vergaderjaar=2019-2020,number=45,page=3', 'handelingen:chamber=II,vergaderjaar=2019-2020,number=46,page=3', 'handelingen:chamber=II,vergaderjaar=2019-2020,number=47,page=3']),
    ('Handelingen I 2003/04, nrs. 12 en 13', ['handelingen:chamber=I,vergaderjaar=2003-2004,number=12', 'handelingen:chamber=I,vergaderjaar=2003-2004,number=13']),
    # A zaak number after a Kamervraag's word and a comma or "(met) kenmerk".
    ('Kamervragen met kenmerk 2019Z12345', ['kv-tk-2019Z12345']),
    ('Kamervragen, 2019Z12345', ['kv-tk-2019Z12345']),
    ('Schriftelijke vragen met kenmerk 2019Z12345 en 2019Z12346', ['kv-tk-2019Z12345', 'kv-tk-2019Z12346']),
    ('Kamervragen (kenmerk 2019Z12345)', ['kv-tk-2019Z12345']),
    ('kamervraag, kenmerk: 2019Z12345', ['kv-tk-2019Z12345']),
    ('de vragen met\nkenmerk 2019Z12345', ['kv-tk-2019Z12345']),
    ('Kamervragen met nummer 2019Z12345', ['kv-tk-2019Z12345']),
    ('schriftelijke vragen (nr. 2019Z12345 en 2019Z12346)', ['kv-tk-2019Z12345', 'kv-tk-2019Z12346']),
    # A Bijlage of an Eerste Kamer Roman dossier without a letter.
    ('Bijlage bij Kamerstukken LXXX', ['bijlage:dossier=LXXX']),
    ('Zie de Bijlage bij Kamerstukken LXXX.', ['bijlage:dossier=LXXX']),
    ('BIJLAGE BIJ KAMERSTUKKEN CXXIV', ['bijlage:dossier=CXXIV']),
    ('Bijlage bij Kamerstukken I, CXX', ['bijlage:chamber=I,dossier=CXX']),
    # A dotted dossier with its budget chapter, without a head word.
    ('35.300-VII, nr. 5', ['kst-35300-VII-5']),
    ('(35.300 VII, nr. 5)', ['kst-35300-VII-5']),
    ('de motie (35.300-VII, nr. 5) over', ['kst-35300-VII-5']),
    ('(35.300-VII-5)', ['kst-35300-VII-5']),
    ('35.300-VII, A', ['kst-35300-VII-A']),
    ('35.300 VII, letter A', ['kst-35300-VII-A']),
    # OCR's l for I in a budget chapter.
    ('Kamerstuk 35 470 VIl, nr. 2', ['kst-35470-VII-2']),
    ('Kamerstukken II 2019/20, 35 300 Vll, nr. 5', ['kst-35300-VII-5']),
    ('Kamerstuk 35 470-Xll, nr. 2', ['kst-35470-XII-2']),
    ('Zie Kamerstuk 35300-XlV-5 hier.', ['kst-35300-XIV-5']),
    ('35 300 VIl, nr. 5', ['kst-35300-VII-5']),
    ('(35 300-Vll, nr. 5)', ['kst-35300-VII-5']),
    ('Kamerstukken I 2019/20, 35 300 VIl, A', ['kst-35300-VII-A']),
    ('Tweede Kamer, vergaderjaar 2019-2020, 35 300 VIl, nr. 5', ['kst-35300-VII-5']),
    ('Kamerstukken II 2019/20, 35 300 Vlll, nr. 4', ['kst-35300-VIII-4']),
    ('Kamerstukken II 2019/20, 35 300 V11, nr. 5', ['kst-35300-VII-5']),
    ('Kamerstukken II 2019/20, 35 925 XVlI, nr. 2', ['kst-35925-XVII-2']),
    ('Kamerstukken II 2019/20, 35 300 X1V, nr. 3', ['kst-35300-XIV-3']),
    ('Kamerstukken II 2019/20, 35 300 lV, nr. 3', ['kst-35300-IV-3']),
    ('Kamerstukken II 2019/20, 35 300 lXB, nr. 2', ['kst-35300-IXB-2']),
    # The amendment's part after its stuk: no Eerste Kamer letter I.
    ('Het wetsvoorstel (35 123). Het amendement-Kwint (stuk nr. 14, I) wordt aangenomen.', ['kamerstuk:dossier=35123', 'kst-35123-14']),
    ('Het wetsvoorstel (35 123). Het amendement (stuk nr. 15, II) en (stuk nr. 16).', ['kamerstuk:dossier=35123', 'kst-35123-15', 'kst-35123-16']),
    # The next citation's head word or vergaderjaar after "en": no letter EK, no stuk 2020 (a
    # Handelingen after its own vergaderjaar is the same chamber's: docs/citations.md).
    ('EK 35 300 VII, C en EK 35 300 VII, D', ['kst-35300-VII-C', 'kst-35300-VII-D']),
    ('Kamerstukken I 2019/20, 35 300, B en TK 35 300, nr. 5', ['kst-35300-B', 'kst-35300-5']),
    ('Kamerstukken I 2019/20, 35 300, EK en EL', ['kst-35300-EK', 'kst-35300-EL']),
    ('Kamerstukken II 2019/20, 35 300 VIII, nr. 5 en 2020/21, 35 570 VIII, nr. 7.', ['kst-35300-VIII-5', 'kst-35570-VIII-7']),
    ('Handelingen II 2019/20, nr. 45, item 6 en 2020/21, nr. 12, item 3.', ['h-tk-20192020-45-6', 'h-tk-20202021-12-3']),
    # A calendar year, or a vergaderjaar with another sign, where the vergaderjaar goes: no
    # dossier 2019 (before: kst-2019-5, one stuk under "dossiers" 2019 and 35 300).
    ('Kamerstukken II 2019, 35 300, nr. 5.', ['kst-35300-5']),
    ('Kamerstukken II 2019\u221520, 35 300, nr. 5', ['kst-35300-5']),
    ('Kamerstukken II 2019\\20, 35 300, nr. 5', ['kst-35300-5']),
    ('Kamerstukken II 2019 2020, 35 300, nr. 5', ['kst-35300-5']),
    ('Kamerstukken II, 2019, 35 300, nr. 5', ['kst-35300-5']),
    ('Kamerstuk 31728, 30914, nr. 5', ['kst-31728-5']),
    # Chapter IX's fund letter written apart, before a stuk: KOOP's IXB.
    ('Kamerstukken II 2019/20, 35 300 IX B, nr. 2', ['kst-35300-IXB-2']),
    ('35 300-IX-B, nr. 2', ['kst-35300-IXB-2']),
    ('Kamerstukken I 2019/20, 35 300 IX, B', ['kst-35300-IX-B']),
    # The item as an agenda's point.
    ('Handelingen II 2019/20, nr. 45, agendapunt 6', ['h-tk-20192020-45-6']),
    ('Handelingen II 2019/20, nr. 45, punt 6', ['h-tk-20192020-45-6']),
    # "stuk nr." after the dossier and a comma, as older Handelingen write it.
    ('Het amendement-Van der Vlies (19 403, stuk nr. 12) wordt aangenomen.', ['kst-19403-12']),
    ('(19 403, Stuk nr. 12)', ['kst-19403-12']),
    ('(35 300-VII, stuk nr. 12)', ['kst-35300-VII-12']),
    ('Kamerstuk 19 403, stuk nr. 12', ['kst-19403-12']),
    # "Aanhangsel" after the Handelingen's vergaderjaar.
    ('Handelingen II 2012/13, Aanhangsel, nr. 2345.', ['ah-tk-20122013-2345']),
    ('Handelingen II 2012/13, aanhangsel nrs. 2345 en 2346, p. 2', ['ah-tk-20122013-2345', 'ah-tk-20122013-2346']),
    # A calendar year where the Handelingen's vergaderjaar goes: no page 2019 beside it.
    ('Handelingen II 2019, nr. 45, item 6', ['handelingen:chamber=II,number=45,item=6']),
    # A Kamerstuk with its own head word in a list.
    ('Kamerstukken II 2019/20, 35 300, nr. 3 en Kamerstuk 33694, nr. 20', ['kst-33694-20', 'kst-35300-3']),
]

UNREAD = [
    # A dated document's own number in the compact Kamerstuk form: a letter, a decision.
    "Brief van 12 mei 2019, nr. 31066-4",
    "Brief van 12 mei 2019 nr. 31066-4",
    "Besluit van 3 juni 2019, nummer 12345-6",
    "Uw brief van 12 mei 2019, nr. 31066-4, over de subsidie",
    "De beschikking van 1 februari 2018, no. 33694-2",
    # A kenmerk that is no zaak number; a misread "nr." with no dossier before it.
    "Het kenmerk 2019-0012345",
    "Kamervragen met kenmerk 2019-0012345",
    "Onze vragen, kenmerk DGB/2019/123",
    "vragen met 2019Z1234",
    "De bedragen 2019, rn. 7a",
    # Amounts with a dot, with or without a Roman numeral after them.
    "De prijs was € 12.500-V.",
    "Het aantal was 12.500-VII en meer.",
    "Het rapport 35.300 en 35.301.",
    "(35.300, nr. 5)",
    "Het bedrag van € 1.300 VIl",
    "De weg 35 300 Vlissingen",
    # "it" as a word, "item l", Roman numbers after "bij" that are no dossier.
    "Dat is it. Niets meer.",
    "Zie item l van de lijst.",
    "Bijlage bij de brief van CLI",
    "Bijlage bij het verslag XC",
    # A range of dossiers in spaced digits: no dossier with a part "-30" and a stuk 128.
    "de wetsvoorstellen 30 126-30 128",
    "30 126-30 128",
    # OCR digits and l with no Roman letter are no chapter.
    "artikel 1l",
    "Het bedrag 12.500, stuk nr. 4",
    "In 2019, stuk nr. 12",
    "Handelingen zijn een punt 6 waard.",
    # "handelingen" as a word (acts), with a number after it, not the Handelingen.
    "de verboden handelingen, nr. 4 en 5 van de lijst",
    "de verrichte handelingen 2019, nr. 45 van de lijst",
    # The genres' other lookalikes.
    "telefoon 070-3424344",
    "artikel 31066-4",
    "NJ 2019/123",
]

# fmt: on


@pytest.mark.parametrize(("text", "expected"), READS)
def test_reads(text: str, expected: list[str]) -> None:
    """Every document the sentence cites is read, and nothing else."""
    assert sorted({doc(m.citation) for m in find(text)}) == sorted(set(expected))


@pytest.mark.parametrize("text", UNREAD)
def test_lookalikes_stay_unread(text: str) -> None:
    assert [m.text for m in find(text)] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bijlage bij Kamerstukken LXXX", "bijlage"),
        ("Kamervragen met kenmerk 2019Z12345", "kamervragen"),
        ("vragen van het lid Jansen (kenmerk 2019Z12345)", "kamervragen"),  # askers (round 8)
        ("Het kenmerk 2019Z12345", "zaak"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    """A Bijlage is read from its "Bijlage bij", not as the Kamerstuk after it; a zaak number
    is Kamervragen only where the words right before it say so."""
    assert [m.citation.kind for m in find(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # Its own head word: it names no chamber or year, and takes none.
        ("Kamerstukken II 2019/20, 35 300, nr. 3 en Kamerstuk 33694, nr. 20", ["2019-2020", None]),
        ("Kamerstukken II 2019/20, 35 300, nr. 3; Kamerstukken 33694, nr. 20", ["2019-2020", None]),
        # Without one it is an item of the same list, of the same year.
        ("Kamerstukken II 2019/20, 35 300, nr. 3 en 33694, nr. 20", ["2019-2020", "2019-2020"]),
        ("Kamerstukken I, 1971-1972, 11 201, 11 202", ["1971-1972", "1971-1972"]),
    ],
)
def test_head_word_takes_no_year(text: str, years: list[str | None]) -> None:
    found = [m.citation for m in find(text)]
    read = [c for c in found if isinstance(c, Kamerstuk)]
    assert len(read) == len(found)
    assert [str(c.vergaderjaar) if c.vergaderjaar else None for c in read] == years


def test_spans_are_the_text() -> None:
    for text, _ in READS:
        for match in find(text):
            assert text[match.start : match.end] == match.text
