"""Bases of the robustness matrix for the registers beside KOOP's (docs/citations.md, "Registers
beside KOOP's"): zaak and document numbers, ECLI, BWB, CVDR, CELEX and the Publicatieblad, and
the lookalikes of their shapes that must stay unread. All but the zaak numbers are read with
``kinds="all"``, as a caller asks for them.

An identifier is one piece (the role of a link: damaged only where a link can be), since its
characters are its identity; the words around it (``zaaknummer``, ``CELEX``, ``PbEU``) are head
words, which the operators damage as any other.

>>> import random
>>> from matrix_families import FAMILIES
>>> FAMILIES["registers: ECLI"](random.Random(2)).kinds
'all'
"""

from __future__ import annotations

import random

from matrix_families import Base, Item, base, doc_key, family, run
from matrix_kinds import LOOKALIKES, lookalike
from perturbations import HEAD, LINK, NUM, PAGE, PAGEKW, WORD, YEAR

from kamerstuk import (
    BWB,
    CELEX,
    CVDR,
    ECLI,
    Documentnummer,
    Publicatieblad,
    Zaaknummer,
)
from kamerstuk.model.register_codes import DUTCH_COURTS

ALL = "all"


def _year(rng: random.Random, first: int = 1995, last: int = 2024) -> int:
    return rng.randint(first, last)


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


@family("registers: zaak")
def zaak(rng: random.Random) -> Base:
    number = f"{_year(rng, 2008)}Z{_digits(rng, 5)}"
    key = doc_key(Zaaknummer(number=number))
    if rng.random() < 0.5:
        return base(run((LINK, number)), key)
    return base(run((HEAD, rng.choice(["zaaknummer", "zaak"])), " ", (LINK, number)), key)


@family("registers: document")
def document(rng: random.Random) -> Base:
    number = f"{_year(rng, 2008)}D{_digits(rng, 5)}"
    key = doc_key(Documentnummer(number=number))
    head = rng.choice([None, "documentnummer", "Kamerstuk"])
    items: list[Item] = [(LINK, number)] if head is None else [(HEAD, head), " ", (LINK, number)]
    return base(run(*items), key, kinds=ALL)


@family("registers: ECLI")
def ecli(rng: random.Random) -> Base:
    year = _year(rng)
    if rng.random() < 0.7:
        text = f"ECLI:NL:{rng.choice(sorted(DUTCH_COURTS))}:{year}:{rng.randint(1, 9999)}"
    else:
        text = f"ECLI:EU:{rng.choice('CT')}:{year}:{rng.randint(1, 999)}"
    key = doc_key(ECLI.parse(text))
    if rng.random() < 0.2:
        text = f"https://uitspraken.rechtspraak.nl/details?id={text}"
    return base(run((LINK, text)), key, kinds=ALL)


@family("registers: BWB")
def bwb(rng: random.Random) -> Base:
    code = f"BWB{rng.choice('RRV')}{_digits(rng, 7)}"
    form = rng.randrange(3)
    if form == 0:
        text = code
    else:
        day = f"{_year(rng, 2002)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
        text = f"jci1.3:c:{code}&artikel={rng.randint(1, 250)}&g={day}"
        if form == 2:
            text = f"https://wetten.overheid.nl/{text}"
    return base(run((LINK, text)), doc_key(BWB(code=code)), kinds=ALL)


@family("registers: CVDR")
def cvdr(rng: random.Random) -> Base:
    number = str(rng.randint(10000, 799999))
    version = rng.choice(["", f"/{rng.randint(1, 9)}"])
    text = f"CVDR{number}{version}"
    if rng.random() < 0.3:
        text = f"https://lokaleregelgeving.overheid.nl/{text}"
    return base(run((LINK, text)), doc_key(CVDR(number=number)), kinds=ALL)


@family("registers: CELEX")
def celex(rng: random.Random) -> Base:
    year = _year(rng)
    if rng.random() < 0.5:  # the commonest shapes read alone
        number = f"3{year}{rng.choice('RLD')}{_digits(rng, 4)}"
        return base(run((LINK, number)), doc_key(CELEX.parse(number)), kinds=ALL)
    number = f"{rng.choice('356')}{year}{rng.choice(['R', 'L', 'PC', 'CJ'])}{_digits(rng, 4)}"
    head = rng.choice(["CELEX", "CELEX-nummer", "Celex"])
    items: list[Item] = [(HEAD, head), rng.choice([":", ": ", " "]), (LINK, number)]
    return base(run(*items), doc_key(CELEX.parse(number)), kinds=ALL)


@family("registers: Publicatieblad")
def publicatieblad(rng: random.Random) -> Base:
    year, number, page = _year(rng, 2004, 2022), str(rng.randint(1, 350)), rng.randint(1, 90)
    series = rng.choice("LLC")
    key = doc_key(Publicatieblad(series=series, year=year, number=number))
    if rng.random() < 0.6:  # PbEU 2016, L 119/1 (Aanwijzing 3.46, the page after a slash)
        items: list[Item] = [(HEAD, "PbEU"), " ", (YEAR, str(year)), ", ", (WORD, series), " "]
        items += [(NUM, number), "/", (PAGE, str(page))]
        return base(run(*items), key, kinds=ALL)
    # PB L 119 van 4.5.2016, blz. 1 (the EU's own Dutch form, the year from the date)
    items = [(HEAD, "PB"), " ", (WORD, series), " ", (NUM, number), " ", (WORD, "van"), " "]
    # The EU's date is written as a code is ("4.5.2016"): one piece, as a link.
    items += [(LINK, f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{year}"), ", "]
    items += [(PAGEKW, "blz."), " ", (PAGE, str(page))]
    return base(run(*items), key, kinds=ALL)


def _with_all(name: str) -> None:
    """Read the lookalike ``name`` with every kind (its Base says so)."""
    plain = LOOKALIKES[name]

    def generate(rng: random.Random) -> Base:
        made = plain(rng)
        return Base(made.family, made.pieces, made.expected, made.context, made.own_prose, ALL)

    LOOKALIKES[name] = generate


def _n(rng: random.Random, low: int, high: int) -> str:
    return str(rng.randint(low, high))


lookalike("register words in prose", lambda r: [(HEAD, r.choice(["ECLI", "BWB", "CVDR", "CELEX"])),
          "-", (WORD, r.choice(["nummer", "standaard", "code"])), " ", (NUM, _n(r, 1, 99))])  # fmt: skip
lookalike("CELEX shapes glued", lambda r: [(HEAD, "code"), " ",
          (NUM, f"X3{_n(r, 1995, 2024)}R{_n(r, 1000, 9999)}")])  # fmt: skip
lookalike("CELEX shapes of other sectors", lambda r: [(HEAD, "artikel"), " ",
          (NUM, f"9{_n(r, 1995, 2024)}R{_n(r, 1000, 9999)}")])  # fmt: skip
lookalike("Pb without a series", lambda r: [(HEAD, "PB"), " ", (YEAR, _n(r, 1995, 2024)), ", ",
          (NUM, _n(r, 1, 300))])  # fmt: skip
lookalike("zaak and document shapes off by a digit", lambda r: [
          (NUM, f"{_n(r, 2008, 2024)}Z{_n(r, 1000, 9999)}"), " en ",
          (NUM, f"{_n(r, 2008, 2024)}D{_n(r, 100000, 999999)}")])  # fmt: skip
lookalike("register codes glued into a name", lambda r: [(WORD, r.choice(["bestand", "bijlage"])),
          " ", (LINK, r.choice(["rapport_", "nota-", "data_", "v2_"]) + r.choice([
              f"BWBR{_n(r, 1000000, 9999999)}", f"ECLI:NL:HR:{_n(r, 1995, 2024)}:{_n(r, 1, 999)}",
              f"CVDR{_n(r, 10000, 799999)}", f"3{_n(r, 1995, 2024)}R{_n(r, 1000, 9999)}"]))])  # fmt: skip
for _name in (
    "register codes glued into a name",
    "register words in prose",
    "CELEX shapes glued",
    "CELEX shapes of other sectors",
    "Pb without a series",
    "zaak and document shapes off by a digit",
):
    _with_all(_name)

#: Cells of these families left unread on purpose (tests/matrix.py, UNREAD), and why: none
#: today. Markup is read throughout: emphasis or bold around a free-standing identifier or
#: link as a whole ("_ECLI:NL:HR:2019:123_"), around a register's head word ("*PbEU* 2016",
#: "_CELEX_ 3..."), a bold number ("L **119**/1") and footnote marks are cut
#: (kamerstuk.text.layout), while an identifier glued into a name by "_" or a letter
#: ("rapport_BWBR0004770") stays unread (the lookalike "register codes glued into a name");
#: the Publicatieblad's OCR is repaired as the gazettes' is (kamerstuk.text.eu_spelling).
UNREAD: dict[tuple[str, str], str] = {}

__all__ = ["UNREAD", "bwb", "celex", "cvdr", "document", "ecli", "publicatieblad", "zaak"]
