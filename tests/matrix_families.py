"""The base citations of the robustness matrix: made up by a seeded generator, one family of
docs/citations.md or one kind of its "Every notation" table each, with the documents each cites.

A base is a run of :class:`~perturbations.Piece` (roles for the operators to damage) and its
expected documents as :func:`doc_key` strings, each with the mark of the pieces that cite it.
Values are random within plausible and legal ranges: dossiers 21000-36999, Roman budget
chapters, vergaderjaren 1995-2024, ondernummers from 1, gazette numbers by gazette.

>>> import random
>>> base = FAMILIES["bladen: Staatsblad"](random.Random(3))
>>> base.family, len(base.expected)
('bladen: Staatsblad', 1)
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from perturbations import (
    CHAMBER,
    DOSSIER,
    HEAD,
    LETTER,
    NRKW,
    NUM,
    PAGE,
    PAGEKW,
    PROSE,
    SEP,
    SUFFIX,
    VJ,
    WORD,
    Piece,
)

from kamerstuk import (
    Aanhangsel,
    Bijlage,
    Citation,
    Handelingen,
    Kamerstuk,
)
from kamerstuk.model.bladen import Blad


def doc_key(citation: Citation) -> str:
    """The document a citation names, as a comparable string: the fields that tell documents
    apart, not pinpoints, dates or the way it was written.

    >>> doc_key(Kamerstuk(dossier="35 300 VIII", ondernummer=5, chamber="II"))
    'kamerstuk 35300-VIII nr 5'
    >>> doc_key(Handelingen(chamber="II", vergaderjaar="1996/97", page="4211-4215"))
    'handelingen II 1996-1997 p 4211-4215'
    """
    d = citation.to_dict()
    if isinstance(citation, Kamerstuk | Bijlage) and citation.dossier is not None:
        dossier = "-".join([citation.dossier.number, *citation.dossier.suffixes])
        variant = f" {citation.variant}" if citation.variant else ""
        return f"{citation.kind} {dossier} nr {citation.ondernummer}{variant}"
    if isinstance(citation, Handelingen | Aanhangsel):
        parts = [citation.kind, d["chamber"], d["vergaderjaar"], d["number"], d["item"]]
        if citation.number is None:
            parts += ["p", d["page"]]
        return " ".join(str(p) for p in parts if p is not None)
    if isinstance(citation, Blad):
        return f"{citation.kind} {citation.year} {citation.number}"
    return f"{citation.kind} {d['number'] or citation.identifier}"


@dataclass(frozen=True)
class Base:
    """A made-up citation in its family's own words: pieces, expected documents ``(key,
    mark)``, the ``context`` find() is given, whether it brings its own prose, and the
    ``kinds`` find() reads it with (None: the default kinds)."""

    family: str
    pieces: tuple[Piece, ...]
    expected: tuple[tuple[str, int], ...]
    context: str | None = None
    own_prose: bool = False
    kinds: str | None = None


Item = str | tuple[str, str]


def run(*items: Item, mark: int = 0) -> list[Piece]:
    """Pieces from ``(role, text)`` pairs; a bare string is a separator."""
    return [Piece(i, SEP, mark) if isinstance(i, str) else Piece(i[1], i[0], mark) for i in items]


def prose(text: str) -> Piece:
    return Piece(text, PROSE, None)


# ---------------------------------------------------------------- random values

ROMAN_CHAPTERS = ["IV", "VI", "VII", "VIII", "IX", "X", "XII", "XIII", "XV", "XVI", "IIA", "IXB"]
EK_LETTERS = [*"ABCDEFGHJKLMNOPQRSTUVWXYZ", "AA", "AB", "BH", "CF", "GJ"]


def dossier(rng: random.Random) -> tuple[str, str]:
    """A dossier number as KOOP files it and as a writer writes it ("35 300", "35300")."""
    number = str(rng.randint(21000, 36999))
    written = rng.choice([f"{number[:2]} {number[2:]}", number, f"{number[:2]}.{number[2:]}"])
    return number, written


def vergaderjaar(rng: random.Random, first: int = 1995, last: int = 2024) -> tuple[int, str]:
    """A session's first year and a way of writing it ("2019/20", "2019-2020", ...)."""
    year = rng.randint(first, last)
    end = year + 1
    forms = [f"{year}/{end % 100:02d}", f"{year}-{end}", f"{year}/{end}", f"{year}–{end}"]
    return year, rng.choice(forms)


def ondernummer(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1, 30), rng.randint(1, 250), rng.randint(100, 1800)]))


def roman(value: int) -> str:
    """>>> roman(142)
    'CXLII'"""
    out = ""
    for amount, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX")):
        while value >= amount:
            out, value = out + letters, value - amount
    return out + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"][value]


def kst(number: str, suffix: str | None, nr: str | None, variant: str | None = None) -> str:
    written = f"{number} {suffix}" if suffix else number
    return doc_key(Kamerstuk(dossier=written, ondernummer=nr, variant=variant))


def base(pieces: Sequence[Piece], *keys: str | tuple[str, int], **kw: object) -> Base:
    """A base of ``pieces`` citing ``keys`` (a key alone belongs to mark 0; a pair names its
    mark); its family is set by :func:`family`."""
    expected = tuple((k, 0) if isinstance(k, str) else k for k in keys)
    return Base("", tuple(pieces), expected, **kw)  # type: ignore[arg-type]


Generator = Callable[[random.Random], Base]
#: Every family's generator, by the name the table shows.
FAMILIES: dict[str, Generator] = {}


def family(name: str) -> Callable[[Generator], Generator]:
    def register(function: Generator) -> Generator:
        def named(rng: random.Random) -> Base:
            made = function(rng)
            return Base(name, made.pieces, made.expected, made.context, made.own_prose, made.kinds)

        FAMILIES[name] = named
        return named

    return register


def _suffix(rng: random.Random, items: list[Item], share: float = 0.4) -> str | None:
    # A Roman budget chapter after the dossier, joined by a space or a dash, in some bases.
    if rng.random() >= share:
        return None
    chapter = rng.choice(ROMAN_CHAPTERS)
    items += [rng.choice([" ", "-"]), (SUFFIX, chapter)]
    return chapter


def _pinpoint(rng: random.Random, items: list[Item]) -> None:
    if rng.random() < 0.4:
        page = str(rng.randint(1, 90))
        items += [", ", (PAGEKW, rng.choice(["p.", "blz.", "pag."])), " ", (PAGE, page)]


# ---------------------------------------------------------------- Kamerstukken


@family("kamerstukken II: head words")
def kamerstukken_tk(rng: random.Random) -> Base:
    number, written = dossier(rng)
    nr = ondernummer(rng)
    form = rng.randrange(5)
    _, vj = vergaderjaar(rng, 1980 if form == 1 else 1995, 1994 if form == 1 else 2024)
    heads = ["Kamerstukken", "Kamerstuk", "Kst.", "Kamerst.", "Kamerbrief", "Kamerstukken"]
    items: list[Item]
    if form == 0:  # Kamerstukken II 2019/20, 35 300 VIII, nr. 5, p. 3
        items = [(HEAD, rng.choice(heads)), " ", (CHAMBER, "II"), " ", (VJ, vj), ", "]
    elif form == 1:  # Bijl. Hand. II 1978/79, 15 300, nr. 5 (before 1995)
        items = [(HEAD, "Bijl. Hand."), " ", (CHAMBER, "II"), " ", (VJ, vj), ", "]
    elif form == 2:  # TK 2010-2011, 32500, nummer 3
        items = [(HEAD, rng.choice(["TK", "Tweede Kamer"])), " ", (VJ, vj), ", "]
    elif form == 3:  # Kamerstukken II, zitting 1970-1971, 10 900, nr. 3
        items = [(HEAD, "Kamerstukken"), " ", (CHAMBER, "II"), ", ", (WORD, "vergaderjaar")]
        items += [" ", (VJ, vj), ", "]
    else:  # Kamerstuk 33694, nr. 20
        items = [(HEAD, rng.choice(heads)), " "]
    items.append((DOSSIER, written))
    suffix = _suffix(rng, items)
    items += [", ", (NRKW, "nr."), " ", (NUM, nr)]
    _pinpoint(rng, items)
    return base(run(*items), kst(number, suffix, nr))


@family("kamerstukken: dossiers and Rijkswetten")
def kamerstukken_dossier(rng: random.Random) -> Base:
    number, written = dossier(rng)
    form = rng.randrange(3)
    if form == 0:  # Kamerstukken II 2019/20, 35300 (a whole dossier)
        _, vj = vergaderjaar(rng)
        items: list[Item] = [(HEAD, "Kamerstukken"), " ", (CHAMBER, "II"), " ", (VJ, vj), ", "]
        items.append((DOSSIER, written))
        return base(run(*items), kst(number, None, None))
    rijkswet = f"R{rng.randint(1500, 2150)}"
    nr = ondernummer(rng)
    _, vj = vergaderjaar(rng, 2005)
    items = [(HEAD, "Kamerstukken"), " ", (CHAMBER, "II"), " ", (VJ, vj), ", ", (DOSSIER, written)]
    items += [" ", (SUFFIX, f"({rijkswet})"), ", ", (NRKW, "nr."), " ", (NUM, nr)]
    return base(run(*items), kst(number, rijkswet, nr))


@family("kamerstukken: head word and bare dossier")
def kamerstukken_bare(rng: random.Random) -> Base:
    """ "wetsvoorstel 35 300 VIII", "Kamerstuk 32287": a dossier after its head word, with no
    comma, dash or bracket after it (tests/matrix.py UNREAD: its head word's OCR damage)."""
    number, written = dossier(rng)
    items: list[Item] = [(HEAD, rng.choice(["wetsvoorstel", "Kamerstuk", "Wetsontwerp"])), " "]
    items.append((DOSSIER, written))
    suffix = _suffix(rng, items, 0.5)
    return base(run(*items), kst(number, suffix, None))


@family("2. Eerste Kamer letters")
def eerste_kamer(rng: random.Random) -> Base:
    number, written = dossier(rng)
    letter = rng.choice(EK_LETTERS)
    _, vj = vergaderjaar(rng)
    form = rng.randrange(7)
    items: list[Item]
    if form == 0:  # Kamerstukken I 2008/09, 31 700 VI, D
        items = [(HEAD, "Kamerstukken"), " ", (CHAMBER, rng.choice(["I", "EK"])), " ", (VJ, vj)]
        items += [", ", (DOSSIER, written)]
        suffix = _suffix(rng, items)
        items += [", ", (LETTER, letter)]
    elif form == 1:  # 35 300-VI, letter Y (herdruk)
        items = [(DOSSIER, written)]
        suffix = _suffix(rng, items)
        items += [", ", (WORD, "letter"), " ", (LETTER, letter)]
        if rng.random() < 0.3:
            items += [" ", (WORD, "herdruk")]
            return base(run(*items), kst(number, suffix, letter, "h1"))
    elif form == 2:  # Kamerstuk I 32 123 AB
        letter = rng.choice(["AA", "AB", "BH", "CF", "GJ"])
        items = [(HEAD, "Kamerstuk"), " ", (CHAMBER, "I"), " ", (DOSSIER, written), " "]
        items.append((LETTER, letter))
        suffix = None
    elif form == 3:  # CXLII, letter D
        numeral = roman(rng.randint(80, 170))
        items = [(DOSSIER, numeral), ", ", (WORD, "letter"), " ", (LETTER, letter)]
        return base(run(*items), doc_key(Kamerstuk(dossier=numeral, ondernummer=letter)))
    elif form == 4:  # EK 34300 VII, E
        items = [(HEAD, "EK"), " ", (DOSSIER, written)]
        suffix = _suffix(rng, items)
        items += [", ", (LETTER, letter)]
    elif form == 5:  # 35526 / 25295, CF: filed under the first dossier
        _, other_written = dossier(rng)
        items = [(DOSSIER, written), " / ", (DOSSIER, other_written), ", ", (LETTER, letter)]
        suffix = None
    else:  # Kamerstukken I 1995/96, 23700, nr. 188b
        nr = f"{rng.randint(1, 250)}{rng.choice(['', 'a', 'b'])}"
        items = [(HEAD, "Kamerstukken"), " ", (CHAMBER, "I"), " ", (VJ, vj), ", "]
        items += [(DOSSIER, written), ", ", (NRKW, "nr."), " ", (NUM, nr)]
        return base(run(*items), kst(number, None, nr))
    return base(run(*items), kst(number, suffix, letter))


@family("compact references")
def compact(rng: random.Random) -> Base:
    number, _ = dossier(rng)
    nr = ondernummer(rng)
    suffix = rng.choice([None, None, rng.choice(ROMAN_CHAPTERS)])
    items: list[Item] = []
    head = rng.choice([None, "Kamerstuk", "Kamerstuknummer", "kamerstuk"])
    if head:
        items += [(HEAD, head), " "]
    items.append((DOSSIER, number))
    if suffix:
        items += ["-", (SUFFIX, suffix)]
    items += ["-", (NUM, nr)]
    return base(run(*items), kst(number, suffix, nr))


@family("bijlagen")
def bijlagen(rng: random.Random) -> Base:
    number, written = dossier(rng)
    nr = ondernummer(rng)
    _, vj = vergaderjaar(rng, 2005)
    items: list[Item] = [(HEAD, "Bijlage bij Kamerstukken"), " ", (CHAMBER, "II"), " "]
    items += [(VJ, vj), ", ", (DOSSIER, written), ", ", (NRKW, "nr."), " ", (NUM, nr)]
    return base(run(*items), doc_key(Bijlage(dossier=number, ondernummer=nr)))
