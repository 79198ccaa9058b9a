"""The spelling repairs where no citation-shaped comma stands (kamerstuk.text.tails): the rest
of a list after a citation's first numbers, and back-references; and what find() then reads.
Each form with the lookalikes it must leave alone. The strings are written for these tests."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from kamerstuk import find
from kamerstuk.text import tails
from kamerstuk.text.ocr_numbers import split_number
from kamerstuk.text.repair import Repaired, edits
from kamerstuk.text.spelling import _TRIGGER
from kamerstuk.text.tails import back_reference_edits, list_tail

from support import keys


def repaired(text: str) -> str:
    return Repaired.of(text).text


# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The list after a citation's numbers: OCR letters, a misread "nr." in a later element.
        ("Kamerstuk 31 415, nrs. 7 en 1O.", "Kamerstuk 31 415, nrs. 7 en 10."),
        ("Kamerstuk 31415, nummers 7 en l1.", "Kamerstuk 31415, nummers 7 en 11."),
        ("Kamerstuk 31415, nr. 7, p. 2 en 3, en mr. 9 hier", "Kamerstuk 31415, nr. 7, p. 2 en 3, en nr. 9 hier"),
        ("Handelingen II 2011/12, nr. 40, item 3 en nr. 4l, item 5", "Handelingen II 2011/12, nr. 40, item 3 en nr. 41, item 5"),
        ("de wetsvoorstellen 31 415, 29.870 en 30.1O2 samen", "de Wetsvoorstellen 31 415, 29.870 en 30.102 samen"),
        ("de wetsvoorstellen  31  415,  29  870  en  30  1O2", "de Wetsvoorstellen  31  415,  29  870  en  30  102"),
        # A comma after a bold number is citation-shaped too.
        ("de WETSVOORSTELLEN **31 415**, 29.870 en 30 102", "de Wetsvoorstellen 31 415, 29.870 en 30 102"),
        # Back-references, found by their own words.
        ("Het amendement (stuk mr. 27) is", "Het amendement (stuk nr. 27) is"),
        ("Het amendement (stuk nr. 2I) is", "Het amendement (stuk nr. 21) is"),
        ("Het amendement (stuk no. 27) is", "Het amendement (stuk nr. 27) is"),
        ("Zie nr. 4O van hetzelfde dossier.", "Zie nr. 40 van hetzelfde dossier."),
        ("Zie rn. 40 van dit wetsvoorstel.", "Zie nr. 40 van dit wetsvoorstel."),
        ("Zie nr.\n\n40 van dit wetsvoorstel.", "Zie nr. 40 van dit wetsvoorstel."),
        ("ZIE NR. 4O VAN HETZELFDE DOSSIER.", "ZIE NR. 40 VAN HETZELFDE DOSSIER."),
        ("Zie (rn.  40  van  dit  wetsvoorstel).", "Zie (nr.  40  van  dit  wetsvoorstel)."),
        ("Zie (nr. 4l\u00b3\u2078 van dit wetsvoorstel).", "Zie (nr. 41 van dit wetsvoorstel)."),
        ("Zie (_nr.\n\n40 van dit wetsvoorstel_).", "Zie (_nr. 40 van dit wetsvoorstel_)."),
        ("Het amendement (stuk nr.\n\n**27**) is", "Het amendement (stuk nr. 27) is"),
        ("HET AMENDEMENT (STUK NR. 4I) IS", "HET AMENDEMENT (STUK NR. 41) IS"),
    ],
)
def test_what_is_repaired(text: str, expected: str) -> None:
    assert repaired(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A list ends where an element does not follow: the words after it are never reached.
        "Kamerstuk 31415, nr. 7. Daarna kwamen mr. 9 en lO mensen.",
        "Kamerstuk 31415, nr. 7 hier en code 2O19 daar",
        # No citation before the list: nothing is repaired.
        "Er kwamen 12, 13 en 1O mensen en mr. 9 sprak.",
        # Words one letter off "nr." that are words of their own.
        "Kamerstuk 31415, nr. 7 en op 12 mei",
        # "stuk" and "van dit wetsvoorstel" without a keyword and number before them.
        "een stuk van 40 pagina's",
        "Het stuk mr. Jansen is van 2019.",
        "de strekking van dit wetsvoorstel is 2O",
        "een stuk mr. de Vries",
    ],
)
def test_what_is_left_alone(text: str) -> None:
    assert repaired(text) == text
# fmt: on


def test_a_part_is_repaired_as_the_whole_is() -> None:
    text = (
        "Kamerstuk 31415, nrs. 7 en 1O, p. 2 en 3, en mr. 9; stuk mr. 27 en nr. 4O van "
        "hetzelfde dossier, de wetsvoorstellen 31 415, 29.870 en 30.1O2.\nWet X - 36 l23\n"
        "| Wet Y | 2I678 |"
    )
    whole = list(edits(text))
    assert len(whole) >= 5
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 11):
            part = list(edits(text, start, end))
            assert part == [e for e in whole if start <= e.start and e.end <= end] or any(
                e.start < start < e.end or e.start < end < e.end for e in whole
            )


# fmt: off
@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Kamerstuk 31415, nummers 7 en l1.", None, ["kst-31415-7", "kst-31415-11"]),
        ("Kamerstuk 31415, nr. 7, p. 2 en 3, en mr. 9 hier", None, ["kst-31415-7", "kst-31415-9"]),
        ("Handelingen II 2011/12, nr. 40, item 3 en nr. 4l, item 5", None, ["h-tk-20112012-40-3", "h-tk-20112012-41-5"]),
        ("Handelingen II 2011/12, nr. **40**, item 3 en ne@ 41, item 5", None, ["h-tk-20112012-40-3", "h-tk-20112012-41-5"]),
        ("Kamerstuk 31415, nr. **2O**, p. 2 en 3, en nr. 9 hier", None, ["kst-31415-20", "kst-31415-9"]),
        ("Het amendement (stuk mr. 27) is", "kst-31415-3", ["kst-31415-27"]),
        ("Het amendement (stuk no. 27) is", "kst-31415-3", ["kst-31415-27"]),
        ("Zie (nr. 4O van dit wetsvoorstel).", "kst-31415-3", ["kst-31415-40"]),
        ("Zie Kamerstuk 31415, nr. 3. Zie ook rn. 8 van hetzelfde dossier.", None, ["kst-31415-3", "kst-31415-8"]),
        ("Zie Kamerstukken II 2016/17, 31 415, nr. 3; IBID., P. 7.", None, ["kst-31415-3", "kst-31415-3"]),
        ("Zie Kamerstukken II 2016/17, 31 415, nr. 3; T.A.P., P. 7.", None, ["kst-31415-3", "kst-31415-3"]),
        ("Kamerstukken II 2019/20, 31.415, nrs. 4 t\u2013m 6", None, ["kst-31415-4", "kst-31415-5", "kst-31415-6"]),
        ("Kamerstukken II 2019/20, 31.415, nrs. 4 t-m 6", None, ["kst-31415-4", "kst-31415-5", "kst-31415-6"]),
    ],
)
def test_what_is_read(text: str, context: str | None, expected: list[str]) -> None:
    assert [m.citation.identifier for m in find(text, context=context)] == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "Het amendement (stuk mr. 27) is",  # no citation and no context: nothing to refer to
        "Zie hoofdstuk IBID en de BIDDAG.",
        "TAP. 7 en A.P. 7",
    ],
)
def test_lookalikes(text: str) -> None:
    assert keys(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Zie stuk mr. 4l1 en nr. l73 van hetzelfde dossier; Stuk no. 12.",
        "ZIE STUK MR. 4l1 EN NR. l73 VAN HETZELFDE DOSSIER; STUK NO. 12.",
        "nr. 4O  van  dit  wetsvoorstel en stuk rn.\n\n27 of NR. 3I VAN DAT KAMERSTUK",
        # Spaces that carry a form far past where a part's reach ends, on one line or over
        # blank lines after "stuk nr."; a form that does not end ("dossiers") is no form.
        "Zie nr. 4O van"
        + " " * 45
        + "hetzelfde\t\t\u00a0dossier; stuk mr.\n\n\n   27 en stuk no. 12.",
        "ZIE NR. 3I VAN"
        + " " * 50
        + "DAT"
        + " " * 20
        + "KAMERSTUK, OF NR. 4O VAN DIT DOSSIERS; STUK MR. 4l1 EN STUK NO. 7",
        "nr. 4O van dit dossiers, nr. 5I van het   onderhavige   wetsvoorstel. Stuk rn. 2O, stuk no. 9.",
    ],
)
def test_a_part_gets_the_back_reference_repairs_the_whole_has_there(text: str) -> None:
    # The passes open at a letter inside their word ("k" of stuk, "N" of VAN): a part that
    # starts or ends inside a back-reference still gets the repairs that lie within it.
    whole = list(back_reference_edits(text, 0, len(text)))
    assert len(whole) >= 4
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            part = list(back_reference_edits(text, start, end))
            assert part == [e for e in whole if start <= e.start and e.end <= end]


class _Recorded:
    """A pattern that notes how far into the text each of its scans may read."""

    def __init__(self, pattern: re.Pattern[str], reads: list[int]) -> None:
        self.pattern, self.reads = pattern, reads

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        self.reads.append(min(endpos, len(text)))
        return self.pattern.finditer(text, pos, endpos)


def test_a_part_is_read_no_further_than_its_back_references_reach(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A large text is repaired a stretch at a time: the passes for one stretch stop near it,
    # where they once read on to the end of the text at every stretch (find() then took
    # longer than in proportion to the text's size).
    reads: list[int] = []
    monkeypatch.setattr(tails, "_STUK_LOWER", _Recorded(tails._STUK_LOWER, reads))
    monkeypatch.setattr(tails, "_CAPITAL_S", _Recorded(tails._CAPITAL_S, reads))
    same = [(_Recorded(pattern, reads), back) for pattern, back in tails._SAME_WORDS]
    monkeypatch.setattr(tails, "_SAME_WORDS", same)
    part = "Zie stuk mr. 27 en nr. 4O van hetzelfde dossier. "
    text = part + "Verder alleen tekst, geen verwijzing.\n" * 5_000
    found = list(back_reference_edits(text, 0, len(part)))
    assert [(text[e.start : e.end], e.text) for e in found] == [("mr.", "nr."), ("4O", "40")]
    assert len(reads) == 3
    assert max(reads) < len(part) + 100


@pytest.mark.parametrize(
    ("after", "goes_on"),
    [
        (").", ""),
        (".\n", ""),
        ("\nZie", ""),
        (" van dit", ""),
        (" (bijlage)", ""),
        ("/2", ""),
        (".443 en 5", ".443 en 5"),
        (" 300 en 4", " 300 en 4"),
        (" en 2l", " en 2l"),
        ("  en 7", "  en 7"),
        (", 8 en 9", ", 8 en 9"),
        (" t/m 12", " t/m 12"),
        ("; 4", "; 4"),
        ("\u00a0&\u00a06", "\u00a0&\u00a06"),
        ("**, nr. 7", "**, nr. 7"),
    ],
)
def test_where_a_list_after_a_number_ends(after: str, goes_on: str) -> None:
    # A bracket, a line's end, a full stop or a word right after the number ends the list at
    # once; a number's rest, a separator and the next number go on.
    text = "Kamerstuk 34203, nr. 2" + after
    at = text.index("nr. 2") + 5
    end, _ = list_tail(text, at, len(text))
    assert text[at:end] == goes_on


# What may stand right after a citation's number, and after that: each character class the
# list's and the split number's rules tell apart (separators, spaces of each width, a line
# break, OCR letters and digits, markers, footnote marks, brackets, letters, signs), and the end.
_AFTER_NUMBER = [
    *".,;:&*_()[]/-|?!'\"",
    " ",
    "\t",
    "\u00a0",
    "\n",
    "\r",
    "\f",
    *"0123456789OolIeEtTcxZa",
    "\u00b2",
    "\u2075",
    "\u2013",
    "",
]


@pytest.mark.parametrize("first", _AFTER_NUMBER)
def test_one_look_after_a_number_agrees_with_the_list_and_the_split_number(first: str) -> None:
    # spelling passes list_tail and split_number by where no_list_at says so: they must then
    # find nothing there, for every pair of characters after the number and what follows.
    for second in _AFTER_NUMBER:
        for rest in ("", " 5", "5 en 6", "nr. 3", "O 1l"):
            text = "Kamerstuk 34203, nr. 2" + first + second + rest
            trigger = _TRIGGER.search(text)
            if trigger is None or trigger.group("number") != "2":
                continue  # a letter glued to the number: no citation-shaped comma
            at = trigger.end()
            if tails.no_list_at(text, at):
                assert list_tail(text, at, len(text)) == (at, [])
                assert split_number(text, trigger) == []


def test_the_one_look_passes_the_plain_ends_by_and_not_the_rest() -> None:
    # (So the test above looks at both answers.)
    ends = [c for c in _AFTER_NUMBER if tails.no_list_at("nr. 2" + c + "x", 5)]
    assert {")", "]", "|", ""} <= set(ends)
    assert not {",", " ", "\n", "0", "O", "*", "\u00b2"} & set(ends)
    assert tails.no_list_at("nr. 2. De", 5)
    assert not tails.no_list_at("nr. 2.443", 5)
