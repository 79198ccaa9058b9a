"""find() on the OCR damage of the Algemene Rekenkamer's scanned letters and reports (issue 18,
round 7b): the punctuation around "nr." ("nr . 5", " , "), OCR's "n r.", "m.", "biz.", "bIz.",
"blzn.", "ltem", "cn"/"eri" for "en", "H" or "U" for the chamber "II", a chamber in lower case,
a line break between the comma and "nr.", a year split by a no-break space and a head word split
after an opening typographic quote. Each form has variants, damaged and not, and beside them the
lookalikes that stay unread. The sentences are written for these tests (none is copied from
../shared). docs/citations.md ("OCR'd letters") says why each is read so.
"""

from __future__ import annotations

import pytest

from kamerstuk import find

from support import doc

_H9394 = "handelingen:chamber=II,vergaderjaar=1993-1994,page="

# fmt: off

READS = [
    # OCR's space before the comma and before the dot of "nr.".
    ('Tweede Kamer, vergaderjaar 2020-2021, 35 570 XV, nr . 12', ['kst-35570-XV-12']),
    ('Kamerstukken II 2020/21, 35 570 XV , nr . 12 .', ['kst-35570-XV-12']),
    ('Tweede Kamer , vergaderjaar 2020 - 2021 , 35 570 XV , nr . 12', ['kst-35570-XV-12']),
    ('Kamerstukken II 2017/18, 34 775 , nr . 3', ['kst-34775-3']),
    ('Zie Kamerstukken I 2017/18, 34 775 , nr . 3, p. 4.', ['kst-34775-3']),
    ('Tweede Kamer, vergaderjaar 2017-2018 , 34 775 VI , nrs . 3 en 4', ['kst-34775-VI-3', 'kst-34775-VI-4']),
    # "n r." (a space inside) and "m." (rn read as m) for "nr.".
    ('(Tweede Kamer, vergaderjaar 2020-2021, 35 570 XV, n r. 12)', ['kst-35570-XV-12']),
    ('Kamerstukken II 2017/18, 34 775, n r . 3', ['kst-34775-3']),
    ('Tweede Kamer, vergaderjaar 2020-2021, 35 570 XV, m. 12', ['kst-35570-XV-12']),
    ('Kamerstukken II 2017/18, 34 775 VI, m. 3, p. 7', ['kst-34775-VI-3']),
    # A full stop for the comma between a dossier (and its chapter) and "nr.".
    ('Tweede Kamer, vergaderjaar 2020-2021, 35 570 XV. nr. 12', ['kst-35570-XV-12']),
    ('Kamerstukken II 2008/09, 31066. nr. 4', ['kst-31066-4']),
    ('Kamerstukken II 2008/09, 31 066. nr. 4, p. 3', ['kst-31066-4']),
    ('Kamerstukken II 2017/18, 34 775 VIII. nr. 45 en 46', ['kst-34775-VIII-45', 'kst-34775-VIII-46']),
    # (a sentence that ends after the dossier: the next one's "Nr." is no stuk of it)
    ('Kamerstukken II 2019/20, 35 300. Nr. 5 van de lijst is weg.', ['kamerstuk:chamber=II,vergaderjaar=2019-2020,dossier=35300']),
    # "biz.", "bIz." (l read as i) and the plural "blzn." for "blz."; "ltem" for "item".
    ('Handelingen II 1993/94, biz. 2231', [_H9394 + '2231']),
    ('Handelingen II 1993/94, bIz. 2231-2240', [_H9394 + '2231-2240']),
    ('Handelingen I 1988/89, blzn. 612-618', ['handelingen:chamber=I,vergaderjaar=1988-1989,page=612-618']),
    ('Kamerstukken II 2017/18, 34 775, nr. 3, biz. 12', ['kst-34775-3']),
    ('Handelingen II 2017/18, nr. 88, ltem 14', ['h-tk-20172018-88-14']),
    ('Handelingen II 2017/18, nr. 88, ltem 14 en nr. 89, ltem 3', ['h-tk-20172018-88-14', 'h-tk-20172018-89-3']),
    # "cn" and "eri" for "en" in a list.
    ('Kamerstukken II 2017/18, 34 775, nr. 3 cn nr. 4', ['kst-34775-3', 'kst-34775-4']),
    ('Kamerstukken II 2017/18, 34 775, nrs. 3 eri 4', ['kst-34775-3', 'kst-34775-4']),
    ('Handelingen II 2017/18, nr. 88, item 14 cn nr. 89, item 3', ['h-tk-20172018-88-14', 'h-tk-20172018-89-3']),
    # "H" or "U" for "II" between the head word and the vergaderjaar.
    ('Handelingen H 2017/18, nr. 88, item 14', ['h-tk-20172018-88-14']),
    ('Handelingen U 2017/18, nr. 88, item 14', ['h-tk-20172018-88-14']),
    ('Aanhangsel Handelingen H 2017/18, nr. 2231', ['ah-tk-20172018-2231']),
    ('Kamerstukken H 2017/18, 34 775 VI, nr. 3', ['kst-34775-VI-3']),
    ('Handelingen H 1993-1994, biz. 2231', [_H9394 + '2231']),
    ('Zie Kamerstukken U 2017-2018, 34 775, nr. 3.', ['kst-34775-3']),
    # OCR's O for 0 in a spaced vergaderjaar before a spaced comma; "Karner" for "Kamer".
    ('( Tweede Kamer , vergaderjaar 2O2O - 2O21 , 35 57O XV , nr . 12 )', ['kst-35570-XV-12']),
    ('Tweede Kamer, vergaderjaar 2O2O-2O21 , 35 570 XV, nr. 12', ['kst-35570-XV-12']),
    ('Tweede Karner, vergaderjaar 2O17-2O18, 34 775 VI, nr. l', ['kst-34775-VI-1']),
    ('TWEEDE KARNER, VERGADERJAAR 2017-2018, 34 775 VI, NR. 3', ['kst-34775-VI-3']),
    ('Eerste Karner 2017-2018, 34 775, C', ['kst-34775-C']),
    # OCR's l for 1 at the end of a dossier with its Roman chapter glued on (older notations).
    ('Kamerstuk TK 25.84lVIII, 2', ['kst-25841-VIII-2']),
    ('Kamerstukken II 1997/98, 25.84lVIII, nr. 2', ['kst-25841-VIII-2']),
    ('Kamerstuk 25 84lXII, 2', ['kst-25841-XII-2']),
    ('Kamerstuk 30.800IX, nr. 3', ['kst-30800-IX-3']),  # (a capital I is the chapter's)
    # A chamber in lower case heading a citation.
    ('tk 2005-2006, 30 411, nr. 7', ['kst-30411-7']),
    ('Zie tk 2005/06, 30.411, nr. 7, blz. 3.', ['kst-30411-7']),
    ('ek 2005/06, 30.411, B', ['kst-30411-B']),
    # "ii" in lower case before a Handelingen's day.
    ('(handelingen ii 14 maart 2006, 57-3456)', ['handelingen:chamber=II,vergaderjaar=2005-2006,number=57,page=3456']),
    ('Handelingen ii 14 maart 2006, 57-3456', ['handelingen:chamber=II,vergaderjaar=2005-2006,number=57,page=3456']),
    ('handelingen i 7 juni 2011, 30-12', ['handelingen:chamber=I,vergaderjaar=2010-2011,number=30,page=12']),
    # A line break between the comma and "nr.", with a blank line or a misread "nr" too.
    ('Kamerstukken II 2005-2006, 30.411,\nnr.\n\n7.', ['kst-30411-7']),
    ('Kamerstukken II 2005/2006, 30411 (R1790),\nnr, 7;', ['kamerstuk:chamber=II,vergaderjaar=2005-2006,dossier=30411,suffix=R1790,ondernummer=7']),
    ('Handelingen TK 2005-2006,\nnr.\n\n57, item 4;', ['handelingen:chamber=II,vergaderjaar=2005-2006,number=57,item=4']),
    ('Zie ookaanhangsels handelingen II 2005/06,\nnr. 1234.', ['ah-tk-20052006-1234']),
    ('Zie ookAanhangsel Han delingen II 2005/06,<br/>nr. 1234.', ['ah-tk-20052006-1234']),
    # A year split by a no-break space.
    ('Kamerstukken\xa0II\xa020\xa005/2006,\xa030.411,\xa0nr.\xa07.', ['kst-30411-7']),
    ('TK\xa020\xa005/06, 30.411, nr. 7', ['kst-30411-7']),
    ('Waterschapsblad 20 18,\nnr. 303', ['wsb-2018-303']),
    # A head word split by a space right after an opening typographic quote.
    ('„Kamerst ukken II 2005-2006, 30.411, nr. 7”', ['kst-30411-7']),
    ('«Kamer stukken II 2005/06, 30 411, nr. 7»', ['kst-30411-7']),
    ('‘Handel ingen II 2005/06, nr. 57, item 4’', ['handelingen:chamber=II,vergaderjaar=2005-2006,number=57,item=4']),
]

UNREAD = [
    # "m." and "ltem" where no citation stands before the comma.
    'De kosten bedroegen in 2019, m. 5 meter',
    'Hij woonde in 2019 , m. 5 jaar daar.',
    'In 2019, ltem 6 van de lijst',
    'In 2019, 35 300. nr. 5',
    'artikel 12 , m. 5 en artikel 13',
    'Telefoon 070 - 342 44 44 , m. 6',
    'In tabel 3 , n r. 5 staat het aantal.',
    'ECLI:NL:HR:2019:123 , nr . 5',
    'Brief van 12 mei 2019 , kenmerk 2019-0000123 , biz. 4',
    # An H that is an initial; a U with no vergaderjaar right before the comma.
    'Handelingen H. de Vries 2019, nr. 5',
    'Handelingen U 2019/20 werden besproken, nr. 5',
    # "tk" and "i" in lower case with no citation after them.
    'het tk 2019-2020, 35 procent',
    'De Tweede Karner bouwt in 2018-2019, 35 huizen',
    'Hij zei O , 5 keer',
    'artikel 2lVI, nr. 2',
    'de handelingen i 2 en 3 mei 2019, 12 stuks',
]

# fmt: on


@pytest.mark.parametrize(("text", "expected"), READS)
def test_reads(text: str, expected: list[str]) -> None:
    """Every document the sentence cites is read, and nothing else."""
    assert sorted({doc(m.citation) for m in find(text)}) == sorted(set(expected))


@pytest.mark.parametrize("text", UNREAD)
def test_lookalikes_stay_unread(text: str) -> None:
    assert [m.text for m in find(text)] == []


@pytest.mark.parametrize("text", [t for t, _ in READS])
def test_spans_are_the_text(text: str) -> None:
    """The span of each match is the text as written, damage and all."""
    for m in find(text):
        assert text[m.start : m.end] == m.text
