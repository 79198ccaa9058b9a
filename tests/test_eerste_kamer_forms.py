"""The Eerste Kamer's papers as its own documents and the literature write them: a letter
without a comma after the dossier ("EK 35 447 E", "EK 35 300 VII C"), a letter under chamber I
(its stuk, as KOOP files kst-35447-E), runs of letters ("H, I en J"), "stuk E" and "(E)", a
letter on its own line under a heading's dossier, the dotted dossier of its house style
("EK 35.447", "35.570 VII Titel"), and the lookalikes beside them that stay as they were: an
amendment's Roman part ("stuk nr. 14, I"), a fund's letter ("35 570 A, B"), the Tweede Kamer
(which has no letter stukken), amounts and initials. The strings are written for these tests."""

from __future__ import annotations

import pytest

from kamerstuk import find


def read(text: str) -> list[tuple[str, str]]:
    """Each match's text and what it cites: its identifier, or the citation written out where
    it has none (a dossier, an ambiguous letter)."""
    return [(m.text, m.citation.identifier or str(m.citation)) for m in find(text)]


# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A letter after the dossier (and its chapter) without a comma, after "EK" or
        # "Eerste Kamer": spaced, glued, dotted, doubled spaces, a line break, a dash.
        ("Zie EK 35 447 E over de zorgtoeslag.", [("EK 35 447 E", "kst-35447-E")]),
        ("EK  35 447  E", [("EK  35 447  E", "kst-35447-E")]),
        ("EK 35447 E", [("EK 35447 E", "kst-35447-E")]),
        ("EK 35.447 E", [("EK 35.447 E", "kst-35447-E")]),
        ("EK 35 447\nE", [("EK 35 447\nE", "kst-35447-E")]),
        ("EK 35 447-E", [("EK 35 447-E", "kst-35447-E")]),
        ("EK 35 300 VII C", [("EK 35 300 VII C", "kst-35300-VII-C")]),
        ("EK 35.300-VII-C", [("EK 35.300-VII-C", "kst-35300-VII-C")]),
        ("EK 35 570 VII G, p. 3", [("EK 35 570 VII G, p. 3", "kst-35570-VII-G")]),
        ("Eerste Kamer, 35 570 VII G, p. 3", [("Eerste Kamer, 35 570 VII G, p. 3", "kst-35570-VII-G")]),
        ("Eerste Kamer der Staten-Generaal, 36 123 F",
         [("Eerste Kamer der Staten-Generaal, 36 123 F", "kst-36123-F")]),
        # Under chamber I a letter A to M is the Eerste Kamer's stuk, not a fund's dossier.
        ("Kamerstukken I 2019/20, 35 447 E, p. 3.", [("Kamerstukken I 2019/20, 35 447 E, p. 3", "kst-35447-E")]),
        ("Kamerstuk I 36 123 B", [("Kamerstuk I 36 123 B", "kst-36123-B")]),
        # Not a Roman I, V or X: a budget's chapter as often ("35 300 V", Foreign Affairs), and
        # KOOP files both (kst-35300-I, kst-35300-I-2); left as the dossier it writes (the grammar
        # fuzz found "27 826 I" printed by format() read back as another document).
        ("Kamerstukken I 2019/20, 35 300 V.",
         [("Kamerstukken I 2019/20, 35 300 V", "Kamerstukken I 2019/20, 35300 V")]),
        ("EK 35 300 I", [("EK 35 300 I", "Kamerstukken I 35300 I")]),
        # A run of letters: the first is a stuk too, not a fund's letter.
        ("EK 35 447 H, I en J",
         [("EK 35 447 H, I en J", "kst-35447-H"), ("EK 35 447 H, I en J", "kst-35447-I"),
          ("EK 35 447 H, I en J", "kst-35447-J")]),
        ("EK 36 123 A, B en C",
         [("EK 36 123 A, B en C", "kst-36123-A"), ("EK 36 123 A, B en C", "kst-36123-B"),
          ("EK 36 123 A, B en C", "kst-36123-C")]),
        ("EK 35 447 H en I", [("EK 35 447 H en I", "kst-35447-H"), ("EK 35 447 H en I", "kst-35447-I")]),
        # The next citation's chamber is no letter of this one.
        ("EK 35 300 VII, C en EK 35 300 VII, D",
         [("EK 35 300 VII, C", "kst-35300-VII-C"), ("EK 35 300 VII, D", "kst-35300-VII-D")]),
        ("EK 35 300 VII, C en TK 35 300 VII, nr. 5",
         [("EK 35 300 VII, C", "kst-35300-VII-C"), ("TK 35 300 VII, nr. 5", "kst-35300-VII-5")]),
        # Letters with their pinpoints joined by "en".
        ("Kamerstukken I 2019/20, 35 300 VII, C, p. 2 en D, p. 4.",
         [("Kamerstukken I 2019/20, 35 300 VII, C, p. 2", "kst-35300-VII-C"), ("D, p. 4", "kst-35300-VII-D")]),
        ("Kamerstukken I 2019/20, 35 300 VII, C, blz. 2, en D, blz. 4.",
         [("Kamerstukken I 2019/20, 35 300 VII, C, blz. 2", "kst-35300-VII-C"), ("D, blz. 4", "kst-35300-VII-D")]),
        # "stuk E" and "(E)" after the dossier.
        ("Kamerstukken I 2019/20, 35 447, stuk E", [("Kamerstukken I 2019/20, 35 447, stuk E", "kst-35447-E")]),
        ("Eerste Kamer, 35 447, stuk F.", [("Eerste Kamer, 35 447, stuk F", "kst-35447-F")]),
        ("Kamerstukken I 2019/20, 35 447 (E), p. 3",
         [("Kamerstukken I 2019/20, 35 447 (E), p. 3", "kst-35447-E")]),
        # The letter on its own line under a paper's heading, its kind under it.
        ("Vergaderjaar 2019–2020\n35 447\nD\nMEMORIE VAN ANTWOORD", [("35 447\nD", "kst-35447-D")]),
        ("Eerste Kamer der Staten-Generaal\n1\nVergaderjaar 2020–2021\n35 570 VII\nE\nNADER VOORLOPIG VERSLAG",
         [("35 570 VII\nE", "kst-35570-VII-E")]),
        # The dotted dossier at dossier level: after EK, in a heading, on an agenda.
        ("EK 35.447", [("EK 35.447", "Kamerstukken I 35447")]),
        ("Zie EK 35.447 en EK 35.448.",
         [("EK 35.447", "Kamerstukken I 35447"), ("EK 35.448", "Kamerstukken I 35448")]),
        ("Eerste Kamer, 35.447.", [("Eerste Kamer, 35.447", "Kamerstukken I 35447")]),
        ("EK 35 300 IV.", [("EK 35 300 IV", "Kamerstukken I 35300 IV")]),
        ("35.570 VII Vaststelling van de begrotingsstaten van het Ministerie van BZK voor het jaar 2021",
         [("35.570 VII", "Kamerstukken 35570 VII")]),
        ("Agenda\n1. 35.447 Wijziging van de Wet op de zorgtoeslag\n2. 35.448 Regels over iets",
         [("35.447", "Kamerstukken 35447"), ("35.448", "Kamerstukken 35448")]),
        # A chapter and a letter in brackets, spaced or dotted.
        ("Zie de brief (35.570 VII J).", [("35.570 VII J", "kst-35570-VII-J")]),
        ("Zie de brief (35 300 VII C).", [("35 300 VII C", "kst-35300-VII-C")]),
        # Chapter IXB (and IIA, IIB) with a space or a dash inside, as KOOP files it.
        ("Tweede Kamer, vergaderjaar 2019-2020, 35 300 IX B, nr. 2.",
         [("Tweede Kamer, vergaderjaar 2019-2020, 35 300 IX B, nr. 2", "kst-35300-IXB-2")]),
        ("Kamerstukken II 2019/20, 35 300-IX-B, nr. 2", [("Kamerstukken II 2019/20, 35 300-IX-B, nr. 2", "kst-35300-IXB-2")]),
        ("Kamerstukken II 2019/20, 35 300 II A, nr. 4", [("Kamerstukken II 2019/20, 35 300 II A, nr. 4", "kst-35300-IIA-4")]),
        # ... and a letter after chapter IX alone is the Eerste Kamer's stuk (kst-34300-IX-B).
        ("Kamerstukken I 2019/20, 35 300 IX B", [("Kamerstukken I 2019/20, 35 300 IX B", "kst-35300-IX-B")]),
        # A later item of a list takes chamber I from the one before, and reads as it would
        # under its own head (the grammar fuzz found "89687\nL" read as a fund's dossier,
        # written "Kamerstukken I 89687 L", read back as stuk L).
        ("Kamerstukken I 2019/20, 35 300 A en 35 301 B",
         [("Kamerstukken I 2019/20, 35 300 A", "kst-35300-A"), ("35 301 B", "kst-35301-B")]),
        ("Kamerstukken I 2019/20, 35 300 V en 35 301 X",
         [("Kamerstukken I 2019/20, 35 300 V", "Kamerstukken I 2019/20, 35300 V"),
          ("35 301 X", "Kamerstukken I 2019/20, 35301 X")]),
    ],
)
def test_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An amendment's Roman part after its stuk: no Eerste Kamer letter I or II.
        ("Aan de orde is het wetsvoorstel (35 123).\nIn stemming komt het amendement-Kwint (stuk nr. 14, I).",
         [("35 123", "Kamerstukken 35123"), ("stuk nr. 14, I", "kst-35123-14")]),
        ("Het wetsvoorstel (35 123). Het amendement-Kwint (stuk nr. 15, II) wordt aangenomen.",
         [("35 123", "Kamerstukken 35123"), ("stuk nr. 15, II", "kst-35123-15")]),
        ("Kamerstuk 35 123, nr. 14, I en II", [("Kamerstuk 35 123, nr. 14, I en II", "kst-35123-14")]),
        ("Het amendement op stuk nr. 9, I (36 200)", [("stuk nr. 9, I (36 200)", "kst-36200-9")]),
        ("Het amendement-Omtzigt (stuk nr. 22, III) is aangenomen.", []),
        # A Roman letter among numbers that a number follows, or after "en", stays a stuk.
        ("Zie Kamerstuk 24.917, nrs. 1, I en 3.",
         [("Kamerstuk 24.917, nrs. 1, I en 3", "kst-24917-1"), ("Kamerstuk 24.917, nrs. 1, I en 3", "kst-24917-I"),
          ("Kamerstuk 24.917, nrs. 1, I en 3", "kst-24917-3")]),
        ("Kamerstukken II 2019/20, 35 300, nrs. 20 en I.",
         [("Kamerstukken II 2019/20, 35 300, nrs. 20 en I", "kst-35300-20"),
          ("Kamerstukken II 2019/20, 35 300, nrs. 20 en I", "kst-35300-1")]),
        # A fund's letter and its Eerste Kamer stuk; a run of two stays the fund's.
        ("Kamerstukken I 2020/21, 35 570 B, A", [("Kamerstukken I 2020/21, 35 570 B, A", "kst-35570-B-A")]),
        ("Kamerstukken I 2020/21, 35 570 A, B", [("Kamerstukken I 2020/21, 35 570 A, B", "kst-35570-A-B")]),
        # The Tweede Kamer has no letter stukken: its letter is a fund's, or nothing is read.
        ("TK 35 447 E", []),
        ("Tweede Kamer, 35 447 E", []),
        ("Tweede Kamer der Staten-Generaal, 35 447 E", []),
        ("Kamerstukken II 2019/20, 36 200 A", [("Kamerstukken II 2019/20, 36 200 A", "Kamerstukken II 2019/20, 36200 A")]),
        # A letter and pinpoint after a numbered stuk and "en": an annex's, not a stuk.
        ("Zie Kamerstukken II 2019/20, 35 300, nr. 5, p. 2 en A, p. 4 van het rapport.",
         [("Kamerstukken II 2019/20, 35 300, nr. 5, p. 2", "kst-35300-5")]),
        ("Kamerstukken I 2019/20, 35 447, C, p. 2 en De Vries, p. 4.",
         [("Kamerstukken I 2019/20, 35 447, C, p. 2", "kst-35447-C")]),
        # Initials, words, amounts and years after "EK" (the championship, too).
        ("EK 35 447 A. Jansen", []),
        ("EK 35 447 De Kamer stemde in.", []),
        ("In EK 35 447 staat het.", []),
        ("EK 2020 C", []),
        ("Het EK 35.000 bezoekers", []),
        ("Op het EK 35.000.", []),
        ("ek 35 447 E", []),
        # A chamber in brackets is no letter.
        ("Kamerstukken I 2019/20, 35 447 (EK)", [("Kamerstukken I 2019/20, 35 447", "Kamerstukken I 2019/20, 35447")]),
        # A dotted amount and a unit in brackets.
        ("De som (35.000 X) is groot.", []),
        ("Een spanning (10.000 V) is hoog.", []),
        # Counts at a line's start, a table's values, a chapter alone under a dossier.
        ("35.000 Mensen kwamen naar de markt.", []),
        ("12.500 Bezoekers zagen het.", []),
        ("Er waren\n35.447 Inwoners in 2019.", []),
        ("Tabel\n35 447\nA\nBB 12", []),
        ("35 300\nIV\nVASTSTELLING VAN DE BEGROTING", [("35 300\nIV", "Kamerstukken 35300 IV")]),
    ],
)
def test_lookalikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert read(text) == expected
# fmt: on
