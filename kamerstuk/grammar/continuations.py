"""The parts of a citation sequence that complete one another: a continuation takes the
dossier, chamber and vergaderjaar of the Kamerstuk before it ("...; nr. 9", "; 2006/07, nr. 7",
"35300-VII-90 en -91"), a compact reference's range runs to its end ("35300-VII-90 t/m 92"), a
Kamerstuk without chamber or year takes those of the one before it in a list.

>>> from kamerstuk.grammar.parsing import parse_all
>>> [c.identifier for c in parse_all("33694-49 en -50")]
['kst-33694-49', 'kst-33694-50']
"""

from __future__ import annotations

import attrs

from ..model.citations import Citation, Kamerstuk
from ..model.errors import InvalidValue
from ..model.found import Found
from ..model.registers import Zaaknummer
from ..model.values import Chamber
from . import register_items
from .stukken import under_chamber_i

__all__ = ["Pending", "Range", "inherit", "through"]


@attrs.frozen(kw_only=True)
class Pending(Citation):
    """A "; nr. 9" continuation: a Kamerstuk whose dossier comes from the item before it."""

    ondernummer: str | None = None
    #: After a dash ("35300-VII-90 en -91"): a stuk only after a numbered stuk of the dossier.
    dashed: bool = False


class Range(list[Found]):
    """The end of a compact reference's range ("35300-VII-90 t/m 92"): its stuk, pending."""


# The most stukken a compact range may add ("-90 t/m 92"); a longer one is no range of stukken.
_LONGEST_RANGE = 50


def through(before: list[Found], found: Found) -> list[Found]:
    """The stukken after the last one up to and including the range's end ("-90 t/m 92": 91
    and 92), with the end's pinpoint and span."""
    previous = before[-1].citation if before else None
    first = getattr(previous, "ondernummer", None) or ""
    end = getattr(found.citation, "ondernummer", None) or ""
    if not (isinstance(previous, Kamerstuk) and first.isdigit() and end.isdigit()):
        raise InvalidValue("'t/m' after no numbered stuk: no range of stukken")
    dossier = getattr(found.citation, "dossier", None)
    if dossier is not None and dossier != previous.dossier:
        raise InvalidValue(f"range to a stuk of {dossier}: another dossier, no range")
    if not 0 < int(end) - int(first) <= _LONGEST_RANGE:
        raise InvalidValue(f"range {first} t/m {end}: no range of stukken")
    page = found.citation.page
    return [
        Found(
            attrs.evolve(previous, ondernummer=str(n), page=page, date=None), found.start, found.end
        )
        for n in range(int(first) + 1, int(end) + 1)
    ]


def inherit(before: list[Found], found: Found) -> Found:
    """Complete a continuation with the dossier, chamber and year of the Kamerstuk before it;
    a Kamerstuk that names neither chamber nor year takes them from the one just before it
    ("Kamerstukken I, 1971-1972, 11 201, 11 202")."""
    citation = found.citation
    if isinstance(citation, Zaaknummer):
        return register_items.in_list(before, found)
    if isinstance(citation, Kamerstuk):
        previous = before[-1].citation if before else None
        if (
            isinstance(previous, Kamerstuk)
            and citation.chamber is None
            and citation.vergaderjaar is None
            # Nothing to take (a list of bare dossiers and stukken): the citation as it is.
            and (previous.chamber is not None or previous.vergaderjaar is not None)
        ):
            citation = attrs.evolve(
                citation, chamber=previous.chamber, vergaderjaar=previous.vergaderjaar
            )
            if citation.chamber is Chamber.I:
                citation = under_chamber_i(citation)
            return Found(citation, found.start, found.end)
        return found
    if not isinstance(citation, Pending):
        return found
    previous = next(
        (f.citation for f in reversed(before) if isinstance(f.citation, Kamerstuk)), None
    )
    if previous is None:
        raise InvalidValue("'nr.' without a dossier before it")
    if citation.dashed and not (previous.ondernummer or "x")[:1].isdigit():
        raise InvalidValue("'-91' after no numbered stuk: no stuk of a dossier it names")
    if previous.chamber is Chamber.II and not (citation.ondernummer or "1")[:1].isdigit():
        raise InvalidValue("a letter after a Tweede Kamer stuk: it has no letter stukken")
    citation = attrs.evolve(
        previous, ondernummer=citation.ondernummer, page=citation.page, date=citation.date
    )
    return Found(citation, found.start, found.end)
