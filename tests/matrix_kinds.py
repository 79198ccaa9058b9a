"""Bases of the robustness matrix for the kinds of the "Every notation" table that are not
Kamerstukken: Handelingen (new style, by pages, compact), Aanhangsel, Kamervragen, every blad,
KOOP identifiers and URLs; and the lookalikes that must stay unread.

>>> import random
>>> LOOKALIKES["ECLI"](random.Random(2)).expected
()
"""

from __future__ import annotations

import random
from collections.abc import Callable

from matrix_families import (
    Base,
    Item,
    base,
    doc_key,
    dossier,
    family,
    kst,
    ondernummer,
    prose,
    run,
    vergaderjaar,
)
from perturbations import (
    CHAMBER,
    HEAD,
    LINK,
    NRKW,
    NUM,
    PAGE,
    PAGEKW,
    RANGE,
    VJ,
    WORD,
    YEAR,
)

from kamerstuk import Aanhangsel, Handelingen, Kamervragen
from kamerstuk.model.bladen import BLADEN


def _chamber(rng: random.Random) -> tuple[str, str]:
    """A chamber as KOOP codes it and as a writer writes it."""
    code = rng.choice(["II", "II", "I"])
    written = {"II": ["II", "TK", "Tweede Kamer"], "I": ["I", "EK", "Eerste Kamer"]}[code]
    return code, rng.choice(written)


def _short(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


@family("Handelingen (new style)")
def handelingen_new(rng: random.Random) -> Base:
    code, chamber = _chamber(rng)
    year, vj = vergaderjaar(rng, 2010)
    nr, item = str(rng.randint(1, 110)), str(rng.randint(1, 30))
    head = rng.choice(["Handelingen", "Handelingen", "Hand."])
    items: list[Item] = [(HEAD, head), " ", (CHAMBER, chamber), " ", (VJ, vj), ", "]
    if rng.random() < 0.7:
        items += [(NRKW, "nr."), " "]
    items += [(NUM, nr), ", ", (WORD, "item"), " ", (NUM, item)]
    if rng.random() < 0.3:
        items += [", ", (PAGEKW, "p."), " ", (PAGE, str(rng.randint(1, 90)))]
    key = Handelingen(chamber=code, vergaderjaar=_short(year), number=nr, item=item)
    return base(run(*items), doc_key(key))


@family("Handelingen (pages)")
def handelingen_pages(rng: random.Random) -> Base:
    code, chamber = _chamber(rng)
    year, vj = vergaderjaar(rng, 1995, 2009)
    nr, page = str(rng.randint(1, 110)), rng.randint(1, 6000)
    form = rng.randrange(3)
    items: list[Item] = [(HEAD, "Handelingen"), " ", (CHAMBER, chamber), " ", (VJ, vj), ", "]
    if form == 0:  # Handelingen II 2007/08, nr. 70, p. 4867
        items += [(NRKW, "nr."), " ", (NUM, nr), ", ", (PAGEKW, rng.choice(["p.", "blz."])), " "]
        items.append((PAGE, str(page)))
        key = Handelingen(chamber=code, vergaderjaar=_short(year), number=nr)
    elif form == 1:  # Handelingen TK 1996–1997, 4211–4215
        last = page + rng.randint(1, 40)
        items += [(PAGE, str(page)), (RANGE, "–"), (PAGE, str(last))]
        key = Handelingen(chamber=code, vergaderjaar=_short(year), page=f"{page}-{last}")
    else:  # Handelingen I 23 juni 2009, 36–1624 (by date)
        day = rng.randint(1, 28)
        month = rng.choice(["januari", "maart", "juni", "oktober", "december"])
        items = [(HEAD, "Handelingen"), " ", (CHAMBER, chamber), " ", (WORD, f"{day} {month}")]
        items += [" ", (YEAR, str(year)), ", ", (NUM, nr), (RANGE, "–"), (PAGE, str(page))]
        # The day gives the vergaderjaar: after Prinsjesdag (in September) the one it opens.
        start = year if month in ("oktober", "december") else year - 1
        key = Handelingen(chamber=code, vergaderjaar=_short(start), number=nr)
    return base(run(*items), doc_key(key))


@family("8. compact Handelingen")
def handelingen_compact(rng: random.Random) -> Base:
    code, chamber = _chamber(rng)
    nr, page = str(rng.randint(1, 110)), str(rng.randint(1, 6000))
    if rng.random() < 0.5:  # Handelingen II 2008/09, 31-2410 (nr-page, before 2010/11)
        year, vj = vergaderjaar(rng, 1995, 2009)
        items: list[Item] = [(HEAD, "Handelingen"), " ", (CHAMBER, chamber), " ", (VJ, vj)]
        items += [", ", (NUM, nr), "-", (PAGE, page)]
        key = Handelingen(chamber=code, vergaderjaar=_short(year), number=nr)
        return base(run(*items), doc_key(key))
    year, vj = vergaderjaar(rng, 2010)  # Handelingen II 2019/20, 45-6-12 (nr-item-page)
    item = str(rng.randint(1, 30))
    items = [(HEAD, "Handelingen"), " ", (CHAMBER, chamber), " ", (VJ, vj), ", ", (NUM, nr)]
    items += ["-", (NUM, item), "-", (PAGE, str(rng.randint(1, 90)))]
    key = Handelingen(chamber=code, vergaderjaar=_short(year), number=nr, item=item)
    return base(run(*items), doc_key(key))


@family("Aanhangsel Handelingen")
def aanhangsel(rng: random.Random) -> Base:
    code, chamber = _chamber(rng)
    year, vj = vergaderjaar(rng)
    nr = str(rng.randint(1, 3500))
    head = rng.choice(["Aanhangsel Handelingen", "Aanh. Hand.", "Aanhangsel van de Handelingen"])
    items: list[Item] = [(HEAD, head)]
    if rng.random() < 0.8:
        items += [" ", (CHAMBER, chamber)]
    else:
        code = ""
    items += [rng.choice([" ", ", "]), (VJ, vj), ", "]
    if rng.random() < 0.8:
        items += [(NRKW, "nr."), " "]
    items.append((NUM, nr))
    key = Aanhangsel(chamber=code or None, vergaderjaar=_short(year), number=nr)
    return base(run(*items), doc_key(key))


@family("Kamervragen")
def kamervragen(rng: random.Random) -> Base:
    # A zaak number is Kamervragen where the word before it says so; alone it is a zaak
    # (matrix_registers).
    zaak = f"{rng.randint(2008, 2024)}Z{rng.randint(1, 99999):05d}"
    key = doc_key(Kamervragen(number=zaak))
    head = rng.choice(["Kamervragen", "Kamervragen", "vraagnummer", "schriftelijke vragen"])
    return base(run((HEAD, head), " ", (NUM, zaak)), key)


#: Each gazette: its abbreviation, its titles, and the range of its numbers.
GAZETTES = {
    "stb": ("Stb.", ["Staatsblad"], 700),
    "stcrt": ("Stcrt.", ["Staatscourant"], 60000),
    "trb": ("Trb.", ["Tractatenblad"], 250),
    "gmb": ("Gmb.", ["Gemeenteblad"], 500000),
    "prb": ("Prb.", ["Provinciaal blad", "Provincieblad"], 15000),
    "wsb": ("Wsb.", ["Waterschapsblad"], 5000),
    "bgr": ("Bgr.", ["Blad gemeenschappelijke regeling"], 2000),
}
#: The first year of each gazette the family draws from (KOOP publishes the decentral bladen
#: from 2013 on, the Bgr. from 2015: an identifier of an earlier year names no document).
FIRST_YEAR = {"stcrt": 2010, "gmb": 2014, "prb": 2014, "wsb": 2014, "bgr": 2020}


def _gazette(prefix: str) -> Callable[[random.Random], Base]:
    short, titles, most = GAZETTES[prefix]
    first = FIRST_YEAR.get(prefix, 1990)

    def generate(rng: random.Random) -> Base:
        year, number = rng.randint(first, 2024), str(rng.randint(1, most))
        head = rng.choice([short, short, *titles])
        items: list[Item] = [(HEAD, head), " ", (YEAR, str(year))]
        joins: list[list[Item]] = [[", "], ["/"], [", ", (NRKW, "nr."), " "]]
        items += [*rng.choice(joins), (NUM, number)]
        return base(run(*items), doc_key(BLADEN[prefix](year=year, number=number)))

    return generate


for _prefix, _gazette_names in GAZETTES.items():
    family(f"bladen: {_gazette_names[1][0]}")(_gazette(_prefix))


@family("10. gazette forms")
def gazette_forms(rng: random.Random) -> Base:
    year, number = rng.randint(1950, 2024), str(rng.randint(1, 700))
    stb = doc_key(BLADEN["stb"](year=year, number=number))
    form = rng.randrange(3)
    if form == 0:  # Staatsblad van het Koninkrijk der Nederlanden, jaargang 2019, nr. 123
        items: list[Item] = [(HEAD, "Staatsblad van het Koninkrijk der Nederlanden"), ", "]
        items += [(WORD, "jaargang"), " ", (YEAR, str(year)), ", ", (NRKW, "nr."), " "]
        return base(run(*items, (NUM, number)), stb)
    day, month = rng.randint(1, 28), rng.choice(["januari", "mei", "juli", "november"])
    if form == 1:  # Wet van 12 mei 1994, Stb. 331 (the act's date gives the year)
        items = [(WORD, f"{day} {month}"), " ", (YEAR, str(year)), ", ", (HEAD, "Stb."), " "]
        return base([prose("de Wet van "), *run(*items, (NUM, number))], stb, own_prose=True)
    # Stcrt. 14 april 2003, nr. 72 (the Staatscourant by date, before July 2009)
    old = rng.randint(1990, 2008)
    items = [(HEAD, "Stcrt."), " ", (WORD, f"{day} {month}"), " ", (YEAR, str(old)), ", "]
    issue = str(rng.randint(1, 250))
    items += [(NRKW, "nr."), " ", (NUM, issue)]
    key = doc_key(BLADEN["stcrt"](year=old, number=issue))
    return base(run(*items), key)


@family("9. identifiers")
def identifiers(rng: random.Random) -> Base:
    number, _ = dossier(rng)
    nr = ondernummer(rng)
    year = rng.randint(2010, 2023)
    form = rng.randrange(4)
    if form == 0:
        return base(run((LINK, f"kst-{number}-{nr}")), kst(number, None, nr))
    if form == 1:
        item = str(rng.randint(1, 30))
        ident = f"h-tk-{year}{year + 1}-{nr}-{item}"
        key = Handelingen(chamber="II", vergaderjaar=_short(year), number=nr, item=item)
        return base(run((LINK, ident)), doc_key(key))
    if form == 2:
        ident = f"ah-tk-{year}{year + 1}-{nr}"
        answer = Aanhangsel(chamber="II", vergaderjaar=_short(year), number=nr)
        return base(run((LINK, ident)), doc_key(answer))
    prefix = rng.choice(list(GAZETTES))
    year = max(year, FIRST_YEAR.get(prefix, year))
    blad = BLADEN[prefix](year=year, number=nr)
    return base(run((LINK, f"{prefix}-{year}-{nr}")), doc_key(blad))


@family("9. URLs")
def urls(rng: random.Random) -> Base:
    number, _ = dossier(rng)
    nr = ondernummer(rng)
    form = rng.randrange(4)
    site = "https://zoek.officielebekendmakingen.nl/"
    if form == 0:
        link = f"{site}kst-{number}-{nr}.{rng.choice(['html', 'pdf'])}"
    elif form == 1:
        link = f"{site}kst-{number}-{nr}/metadata.xml"
    elif form == 2:
        return base(run((LINK, f"{site}dossier/{number}")), kst(number, None, None))
    else:
        link = "https://repository.overheid.nl/frbr/officielepublicaties/kst/"
        link += f"{number}/kst-{number}-{nr}/1/pdf/kst-{number}-{nr}.pdf"
    return base(run((LINK, link)), kst(number, None, nr))


# ---------------------------------------------------------------- lookalikes

Lookalike = Callable[[random.Random], Base]
#: Number shapes that are no citation: each must stay unread under every perturbation.
LOOKALIKES: dict[str, Lookalike] = {}


def lookalike(name: str, make: Callable[[random.Random], list[Item]]) -> None:
    def generate(rng: random.Random) -> Base:
        return Base(f"lookalike: {name}", tuple(run(*make(rng))), ())

    LOOKALIKES[name] = generate


def _n(rng: random.Random, low: int, high: int) -> str:
    return str(rng.randint(low, high))


lookalike("article numbers", lambda r: [(HEAD, "artikel"), " ", (NUM, _n(r, 1, 250)), ", ",
          (WORD, "tweede lid")])  # fmt: skip
lookalike("ECLI", lambda r: [(HEAD, "ECLI:NL:HR:"), (YEAR, _n(r, 1995, 2024)), ":",
          (NUM, _n(r, 1, 2500))])  # fmt: skip
lookalike("NJ references", lambda r: [(HEAD, r.choice(["NJ", "AB", "JB", "NJB"])), " ",
          (YEAR, _n(r, 1980, 2024)), r.choice([", ", "/"]), (NUM, _n(r, 1, 800))])  # fmt: skip
lookalike("amounts", lambda r: [(HEAD, r.choice(["€", "EUR"])), " ",
          (NUM, f"{_n(r, 10, 99)} {_n(r, 100, 999)}"), ",-"])  # fmt: skip
lookalike("letter references", lambda r: [(HEAD, "kenmerk"), " ",
          (NUM, f"{_n(r, 2010, 2024)}-{_n(r, 1000000, 9999999)}")])  # fmt: skip
lookalike("telephone numbers", lambda r: [(HEAD, "tel."), " ",
          (NUM, f"070 - {_n(r, 300, 399)} {_n(r, 10, 99)} {_n(r, 10, 99)}")])  # fmt: skip
lookalike("dates", lambda r: [(NUM, _n(r, 1, 28)), " ", (WORD, "oktober"), " ",
          (YEAR, _n(r, 1995, 2024))])  # fmt: skip
lookalike("postcodes", lambda r: [(NUM, f"{_n(r, 1000, 9999)} AB"), " ",
          (WORD, "Den Haag")])  # fmt: skip
lookalike("house and case numbers", lambda r: [(HEAD, "zaaknummer"), " ",
          (NUM, f"{_n(r, 100, 999)}.{_n(r, 100, 999)}.{_n(r, 100, 999)}/01")])  # fmt: skip
lookalike("counts and years", lambda r: [(NUM, f"{_n(r, 10, 99)}.{_n(r, 100, 999)}"), " ",
          (WORD, "inwoners in"), " ", (YEAR, _n(r, 1995, 2024))])  # fmt: skip
lookalike("nr. with a year", lambda r: [(HEAD, "bijlage"), " ", (NRKW, "nr."), " ",
          (NUM, _n(r, 1, 20)), " (", (YEAR, _n(r, 1995, 2024)), ")"])  # fmt: skip
lookalike("ISBN and versions", lambda r: [(HEAD, "ISBN"), " ",
          (NUM, f"978-90-{_n(r, 10, 99)}-{_n(r, 10000, 99999)}-{_n(r, 0, 9)}")])  # fmt: skip


def _count_at_line_start(rng: random.Random) -> Base:
    """A count or amount that opens a line before a capital: the shape of a Kamerstuk's
    heading ("35 300 Vaststelling ..."), but a round number or a sentence ("12 000 Mensen
    kwamen naar het plein.", "24 317 Bezoekers telde de beurs."). In its own prose: a heading
    is read only at a line's start."""
    low = rng.randint(10, 36)
    number = f"{low} 000" if rng.random() < 0.5 else f"{low} {_n(rng, 101, 999)}"
    sentences = [
        "Mensen kwamen naar het plein",
        "Nederlanders stemden voor het voorstel",
        "Bezoekers telde de beurs vorig jaar",
        "Inwoners had de gemeente in 2019",
    ]
    # (A full stop, no abbreviation's dot: punctuation's no_dots leaves it.)
    words, stop = rng.choice(sentences), "."
    if number.endswith("000"):  # a round count need not end its sentence on the line
        words, stop = rng.choice(
            [(words, stop), ("Nederlanders hebben\ngestemd", "."), ("Euro", "")]
        )
    lead = rng.choice(["Op de eerste dag\n", "Er waren er ruim\n\n", ""])
    items: list[Item] = [(NUM, number), " ", (WORD, words), *([stop] if stop else [])]
    pieces = [prose(lead), *run(*items), prose("\nDaarna niets.\n")]
    return Base("lookalike: counts at a line's start", tuple(pieces), (), own_prose=True)


LOOKALIKES["counts at a line's start"] = _count_at_line_start

__all__ = ["GAZETTES", "LOOKALIKES", "Base", "dossier", "kst", "ondernummer", "prose"]
