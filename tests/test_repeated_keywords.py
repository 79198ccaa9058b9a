"""Lists that name their keyword again before every item ("nr. 3, nr. 4 en nr. 7", "letter A,
letter B en letter C"): every item is read, however long the list and however it is joined.

Two such lists read only their first one or two items: the repeated group of ``_ondnrs`` was
written as ``_morenrs``' is, lark made one rule of the two, and MORE (which may follow the
latter) cut the list after its second item; a letter list took no second "letter" at all.
"""

from __future__ import annotations

import itertools

import pytest

from kamerstuk import find

HEADS = {
    "kst": ("Kamerstukken II 2019/20, 35 221, ", "kst-35221-{}"),
    "kst-chapter": ("Kamerstukken II 2019/20, 35 300 VIII, ", "kst-35300-VIII-{}"),
    "kst-joint": ("Kamerstukken II 2019/20, 32 145 en 29 383, ", "kst-32145-{}"),
    "handelingen": ("Aanhangsel Handelingen II 2019/20, ", "ah-tk-20192020-{}"),
    "stb": ("Stb. 2019, ", "stb-2019-{}"),
}
KEYWORDS = ("nr. ", "nr ", "nummer ", "Nr. ")
NUMBERS = ("3", "4", "7", "12", "105", "317")
LABELS = ("", " (MvT)")


def _joined(items: list[str], last: str) -> str:
    """``items`` joined by commas, the last one by ``last``."""
    return ", ".join(items[:-1]) + last + items[-1]


CASES = [
    pytest.param(
        kind,
        keyword,
        count,
        last,
        label,
        id=f"{kind}-{keyword.strip()}-{count}-{last.strip() or 'comma'}{label and '-label'}",
    )
    for kind, keyword, count, last, label in itertools.product(
        HEADS, KEYWORDS, (3, 4, 6), (" en ", ", ", ", en "), LABELS
    )
    # (Labels are a Kamerstuk's; a gazette's list after ", en" is not read: Dutch writes no comma
    # there, and a gazette's numbers run to six digits, which the comma's look cannot bound.)
    if not (label and kind != "kst") and not (kind == "stb" and last == ", en ")
]


@pytest.mark.parametrize(("kind", "keyword", "count", "last", "label"), CASES)
def test_every_item_of_a_list_with_its_keyword_repeated_is_read(
    kind: str, keyword: str, count: int, last: str, label: str
) -> None:
    head, identifier = HEADS[kind]
    numbers = NUMBERS[:count]
    text = "Zie " + head + _joined([keyword + n + label for n in numbers], last) + "."
    assert [m.citation.identifier for m in find(text)] == [identifier.format(n) for n in numbers]


@pytest.mark.parametrize("count", [2, 3, 5])
@pytest.mark.parametrize("last", [" en ", ", "])
def test_every_eerste_kamer_letter_named_again_is_read(count: int, last: str) -> None:
    letters = "ABCDE"[:count]
    text = (
        "Kamerstukken I 2019/20, 35 300, " + _joined([f"letter {x}" for x in letters], last) + "."
    )
    assert [m.citation.identifier for m in find(text)] == [f"kst-35300-{x}" for x in letters]


SECONDS = {
    "35 300 VIII, nr. 4": "kst-35300-VIII-4",
    "35 301, nr. 4": "kst-35301-4",
    "Kamerstuk 33694, nr. 20": "kst-33694-20",
}


@pytest.mark.parametrize("join", [" & ", " &\n", ", & ", " en\n"])
@pytest.mark.parametrize("second", list(SECONDS))
def test_an_ampersand_joins_two_citations_as_en_does(join: str, second: str) -> None:
    # "nr. 5 & 35 300 VIII, nr. 4" read a stuk 35 of the first dossier (OCR'd letters and
    # tables write "&" for "en"); the second citation was lost.
    text = "Kamerstukken II 2019/20, 35 300 VII, nr. 5" + join + second + "."
    found = [m.citation.identifier for m in find(text)]
    assert found == ["kst-35300-VII-5", SECONDS[second]]
