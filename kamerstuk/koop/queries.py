"""SRU queries (CQL) for citations, and which returned records match them. Pure, offline.

A citation with a computable identifier is looked up with ``dt.identifier==``; many of them go in
one query joined by ``OR``. A citation without one (old Handelingen cited by page, an Aanhangsel
without its chamber, a Kamerstuk whose identifier the service does not know) becomes a
:class:`Search`: a query that narrows the collection, a test every answer must pass, and
preferences that break ties. Index names are those of koop.md §3 and the KOOP SRU 2.0 manual.

>>> by_identifiers(["kst-33694-20", "stb-2019-123"]).split(" AND ")[1]
'(dt.identifier=="kst-33694-20" OR dt.identifier=="stb-2019-123")'
>>> from kamerstuk.model.citations import Aanhangsel
>>> print(search_for(Aanhangsel(vergaderjaar="2019/20", number="1234")).query.split(" AND ")[1])
(dt.identifier=="ah-tk-20192020-1234" OR dt.identifier=="ah-ek-20192020-1234")
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import attrs

from ..model.citations import Aanhangsel, Bijlage, Citation, Handelingen, Kamerstuk
from ..model.values import Chamber, Dossier, Vergaderjaar
from .records import Record

__all__ = [
    "PRODUCT_AREA",
    "Search",
    "by_identifiers",
    "needs_search",
    "quote",
    "search_for",
    "stuk_reading",
]

PRODUCT_AREA = "c.product-area==officielepublicaties"
#: Handelingen are published per item from vergaderjaar 2010-2011 on (koop.md §1.2).
ITEM_ERA = 2010

Test = Callable[[Record], bool]


def quote(value: str) -> str:
    """A CQL string literal: ``35925-VII`` -> ``"35925-VII"`` (quotes and backslashes escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def by_identifiers(identifiers: Iterable[str]) -> str:
    """One query for the records of all ``identifiers`` (exact match on ``dt.identifier``)."""
    terms = " OR ".join(f"dt.identifier=={quote(i)}" for i in identifiers)
    return f"{PRODUCT_AREA} AND ({terms})"


@attrs.frozen
class Search:
    """A search for one citation: ``query`` (CQL), ``accept`` (every answer must pass it) and
    ``prefer`` (tests applied in turn while more than one answer is left, each only if it keeps
    at least one). ``what`` says in words what is searched, for error messages.
    """

    query: str
    what: str
    accept: Test = attrs.field(eq=False)
    prefer: tuple[Test, ...] = attrs.field(default=(), eq=False)

    def pick(self, records: Sequence[Record]) -> list[Record]:
        """The records this search accepts, narrowed by the preferences."""
        found = [r for r in records if self.accept(r)]
        for test in self.prefer:
            narrower = [r for r in found if test(r)]
            if len(found) > 1 and narrower:
                found = narrower
        return found


def _same_vj(vj: Vergaderjaar | None) -> Test:
    return lambda r: vj is not None and r.first("vergaderjaar") == str(vj)


def _chamber_in_id(chamber: Chamber | None) -> Test:
    # h-tk-…, ah-ek-…: the identifier itself carries the chamber, reliably.
    return lambda r: chamber is None or (r.identifier or "").split("-")[1:2] == [chamber.code]


def _creator_is(chamber: Chamber | None) -> Test:
    names = {Chamber.II: "tweede kamer", Chamber.I: "eerste kamer", Chamber.VV: "verenigde"}
    return lambda r: (
        chamber is not None and any(names[chamber] in c.lower() for c in r.all("creator"))
    )


def _bare(dossier: str) -> str:
    return re.sub(r"[\s()]+", "", dossier).replace("--", "-")


def _first_page(page: str | None) -> int | None:
    match = re.match(r"\d+", page or "")
    return int(match.group()) if match else None


def _covers(page: int | None) -> Test:
    def test(r: Record) -> bool:
        first, last = r.first("startpagina"), r.first("eindpagina")
        if page is None or not (first and first.isdigit()):
            return True
        end = int(last) if last and last.isdigit() else int(first)
        return int(first) <= page <= end

    return test


def _kamerstuk(c: Kamerstuk) -> Search:
    dossier = c.dossier
    # A Rijkswet dossier ("33183 (R1975)") is indexed in more than one spelling: ask by number.
    wanted = dossier.number if dossier.is_rijkswet else str(dossier)
    query = (
        f"{PRODUCT_AREA} AND w.publicatienaam==Kamerstuk"
        f" AND w.dossiernummer=={quote(wanted)} AND w.ondernummer=={quote(c.ondernummer or '')}"
    )

    def accept(r: Record) -> bool:
        numbers = [_bare(d) for d in r.all("dossiernummer")]
        return r.first("ondernummer") == c.ondernummer and any(
            n == str(dossier) or (n.split("-")[0] == dossier.number and dossier.is_rijkswet)
            for n in numbers
        )

    return Search(
        query,
        f"Kamerstuk {dossier}, nr. {c.ondernummer}",
        accept,
        (_same_vj(c.vergaderjaar), _creator_is(c.chamber)),
    )


def _handelingen(c: Handelingen) -> Search:
    if c.vergaderjaar is None:
        raise ValueError("Handelingen without a vergaderjaar cannot be searched for")
    vj = c.vergaderjaar
    query = f"{PRODUCT_AREA} AND w.publicatienaam==Handelingen AND w.vergaderjaar=={quote(str(vj))}"
    if c.number:
        # The vergadernummer is the publicatienummer of a Handelingen record [I, koop.md §3].
        query += f" AND w.publicatienummer=={quote(c.number)}"
    # The page is checked here, not in the query: range searches on pages are unverified.
    page = _first_page(c.page)
    chamber_ok = _chamber_in_id(c.chamber)
    covers = _covers(page)

    def accept(r: Record) -> bool:
        number_ok = not c.number or r.first("publicatienummer") in (None, c.number)
        item_ok = not c.item or r.first("handelingenitemnummer") in (None, c.item)
        return (
            (r.identifier or "").startswith("h-")
            and r.first("vergaderjaar") in (None, str(vj))
            and chamber_ok(r)
            and number_ok
            and item_ok
            and covers(r)
        )

    where = f", p. {c.page}" if c.page else ""
    what = f"Handelingen {c.chamber.value if c.chamber else ''} {vj.short}, nr. {c.number}{where}"
    return Search(query, " ".join(what.split()), accept)


def _aanhangsel(c: Aanhangsel) -> Search:
    if c.vergaderjaar is None or not c.number:
        raise ValueError("an Aanhangsel needs its vergaderjaar and number to be found")
    chambers = [c.chamber] if c.chamber else [Chamber.II, Chamber.I]
    ids = [f"ah-{ch.code}-{c.vergaderjaar.compact}-{c.number}" for ch in chambers]
    return Search(
        by_identifiers(ids),
        f"Aanhangsel Handelingen {c.vergaderjaar.short}, nr. {c.number}",
        lambda r: r.identifier in ids,
    )


def _bijlage(c: Bijlage) -> Search:
    parent = c.parent
    main = parent.identifier if parent else None
    if not main:
        raise ValueError("a Bijlage needs its number or its Kamerstuk to be found")
    query = f"{PRODUCT_AREA} AND w.hoofddocument=={quote(main)}"
    return Search(
        query,
        f"Bijlage bij {main}",
        lambda r: (r.identifier or "").startswith("blg-") and main in r.all("hoofddocument"),
    )


def stuk_reading(citation: Kamerstuk) -> Kamerstuk:
    """ "36 200 A" read as Eerste Kamer stuk A of dossier 36200: the reading that is one document.

    As dossier 36200-A it would be a whole dossier, which no single document is.
    """
    *rest, letter = citation.dossier.suffixes or ("",)
    if not letter.isalpha():
        return citation
    dossier = Dossier(citation.dossier.number, tuple(rest))
    return attrs.evolve(citation, dossier=dossier, ondernummer=letter, ambiguous=False)


def needs_search(citation: Citation) -> bool:
    """True where the citation alone cannot give the identifier, whatever it says.

    >>> needs_search(Handelingen(chamber="II", vergaderjaar="2007/08", number="70", page="4867"))
    True
    """
    if isinstance(citation, Handelingen):
        vj = citation.vergaderjaar
        return citation.item is None or (vj is not None and vj.start < ITEM_ERA)
    if isinstance(citation, Aanhangsel):
        return citation.chamber is None
    if isinstance(citation, Bijlage):
        return citation.number is None
    # A whole dossier: search_for says why that is not one document.
    return isinstance(citation, Kamerstuk) and citation.ondernummer is None


def search_for(citation: Citation) -> Search:
    """The search that finds ``citation`` (ValueError where it gives too little to search on)."""
    if isinstance(citation, Kamerstuk):
        if citation.ondernummer is None:
            raise ValueError(f"{citation.dossier} is a whole dossier, not one document")
        return _kamerstuk(citation)
    if isinstance(citation, Handelingen):
        return _handelingen(citation)
    if isinstance(citation, Aanhangsel):
        return _aanhangsel(citation)
    if isinstance(citation, Bijlage):
        return _bijlage(citation)
    raise ValueError(f"no search is known for a {citation.kind} citation")
