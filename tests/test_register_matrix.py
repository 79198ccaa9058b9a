"""A matrix for the registers beside KOOP's: made-up identifiers of every kind, each written in
every way text puts them (perturbations), and lookalikes that must stay unread.

Recall must be at least 0.99 per kind (every miss is listed when it is not) and nothing may be
read from a lookalike. The identifiers are made up by a seeded generator, not taken from text.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import pytest

import kamerstuk
from kamerstuk.model.register_codes import DUTCH_COURTS

RND_SEED = 21
BASES_PER_KIND = 12


def _digits(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice("0123456789") for _ in range(n))


def _year(rnd: random.Random) -> int:
    return rnd.randint(1995, 2024)


def _bases(rnd: random.Random) -> dict[str, list[str]]:
    """Made-up identifiers of each kind, as their registers write them."""
    courts = sorted(DUTCH_COURTS)
    n = range(BASES_PER_KIND)
    return {
        # The Tweede Kamer numbers its zaken and documents so since 2008.
        "zaak": [f"{rnd.randint(2008, 2025)}Z{_digits(rnd, 5)}" for _ in n],
        "document": [f"{rnd.randint(2008, 2025)}D{_digits(rnd, 5)}" for _ in n],
        "ecli": [f"ECLI:NL:{rnd.choice(courts)}:{_year(rnd)}:{rnd.randint(1, 99999)}" for _ in n]
        + [f"ECLI:EU:{rnd.choice('CT')}:{_year(rnd)}:{rnd.randint(1, 999)}" for _ in n],
        "bwb": [f"BWB{rnd.choice('RV')}{_digits(rnd, 7)}" for _ in n]
        + [
            f"jci1.3:c:BWBR{_digits(rnd, 7)}&artikel={rnd.randint(1, 99)}"
            f"&g={_year(rnd)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"
            for _ in n
        ],
        "cvdr": [f"CVDR{rnd.randint(10000, 799999)}" for _ in n]
        + [f"CVDR{rnd.randint(10000, 799999)}/{rnd.randint(1, 9)}" for _ in n],
        "celex": [f"3{_year(rnd)}{rnd.choice('RLD')}{_digits(rnd, 4)}" for _ in n]
        + [f"CELEX:6{_year(rnd)}{rnd.choice(['CJ', 'CC', 'TJ'])}{_digits(rnd, 4)}" for _ in n],
        "publicatieblad": [
            f"PbEU {rnd.randint(2004, 2022)}, {rnd.choice('LC')} {rnd.randint(1, 350)}"
            f"/{rnd.randint(1, 90)}"
            for _ in n
        ]
        + [
            f"PB L {rnd.randint(1, 350)} van {rnd.randint(1, 28)}.{rnd.randint(1, 12)}."
            f"{rnd.randint(2004, 2022)}, blz. {rnd.randint(1, 90)}"
            for _ in n
        ],
    }


# How text puts an identifier: (name, function of the identifier to (text, what find() reads)).
Perturbation = Callable[[str], tuple[str, str]]
PERTURBATIONS: dict[str, Perturbation] = {
    "alone": lambda s: (s, s),
    "in a sentence": lambda s: (f"Zie {s} voor meer.", s),
    "in parentheses": lambda s: (f"(zie {s})", s),
    "ending a sentence": lambda s: (f"Dit volgt uit {s}.", s),
    "before a comma": lambda s: (f"Uit {s}, zo blijkt, volgt dit.", s),
    "before a semicolon": lambda s: (f"{s}; anders", s),
    "in quotes": lambda s: (f"“{s}”", s),
    "after a line break": lambda s: (f"zie ook\n{s} hier", s),
    "before a line break": lambda s: (f"zie {s}\nhierna", s),
    "after a no-break space": lambda s: (f"zie\u00a0{s}", s),
    "after a footnote number": lambda s: (f"tekst.\n12 {s}", s),
    # PDF text glues a footnote's number to a word after it; a number stays apart.
    "after a glued footnote number": lambda s: (f"tekst.\n4{s}" if s[0].isalpha() else s, s),
    "broken over lines after its head": lambda s: (
        s.replace(" ", "\n", 1),
        s.replace(" ", "\n", 1),
    ),
    "in a list": lambda s: (f"Zie {s} en {s}.", s),
    "after a tab": lambda s: (f"kolom\t{s}\tkolom", s),
    "a space after its first colon": lambda s: (s.replace("ECLI:", "ECLI: "),) * 2,
}


def _cases(kind: str) -> Iterator[tuple[str, str, str]]:
    """(perturbation, text, what must be read) for every base of ``kind``."""
    for base in _bases(random.Random(RND_SEED))[kind]:
        for name, perturb in PERTURBATIONS.items():
            text, wanted = perturb(base)
            yield name, text, wanted


@pytest.mark.parametrize("kind", list(_bases(random.Random(RND_SEED))))
def test_each_kind_is_read_in_every_perturbation(kind: str) -> None:
    missed = []
    total = 0
    for name, text, wanted in _cases(kind):
        total += 1
        found = list(kamerstuk.find(text, kinds="all"))
        expected = kamerstuk.parse(wanted)
        if not found or any(m.citation != expected or m.text != wanted for m in found):
            missed.append((name, text, [(m.text, m.citation.kind) for m in found]))
    assert total >= 100
    recall = 1 - len(missed) / total
    assert recall >= 0.99, missed
    assert missed == [], missed  # today none is missed: a new miss is worth a look


# Lookalikes: text shaped like an identifier of a register that is not one. Each made up too.
def _lookalikes(rnd: random.Random) -> Iterator[str]:
    for _ in range(BASES_PER_KIND):
        year = _year(rnd)
        yield f"artikel {_digits(rnd, 5)}R{_digits(rnd, 4)}X"  # glued after
        yield f"code X{3}{year}R{_digits(rnd, 4)}"  # glued before
        yield f"nummer 9{year}R{_digits(rnd, 4)}"  # a sector the bare shape has not
        yield f"bedrag € 3{year}R"  # too short
        yield f"tel. 3{year} {_digits(rnd, 4)}"  # spaced
        yield f"{year}Z{_digits(rnd, 4)} en {year}D{_digits(rnd, 6)}"  # digits off by one
        yield f"serienummer AB{year}D{_digits(rnd, 5)}"  # glued to letters
        yield f"BWB {rnd.choice('RV')}{_digits(rnd, 7)}"  # spaced
        yield f"het BWB{_digits(rnd, 7)}"  # no type letter
        yield f"CVDR-nummer volgt; CVDR{rnd.choice('AB')}{_digits(rnd, 5)}"
        yield f"ECLI-nummer {rnd.randint(1, 9999)}"
        yield f"Pb {year} en PB-nummer {rnd.randint(1, 300)}"
        yield f"OJ {rnd.choice('LC')}-klasse {rnd.randint(1, 300)}"
        yield f"EU:{rnd.choice('ABDE')}:{year}:{rnd.randint(1, 999)}"


def test_lookalikes_are_never_read() -> None:
    read = [
        (text, [m.text for m in kamerstuk.find(text, kinds="all")])
        for text in _lookalikes(random.Random(RND_SEED))
    ]
    assert len(read) >= 150
    assert [r for r in read if r[1]] == []
