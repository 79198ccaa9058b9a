"""Citations as real text damages them are read as the clean ones (issue 18, item 1): each
damage class of docs/citations.md ("What may vary") applied to citations of every family, and
to lookalikes, which stay unread. Every span is a slice of the text as given.

The damage is generated from the classes, not picked case by case; the citations and the
lookalikes are written for these tests. The full matrix (every family, two damages at a time)
is benchmarks/robustness.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from kamerstuk import find, validate

# A citation, and the documents it cites (identifiers).
CITATIONS = [
    ("Kamerstukken II 2019/20, 35 300 VIII, nr. 5", ["kst-35300-VIII-5"]),
    ("Kamerstukken I 2014/15, 33 802, C", ["kst-33802-C"]),
    ("Kamerstuk 33694, nr. 20", ["kst-33694-20"]),
    ("Kamerstukken II 2021/22, 21 501-20, nr. 1801", ["kst-21501-20-1801"]),
    ("Handelingen II 2019/20, nr. 45, item 6", ["h-tk-20192020-45-6"]),
    ("Aanhangsel Handelingen II 2019/20, nr. 1234", ["ah-tk-20192020-1234"]),
    ("Stb. 2003, 75", ["stb-2003-75"]),
    ("Staatsblad 2019, 123", ["stb-2019-123"]),
    ("Staatscourant 2008, 112", ["stcrt-2008-112"]),
    ("Stcrt. 2019, 12345", ["stcrt-2019-12345"]),
    ("Trb. 2008, 175", ["trb-2008-175"]),
    ("Gemeenteblad 2023, 174296", ["gmb-2023-174296"]),
    ("Provinciaal blad 2020, 4321", ["prb-2020-4321"]),
    ("Waterschapsblad 2013, 1000", ["wsb-2013-1000"]),
]

Damage = Callable[[str], str]
HEADS = re.compile(
    r"Aanhangsel Handelingen|Kamerstukken|Kamerstuk|Handelingen|Staatsblad|Staatscourant"
    r"|Stcrt\.|Stb\.|Trb\.|Gemeenteblad|Provinciaal blad|Waterschapsblad"
)


def _head(change: Callable[[str], str]) -> Damage:
    return lambda text: HEADS.sub(lambda m: change(m.group()), text, count=1)


def _last_number(change: Callable[[str], str]) -> Damage:
    """``change`` applied to the last number of the citation (its stuk or blad number)."""
    return lambda text: re.sub(r"[0-9]+(?=[^0-9]*$)", lambda m: change(m.group()), text)


def _first_space(after: str, by: str) -> Damage:
    return lambda text: text.replace(after + " ", after + by, 1)


def _ocr_head(head: str) -> str:
    """An OCR slip in the first word of nine letters or more of a head ("rn" for "m", else
    its last letter dropped)."""
    words = head.split(" ")
    for i, word in enumerate(words):
        if len(word) >= 9:
            words[i] = word.replace("m", "rn", 1) if "m" in word else word[:-1]
            break
    return " ".join(words)


# Each class of damage, as a function of the citation's text.
DAMAGE: dict[str, Damage] = {
    "capitals": str.upper,
    "lower-case head": _head(str.lower),
    "capital head": _head(str.upper),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "thin spaces": lambda t: t.replace(" ", "\u2009"),
    "narrow spaces": lambda t: t.replace(" ", "\u202f"),
    "doubled spaces": lambda t: t.replace(" ", "  "),
    "tab after head": lambda t: HEADS.sub(lambda m: m.group() + "\t", t, count=1).replace(
        "\t ", "\t"
    ),
    "line break after head": lambda t: HEADS.sub(lambda m: m.group() + "\n", t, count=1).replace(
        "\n ", "\n"
    ),
    "line break before number": lambda t: re.sub(r" (?=[0-9]+$)", "\n", t),
    "blank line after nr.": lambda t: t.replace("nr. ", "nr.\n\n"),
    "head hyphenated over a line": _head(lambda w: w[:5] + "-\n" + w[5:] if len(w) > 8 else w),
    "italic head": _head(lambda w: f"*{w}*"),
    "bold number": _last_number(lambda n: f"**{n}**"),
    "underscored head": _head(lambda w: f"__{w}__"),
    "italic citation": lambda t: f"*{t}*",
    "footnote digit on head": _head(lambda w: w + "3"),
    "minus sign": lambda t: t.replace("/", "\u2212").replace("-", "\u2212"),
    "non-breaking hyphen": lambda t: t.replace("/", "\u2011").replace("-", "\u2011"),
    "en dash": lambda t: t.replace("/", "\u2013"),
    "em dash": lambda t: t.replace("/", "\u2014"),
    "no dots": lambda t: t.replace("nr.", "nr").replace("Stb.", "Stb").replace("Stcrt.", "Stcrt"),
    "nummer": lambda t: t.replace("nr.", "nummer"),
    "No.": lambda t: t.replace("nr.", "No."),
    "OCR O for 0": _last_number(lambda n: n.replace("0", "O") if "0" in n else n),
    "OCR l for 1": _last_number(lambda n: n.replace("1", "l") if n.count("1") < len(n) else n),
    "OCR in head": _head(_ocr_head),
    "OCR mr. for nr.": lambda t: t.replace("nr.", "mr."),
    "OCR ne@ for nr.": lambda t: t.replace("nr.", "ne@"),
    "OCR nr, for nr.": lambda t: t.replace("nr.", "nr,"),
    "space inside head": _head(lambda w: w[:5] + " " + w[5:] if len(w) > 8 else w),
    "space inside year": lambda t: re.sub(r"\b(20)([0-9]{2})(?=[/\-][0-9])", r"\1 \2", t, count=1),
}


def documents(text: str) -> list[str]:
    return [m.citation.identifier or str(m.citation) for m in find(text)]


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize(("citation", "expected"), CITATIONS, ids=[c for c, _ in CITATIONS])
def test_a_damaged_citation_is_read_as_the_clean_one(
    citation: str, expected: list[str], damage: str
) -> None:
    damaged = DAMAGE[damage](citation)
    text = f"Zie ook {damaged}. Verder niets."
    matches = list(find(text))
    assert [m.citation.identifier for m in matches] == expected, damaged
    for m in matches:
        assert text[m.start : m.end] == m.text
        # The span is the citation's own: it neither starts nor ends with markup or spaces.
        assert m.text == m.text.strip().strip("*_"), m.text


# Text that looks like a citation and is none: it stays unread under every damage.
LOOKALIKES = [
    "artikel 12, lid 3, van de Wet",
    "ECLI:NL:HR:2019:1234, r.o. 3.4",
    "NJ 2003, 75 m.nt. Mok",
    "AB 2019, 12 en JB 2012, 45",
    "Stadsblad 2003, 75 en Weekblad 2019, 12",
    "een bedrag van EUR 2.003, 75 cent",
    "uw kenmerk 2019-0000123456, ons kenmerk BZ-2019/123",
    "tel. 070-3456789, fax 070-3456780",
    "op 3 oktober 2019, 12 uur",
    "mr. J. de Vries, nr. 5 op de lijst",
    "de behandeling 2019/20, 35 punten",
]


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("lookalike", LOOKALIKES)
def test_a_damaged_lookalike_stays_unread(lookalike: str, damage: str) -> None:
    damaged = DAMAGE[damage](lookalike)
    assert documents(f"Zie {damaged}.") == [], damaged


def test_the_checks_judge_the_citation_as_written() -> None:
    # The view reads "stb." as "Stb."; the style check still sees "stb." and says so, with the
    # fix; over markup it gives none, which would drop the markers.
    (plain,) = validate("Zie stb. 2003, 75.")
    assert (plain.code, plain.fix) == ("KS301", "Stb. 2003, 75")
    (marked,) = validate("Zie *stb.* 2003, 75.")
    assert (marked.code, marked.fix) == ("KS301", None)
    assert validate("Zie **Stb. 2003, 75**.") == []
