"""Bases of the robustness matrix for the families of real text (docs/citations.md, "Families of
real text" 1, 3-7 and 11): formulas, agenda lines, headings, PDF artefacts, older notations,
lists and back-references. Each brings the prose its family needs around it.

>>> import random
>>> from matrix_families import FAMILIES
>>> FAMILIES["1. Handelingen formula"](random.Random(1)).own_prose
True
"""

from __future__ import annotations

import random

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
    DOSSIER,
    HEAD,
    LPAR,
    NRKW,
    NUM,
    PAGE,
    PAGEKW,
    RANGE,
    RPAR,
    SHORT,
    SUFFIX,
    VJ,
    WORD,
    YEAR,
    Piece,
)

from kamerstuk import Aanhangsel, Gemeenteblad, Handelingen, Staatsblad

TITLES = [
    "Vaststelling van de begrotingsstaten van het Ministerie van Financiën",
    "Wijziging van de Gemeentewet in verband met de digitale vergadering",
    "Regels over de bescherming van persoonsgegevens",
    "Voorstel van Rijkswet tot goedkeuring van het verdrag",
]


@family("1. Handelingen formula")
def formula(rng: random.Random) -> Base:
    number, written = dossier(rng)
    nr, was = ondernummer(rng), ondernummer(rng)
    form = rng.randrange(4)
    if form == 0:  # Zij krijgt nr. 14 (36 410).
        items: list[Item] = [(NRKW, "nr."), " ", (NUM, nr), " ", (LPAR, "("), (DOSSIER, written)]
        keys = [kst(number, None, nr)]
    elif form == 1:  # Zij krijgt nr. 27, was nr. 19 (35 925).
        items = [(NRKW, "nr."), " ", (NUM, nr), ", ", (WORD, "was"), " ", (NRKW, "nr."), " "]
        items += [(NUM, was), " ", (LPAR, "("), (DOSSIER, written)]
        keys = [kst(number, None, nr), kst(number, None, was)]
    elif form == 2:  # de motie op stuk nr. 118 (21 501-20)
        sub = f"{rng.randint(1, 40):02d}"
        items = [(WORD, "stuk"), " ", (NRKW, "nr."), " ", (NUM, nr), " ", (LPAR, "(")]
        items += [(DOSSIER, "21 501"), "-", (SUFFIX, sub)]
        keys = [kst("21501", sub, nr)]
    else:  # het amendement op stuk nr. 9, I (36 200)
        items = [(WORD, "stuk"), " ", (NRKW, "nr."), " ", (NUM, nr), ", I ", (LPAR, "(")]
        items.append((DOSSIER, written))
        keys = [kst(number, None, nr)]
    items.append((RPAR, ")"))
    lead = rng.choice(["De voorzitter: Zij krijgt ", "Het amendement op ", "de motie op "])
    pieces = [prose(lead if form < 2 else "Ik breng in stemming de motie op "), *run(*items)]
    return base([*pieces, prose(" is aangenomen.")], *keys, own_prose=True)


@family("3. agenda and table lists")
def agenda(rng: random.Random) -> Base:
    number, written = dossier(rng)
    written = written.replace(".", " ")  # "- 33.144" or "(12.500)" could be a count
    title = rng.choice(TITLES)
    form = rng.randrange(4)
    if form == 0:  # Wijziging van de Gemeentewet - 36 123
        pieces = [prose(f"Agenda\n{title} "), *run((RANGE, "-"), " ", (DOSSIER, written))]
        return base([*pieces, prose("\nVolgende punt\n")], kst(number, None, None), own_prose=True)
    if form == 1:  # Wijziging van de Kieswet (35 165)
        pieces = [prose(f"{title} "), *run((LPAR, "("), (DOSSIER, written), (RPAR, ")"))]
        return base([*pieces, prose(" is aangenomen.")], kst(number, None, None), own_prose=True)
    if form == 2:  # de wetsvoorstellen 36 101, 36 102 en 36 120
        others = [dossier(rng) for _ in range(2)]
        pieces = [*run((HEAD, "wetsvoorstellen"), " ", (DOSSIER, written))]
        pieces += [Piece(", ", "sep", 1), Piece(others[0][1], DOSSIER, 1)]
        pieces += [Piece(" en ", "sep", 2), Piece(others[1][1], DOSSIER, 2)]
        keys = [(kst(number, None, None), 0)]
        keys += [(kst(n, None, None), i + 1) for i, (n, _) in enumerate(others)]
        return base([prose("De Kamer behandelt de "), *pieces, prose(" samen.")], *keys,
                    own_prose=True)  # fmt: skip
    header = "| Kamerstuk | Onderwerp |\n| --- | --- |\n| "
    pieces = [prose(header), *run((DOSSIER, written)), prose(f" | {title} |\n")]
    return base(pieces, kst(number, None, None), own_prose=True)


@family("4. headings")
def headings(rng: random.Random) -> Base:
    number, written = dossier(rng)
    written = written.replace(".", " ")  # a heading never has a dot: "36.123 Nederlanders"
    title = rng.choice(TITLES)
    form = rng.randrange(4)
    lead = prose("Tweede Kamer der Staten-Generaal\n\n")
    tail = prose("\n\nBRIEF VAN DE MINISTER\n")
    if form == 0:  # 35 300 VII Vaststelling van ...
        chapter = rng.choice(["VII", "VIII", "XV", "A"])
        items: list[Item] = [(DOSSIER, written), " ", (SUFFIX, chapter), " ", (WORD, title)]
        return base([lead, *run(*items), tail], kst(number, chapter, None), own_prose=True)
    if form == 1:  # 34 158 (R2048) Voorstel van Rijkswet ...
        rijkswet = f"R{rng.randint(1500, 2150)}"
        items = [(DOSSIER, written), " ", (SUFFIX, f"({rijkswet})"), " ", (WORD, TITLES[3])]
        return base([lead, *run(*items), tail], kst(number, rijkswet, None), own_prose=True)
    if form == 2:  # 1. 35300 VIII (an item of a numbered agenda)
        chapter = rng.choice(["VII", "VIII", "XV"])
        items = [(DOSSIER, number), " ", (SUFFIX, chapter), " ", (WORD, title)]
        pieces = [prose(f"Agenda\n{rng.randint(1, 9)}. "), *run(*items), prose("\n")]
        return base(pieces, kst(number, chapter, None), own_prose=True)
    # (2021/2022 nr. 19): the heading of an Eerste Kamer verslag
    year, _ = vergaderjaar(rng, 2005)
    nr = str(rng.randint(1, 40))
    items = [(LPAR, "("), (VJ, f"{year}/{year + 1}"), " ", (NRKW, "nr."), " ", (NUM, nr)]
    key = doc_key(Handelingen(vergaderjaar=f"{year}/{year + 1}", number=nr))
    pieces = [prose("Eerste Kamer der Staten-Generaal\n"), *run(*items, (RPAR, ")"))]
    return base([*pieces, prose("\n\nVerslag van de vergadering\n")], key, own_prose=True)


@family("5. PDF and OCR artefacts")
def artefacts(rng: random.Random) -> Base:
    number, written = dossier(rng)
    nr = ondernummer(rng)
    year, vj = vergaderjaar(rng, 2005)
    form = rng.randrange(4)
    if form == 0:  # Zie ookAanhangsel Handelingen II 2019/20, nr. 123
        head = rng.choice(["Aanhangsel Handelingen", "Aanhangsels Handelingen",
                           "Aanhangsel der Handelingen"])  # fmt: skip
        items: list[Item] = [(HEAD, head), " ", (CHAMBER, "II"), " ", (VJ, vj), ", "]
        items += [(NRKW, "nr."), " ", (NUM, nr)]
        key = doc_key(Aanhangsel(chamber="II", vergaderjaar=f"{year}/{year + 1}", number=nr))
        return base([prose("Zie ook"), *run(*items), prose(".")], key, own_prose=True)
    if form == 1:  # 4Kamerstukken II 2019/20, 35 300, nr. 5
        items = [(HEAD, "Kamerstukken"), " ", (CHAMBER, "II"), " ", (VJ, vj), ", "]
        items += [(DOSSIER, written), ", ", (NRKW, "nr."), " ", (NUM, nr)]
        pieces = [prose(f"einde tekst.\n{rng.randint(1, 60)}"), *run(*items), prose(".\n")]
        return base(pieces, kst(number, None, nr), own_prose=True)
    if form == 2:  # Kamerstukken II 2019/20,35 300,nr. 5 (no spaces after commas)
        items = [(HEAD, "Kamerstukken"), " ", (CHAMBER, "II"), " ", (VJ, vj), ","]
        items += [(DOSSIER, written), ",", (NRKW, "nr."), " ", (NUM, nr)]
        return base(run(*items), kst(number, None, nr))
    # Gmb. 2016, 54818Besluiten: a number glued to the next cell of a table
    gmb = str(rng.randint(10000, 400000))
    items = [(HEAD, "Gmb."), " ", (YEAR, str(year)), ", ", (NUM, gmb)]
    key = doc_key(Gemeenteblad(year=year, number=gmb))
    return base([prose("| "), *run(*items), prose("Besluiten |\n")], key, own_prose=True)


@family("6. older notations")
def older(rng: random.Random) -> Base:
    number, written = dossier(rng)
    nr = ondernummer(rng)
    form = rng.randrange(5)
    if form == 0:  # Handelingen II 1993/94, 23 490, nr. 7 (a Kamerstuk in the Bijlagen)
        _, vj = vergaderjaar(rng, 1980, 1994)
        items: list[Item] = [(HEAD, "Handelingen"), " ", (CHAMBER, "II"), " ", (VJ, vj), ", "]
        items += [(DOSSIER, written), ", ", (NRKW, "nr."), " ", (NUM, nr)]
        return base(run(*items), kst(number, None, nr))
    if form == 1:  # Kamerstukken II, Zitting 1961-1962-6712, Nr. 4
        year = rng.randint(1950, 1969)
        old = str(rng.randint(5000, 9999))
        items = [(HEAD, "Kamerstukken"), " ", (CHAMBER, "II"), ", ", (WORD, "Zitting"), " "]
        items += [(VJ, f"{year}-{year + 1}"), "-", (DOSSIER, old), ", ", (NRKW, "Nr."), " "]
        return base(run(*items, (NUM, nr)), kst(old, None, nr))
    if form == 2:  # Kamerstukken I, 1971-1972, 11 201, 11 202
        year = rng.randint(1965, 1985)
        first = rng.randint(10000, 16000)
        items = [(HEAD, "Kamerstukken"), " ", (CHAMBER, "I"), ", ", (VJ, f"{year}-{year + 1}")]
        items += [", ", (DOSSIER, f"{first // 1000} {first % 1000:03d}"), ", "]
        second = first + rng.randint(1, 9)
        items.append((DOSSIER, f"{second // 1000} {second % 1000:03d}"))
        keys = [kst(str(first), None, None), kst(str(second), None, None)]
        return base(run(*items), *keys)
    if form == 3:  # Kamerstuk TK 30.800XIV, 7
        chapter = rng.choice(["XIV", "VIII", "XIII"])
        items = [(HEAD, "Kamerstuk"), " ", (CHAMBER, "TK"), " ", (DOSSIER, f"{number[:2]}.")]
        stuk = str(rng.randint(1, 99))
        items += [(DOSSIER, number[2:]), (SUFFIX, chapter), ", ", (NUM, stuk)]
        return base(run(*items), kst(number, chapter, stuk))
    # Kamerstukken II, 30 123 45
    small = str(rng.randint(1, 199))
    items = [(HEAD, "Kamerstukken"), " ", (CHAMBER, "II"), ", ", (DOSSIER, written), " "]
    return base(run(*items, (NUM, small)), kst(number, None, small))


@family("7. lists and ranges")
def lists(rng: random.Random) -> Base:
    number, written = dossier(rng)
    a = rng.randint(1, 150)
    year = rng.randint(1995, 2024)
    form = rng.randrange(6)
    items: list[Item]
    if form == 0:  # Kamerstuk 33783, nrs. 31 en 32
        items = [(HEAD, "Kamerstuk"), " ", (DOSSIER, written), ", ", (NRKW, "nrs."), " "]
        items += [(NUM, str(a)), " en ", (NUM, str(a + 1))]
        return base(run(*items), kst(number, None, str(a)), kst(number, None, str(a + 1)))
    if form == 1:  # Kamerstukken II 2019/20, 35 300, nrs. 1-3 (a range)
        _, vj = vergaderjaar(rng)
        items = [(HEAD, "Kamerstukken"), " ", (CHAMBER, "II"), " ", (VJ, vj), ", "]
        items += [(DOSSIER, written), ", ", (NRKW, "nrs."), " ", (NUM, str(a))]
        items += [(RANGE, rng.choice(["-", " t/m "])), (NUM, str(a + 2))]
        return base(run(*items), *(kst(number, None, str(a + i)) for i in range(3)))
    if form == 2:  # Kamerstuk 33694, nr. 7, p. 3 en 4, en nr. 9
        b = a + rng.randint(1, 9)
        items = [(HEAD, "Kamerstuk"), " ", (DOSSIER, written), ", ", (NRKW, "nr."), " "]
        items += [(NUM, str(a)), ", ", (PAGEKW, "p."), " ", (PAGE, "3 en 4"), ", en "]
        items += [(NRKW, "nr."), " ", (NUM, str(b))]
        return base(run(*items), kst(number, None, str(a)), kst(number, None, str(b)))
    if form == 3:  # Staatsblad 2011, nummer 205, 318 (a comma is never a range)
        b = a + rng.randint(2, 90)
        items = [(HEAD, "Staatsblad"), " ", (YEAR, str(year)), ", ", (NRKW, "nr."), " "]
        items += [(NUM, str(a)), ", ", (NUM, str(b))]
        keys = [doc_key(Staatsblad(year=year, number=str(n))) for n in (a, b)]
        return base(run(*items), *keys)
    if form == 4:  # 34 012-1/2/3
        items = [(DOSSIER, number), "-", (NUM, str(a)), "/", (NUM, str(a + 1))]
        return base(run(*items), kst(number, None, str(a)), kst(number, None, str(a + 1)))
    # Handelingen II 2021/22, nr. 12, item 4 en nr. 14, item 7
    hyear = rng.randint(2010, 2023)
    hvj = f"{hyear}/{(hyear + 1) % 100:02d}"
    items = [(HEAD, "Handelingen"), " ", (CHAMBER, "II"), " ", (VJ, hvj), ", ", (NRKW, "nr.")]
    items += [" ", (NUM, str(a)), ", ", (WORD, "item"), " ", (NUM, "4"), " en ", (NRKW, "nr.")]
    items += [" ", (NUM, str(a + 2)), ", ", (WORD, "item"), " ", (NUM, "7")]
    keys = [
        doc_key(Handelingen(chamber="II", vergaderjaar=hvj, number=str(n), item=i))
        for n, i in ((a, "4"), (a + 2, "7"))
    ]
    return base(run(*items), *keys)


@family("11. back-references")
def back_references(rng: random.Random) -> Base:
    number, written = dossier(rng)
    nr, other = ondernummer(rng), ondernummer(rng)
    _, vj = vergaderjaar(rng)
    full = run((HEAD, "Kamerstukken"), " ", (CHAMBER, "II"), " ", (VJ, vj), ", ",
               (DOSSIER, written), ", ", (NRKW, "nr."), " ", (NUM, nr))  # fmt: skip
    form = rng.randrange(5)
    if form == 0:  # ...; t.a.p., p. 7
        short = [Piece(rng.choice(["t.a.p.", "ibid."]), SHORT, 1), Piece(", ", "sep", 1)]
        short += [Piece("p.", PAGEKW, 1), Piece(" ", "sep", 1), Piece("7", PAGE, 1)]
        pieces = [prose("Zie "), *full, prose("; "), *short, prose(".")]
        return base(pieces, kst(number, None, nr), (kst(number, None, nr), 1), own_prose=True)
    if form in (1, 2):  # ... Zie ook stuk nr. 12 / nr. 12 van hetzelfde dossier.
        if form == 1:
            ref = [Piece("stuk", WORD, 1), Piece(" ", "sep", 1), Piece("nr.", NRKW, 1)]
            ref += [Piece(" ", "sep", 1), Piece(other, NUM, 1)]
        else:
            ref = [Piece("nr.", NRKW, 1), Piece(" ", "sep", 1), Piece(other, NUM, 1)]
            ref += [Piece(" van hetzelfde dossier", WORD, 1)]
        pieces = [prose("Zie "), *full, prose(". Zie ook "), *ref, prose(".")]
        keys = (kst(number, None, nr), (kst(number, None, other), 1))
        return base(pieces, *keys, own_prose=True)
    # With context: the Kamerstuk being read.
    context = f"kst-{number}-{nr}"
    if form == 3:  # Het amendement (stuk nr. 12)
        ref = run((LPAR, "("), (WORD, "stuk"), " ", (NRKW, "nr."), " ", (NUM, other))
        pieces = [prose("Het amendement "), *ref, *run((RPAR, ")")), prose(" is aangenomen.")]
    else:  # nr. 12 van dit wetsvoorstel
        ref = run((NRKW, "nr."), " ", (NUM, other), (WORD, " van dit wetsvoorstel"))
        pieces = [prose("Zie de memorie van toelichting ("), *ref, prose(").")]
    return base(pieces, kst(number, None, other), context=context, own_prose=True)
