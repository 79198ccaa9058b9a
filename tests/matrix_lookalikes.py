"""Lookalikes of the robustness matrix in the genres issue 18 measures precision on: classes of
numbers that look like citations in audit-office letters, the Handelingen's lists, Eerste Kamer
papers, bibliographies, legislation, court rulings and municipal plans, and are none.

Each class is a generator of several written forms with random values (a class, not a list of
strings); the matrix (tests/matrix.py) puts each in prose and damages it like a citation, and
any match in one is a false find. The names say what a careful legal editor reads there:
``artikel`` or ``art.`` before a number makes it an article's, ``Ons kenmerk`` a letter's own
reference, ``rolnummer`` a court's.

>>> import random
>>> from perturbations import render
>>> made = LOOKALIKES["article numbers with dashes and parts"](random.Random(4))
>>> render(made.pieces)[0], made.expected
('art. 22690-7, eerste lid', ())
"""

from __future__ import annotations

import random
from collections.abc import Callable

from matrix_families import Base, Item, prose, run
from matrix_kinds import LOOKALIKES, lookalike
from perturbations import HEAD, LPAR, NRKW, NUM, PAGE, PAGEKW, RPAR, WORD, YEAR

Form = Callable[[random.Random], list[Item]]

# The forms are written as their text reads, not as the formatter would break them.
# fmt: off


def _n(rng: random.Random, low: int, high: int) -> str:
    return str(rng.randint(low, high))


def _spaced(number: str) -> str:
    """A five-digit number as a count is typeset ("35 300")."""
    return f"{number[:2]} {number[2:]}"


def _dossierlike(rng: random.Random) -> str:
    """Five digits in the range of dossier numbers: the shape that tempts a reader most."""
    return _n(rng, 21000, 36999)


def _forms(name: str, *forms: Form) -> None:
    """Register the lookalike class ``name``: each base one of ``forms``, chosen at random."""
    lookalike(name, lambda rng: rng.choice(forms)(rng))


def _article_word(rng: random.Random) -> str:
    return rng.choice(["artikel", "Artikel", "art.", "Art.", "artikelen"])


_forms(
    "article numbers with dashes and parts",
    # "Artikel 12345-13": five digits and a dash after "artikel" are an article's number.
    lambda r: [(HEAD, _article_word(r)), " ", (NUM, f"{_dossierlike(r)}-{_n(r, 1, 40)}")],
    lambda r: [(HEAD, _article_word(r)), " ", (NUM, f"{_dossierlike(r)}-{_n(r, 1, 9)}"), ", ",
               (WORD, "eerste lid")],
    lambda r: [(HEAD, _article_word(r)), " ", (NUM, f"{r.randint(1, 8)}:{_n(r, 1, 999)}"), " ",
               (WORD, r.choice(["BW", "Awb", "Sv"]))],
    lambda r: [(HEAD, _article_word(r)), " ", (NUM, f"{_n(r, 1, 12)}.{_n(r, 1, 9)}.{_n(r, 1, 9)}"),
               " ", (WORD, "van het bestemmingsplan")],
    lambda r: [(HEAD, _article_word(r)), " ", (NUM, f"{_n(r, 1, 250)}{r.choice('abcd')}"), ", ",
               (WORD, "onderdeel"), " ", (NUM, r.choice("abcde"))],
    lambda r: [(HEAD, _article_word(r)), " ", (NUM, _spaced(_dossierlike(r))), ", ",
               (NRKW, "nr."), " ", (NUM, _n(r, 1, 30))],
)
_forms(
    "court and case numbers",
    lambda r: [(HEAD, r.choice(["zaaknummer", "Zaaknummer", "zaaknr."])), " ",
               (NUM, f"200.{_n(r, 100, 999)}.{_n(r, 100, 999)}/{_n(r, 1, 9):0>2}")],
    lambda r: [(HEAD, r.choice(["zaak", "Zaak", "HvJ EU"])), " ",
               (NUM, f"{r.choice('CT')}-{_n(r, 1, 799)}/{_n(r, 10, 23)}")],
    lambda r: [(HEAD, r.choice(["HD", "GHSHE"])), " ", (NUM, f"200.{_n(r, 1000, 9999)}")],
    lambda r: [(HEAD, r.choice(["rolnummer", "Rolnummer", "rolnr."])), " ",
               (NUM, f"{_dossierlike(r)}-{_n(r, 10, 23)}")],
    lambda r: [(HEAD, "parketnummer"), " ",
               (NUM, f"{_n(r, 10, 99)}/{_n(r, 100000, 999999)}-{_n(r, 10, 23)}")],
    lambda r: [(HEAD, r.choice(["AWB", "Awb"])), " ", (NUM, f"{_n(r, 10, 23)}/{_n(r, 1000, 9999)}")],
)
def _number_word(rng: random.Random) -> str:
    """A word for another series' number: "Projectnummer", "rolnr.", "BSN-nummer"."""
    stem = rng.choice(["project", "registratie", "factuur", "klant", "meldings", "inkoop",
                       "besluit", "rol", "parket", "referentie", "polis", "order", "BSN-"])
    word = stem + rng.choice(["nummer", "nummer", "nr."])
    return word.capitalize() if rng.random() < 0.5 else word


def _issued(rng: random.Random) -> str:
    return rng.choice(["Circulaire", "Raadsvoorstel", "raadsbesluit", "Beschikking", "besluit",
                       "Verordening", "Vergunning", "Aanwijzing", "Collegebesluit", "uitspraak"])


_forms(
    "letters' own references",
    lambda r: [(HEAD, r.choice(["Ons kenmerk", "Uw kenmerk", "ons kenmerk", "uw kenmerk"])), " ",
               (NUM, f"{_dossierlike(r)}-{_n(r, 1, 99)}")],
    lambda r: [(HEAD, r.choice(["Ons kenmerk", "Uw kenmerk", "Kenmerk"])), " ",
               (NUM, f"{_n(r, 2010, 2024)}-{_n(r, 1, 99999):0>10}")],
    lambda r: [(HEAD, r.choice(["Onze referentie", "Uw referentie", "referentie", "Ref."])), " ",
               (NUM, f"{_dossierlike(r)}-{_n(r, 1, 99)}")],
    lambda r: [(HEAD, _number_word(r)), " ", (NUM, f"{_dossierlike(r)}-{_n(r, 1, 99)}")],
    lambda r: [(HEAD, _number_word(r)), ": ", (NUM, _spaced(_dossierlike(r))), ", ", (NRKW, "nr."),
               " ", (NUM, _n(r, 1, 30))],
)
_forms(
    "numbers of other issuers' documents",
    # "Circulaire nr. 31066-4": after a document of a council, a court or a ministry's own
    # series, "nr." gives that document's number, whatever its shape.
    lambda r: [(HEAD, _issued(r)), " ", (NRKW, r.choice(["nr.", "nummer", "no."])), " ",
               (NUM, f"{_dossierlike(r)}-{_n(r, 1, 99)}")],
    lambda r: [(HEAD, _issued(r)), " ", (NRKW, "nr."), " ", (NUM, _spaced(_dossierlike(r))), ", ",
               (WORD, "van"), " ", (NUM, _n(r, 1, 28)), " ", (WORD, "mei"), " ",
               (YEAR, _n(r, 1995, 2024))],
)
_forms(
    "amounts and counts in prose",
    lambda r: [(NUM, _spaced(_dossierlike(r))), " ", (WORD, r.choice(["euro", "inwoners", "banen"])),
               " ", (WORD, "in"), " ", (YEAR, _n(r, 1995, 2024))],
    lambda r: [(WORD, r.choice(["ruim", "circa", "bijna"])), " ", (NUM, _spaced(_dossierlike(r))),
               " ", (WORD, r.choice(["woningen", "leerlingen", "huishoudens"]))],
    lambda r: [(HEAD, "€"), " ", (NUM, _spaced(_dossierlike(r))), ", ",
               (WORD, "waarvan"), " ", (NUM, f"{_n(r, 10, 99)} {_n(r, 100, 999)}")],
    lambda r: [(NUM, f"{_n(r, 10, 99)} 000"), " ", (WORD, "euro"), " (", (NUM, _n(r, 1, 9)),
               " ", (WORD, "procent"), ")"],
)


def _years(rng: random.Random) -> str:
    year = rng.randint(1995, 2023)
    return rng.choice([f"{year}/{(year + 1) % 100:02d}", f"{year}-{year + 1}", f"{year}/{year + 1}"])


_forms(
    "years and ranges in prose",
    lambda r: [(WORD, "in"), " ", (YEAR, _years(r)), " ", (WORD, r.choice(["daalde", "steeg"])),
               " ", (WORD, "het aantal naar"), " ", (NUM, _spaced(_dossierlike(r)))],
    lambda r: [(WORD, r.choice(["het schooljaar", "seizoen", "cursusjaar"])), " ",
               (YEAR, _years(r)), " ", (WORD, "was"), " ", (NUM, _n(r, 1, 40)), "%"],
    lambda r: [(WORD, "de periode"), " ", (YEAR, f"{_n(r, 1995, 2015)}-{_n(r, 2016, 2024)}"),
               ", ", (NUM, _n(r, 1, 40)), " ", (WORD, "projecten")],
)
_forms(
    "ISBN, ISSN and telephone numbers",
    lambda r: [(HEAD, r.choice(["ISBN", "isbn"])), " ",
               (NUM, f"978-90-{_n(r, 1000, 9999)}-{_n(r, 100, 999)}-{_n(r, 0, 9)}")],
    lambda r: [(HEAD, "ISSN"), " ", (NUM, f"{_n(r, 1000, 9999)}-{_n(r, 1000, 9999)}")],
    lambda r: [(HEAD, r.choice(["tel.", "Telefoon", "T"])), " ",
               (NUM, r.choice([f"06-{_n(r, 10000000, 99999999)}", f"070-{_n(r, 3000000, 3999999)}",
                               f"+31 (0)70 {_n(r, 300, 399)} {_n(r, 1000, 9999)}"]))],
)
_forms(
    "addresses, dates and times",
    lambda r: [(HEAD, "Postbus"), " ", (NUM, _dossierlike(r)), ", ",
               (NUM, f"{_n(r, 1000, 9999)} {r.choice(['EA', 'LP', 'XK'])}"), " ",
               (WORD, r.choice(["Den Haag", "Utrecht"]))],
    lambda r: [(NUM, f"{_n(r, 1, 28)}-{_n(r, 1, 12)}-{_n(r, 1995, 2024)}"), " ", (WORD, "om"),
               " ", (NUM, f"{_n(r, 9, 17)}.{r.choice(['00', '15', '30'])}"), " ", (WORD, "uur")],
    lambda r: [(NUM, f"{_n(r, 9, 12)}.00-{_n(r, 13, 17)}.30"), " ", (WORD, "uur"), ", ",
               (WORD, "zaal"), " ", (NUM, _n(r, 1, 9))],
)


def _journal(rng: random.Random) -> str:
    return rng.choice(["NJB", "Ars Aequi", "TvCR", "Beleid en Maatschappij", "Bestuurskunde"])


_forms(
    "pages and issues of journals",
    lambda r: [(HEAD, _journal(r)), " ", (YEAR, _n(r, 1980, 2024)), ", ", (NRKW, "nr."), " ",
               (NUM, _n(r, 1, 12)), ", ", (PAGEKW, r.choice(["p.", "blz."])), " ",
               (PAGE, f"{_n(r, 1, 300)}-{_n(r, 301, 600)}")],
    lambda r: [(HEAD, _journal(r)), ", ", (NRKW, "nr."), " ", (NUM, _n(r, 1, 12)), " ",
               (LPAR, "("), (YEAR, _n(r, 1980, 2024)), (RPAR, ")"), ", ", (PAGEKW, "p."), " ",
               (PAGE, _n(r, 1, 600))],
    lambda r: [(WORD, r.choice(["jrg.", "jaargang"])), " ", (NUM, _n(r, 10, 99)), ", ",
               (NRKW, "nr."), " ", (NUM, _n(r, 1, 12)), ", ", (PAGEKW, "blz."), " ",
               (PAGE, f"{_n(r, 1, 99)}-{_n(r, 100, 199)}")],
    lambda r: [(HEAD, _journal(r)), " ", (YEAR, _n(r, 1980, 2024)), "/", (NUM, _n(r, 1, 12)),
               ", ", (PAGE, f"{_n(r, 1, 99)}-{_n(r, 100, 199)}")],
)
_forms(
    "budget chapters and agenda items",
    lambda r: [(HEAD, r.choice(["hoofdstuk", "Hoofdstuk", "begrotingshoofdstuk"])), " ",
               (NUM, r.choice(["VIII", "XVI", "IXB", "XIII"])), " ", (WORD, "van de begroting")],
    lambda r: [(HEAD, r.choice(["Agendapunt", "agendapunt", "punt"])), " ",
               (NUM, f"{_n(r, 1, 20)}.{_n(r, 1, 9)}"), ": ", (WORD, "Rondvraag")],
    lambda r: [(HEAD, r.choice(["Bijlage", "bijlage"])), " ", (NUM, _n(r, 1, 12)), " ",
               (WORD, "bij"), " ", (HEAD, r.choice(["artikel", "hoofdstuk"])), " ",
               (NUM, _n(r, 1, 30))],
)
_forms(
    "Tweede Kamer document numbers without their kind",
    lambda r: [(HEAD, r.choice(["documentnummer", "Documentnummer", "kenmerk"])), " ",
               (NUM, f"{_n(r, 2008, 2024)}D{_n(r, 10000, 99999)}")],
    lambda r: [(NUM, f"{_n(r, 2008, 2024)}D{_n(r, 10000, 99999)}"), " ",
               (WORD, r.choice(["(brief)", "van de griffie"]))],
)

def _count_line(rng: random.Random) -> Base:
    """A line of a table or a list that a count ends, after a dash or in brackets ("Totaal
    aantal woningen - 25 300", "Aantal inwoners (31 066)"): the agenda's bill-number shape, with
    a count's words and no bill's title."""
    label = rng.choice(["Totaal aantal woningen", "Aantal inwoners", "Kosten in euro",
                        "Gemiddeld aantal deelnemers", "Totaal huishoudens", "Aantal leerlingen"])
    number = _spaced(_dossierlike(rng))
    number = rng.choice([f"- {number}", f"\u2013 {number}", f"({number})"])
    pieces = [prose("Overzicht 2019\n"), *run((HEAD, label), " ", (NUM, number)), prose("\n")]
    return Base("lookalike: counts ending a line", tuple(pieces), (), own_prose=True)


LOOKALIKES["counts ending a line"] = _count_line

#: The classes this module adds (tests/test_robustness.py shows they are in the matrix).
CLASSES = tuple(name for name in LOOKALIKES if name in {
    "article numbers with dashes and parts", "court and case numbers", "letters' own references",
    "amounts and counts in prose", "years and ranges in prose", "ISBN, ISSN and telephone numbers",
    "addresses, dates and times", "pages and issues of journals",
    "budget chapters and agenda items", "Tweede Kamer document numbers without their kind",
    "numbers of other issuers' documents", "counts ending a line",
})

# fmt: on

__all__ = ["CLASSES"]
