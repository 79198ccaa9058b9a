"""Votes as flat rows, one per party or member vote: what ``votes_frame()`` and ``kamerstuk
votes`` write.

Each row has :data:`ROW_KEYS`: the input and its error (None when found), the zaak, the besluit
and the vote. A zaak without votes gives one row with the vote's keys None, so it is still seen;
an input that failed gives one row with its error.

>>> from kamerstuk.parliament.models import Besluit, Vote, Zaak
>>> z = Zaak(number="2099Z00001", id="x", soort="Motie", besluiten=(
...     Besluit(id="b", soort="Stemmen - aangenomen", votes=(Vote("Voor", "A", 3),)),))
>>> [(r["zaak"], r["result"], r["vote"], r["party"], r["seats"]) for r in rows("m", z)]
[('2099Z00001', 'aangenomen, 3-0', 'Voor', 'A', 3)]
"""

from __future__ import annotations

from typing import Any

from ..model.citations import Citation
from ..model.errors import KamerstukError
from ..model.found import Match
from .models import Besluit, Zaak

__all__ = ["ROW_KEYS", "label", "rows"]

#: The keys of every row, in order.
ROW_KEYS = (
    "input", "error", "zaak", "soort", "onderwerp", "kabinetsappreciatie", "indieners",
    "besluit", "stemmingssoort", "result", "date", "vote", "party", "seats", "member", "mistake",
)  # fmt: skip
_ZAAK = ("zaak", "soort", "onderwerp", "kabinetsappreciatie", "indieners")
_BESLUIT = ("besluit", "stemmingssoort", "result", "date")
_VOTE = ("vote", "party", "seats", "member", "mistake")


def label(item: Citation | Match | Zaak | str) -> str:
    """How an input is named in its rows: as written, a citation canonically, a zaak by number.

    >>> label("  Kamerstuk 32847,\\n nr. 1380 "), label(Zaak(number="2099Z00001", id="x"))
    ('Kamerstuk 32847, nr. 1380', '2099Z00001')
    """
    if isinstance(item, Zaak):
        return item.number
    if isinstance(item, Match):
        return " ".join(item.text.split())
    if isinstance(item, Citation):
        return item.format()
    return " ".join(item.split())


def rows(name: str, outcome: Zaak | KamerstukError) -> list[dict[str, Any]]:
    """The rows of one input named ``name``: a row per vote of each besluit of its zaak."""
    empty: dict[str, Any] = dict.fromkeys(ROW_KEYS)
    if isinstance(outcome, KamerstukError):
        return [{**empty, "input": name, "error": f"{type(outcome).__name__}: {outcome}"}]
    facts = outcome.to_dict()
    zaak = {**{k: facts[k] for k in _ZAAK[1:]}, "zaak": outcome.number, "input": name}
    found = []
    for besluit in outcome.besluiten:
        decided = _besluit(besluit)
        found += [{**empty, **zaak, **decided, **v.to_dict()} for v in besluit.votes]
        if not besluit.votes:
            found.append({**empty, **zaak, **decided})
    return found or [{**empty, **zaak}]


def _besluit(besluit: Besluit) -> dict[str, Any]:
    facts = besluit.to_dict()
    return {k: facts[k] for k in _BESLUIT}
