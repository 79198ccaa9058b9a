"""The classes of other kinds' notations read since issue 18's sixth round, each with variants
(damaged and not) and the lookalikes beside it, and a second table of notations of those kinds
as footnotes, decisions and rulings write them.

The classes: an Aanhangsel's head with an abbreviation and a word mixed ("Aanh. Handelingen",
"Aanhangsel Hand.", read before as the Handelingen: another document), the Tractatenblad's full
title, a gazette's year after "van", "HTK" and "HEK", a blad's head in lower case or capitals
with no comma after its year, the chamber after a comma ("Handelingen, Tweede Kamer, ..."), a
colon or "nr." after a Kamervraag's word, several zaak numbers in one bracket, "Prov. Blad" and a
water board named in lower case. Written for these tests; ``doc`` as in tests/support.py.
"""

from __future__ import annotations

import pytest

from kamerstuk import find, parse

from support import doc

# fmt: off

CLASSES = {
    "An Aanhangsel's head with an abbreviation and a word mixed (read as the Handelingen before, another document)": [
        ('Aanh. Handelingen II 2008/09, nr. 1234', ['ah-tk-20082009-1234']),
        ('Aanhangsel Hand. II 2008/09, nr. 1234.', ['ah-tk-20082009-1234']),
        ('AANH. HANDELINGEN II 2008/09, nr. 1234', ['ah-tk-20082009-1234']),
        ('aanh. handelingen II 2008/09, nr. 1234', ['ah-tk-20082009-1234']),
        ('Aanh Handelingen II 2008/09, nr. 1234', ['ah-tk-20082009-1234']),
        ('AANHANGSEL HAND. II 2008/09, nr. 1234', ['ah-tk-20082009-1234']),
        ('Aanhangsel van de Hand. II 2008/09, nr. 1234', ['ah-tk-20082009-1234']),
        ('Aanh.  Handelingen I 2017/18, 56', ['ah-ek-20172018-56']),
        ('*Aanh. Handelingen* II 2019/20, nr. 1234', ['ah-tk-20192020-1234']),
        ('Aanh. Handelingen II 2O19/2O, nr. l234', ['ah-tk-20192020-1234']),
        ('Aanh. Handelingen II, vergaderjaar 2019-2020, nr. 1234', ['ah-tk-20192020-1234']),
        ('de aanh. hand. is zoek', []),
        ('Aanhangsel 2 bij de Handelingen', []),
    ],
    "The Tractatenblad's full title, as a treaty's own page heads it": [
        ('Tractatenblad van het Koninkrijk der Nederlanden, jaargang 2019, nr. 45', ['trb-2019-45']),
        ('TRACTATENBLAD VAN HET KONINKRIJK DER NEDERLANDEN Jaargang 2020 Nr. 12', ['trb-2020-12']),
        ('Tractatenblad van het Koninkrijk der Nederlanden\nJaargang 2019\nNr. 45', ['trb-2019-45']),
        ('tractatenblad van het koninkrijk der nederlanden 2019, 45', ['trb-2019-45']),
        ('STAATSBLAD VAN HET KONINKRIJK DER NEDERLANDEN Jaargang 2018 Nr. 456', ['stb-2018-456']),
        ('Tractatenblad van het Koninkrijk der Nederlanden', []),
        ('Tractatenblad van het Koninkrijk der Nederlanden, jaargang 2019', []),
    ],
    "The year after 'van', before or after the number": [
        ('Staatsblad van 2015, nr. 245', ['stb-2015-245']),
        ('Staatscourant van 2019, nr. 12345', ['stcrt-2019-12345']),
        ('Stb. van 2015, 245', ['stb-2015-245']),
        ('Provinciaal blad nr. 54 van 2011', ['provinciaal_blad:number=54,year=2011']),
        ('Gemeenteblad nr. 45 van 2010', ['gemeenteblad:number=45,year=2010']),
        ('Gemeenteblad van 2010, nr. 12', ['gemeenteblad:number=12,year=2010']),
        ('Tractatenblad van 1990, nr. 170', ['trb-1990-170']),
        ('Staatscourant nummer 12345 van 2019', ['stcrt-2019-12345']),
        ('Staatsblad van 2015 en 2016', []),
        ('het Staatsblad van vandaag', []),
        ('Gemeenteblad nr. 45 van de gemeente Utrecht', []),
    ],
    'HTK and HEK, the Handelingen of a chamber in older legal writing': [
        ('HTK 1990/91, p. 1234', ['handelingen:chamber=II,vergaderjaar=1990-1991,page=1234']),
        ('HEK 1995/96, p. 567', ['handelingen:chamber=I,vergaderjaar=1995-1996,page=567']),
        ('(HTK 1998-1999, blz. 4567-4570)', ['handelingen:chamber=II,vergaderjaar=1998-1999,page=4567-4570']),
        ('HTK 2008/09, nr. 70, p. 4867', ['handelingen:chamber=II,vergaderjaar=2008-2009,number=70,page=4867']),
        ('HTK 2012/13, nr. 56, item 10', ['h-tk-20122013-56-10']),
        ('HEK 2002/03, 12-345', ['handelingen:chamber=I,vergaderjaar=2002-2003,number=12,page=345']),
        ('HTK 1990/91, 4211-4215', ['handelingen:chamber=II,vergaderjaar=1990-1991,page=4211-4215']),
        ('Kamerstukken II 1990/91, 21 427, nr. 3; HTK 1990/91, p. 1234', ['kst-21427-3', 'handelingen:chamber=II,vergaderjaar=1990-1991,page=1234']),
        ('de HTK 2019 heeft', []),
        ('HTK 2019', []),
        ('HEK 2019-2020 evaluatie', []),
        ('de HTK-installatie werd in 2019/20 vervangen', []),
    ],
    "A blad's head in lower case or capitals with no comma after its year (which the repair looks from)": [
        ('gemeenteblad 2019 nr. 123456', ['gmb-2019-123456']),
        ('provinciaal blad 2017 nr. 5678', ['prb-2017-5678']),
        ('waterschapsblad 2019 nr 5', ['wsb-2019-5']),
        ('staatsblad 2019 nr 123', ['stb-2019-123']),
        ('stb. 2019 nr. 123', ['stb-2019-123']),
        ('trb. 2019 nr. 45', ['trb-2019-45']),
        ('gmb. 2019 nr. 123456', ['gmb-2019-123456']),
        ('gmb 2019 nr 12', ['gmb-2019-12']),
        ('prb. 2019 nr. 4', ['prb-2019-4']),
        ('GEMEENTEBLAD 2019 nr. 123456', ['gmb-2019-123456']),
        ('postbus 2019 nr 5', []),
        ('Postb. 2019 nr. 4', []),
        ('gemeenteblad 2019 is digitaal verschenen', []),
    ],
    'Handelingen and the Aanhangsel with the chamber after a comma': [
        ('Handelingen, Tweede Kamer, 2019-2020, nr. 45, item 6', ['h-tk-20192020-45-6']),
        ('Handelingen, Eerste Kamer, 2019/20, 18-7', ['h-ek-20192020-18-7']),
        ('Handelingen, Tweede Kamer, vergaderjaar 1990-1991, blz. 3456', ['handelingen:chamber=II,vergaderjaar=1990-1991,page=3456']),
        ('Aanhangsel Handelingen, Tweede Kamer, 2019-2020, nr. 1234', ['ah-tk-20192020-1234']),
        ('de Handelingen, Tweede Kamer en Eerste Kamer', []),
    ],
    "Kamervragen: a colon or 'nr.' after the word, several numbers in its bracket, the numbers before 2009 after the word": [
        ('Vraagnummer: 2008Z09829', ['kv-tk-2008Z09829']),
        ('vraagnummer : 2008Z09829', ['kv-tk-2008Z09829']),
        ('Kamervragen: 2019Z12345 en 2019Z12346', ['kv-tk-2019Z12345', 'kv-tk-2019Z12346']),
        ('schriftelijke vragen: (2019Z12345)', ['kv-tk-2019Z12345']),
        ('zaaknummer: 2019Z12345', ['2019Z12345']),
        ('Kamervragen nr. 2019Z12345', ['kv-tk-2019Z12345']),
        ('Kamervraag nr. 2020Z01234', ['kv-tk-2020Z01234']),
        ('Kamervragen nr. 2019Z12345 en 2019Z12346', ['kv-tk-2019Z12345', 'kv-tk-2019Z12346']),
        ('vragen (2019Z12345 en 2019Z12346)', ['kv-tk-2019Z12345', 'kv-tk-2019Z12346']),
        ('vraagnummer (2019Z12345, 2019Z12346)', ['kv-tk-2019Z12345', 'kv-tk-2019Z12346']),
        ('Kamervragen 2060702480', ['kv-2060702480']),
        ('Kamervragen nr. 2060702480', ['kv-2060702480']),
        ('Vraagnummer: 12345', []),
        ('Kamervragen 2060902500', []),
    ],
    "The gazettes' longer abbreviations of older and local writing": [
        ('Stbl. 1994, 301', ['stb-1994-301']),
        ('Staatsbl. 1994 no. 301', ['stb-1994-301']),
        ('stbl. 1994, 301 en 302', ['stb-1994-301', 'stb-1994-302']),
        ('Stb. 1994, 301 en Stbl. 1995, 12', ['stb-1994-301', 'stb-1995-12']),
        ('Stct. 1995, 245', ['staatscourant:number=245,year=1995']),
        ('Staatscour. 2019, 12345', ['stcrt-2019-12345']),
        ('Tractatenbl. 1990, 170', ['trb-1990-170']),
        ('Gemeentebl. 2019, 123', ['gmb-2019-123']),
        ('gemeentebl. 2012, nr. 45', ['gemeenteblad:number=45,year=2012']),
        ('Waterschapsbl. 2020, 12', ['wsb-2020-12']),
        ('Prov. bl. 2019, 123', ['prb-2019-123']),
        ('in het Gemeenteblad. 2019, 12 mensen', []),
        ('de Staatscourant. 1995, 245 abonnees', []),
    ],
    "The provinces' and water boards' bladen: 'Prov. Blad', a board named in lower case": [
        ('Prov. Blad 2015, 12', ['prb-2015-12']),
        ('Prov.Blad 2015, 12', ['prb-2015-12']),
        ('Waterschapsblad van waterschap Vallei en Veluwe 2019, 4567', ['wsb-2019-4567']),
        ('Waterschapsblad van hoogheemraadschap Rijnland 2020, 12', ['wsb-2020-12']),
        ('Waterschapsblad van het hoogheemraadschap van Delfland 2021, 4321', ['wsb-2021-4321']),
        ('het Waterschapsblad van waterschap Vallei en Veluwe', []),
    ],
}

NOTATIONS = [
    ('Hand. II 11 juni 1992, p. 5231', ['handelingen:chamber=II,vergaderjaar=1991-1992,page=5231']),
    ('Handelingen, Tweede Kamer, 2019-2020, nr. 45, item 6', ['h-tk-20192020-45-6']),
    ('Handelingen van de Tweede Kamer 2019/20, nr. 45, item 6', ['h-tk-20192020-45-6']),
    ('Handelingen Tweede Kamer der Staten-Generaal 2019/20, nr. 45, item 6', ['h-tk-20192020-45-6']),
    ('Handelingen Tweede Kamer, 12 maart 2019, nr. 59, item 12', ['h-tk-20182019-59-12']),
    ('Handelingen II 2018-2019, nr. 59, item 12 d.d. 12 maart 2019', ['h-tk-20182019-59-12']),
    ('Handelingen II 2019/20, vergadering nr. 45, item 6', ['h-tk-20192020-45-6']),
    ('Handelingen II 1992/93, p. 5231, 5235', ['handelingen:chamber=II,vergaderjaar=1992-1993,page=5231, 5235']),
    ('Handelingen II 1983-1984, pp. 4567-4570', ['handelingen:chamber=II,vergaderjaar=1983-1984,page=4567-4570']),
    ('Hand. II 1983/84, 4567', ['handelingen:chamber=II,vergaderjaar=1983-1984,page=4567']),
    ('Hand. EK 2019/20, 18-7', ['h-ek-20192020-18-7']),
    ('Handelingen I 2019/20, nr. 18, item 7, p. 3 (Hoekstra)', ['h-ek-20192020-18-7']),
    ('Handelingen II 2012/13, nr. 13, item 9, p. 30 e.v.', ['h-tk-20122013-13-9']),
    ('Aanhangsel Handelingen II 2019/20, nr. 1234, p. 1-3', ['ah-tk-20192020-1234']),
    ('Aanhangsel bij de Handelingen II 2019/20, nr. 1234', ['ah-tk-20192020-1234']),
    ('Aanhangsel Handelingen II 2019/20, nummer 1234', ['ah-tk-20192020-1234']),
    ('Aanhangsel Handelingen, Tweede Kamer, 2019-2020, nr. 1234', ['ah-tk-20192020-1234']),
    ('Aanhangsel van de Handelingen van de Tweede Kamer 2019/20, nr. 1234', ['ah-tk-20192020-1234']),
    ('Aanhangsel Handelingen II 2019/20, 1234 en 1235', ['ah-tk-20192020-1234', 'ah-tk-20192020-1235']),
    ('Aanhangsel Handelingen Eerste Kamer 2019-2020, nr. 12', ['ah-ek-20192020-12']),
    ('Kamervragen nr. 2019Z12345', ['kv-tk-2019Z12345']),
    ('Kamervraag 2019Z12345, ingezonden 3 mei 2019', ['kv-tk-2019Z12345']),
    ('vraagnummer 2019Z12345 en 2019Z23456', ['kv-tk-2019Z12345', 'kv-tk-2019Z23456']),
    ('Kamervragen 2019Z12345 d.d. 3 mei 2019', ['kv-tk-2019Z12345']),
    ('vragen (2019Z12345 en 2019Z12346)', ['kv-tk-2019Z12345', 'kv-tk-2019Z12346']),
    ('Staatsblad 1998, 300, art. 3', ['stb-1998-300']),
    ('Stb. 2013, 228, p. 12-13', ['stb-2013-228']),
    ('Stb.2019, 123', ['stb-2019-123']),
    ('Stb. 2019,123', ['stb-2019-123']),
    ('Stb.2019/123', ['stb-2019-123']),
    ('Staatsblad 2019, nrs. 123 en 124', ['stb-2019-123', 'stb-2019-124']),
    ('Staatsblad 2019, nummers 123, 124 en 125', ['stb-2019-123', 'stb-2019-124', 'stb-2019-125']),
    ('Staatsblad 2019, nr. 123, blz. 4', ['stb-2019-123']),
    ('Stb. 2004, 555 (Wet X); Stb. 2005, 12 (Besluit Y)', ['stb-2004-555', 'stb-2005-12']),
    ('wet van 5 juli 2006, Stb. 2006, 324', ['stb-2006-324']),
    ('Wet van 5 juli 2006 (Stb. 324)', ['stb-2006-324']),
    ('Staatsblad, 2019, 123', ['stb-2019-123']),
    ('Staatsblad 2019, nummer 123', ['stb-2019-123']),
    ('Stb. 1991, 600; Stb. 1992, 120 en 422', ['stb-1991-600', 'stb-1992-120', 'stb-1992-422']),
    ('Stcrt. 2019, nr. 12345, p. 2', ['stcrt-2019-12345']),
    ('Staatscourant 2013, 12345, bijlage 2', ['stcrt-2013-12345']),
    ('Stcrt. 2019,12345', ['stcrt-2019-12345']),
    ('Stcrt.2019, 12345', ['stcrt-2019-12345']),
    ('Nederlandse Staatscourant 2019, 12345', ['stcrt-2019-12345']),
    ('Stcrt. 2002, 123, p. 7', ['staatscourant:number=123,year=2002,page=7']),
    ('Staatscourant 17 juni 2004, nr. 113, p. 12', ['staatscourant:number=113,year=2004,page=12']),
    ('Stcrt. van 12 maart 2019, nr. 12345', ['stcrt-2019-12345']),
    ('Staatscourant nummer 12345 van 2019', ['stcrt-2019-12345']),
    ('Stcrt. 2019, 12345 (verbeterblad: Stcrt. 2019, 23456)', ['stcrt-2019-12345', 'stcrt-2019-23456']),
    ('Trb. 1966, 99 en 1968, 100', ['trb-1966-99', 'trb-1968-100']),
    ('Trb. 2019, nr. 45', ['trb-2019-45']),
    ('Trb. 1954, 34 (Nederlandse tekst: Trb. 1955, 12)', ['trb-1954-34', 'trb-1955-12']),
    ('Tractatenblad 1990, 46 en Tractatenblad 1991, 12', ['trb-1990-46', 'trb-1991-12']),
    ('Provinciaal blad 2019, nr. 4567, d.d. 12 maart 2019', ['prb-2019-4567']),
    ('Provinciaal Blad 2019 nummer 4567', ['prb-2019-4567']),
    ('Provinciaal Blad van Limburg 2018/45', ['prb-2018-45']),
    ('Provinciaal blad van Groningen, 2015, nr. 12', ['prb-2015-12']),
    ('Prov. Blad 2015, 12', ['prb-2015-12']),
    ('Gemeenteblad 2019, nr. 123456, 12 maart 2019', ['gmb-2019-123456']),
    ('Gemeenteblad Den Haag 2017, 12345', ['gmb-2017-12345']),
    ('Gemeenteblad van de gemeente Súdwest-Fryslân 2019, 123456', ['gmb-2019-123456']),
    ('Gemeenteblad van Gemert-Bakel 2020, 12345', ['gmb-2020-12345']),
    ("Gemeenteblad van 's-Gravenhage 2018, 12345", ['gmb-2018-12345']),
    ('Gemeenteblad 2019, nr. 12345 (raadsbesluit 12 maart 2019)', ['gmb-2019-12345']),
    ('Waterschapsblad 2020, 1234 (Keur)', ['wsb-2020-1234']),
    ('Waterschapsblad van waterschap Vallei en Veluwe 2019, 4567', ['wsb-2019-4567']),
    ('Waterschapsblad van het Hoogheemraadschap Hollands Noorderkwartier 2021, 999', ['wsb-2021-999']),
    ('Blad gemeenschappelijke regeling 2019, 4567 (GR Veiligheidsregio)', ['bgr-2019-4567']),
    ('Bgr. 2019, nr. 4567', ['bgr-2019-4567']),
    ('Blad Gemeenschappelijke Regeling 2019, 4567', ['bgr-2019-4567']),
    ('Blad gemeenschappelijke regeling van Veiligheidsregio Utrecht 2019, 4567', ['bgr-2019-4567']),
    ('https://zoek.officielebekendmakingen.nl/stb-2019-123.html?zoekcriteria=abc&resultIndex=0', ['stb-2019-123']),
    ('https://www.officielebekendmakingen.nl/stb-2019-123.pdf', ['stb-2019-123']),
    ('https://zoek.officielebekendmakingen.nl/h-ek-20192020-18-7.html', ['h-ek-20192020-18-7']),
    ('https://zoek.officielebekendmakingen.nl/stb-2019-123.html#artikel-2', ['stb-2019-123']),
    ('[Stb. 2019, 123](https://zoek.officielebekendmakingen.nl/stb-2019-123.html)', ['stb-2019-123']),
    ('(kenmerk stcrt-2019-12345)', ['stcrt-2019-12345']),
    ('Handelingen II 2O19/2O, nr. 45, item 6', ['h-tk-20192020-45-6']),
    ('Stb. 2O19, l23', ['stb-2019-123']),
    ('Staatscourant 2O19, nr. l2345', ['stcrt-2019-12345']),
    ('Aanhangsel Handelingen II 2019/2O, nr. l234', ['ah-tk-20192020-1234']),
    ('Gemeenteb1ad 2019, 123456', ['gmb-2019-123456']),
    ('Hande-\nlingen II 2019/20, nr. 45, item 6', ['h-tk-20192020-45-6']),
    ('Staatscou-\nrant 2019, 12345', ['stcrt-2019-12345']),
    ('*Stb.* 2019, 123', ['stb-2019-123']),
    ('Stcrt. 2019, **12345**', ['stcrt-2019-12345']),
    ('_Handelingen II_ 2019/20, nr. 45, item 6', ['h-tk-20192020-45-6']),
    ('Stb. 2019, 123¹²', ['stb-2019-123']),
    ('Stb.\xa02019,\xa0123', ['stb-2019-123']),
    ('Hand.\xa0II\xa02019/20, nr.\xa045, item\xa06', ['h-tk-20192020-45-6']),
    ('Handelingen II 2019–20, nr. 45, item 6', ['h-tk-20192020-45-6']),
    ('Handelingen II 2019/2020, Nr. 45, Item 6', ['h-tk-20192020-45-6']),
    ('HANDELINGEN II 2019/20, NR. 45, ITEM 6', ['h-tk-20192020-45-6']),
    ('STB. 2019, 123', ['stb-2019-123']),
    ('STCRT. 2019, 12345', ['stcrt-2019-12345']),
    ('NJ 2019/123, m.nt. X', []),
    ('Gst. 2019/45; BR 2019/34; JB 2019/123', []),
    ('NJ 1994, 301 (Staatsblad-zaak)', []),
    ('het Staatsblad van vandaag', []),
    ('Provinciaal Blad van Noord-Holland', []),
    ('Gemeenteblad van Alkmaar 2024', []),
    ('HEK 2019-2020 evaluatie', []),
    ('Vraagnummer: 12345', []),
    ('gemeenteblad 2019 is digitaal verschenen', []),
    ('Staatsblad van 2015 en 2016', []),
    ('artikel 12, tweede lid, van de Wet van 1987', []),
    ('de HTK-installatie werd in 2019/20 vervangen', []),
    ('HTK 2019', []),
    ('Postbus 20018, 2500 EA Den Haag', []),
    ('op 12 mei 2019, nr. 45', []),
    ('Nummer 2019, 123', []),
]
# fmt: on


_CASES = [(name, text, expected) for name, rows in CLASSES.items() for text, expected in rows]


@pytest.mark.parametrize(("name", "text", "expected"), _CASES)
def test_classes(name: str, text: str, expected: list[str]) -> None:
    """Each variant reads its documents; each lookalike (expected []) reads nothing."""
    assert sorted({doc(m.citation) for m in find(text)}) == sorted(set(expected)), name


@pytest.mark.parametrize(("text", "expected"), NOTATIONS)
def test_notations(text: str, expected: list[str]) -> None:
    assert sorted({doc(m.citation) for m in find(text)}) == sorted(set(expected))


def test_every_class_has_variants_and_lookalikes() -> None:
    """A class is several variants of a form and the lookalikes beside it, not one example."""
    for name, rows in CLASSES.items():
        read = [text for text, expected in rows if expected]
        assert len(read) >= 4, name
        assert len(rows) > len(read), name


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Waterschapsblad van waterschap Vallei en Veluwe 2019, 4567",
            "Waterschap Vallei en Veluwe",
        ),
        (
            "Waterschapsblad van het hoogheemraadschap van Delfland 2021, 4321",
            "Hoogheemraadschap van Delfland",
        ),
        ("Waterschapsblad van Waterschap De Dommel 2023, 7934", "Waterschap De Dommel"),
        ("Gemeenteblad van de gemeente Breda 2016, 31077", "Breda"),
    ],
)
def test_a_water_board_keeps_its_name_written_with_a_capital(text: str, issuer: str) -> None:
    """A board's kind is part of its name ("Waterschap Vallei en Veluwe"), however the text
    writes it; a municipality's is not ("gemeente Breda" is Breda)."""
    (match,) = find(text)
    assert match.citation.to_dict()["issuer"] == issuer


@pytest.mark.parametrize(
    "text",
    [
        "Provinciaal blad van Zeeland van 2019, nr. 45",
        "Gemeenteblad gemeente van Breda 2016, 31077",
        "GEMEENTEBLAD VAN BERGEN OP ZOOM 2020, 5",
        "Gemeenteblad van Vlissingen, nr. 12 van 2010",
        "Waterschapsblad van het hoogheemraadschap van Delfland 2021, 4321",
        "GEMEENTEBLAD VAN GEMEENTE VAN 2023, 7",
    ],
)
def test_an_issuer_and_a_year_after_van_read_back(text: str) -> None:
    """ "van" joins an issuer's words or opens a year ("van 2019"), and alone names no
    issuer, so what format() writes reads back as the same citation (the grammar fuzz found
    "VAN 2023" read as an issuer "VAN" before)."""
    (match,) = find(text)
    assert parse(match.citation.format()) == match.citation
