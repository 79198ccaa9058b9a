"""SRU queries (CQL) for citations, and which returned records match them. Pure, offline.

A citation with a computable identifier is looked up with ``dt.identifier==``; many of them go in
one query joined by ``OR``, together with ``w.hoofddocument==`` for the same identifiers, so that
the bijlagen of those documents come in the same answer. ``dt.identifier==`` is exact, case
included: an identifier it misses is asked once more with ``=`` and the answer filtered to that
identifier in any case (:func:`loosely`). A citation without an identifier (old Handelingen
cited by page, an Aanhangsel without its chamber, a Kamerstuk whose identifier the service does
not know, a whole dossier) becomes a :class:`Search`: a query that narrows the collection, a test
every answer must pass, and preferences that break ties. Index names are those of docs/koop.md §3.

>>> by_identifiers(["kst-33694-20", "stb-2019-123"], attachments=False).split(" AND ")[1]
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
from .records import Record, number

__all__ = [
    "PRODUCT_AREA",
    "Search",
    "attachment_of",
    "by_identifiers",
    "dossier_reading",
    "dossier_search",
    "is_dossier",
    "loosely",
    "needs_search",
    "normal_identifier",
    "quote",
    "search_for",
    "stuk_reading",
]

PRODUCT_AREA = "c.product-area==officielepublicaties"
#: Handelingen are published per item from vergaderjaar 2010-2011 on (docs/koop.md §1.2).
ITEM_ERA = 2010

Test = Callable[[Record], bool]


def quote(value: str) -> str:
    """A CQL string literal: ``35925-VII`` -> ``"35925-VII"`` (quotes and backslashes escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


#: Identifier prefixes of documents that have bijlagen (``blg-``) with them as hoofddocument.
_HAS_BIJLAGEN = ("kst-", "h-", "ah-")
#: The lower-case words that start an identifier (``kst``, ``h-tk``, ``ah-ek``, ``kv-tk`` …).
_PREFIX_WORDS = frozenset({
    "kst", "blg", "h", "ah", "kv", "nds", "ag", "tk", "ek", "vv",
    "stb", "stcrt", "trb", "gmb", "prb", "wsb", "bgr",
})  # fmt: skip


def normal_identifier(text: str) -> str:
    """``text`` with its prefix lower-cased and the rest as written: KOOP's own spelling.

    ``dt.identifier==`` is exact, case included; KOOP writes the prefix in lower case and
    suffixes in capitals (``kst-35300-VIII-5``, ``kv-tk-2019Z12345``).

    >>> normal_identifier("KST-35300-VIII-5"), normal_identifier("H-TK-20192020-45-6")
    ('kst-35300-VIII-5', 'h-tk-20192020-45-6')
    """
    parts = text.strip().split("-")
    for i, part in enumerate(parts):
        if part.lower() not in _PREFIX_WORDS:
            break
        parts[i] = part.lower()
    return "-".join(parts)


def by_identifiers(identifiers: Iterable[str], *, attachments: bool = True) -> str:
    """One query for the records of all ``identifiers`` (exact match on ``dt.identifier``) and,
    with ``attachments``, for the bijlagen of those that can have them (``w.hoofddocument``)."""
    ids = list(identifiers)
    terms = [f"dt.identifier=={quote(i)}" for i in ids]
    if attachments:
        terms += [f"w.hoofddocument=={quote(i)}" for i in ids if i.startswith(_HAS_BIJLAGEN)]
    return f"{PRODUCT_AREA} AND ({' OR '.join(terms)})"


def loosely(identifiers: Iterable[str]) -> str:
    """The query that asks for ``identifiers`` with ``=`` (KOOP's match, not case-sensitive).

    >>> loosely(["kst-35300-viii-5"]).split(" AND ")[1]
    '(dt.identifier="kst-35300-viii-5")'
    """
    terms = " OR ".join(f"dt.identifier={quote(i)}" for i in identifiers)
    return f"{PRODUCT_AREA} AND ({terms})"


def attachment_of(record: Record, identifiers: Iterable[str]) -> str | None:
    """The identifier among ``identifiers`` that ``record`` is a bijlage of, or None.

    Only a ``blg-`` record is anybody's bijlage, whatever else it shares with its main document
    (a Bijlage record carries the Kamerstuk's dossier and ondernummer too).
    """
    if not (record.identifier or "").startswith("blg-"):
        return None
    wanted = set(identifiers)
    return next((m for m in record.all("hoofddocument") if m in wanted), None)


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
    # "33183-(R1975)", "33183 (R1975)" and "33183-R1975" are one dossier.
    return re.sub(r"[\s()]+", "-", dossier).strip("-").replace("--", "-")


def _first_page(page: str | None) -> int | None:
    match = re.match(r"[0-9]+", page or "")
    return int(match.group()) if match else None


def _covers(page: int | None) -> Test:
    def test(r: Record) -> bool:
        first, last = number(r.first("startpagina")), number(r.first("eindpagina"))
        if page is None or first is None:
            return True
        return first <= page <= (last if last is not None else first)

    return test


def _spellings(dossier: Dossier) -> list[str]:
    """The ways KOOP writes a dossier number in ``w.dossiernummer``.

    A Rijkswet dossier is filed as ``33183-(R1975)``, ``33183-R1975`` or under its bare number.

    >>> _spellings(Dossier("33183", ("R1975",)))
    ['33183-(R1975)', '33183-R1975', '33183']
    """
    if not dossier.is_rijkswet:
        return [str(dossier)]
    plain = [s for s in dossier.suffixes if not re.fullmatch(r"R\d+", s)]
    rijkswet = next(s for s in dossier.suffixes if re.fullmatch(r"R\d+", s))
    base = "-".join((dossier.number, *plain))
    return [f"{base}-({rijkswet})", f"{base}-{rijkswet}", base]


def _dossier_terms(dossier: Dossier) -> str:
    terms = " OR ".join(f"w.dossiernummer=={quote(s)}" for s in _spellings(dossier))
    return f"({terms})" if " OR " in terms else terms


def _in_dossier(dossier: Dossier) -> Test:
    """A record of ``dossier`` (any of its spellings), by its ``dossiernummer``."""
    wanted = {_bare(s) for s in _spellings(dossier)}
    return lambda r: any(_bare(d) in wanted for d in r.all("dossiernummer"))


def _kamerstuk(c: Kamerstuk) -> Search:
    dossier = c.dossier
    query = (
        f"{PRODUCT_AREA} AND w.publicatienaam==Kamerstuk AND {_dossier_terms(dossier)}"
        f" AND w.ondernummer=={quote(c.ondernummer or '')}"
    )
    in_dossier = _in_dossier(dossier)

    def accept(r: Record) -> bool:
        # Only a kst- record is a Kamerstuk: its bijlagen share dossier and ondernummer.
        return (
            (r.identifier or "").startswith("kst-")
            and r.first("ondernummer") == c.ondernummer
            and in_dossier(r)
        )

    return Search(
        query,
        f"Kamerstuk {dossier}, nr. {c.ondernummer}",
        accept,
        (_same_vj(c.vergaderjaar), _creator_is(c.chamber)),
    )


def is_dossier(citation: Citation) -> bool:
    """True for a citation of a whole dossier (``Kamerstuk 35300``), which names no one document.

    >>> is_dossier(Kamerstuk(dossier="35300"))
    True
    >>> is_dossier(Kamerstuk(dossier="35300", ondernummer="3"))
    False
    """
    return isinstance(citation, Kamerstuk) and citation.ondernummer is None


def dossier_search(citation: Kamerstuk) -> Search:
    """The search for every Kamerstuk (and its bijlagen) of a whole dossier.

    ``accept`` keeps the dossier's ``kst-`` records; the bijlagen in the same answer are placed
    with their Kamerstuk by :func:`attachment_of`.
    """
    dossier = citation.dossier
    query = f"{PRODUCT_AREA} AND w.publicatienaam==Kamerstuk AND {_dossier_terms(dossier)}"
    in_dossier = _in_dossier(dossier)
    return Search(
        query,
        f"dossier {dossier}",
        lambda r: (r.identifier or "").startswith("kst-") and in_dossier(r),
    )


def _handelingen(c: Handelingen) -> Search:
    if c.vergaderjaar is None:
        raise ValueError("Handelingen without a vergaderjaar cannot be searched for")
    vj = c.vergaderjaar
    query = f"{PRODUCT_AREA} AND w.publicatienaam==Handelingen AND w.vergaderjaar=={quote(str(vj))}"
    if c.number:
        # The vergadernummer is the publicatienummer of a Handelingen record [I, docs/koop.md §3].
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
        by_identifiers(ids, attachments=False),
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
    """ "36 200 A" read as Eerste Kamer stuk A of dossier 36200: the reading that is one document,
    tried first. It stays ``ambiguous``: where that stuk does not exist, :func:`dossier_reading`
    gives the other reading, dossier 36200-A.
    """
    *rest, letter = citation.dossier.suffixes or ("",)
    if not letter.isalpha():
        return citation
    dossier = Dossier(citation.dossier.number, tuple(rest))
    return attrs.evolve(citation, dossier=dossier, ondernummer=letter)


def dossier_reading(citation: Kamerstuk) -> Kamerstuk | None:
    """The whole-dossier reading of an ambiguous stuk reading ("36 200 A": dossier 36200-A).

    >>> dossier_reading(stuk_reading(Kamerstuk(dossier="36200-A", ambiguous=True))).dossier
    Dossier(number='36200', suffixes=('A',))
    """
    if not (citation.ambiguous and citation.ondernummer and citation.ondernummer.isalpha()):
        return None
    dossier = Dossier(citation.dossier.number, (*citation.dossier.suffixes, citation.ondernummer))
    return attrs.evolve(citation, dossier=dossier, ondernummer=None)


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
    # A whole dossier is listed (dossier_search); it has no identifier of its own.
    return is_dossier(citation)


def search_for(citation: Citation) -> Search:
    """The search that finds ``citation`` (ValueError where it gives too little to search on)."""
    if isinstance(citation, Kamerstuk):
        return dossier_search(citation) if is_dossier(citation) else _kamerstuk(citation)
    if isinstance(citation, Handelingen):
        return _handelingen(citation)
    if isinstance(citation, Aanhangsel):
        return _aanhangsel(citation)
    if isinstance(citation, Bijlage):
        return _bijlage(citation)
    raise ValueError(f"no search is known for a {citation.kind} citation")
