"""find() on the damage OCR leaves in scanned letters (issue 18, round 8): a space inside a
number, a full stop, semicolon or colon for the comma between two fields, and letters of the same
shape in head words and "nr.". Each damaged sentence reads the documents its clean twin reads,
and nothing else; beside them the lookalikes stay unread and the numbers after a damaged form
that belong to something else are not swallowed. The sentences are written for these tests.
docs/citations.md ("OCR'd letters") says why each is read so.
"""

from __future__ import annotations

import pytest

from kamerstuk import find

from support import doc

# fmt: off

#: (damaged, clean): the damaged sentence cites what the clean one does.
TWINS = [
    # A space inside a dossier after the vergaderjaar's comma.
    ('Zie Kamerstukken II 2016/17, 3 1 066, nr. 4.', 'Zie Kamerstukken II 2016/17, 31 066, nr. 4.'),
    ('Zie Kamerstukken II 2016/17, 35 4 4 5, nr. 4.', 'Zie Kamerstukken II 2016/17, 35 445, nr. 4.'),
    ('(Kamerstukken II 2009/10, 33 8 25, nr. 12)', '(Kamerstukken II 2009/10, 33 825, nr. 12)'),
    ('Tweede Kamer, vergaderjaar 2019-2020, 353 00, nr. 5', 'Tweede Kamer, vergaderjaar 2019-2020, 35 300, nr. 5'),
    # A space inside a stuk, vergadering, Aanhangsel or blad number that closes its field.
    ('Zie Kamerstukken II 2016/17, 31 066, nr. 1 35.', 'Zie Kamerstukken II 2016/17, 31 066, nr. 135.'),
    ('(Kamerstukken II 2016/17, 31 066, nr. 61 0)', '(Kamerstukken II 2016/17, 31 066, nr. 610)'),
    ('Kamerstukken II 2016/17, 31 066, nr. 2 1; zie ook', 'Kamerstukken II 2016/17, 31 066, nr. 21; zie ook'),
    ('Kamerstukken II 2016/17, 31 066, nr. 1 234.', 'Kamerstukken II 2016/17, 31 066, nr. 1234.'),
    ('Zie Stb. 2019, 1 32.', 'Zie Stb. 2019, 132.'),
    ('(Stcrt. 2018, 3 7045)', '(Stcrt. 2018, 37045)'),
    ('Zie Gmb. 2019, 2 34567.', 'Zie Gmb. 2019, 234567.'),
    ('Handelingen II 2018/19, nr. 8 3, item 9', 'Handelingen II 2018/19, nr. 83, item 9'),
    ('Aanhangsel Handelingen II 2018/19, nr. 2 345.', 'Aanhangsel Handelingen II 2018/19, nr. 2345.'),
    # A full stop, semicolon or colon for a comma between fields.
    ('Zie Kamerstukken II 2016/17. 34 550 XIII. nr. 4.', 'Zie Kamerstukken II 2016/17, 34 550 XIII, nr. 4.'),
    ('Zie Stb. 2019. 511.', 'Zie Stb. 2019, 511.'),
    ('(Stcrt. 2018. 37045)', '(Stcrt. 2018, 37045)'),
    ('Zie Stcrt. 2014: 12432;', 'Zie Stcrt. 2014, 12432;'),
    ('Zie Gmb. 2015; nr. 390725.', 'Zie Gmb. 2015, nr. 390725.'),
    ('Handelingen II 2018/19, nr. 83. item 9', 'Handelingen II 2018/19, nr. 83, item 9'),
    ('(Handelingen II 2020-2021, nr. 2; item 29)', '(Handelingen II 2020-2021, nr. 2, item 29)'),
    ('Dat staat er (Kamerstukken II 2016/17, 34 550 XIII; nr. 4).', 'Dat staat er (Kamerstukken II 2016/17, 34 550 XIII, nr. 4).'),
    ('Zie Kamerstukken II 2016/17; 34 550 XIII; nr. 4.', 'Zie Kamerstukken II 2016/17, 34 550 XIII, nr. 4.'),
    ('Zie Kamerstukken II 2016/17: 34 550 XIII, nr. 4.', 'Zie Kamerstukken II 2016/17, 34 550 XIII, nr. 4.'),
    ('Zie Kst. 27492: nr. 869.', 'Zie Kst. 27492, nr. 869.'),
    ('Zie Bijlage bij Kamerstukken II 2016/2017: 26 598, nr. 1082 voor de toelichting.', 'Zie Bijlage bij Kamerstukken II 2016/2017, 26 598, nr. 1082 voor de toelichting.'),
    ('- Handelingen TK 19 januari 2007: 27-2654;', '- Handelingen TK 19 januari 2007, 27-2654;'),
    ('Zie ook Gmb. 2018: 313084 voor de toelichting.', 'Zie ook Gmb. 2018, 313084 voor de toelichting.'),
    ('Zie ook Stb. 1998; nr. 248 voor de toelichting.', 'Zie ook Stb. 1998, nr. 248 voor de toelichting.'),
    ('Zie ook Stb. 1998. nr. 248 voor de toelichting.', 'Zie ook Stb. 1998, nr. 248 voor de toelichting.'),
    # Letters of the same shape: "rir." for "nr.", "Slb." for "Stb.", "I I" for "II", ri for n.
    ('Zie Kamerstukken II 2016/17, 34 550 XIII, rir. 4.', 'Zie Kamerstukken II 2016/17, 34 550 XIII, nr. 4.'),
    ('Ik breng in stemming de motie op stuk rir. 1549 (21 501-07).', 'Ik breng in stemming de motie op stuk nr. 1549 (21 501-07).'),
    ('Zie Slb. 2019, 511.', 'Zie Stb. 2019, 511.'),
    ('Zie Slcrt. 2018, 37045.', 'Zie Stcrt. 2018, 37045.'),
    ('Zie Kamerstukken I I 2016/17, 34 550 XIII, nr. 4.', 'Zie Kamerstukken II 2016/17, 34 550 XIII, nr. 4.'),
    ('Zie Handelingen I I 2016/17, nr. 4, item 5.', 'Zie Handelingen II 2016/17, nr. 4, item 5.'),
    ('Zie Kamerstukkeri II 2016/17, 34 550 XIII, nr. 4.', 'Zie Kamerstukken II 2016/17, 34 550 XIII, nr. 4.'),
    ('Zie Handelirigen II 2018/19, nr. 83, item 9.', 'Zie Handelingen II 2018/19, nr. 83, item 9.'),
    ('Zie Karnerstukken II 2O16/17, 34 550 XIII, rir. 4.', 'Zie Kamerstukken II 2016/17, 34 550 XIII, nr. 4.'),
    # OCR letters for every digit of a stuk number (opening with l) or of a dossier's last group.
    ('Zie Kamerstukken II 2019/20, 35 300, nr. ll.', 'Zie Kamerstukken II 2019/20, 35 300, nr. 11.'),
    ('Zie Kamerstukken II 2019/20, 35 300, nr. lO.', 'Zie Kamerstukken II 2019/20, 35 300, nr. 10.'),
    ('Zie Kamerstukken II 2019/20, 35 300, nr. lo.', 'Zie Kamerstukken II 2019/20, 35 300, nr. 10.'),
    ('Zie Kamerstukken II 2019/20, 35 300, nr. lI, p. 3.', 'Zie Kamerstukken II 2019/20, 35 300, nr. 11, p. 3.'),
    ('(Kamerstukken II 2019/20, 35 300 III, nr. ll)', '(Kamerstukken II 2019/20, 35 300 III, nr. 11)'),
    ('Zie Kamerstukken II 2019/20, 34 OOO, nr. 1.', 'Zie Kamerstukken II 2019/20, 34 000, nr. 1.'),
    ('Zie Kamerstukken II 2019/20, 34 ooo, nr. 7.', 'Zie Kamerstukken II 2019/20, 34 000, nr. 7.'),
    ('Zie Kamerstukken II 2019/20, 34 lOO, nr. 2.', 'Zie Kamerstukken II 2019/20, 34 100, nr. 2.'),
    ('Zie Kamerstukken II 2O19/2O, 3l OOO, nr. lO.', 'Zie Kamerstukken II 2019/20, 31 000, nr. 10.'),
    # OCR letters in a numbered identifier's numbers.
    ('Zie stcrt-2O2O-2345l.', 'Zie stcrt-2020-23451.'),
    ('Zie blg-9l3l74.', 'Zie blg-913174.'),
    ('(gmb-2O2O-l2345)', '(gmb-2020-12345)'),
    ('Zie trb-2OO9-l2 hier.', 'Zie trb-2009-12 hier.'),
    # A semicolon or colon for the comma before a capital "Nr." after a chapter.
    ('Zie Kamerstukken II 2019/20, 35 300 VII; Nr. 5.', 'Zie Kamerstukken II 2019/20, 35 300 VII, nr. 5.'),
    ('Zie Kamerstukken II 2019/20, 35 300 VII: NR. 5.', 'Zie Kamerstukken II 2019/20, 35 300 VII, nr. 5.'),
    ('Zie ook Handelingen TK 2016-2017, nr. 24: item 12 hier.', 'Zie ook Handelingen TK 2016-2017, nr. 24, item 12 hier.'),
    # A space inside a number further on in a list, or before a line break and its comma.
    ('Staatsblad 2021, nr. 2, 5 9;', 'Staatsblad 2021, nr. 2, 59;'),
    ('Zie Stb. 2019, 12, 3, 4 5.', 'Zie Stb. 2019, 12, 3, 45.'),
    ('Zie Stb. 1998, nr. 109, 11 5)', 'Zie Stb. 1998, nr. 109, 115)'),
    ('Zie Stb. 1956, nr. 44 7\n;', 'Zie Stb. 1956, nr. 447;'),
    ('Kamerstukken II 2019/20, 34 000, nr. 12, 35 300, nr. 4.', 'Kamerstukken II 2019/20, 34 000, nr. 12, 35 300, nr. 4.'),
    ('Kamerstukken II 2019/20, 34 000, nr. 5, 12 mei 2019.', 'Kamerstukken II 2019/20, 34 000, nr. 5.'),
    # What follows a number that a space parts from it is not swallowed.
    ('Kamerstukken II 2016/17, 34 550 XIII, nr. 5 12 mei 2019.', 'Kamerstukken II 2016/17, 34 550 XIII, nr. 5 12 mei 2019.'),
    ('Kamerstukken II 2016/17, 34 550, nr. 5 2019.', 'Kamerstukken II 2016/17, 34 550, nr. 5.'),
    ('Kamerstukken II 2016/17, 34 550, nr. 5 12 km verder.', 'Kamerstukken II 2016/17, 34 550, nr. 5.'),
    ('Kamerstukken II 2016/17, 34 550, nrs. 5 en 6.', 'Kamerstukken II 2016/17, 34 550, nrs. 5 en 6.'),
    ('| Kamerstukken II 2016/17, 34 550, nr. 5\t12 |', '| Kamerstukken II 2016/17, 34 550, nr. 5 |'),
    ('Zie Stb. 2019, 511. 12 leden stemden tegen.', 'Zie Stb. 2019, 511.'),
    ('Zie Kamerstukken II 2016/17, 34 550 XIII. Nr. 5 van de lijst is weg.', 'Zie Kamerstukken II 2016/17, 34 550 XIII.'),
    ('Zie Kamerstukken II 2016/17: 34 550 XIII. Nr. 5 van de lijst is weg.', 'Zie Kamerstukken II 2016/17, 34 550 XIII.'),
    ('Zie Kamerstukken II 2016/17, 31 066, nr. 4; nr. 5 ook.', 'Zie Kamerstukken II 2016/17, 31 066, nrs. 4 en 5 ook.'),
    # A sign for the comma before an Eerste Kamer letter, after a Roman or a numbered dossier
    # (a footnote mark or markers perhaps between).
    ('Zie (CII. letter P).', 'Zie (CII, letter P).'),
    ('Zie ook LXXXVI: letter Y voor de toelichting.', 'Zie ook LXXXVI, letter Y voor de toelichting.'),
    ('zoals de regering schreef.\n\n12 CLVII; letter N.\n', 'zoals de regering schreef.\n\n12 CLVII, letter N.\n'),
    ('12 CLIII⁹⁷. letter A.', '12 CLIII⁹⁷, letter A.'),
    ('Dat staat er (27 311. letter V).', 'Dat staat er (27 311, letter V).'),
    ('Zie 35 300 VI; letter Y.', 'Zie 35 300 VI, letter Y.'),
    # A sign for the comma between an act's date and its gazette; "Slb." after the date.
    ('de Wet van 27 juli 2020. Stb. 598', 'de Wet van 27 juli 2020, Stb. 598'),
    ('de Wet van 12 juli 1950: Stb. 354.', 'de Wet van 12 juli 1950, Stb. 354.'),
    ('de Wet van 12 juli 1950; Stcrt. 354', 'de Wet van 12 juli 1950, Stcrt. 354'),
    ('de Wet van 27 juli 2020, Slb. 598', 'de Wet van 27 juli 2020, Stb. 598'),
    ('de wet van 3 mei 2001, Slb. 98.', 'de wet van 3 mei 2001, Stb. 98.'),
    # A sign before the gazette's "jaargang" after its full title (and before "nr." after it).
    ('- Staatsblad van het Koninkrijk der Nederlanden: jaargang 1956, nr. 447;', '- Staatsblad van het Koninkrijk der Nederlanden, jaargang 1956, nr. 447;'),
    ('Zie Staatsblad van het Koninkrijk der Nederlanden. jaargang 2015. nr. 488 hier.', 'Zie Staatsblad van het Koninkrijk der Nederlanden, jaargang 2015, nr. 488 hier.'),
    ('Zie Tractatenblad van het Koninkrijk der Nederlanden; jaargang 1990, nr. 47.', 'Zie Tractatenblad van het Koninkrijk der Nederlanden, jaargang 1990, nr. 47.'),
    # The older Kamerstukken: a sign before "Zitting" or a capital "Nr.", "I I" before the comma.
    ('(Kamerstukken II: Zitting 1950-1951-7606, Nr. 21)', '(Kamerstukken II, Zitting 1950-1951-7606, Nr. 21)'),
    ('- Kamerstukken II, Zitting 1957-1958-5642: Nr. 607;', '- Kamerstukken II, Zitting 1957-1958-5642, Nr. 607;'),
    ('- Kamerstukken I I, Zitting 1957-1958-5642, Nr. 607;', '- Kamerstukken II, Zitting 1957-1958-5642, Nr. 607;'),
    ('Zie Handelingen I I, vergaderjaar 2016-2017, nr. 4, item 5.', 'Zie Handelingen II, vergaderjaar 2016-2017, nr. 4, item 5.'),
    # A word glued to the number after the sign (PDF text's table cells).
    ('| Gmb. 2005. 35089Besluiten |', '| Gmb. 2005, 35089Besluiten |'),
    ('| Stcrt. 2017: 20457Besluiten |', '| Stcrt. 2017, 20457Besluiten |'),
]

#: Numbers no citation is, damaged as the citations above: each stays unread.
UNREAD = [
    'artikel 1 25, tweede lid',
    'Het bedrag van € 1 350, is betaald.',
    'EUR 12 3 45,- per jaar',
    'Bel 070 3 456 789, of mail.',
    'tel. 070 - 3 45 67 89.',
    'ECLI:NL:HR:2019:1 234.',
    'NJ 2019, 1 23.',
    'AB 2018. 345.',
    'Op 12 mei 2019. 34 leden stemden.',
    'In tabel 3: 12 450, 13 1 20 en 14 000.',
    'zie noot 1 2.',
    'p. 1 2.',
    'Kamerstukken II 2016/17. 35 000 mensen kwamen.',
    'Zie Stb. 2019. 511 voor de toelichting.',
    'In de Stcrt. 2014. 12 reacties kwamen binnen.',
    'rolnurnmer 26223-10.',
    '(refereritie 30018-47).',
    'Verordening rir. 31564-76;',
    'Verordenirig nummer 24186-4;',
    'De heer I I 2016/17, 34 550.',
    'De Slb. van de vereniging, 12 leden.',
    'Het kost € l.2OO per jaar.',
    'Op l2 mei 2O19 kwam hij.',
    'Postcode 1O12 AB Amsterdam.',
    'Ol en Il zijn woorden.',
    'Er kwamen 12 OOO mensen, nr. 4 zei niets.',
    'ca. 34 OOO, nr. l van de lijst',
    'Bel O7O 3l2 3456, of mail.',
    'artikel l2, lid lO',
    'In 2019 kwamen 34 ooo bezoekers.',
    'Tabel 3: 12 lOO, 13 OOO en 14 000.',
    'De heer Il, nr. ll van de lijst.',
    'De vergadering nr. 24: item 12 is weg.',
    'de wet stb-lOlO-lOl is',
    'zie blg-lll.',
    'zie covid-l9 en bag-2O2O.',
    'Zie hoofdstuk 3. letter A van de wet.',
    'Het jaar 2019. letter A van de brief.',
    'Zie de letter A. letter B is weg.',
    'Artikel 12: letter b geldt.',
    'Op 12 mei 2019. Stb. is een afkorting.',
    'In 2020. Stb. 598',
    'De heer I I, Zitting 1957-1958 sprak.',
    'Staatsblad van het Koninkrijk der Nederlanden: jaargang 1956 was dik.',
    'Kamerstukken II 2016/17. 35000Mensen kwamen.',
]

# fmt: on


def _docs(text: str) -> list[str]:
    return sorted({doc(m.citation) for m in find(text)})


@pytest.mark.parametrize(("damaged", "clean"), TWINS)
def test_damaged_reads_as_clean(damaged: str, clean: str) -> None:
    """The damaged sentence cites the documents its clean twin cites, and no others."""
    expected = _docs(clean)
    assert expected, clean  # the twin is a citation
    assert _docs(damaged) == expected


#: (damaged, clean, context): a back-reference with "rir." for "nr." reads as its twin.
BACK_TWINS = [
    (
        "Het amendement (stuk rir. 75) is aangenomen.",
        "Het amendement (stuk nr. 75) is aangenomen.",
        "kst-26599-213",
    ),
    (
        "Zie de memorie van toelichting (rir. 1136 van dit wetsvoorstel).",
        "Zie de memorie van toelichting (nr. 1136 van dit wetsvoorstel).",
        "kst-34264-218",
    ),
    (
        "Zie ook Rir. 94 van hetzelfde dossier.",
        "Zie ook Nr. 94 van hetzelfde dossier.",
        "kst-28438-406",
    ),
]


@pytest.mark.parametrize(("damaged", "clean", "context"), BACK_TWINS)
def test_back_reference_reads_as_clean(damaged: str, clean: str, context: str) -> None:
    expected = sorted({doc(m.citation) for m in find(clean, context=context)})
    assert expected, clean
    assert sorted({doc(m.citation) for m in find(damaged, context=context)}) == expected


@pytest.mark.parametrize("text", UNREAD)
def test_lookalikes_stay_unread(text: str) -> None:
    assert [m.text for m in find(text)] == []


@pytest.mark.parametrize("damaged", [d for d, _ in TWINS])
def test_spans_are_the_text(damaged: str) -> None:
    """The span of each match is the text as written, damage and all."""
    for m in find(damaged):
        assert damaged[m.start : m.end] == m.text
