"""Damaged citations that find() once read as another document (a wrong read: worse than a miss,
it gives a user a document the text does not cite): each is now read whole or left unread, and
its lookalikes stay as they were. Found by the robustness matrix (tests/matrix.py) on several
seeds. The strings are written for these tests."""

from __future__ import annotations

import pytest

from kamerstuk import Handelingen, Kamerstuk, find


def read(text: str) -> list[tuple[str, str | None]]:
    """Each match's text and what it cites: its identifier, or (a Rijkswet's has none) the
    citation as written out."""
    return [(m.text, m.citation.identifier or str(m.citation)) for m in find(text)]


# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The comma after a Rijkswet number with doubled spaces, or escaped brackets, and after
        # a one-letter chapter: the stuk after it read with its damage, not the dossier alone.
        ("Kamerstukken  II  2017-2018,  21  377  (R1992),  nr. \n\n177.",
         [("Kamerstukken  II  2017-2018,  21  377  (R1992),  nr. \n\n177", "Kamerstukken II 2017/18, 21377 (R1992), nr. 177")]),
        ("Kamerstukken  II  2019-2020,  34  204  (R1784),  rn.  134).",
         [("Kamerstukken  II  2019-2020,  34  204  (R1784),  rn.  134", "Kamerstukken II 2019/20, 34204 (R1784), nr. 134")]),
        ("Kamerstukken II 2022/2023, 26.827 \\(R2016\\), nr, 1788 hier",
         [("Kamerstukken II 2022/2023, 26.827 \\(R2016\\), nr, 1788", "Kamerstukken II 2022/23, 26827 (R2016), nr. 1788")]),
        ("Kamerstukken II 2021/2022, 26 535 \\(R2101\\), nr. 2O hier",
         [("Kamerstukken II 2021/2022, 26 535 \\(R2101\\), nr. 2O", "Kamerstukken II 2021/22, 26535 (R2101), nr. 20")]),
        ("Bijl. Hand. II 1980/81, 26 961 X, nr.\n\n21.",
         [("Bijl. Hand. II 1980/81, 26 961 X, nr.\n\n21", "kst-26961-X-21")]),
        ("Kamerstukken II 1980/81, 26 961 V, mr. 21.",
         [("Kamerstukken II 1980/81, 26 961 V, mr. 21", "kst-26961-V-21")]),
        ("Tweede  Kamer  1998/99,  23471  X,  rn.  1146,  p.  26;",
         [("Tweede  Kamer  1998/99,  23471  X,  rn.  1146,  p.  26", "kst-23471-X-1146")]),
        # A compact reference's second stuk after a slash, with an OCR letter: 51, not "5l".
        ("Zie **32931-50/5l**.",
         [("32931-50/5l", "kst-32931-50"), ("32931-50/5l", "kst-32931-51")]),
        ("Zie kamerstuk 32931-50/5l.",
         [("kamerstuk 32931-50/5l", "kst-32931-50"), ("kamerstuk 32931-50/5l", "kst-32931-51")]),
        # An item numbered in digits: "item l" is item 1, not the vergadering without its item.
        ("Handelingen II 2015-2016, nr 73, item l;",
         [("Handelingen II 2015-2016, nr 73, item l", "h-tk-20152016-73-1")]),
        ("Zie Hand. Tweede Kamer 2013/14, **21**, item I hier.",
         [("Hand. Tweede Kamer 2013/14, **21**, item I", "h-tk-20132014-21-1")]),
        # A compact Handelingen's item between its dashes.
        ("Handelingen II 2013-2014, 23-I-29.",
         [("Handelingen II 2013-2014, 23-I-29", "h-tk-20132014-23-1")]),
        ("HANDELINGEN I 2010/11, 36-l-47;",
         [("HANDELINGEN I 2010/11, 36-l-47", "h-ek-20102011-36-1")]),
        # The Aanhangsel with markers before its misread first word, or plural with a slip.
        ("Zie (_Aanhngsel Handelingen I, 2007/2008, nr. 145_).",
         [("Aanhngsel Handelingen I, 2007/2008, nr. 145", "ah-ek-20072008-145")]),
        ("Zie \\(Aanhongsel Handelingen TK, 2000-2001, nr. 474\\).",
         [("Aanhongsel Handelingen TK, 2000-2001, nr. 474", "ah-tk-20002001-474")]),
        ("Zie Aanhagsels Handelingen II 2012/13, nr. 71.",
         [("Aanhagsels Handelingen II 2012/13, nr. 71", "ah-tk-20122013-71")]),
        ("Zie ookAanhansels Handelingen II 2024/25, nr. 1310.",
         [("Aanhansels Handelingen II 2024/25, nr. 1310", "ah-tk-20242025-1310")]),
        # The Aanhangsel glued to the word before it with markers between, or with an OCR "I"
        # for its "l" in lower case.
        ("Zie ook**Aahangsel Handelingen II 2021-2022, nr. 47**.",
         [("Aahangsel Handelingen II 2021-2022, nr. 47", "ah-tk-20212022-47")]),
        ("Zie ook__Aanhangse Handelingen I 2021-2022, nr. 47__.",
         [("Aanhangse Handelingen I 2021-2022, nr. 47", "ah-ek-20212022-47")]),
        ("Zie ookaanhangseIs handelingen ii 2014/2015, nr. 318.",
         [("aanhangseIs handelingen ii 2014/2015, nr. 318", "ah-tk-20142015-318")]),
        ("Zie ookaanhangseI handelingen ii 2014/2015, nr. 318.",
         [("aanhangseI handelingen ii 2014/2015, nr. 318", "ah-tk-20142015-318")]),
        # A Handelingen glued to markers after a word, without an Aanhangsel, stays one.
        ("Zie ook**Handelingen II 2021-2022, nr. 47**.",
         [("Handelingen II 2021-2022, nr. 47", "Handelingen II 2021/22, nr. 47")]),
        # A stuk whose number OCR damaged past the dossier: "l" alone is 1 (a stuk's letter
        # is a capital), digits with an O beside them are digits; the grammar reads the rest.
        ("De stukken: Kamerstukken II 2010/2011,31234,No. l; de brief.",
         [("Kamerstukken II 2010/2011,31234,No. l", "kst-31234-1")]),
        ("Kamerstuk 31 122, nummer l.", [("Kamerstuk 31 122, nummer l", "kst-31122-1")]),
        ("Kamerstukken II 1999/00, 26 810, nr. l, p. 3.",
         [("Kamerstukken II 1999/00, 26 810, nr. l, p. 3", "kst-26810-1")]),
        ("De stukken: kamerstukken ii, 27.810 3O; de brief.",
         [("kamerstukken ii, 27.810 3O", "kst-27810-30")]),
        ("Zie wetsvoorstel 35 300 1O hier.", [("wetsvoorstel 35 300 1O", "kst-35300-10")]),
        ("Zie (Kamerstukken\u202fII\u202f2017–2018,\u202f27\u202f384\u202f(R1717),\u202fnr.\u202fl).",
         [("Kamerstukken\u202fII\u202f2017–2018,\u202f27\u202f384\u202f(R1717),\u202fnr.\u202fl",
           "Kamerstukken II 2017/18, 27384 (R1717), nr. 1")]),
        ("Zie BIJLAGE BIJ KAMERSTUKKEN II 2020/2021, 29 277, nr. l.",
         [("BIJLAGE BIJ KAMERSTUKKEN II 2020/2021, 29 277, nr. l",
           "Bijlage bij Kamerstukken II 2020/21, 29277, nr. 1")]),
        # The Tweede Kamer numbers its stukken: its stuk "I" is OCR's 1.
        ("Zie Kamerstukken II 2005–2006, 30.152, nr. I. Verder.",
         [("Kamerstukken II 2005–2006, 30.152, nr. I", "kst-30152-1")]),
        ("Zie bijl. hand. II 1986/1987, 32 203 IV, nr. I, pag. 6.",
         [("bijl. hand. II 1986/1987, 32 203 IV, nr. I, pag. 6", "kst-32203-IV-1")]),
        ("Kamerstukken II 2019/20, 35 300, nrs. 20 en I.",
         [("Kamerstukken II 2019/20, 35 300, nrs. 20 en I", "kst-35300-20"),
          ("Kamerstukken II 2019/20, 35 300, nrs. 20 en I", "kst-35300-1")]),
        # A compact reference's stuk after a suffix, an OCR letter for its digit.
        ("Zie Kamerstuk 35300-VIII-l hier.", [("Kamerstuk 35300-VIII-l", "kst-35300-VIII-1")]),
        ("Zie 21501-20-l.", [("21501-20-l", "kst-21501-20-1")]),
        # The Aanhangsel glued on after a footnote mark.
        ("Zie ook15Aanhangel Handelingen II 2022/23, nr. 1005.",
         [("Aanhangel Handelingen II 2022/23, nr. 1005", "ah-tk-20222023-1005")]),
        # A head word broken over a line in underscore emphasis, a chapter glued to its close.
        ("Zie (_Wets-\nontwerp 34 053 IXB_).",
         [("Wets-\nontwerp 34 053 IXB", "Kamerstukken 34053 IXB")]),
        ("Zie ook _wet-\nsvoorstel 24 701-X_ hier.",
         [("wet-\nsvoorstel 24 701-X", "Kamerstukken 24701 X")]),
        ("Zie _Kamer-\nstuk 34 053 IXB_ hier.",
         [("Kamer-\nstuk 34 053 IXB", "Kamerstukken 34053 IXB")]),
        # An Eerste Kamer letter printed under two dossiers, the first with OCR letters and
        # markers around either: the joint letter, filed under the first, not the second's.
        ("Zie (**2I.265** / 26306, Z) hier.", [("2I.265** / 26306, Z", "kst-21265-Z")]),
        ("- _3l894_ / 32.390, Y;", [("3l894_ / 32.390, Y", "kst-31894-Y")]),
        ("Zie *32 4l9* / 24.669, S.", [("32 4l9* / 24.669, S", "kst-32419-S")]),
        ("Zie 33.18I / **30797**, K.", [("33.18I / **30797**, K", "kst-33181-K")]),
        ("Zie (**2I.265** / 26306 VII, Z).", [("2I.265** / 26306 VII, Z", "kst-21265-Z")]),
        # A head word split by OCR right after an escaped bracket: the Kamervraag, not the
        # zaak; and so any head word.
        ("Zie \\(vraagn ummer 2008Z09829\\).",
         [("vraagn ummer 2008Z09829", "kv-tk-2008Z09829")]),
        ("Zie \\[Kame rvragen 2019Z44492\\].",
         [("Kame rvragen 2019Z44492", "kv-tk-2019Z44492")]),
        ("Zie \\(Sta atsblad 2019, 5\\).", [("Sta atsblad 2019, 5", "stb-2019-5")]),
        ("Zie \\(Kamerstukk en II 2019/20, 35300, nr. 5\\).",
         [("Kamerstukk en II 2019/20, 35300, nr. 5", "kst-35300-5")]),
        # A list's later element after "nummer" (or "Nummer", "nummers") with OCR letters.
        ("Zie Kamerstuk 24.763, nummer 73, p. 3 en 4, en nummer 8O hier.",
         [("Kamerstuk 24.763, nummer 73, p. 3 en 4, en nummer 8O", "kst-24763-73"),
          ("Kamerstuk 24.763, nummer 73, p. 3 en 4, en nummer 8O", "kst-24763-80")]),
        ("Kamerstuk 24.763, nr. 73, p. 3, en Nummer 8O hier",
         [("Kamerstuk 24.763, nr. 73, p. 3, en Nummer 8O", "kst-24763-73"),
          ("Kamerstuk 24.763, nr. 73, p. 3, en Nummer 8O", "kst-24763-80")]),
        ("Kamerstuk 24.763, nr. 73, p. 3, en nummers 8O en 9l hier",
         [("Kamerstuk 24.763, nr. 73, p. 3, en nummers 8O en 9l", "kst-24763-73"),
          ("Kamerstuk 24.763, nr. 73, p. 3, en nummers 8O en 9l", "kst-24763-80"),
          ("Kamerstuk 24.763, nr. 73, p. 3, en nummers 8O en 9l", "kst-24763-91")]),
        # A Roman part after a chapter, joined by a dash, is a stuk: under the Tweede Kamer
        # its I's are OCR's 1s.
        ("Kamerstukken II 2019/20, 35963-IIA-I.",
         [("Kamerstukken II 2019/20, 35963-IIA-I", "kst-35963-IIA-1")]),
        ("Kamerstukken II 2019/20, 35963-IIA-II, p. 4.",
         [("Kamerstukken II 2019/20, 35963-IIA-II, p. 4", "kst-35963-IIA-11")]),
        ("Kamerstukken II 2019/20, 35 300 VIII-I.",
         [("Kamerstukken II 2019/20, 35 300 VIII-I", "kst-35300-VIII-1")]),
    ],
)
def test_what_is_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # "11" (OCR of II) before the date of a Handelingen of old with its number and page.
        ("Zie Handelingen 11 13 juni 2008, 26–4982 hier.", "4982"),
        ("- HANDELINGEN 11 6 maart 2003, 62—997;", "997"),
        # A bold vergadering before an em dash or a minus sign and its page.
        ("Handelingen TK 13 januari 2000, **38**—4742;", "4742"),
        ("Handelingen EK 5 januari 1997, **85**\u22125332.", "5332"),
    ],
)
def test_the_handelingen_of_old_are_read_with_their_page(text: str, page: str) -> None:
    [match] = find(text)
    assert isinstance(match.citation, Handelingen)
    assert match.citation.page == page
    assert match.citation.number is not None


@pytest.mark.parametrize(
    "text",
    [
        # A lone "I" glued to a dossier's digits: OCR's 1 far more likely than chapter I
        # (where it is the fifth digit, it is read as 1: tests/test_ocr_dossier.py).
        "Kamerstukken II 2019/20, 35300I, nr. 5.",
        # Lookalikes: a letter after a year or a count before a comma; dates and codes with
        # a lone letter between dashes; a slash in a date after a dash.
        "Zie 12 X, 13 en 14 hier.",
        "In 1980 X, nr.\n\n21 mensen.",
        "Op 12-l-2019 en 1-I-3 belden wij.",
        "De code 12-05/2019l klopt.",
        "Het item l van de lijst en item I daarna.",
        "zo **veel**—meer dan **12**—15 euro.",
        # A dossier before a stuk the text cannot be read for: no reading of the dossier
        # alone, which is not what the text cites (a letter glued on may be the stuk's own,
        # "nr." has no number, a number with no digit in it, a number with a word glued on).
        "Zie (Kamers-\ntukken I 2017-2018, 33.171, nr. 23lb).",
        "Het lid vraagt (Kamerstuk 33695, nr.) om meer.",
        "Zie Kamerstuk 25 424, No. x3 hier.",
        "Zie Kamerstuk 21 810, nr. lll hier.",  # (two letters opening with l are read: "nr. lO")
        "De stukken: kamerstukken ii, 21.810 4Ox; de brief.",
        "Kamerstukken II 2019/20, 35 300 en 35 301, nr. 2lb;",
        # A compact reference with a part the grammar cannot read before its stuk ("l":
        # chapter I or suffix 1?), or a lone "l" after the dossier (chapter I or stuk 1?).
        # (An l after a capital Roman letter is OCR's I: "35300-XlV-5" is read as XIV, in
        # tests/test_parliament_genres.py.)
        "Zie Kamerstuk 35300-l-5 hier.",
        "Zie Kamerstuk 35300-l.",
        "Zie 35963-IIA-**l**.",
        # A Roman part after a chapter, joined by a dash, which is no second chapter: the
        # Eerste Kamer's letter or OCR's 1 without the Tweede Kamer's chamber, a letter there.
        "zoals de regering schreef.\n\n12 35963-IIA-I.\n",
        "Zie 35963-XI-I.",
        "Kamerstukken I 2019/20, 35963-IIA-I.",
        "Kamerstukken II 2019/20, 35963-IIA-V.",
        "Zie 35963-IIA-2 en 35963-IIA-I.",
    ],
)
def test_what_is_left_unread(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A glued chapter of more letters stays one, as does a chapter I written apart.
        ("Zie Kamerstuk 30.800XIV, nr. 3.", ["kst-30800-XIV-3"]),
        ("Zie Kamerstuk 30.800IX, nr. 3.", ["kst-30800-IX-3"]),
        ("Kamerstukken II 2019/20, 35 300 I, nr. 5.", ["kst-35300-I-5"]),
        # A chapter I between dashes after a dossier of five digits is no item.
        ("Kamerstukken II 2019/20, 35300-I-5.", ["kst-35300-I-5"]),
        ("Kamerstuk 3530O-I-5.", ["kst-35300-I-5"]),
        # A lone letter after "nr." and after a list's "en" is no item's 1.
        ("Handelingen II 2015-2016, nr 73, item 4 en l;", ["h-tk-20152016-73-4"]),
        # A stuk's own letter after a compact reference's slash stays.
        ("Zie 32931-50/5a.", ["kst-32931-50", "kst-32931-5a"]),
        # An Eerste Kamer stuk's letter I after "nr." stays a letter, and so it does without a
        # chamber; a chapter I stays one (the stuk "I" after it under chamber II is 1).
        ("Kamerstukken I 2008/09, 30459, nr. I.", ["kst-30459-I"]),
        ("Kamerstuk 27 384, nr. I.", ["kst-27384-I"]),
        ("Kamerstukken II 2019/20, 35 300 I, nr. I.", ["kst-35300-I-1"]),
        ("Kamerstuk 35300-I.", [None]),
        ("Kamerstuk 35300-1-5.", ["kst-35300-1-5"]),
        ("wetsvoorstel 35300-wet", [None]),
        # A dossier followed by what is no stuk stays the dossier: a page the text cannot
        # read, a word, a date (with an OCR letter in its day too), a number on.
        ("Kamerstukken II 2019/20, 35 300, p. x hier", [None]),
        ("Kamerstukken II 2019/20, 35 300 en de wet", [None]),
        ("Kamerstukken II 2019/20, 35 300, nu ook", [None]),
        ("het wetsvoorstel 35 300 30 mei", [None]),
        ("het wetsvoorstel 35 300 3O mei", [None]),
        ("Kamerstukken II 2019/20, 35 300, 23 mei", [None]),
        # Emphasis around a broken word that is no head word is left as it is.
        ("Zie _Wets-\nen 35 053 IXB_ hier.", []),
        # The joint Eerste Kamer letter undamaged, and one dossier's.
        ("Zie (21.265 / 26306, Z).", ["kst-21265-Z"]),
        ("Zie (**26306**, Z).", ["kst-26306-Z"]),
        # A zaak number after an escaped bracket and words that are no head word.
        ("Zie \\(zie ook 2008Z09829\\).", ["2008Z09829"]),
        ("Zie \\(de vraag nu 2008Z09829\\).", ["2008Z09829"]),
        # No list element after a word that only starts as "nummer", or a number with a
        # word glued on.
        ("Kamerstuk 24.763, nr. 73, en nummering 8O hier", ["kst-24763-73"]),
        ("Kamerstuk 24.763, nr. 73, en nummer 8Ox hier", ["kst-24763-73"]),
        # One chapter, two chapters joined by a slash, a KOOP identifier's letter after a
        # chapter, and a list whose other element is read.
        ("Zie 35300-VIII.", [None]),
        ("Zie 35300-VII/VIII, nr. 5.", ["kst-35300-VII-5"]),
        ("Zie kst-35300-VI-I.", ["kst-35300-VI-I"]),
        ("Zie 35963-IIA-I en 35963-IIA-2.", ["kst-35963-IIA-2"]),
    ],
)
def test_what_stays_as_it_was(text: str, expected: list[str]) -> None:
    assert [m.citation.identifier for m in find(text)] == expected
# fmt: on


@pytest.mark.parametrize(
    "citation",
    [
        "Kamerstuk 31 122, nummer l",
        "Kamerstukken II 2005/06, 30152, nr. I",
        "Kamerstuk 35300-VIII-l",
    ],
)
def test_a_repaired_stuk_far_into_a_text_keeps_its_span(citation: str) -> None:
    # The stuk is read again from a copy of the citation alone: its span is the text's.
    text = "Een zin zonder verwijzing. " * 400 + citation + "."
    [match] = find(text)
    assert (match.start, match.text) == (text.index(citation), citation)
    assert isinstance(match.citation, Kamerstuk)
    assert match.citation.ondernummer == "1"
