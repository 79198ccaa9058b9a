"""How a zaak and a besluit show in Jupyter: facts, and the vote as a small bar per party.

Every text from the service is escaped; the bars are plain ``<span>`` elements with a width in
pixels (two a seat), so the page needs no script or style sheet.

>>> from kamerstuk.parliament.models import Besluit, Vote
>>> html = besluit_html(Besluit(id="x", soort="Stemmen - verworpen",
...                             votes=(Vote("Tegen", "<PVV>", 37),)))
>>> "&lt;PVV&gt;" in html and "width:74px" in html
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Besluit, Vote, Zaak

__all__ = ["COLOURS", "besluit_html", "by_party", "zaak_html"]

#: The colour of each soort of vote; any other soort is grey.
COLOURS = {"voor": "#2e7d32", "tegen": "#c62828"}
_OTHER = "#9e9e9e"
#: Pixels a seat: the whole Kamer (150 seats) is 300 pixels wide.
_PX = 2


def by_party(votes: Iterable[Vote]) -> dict[str, dict[str, list[Vote]]]:
    """The votes by party, then by soort, in the order they first appear.

    >>> from kamerstuk.parliament.models import Vote
    >>> grouped = by_party([Vote("Voor", "CDA", 1, "A"), Vote("Tegen", "CDA", 1, "B")])
    >>> {p: list(s) for p, s in grouped.items()}
    {'CDA': ['Voor', 'Tegen']}
    """
    parties: dict[str, dict[str, list[Vote]]] = {}
    for vote in votes:
        parties.setdefault(vote.party or "?", {}).setdefault(vote.soort, []).append(vote)
    return parties


def _bar(soort: str, votes: list[Vote]) -> str:
    seats = sum(v.seats for v in votes)
    colour = COLOURS.get(soort.casefold(), _OTHER)
    members = ", ".join(v.member for v in votes if v.member)
    tip = f"{soort} {seats}" + (f": {members}" if members else "")
    return (
        f"<span title='{html.escape(tip)}' style='display:inline-block;height:0.9em;"
        f"width:{seats * _PX}px;background:{colour}'></span>"
    )


def _vote_rows(besluit: Besluit) -> str:
    rows = []
    for party, soorten in by_party(besluit.votes).items():
        bars = "".join(_bar(soort, votes) for soort, votes in soorten.items())
        counts = ", ".join(f"{s} {sum(v.seats for v in vs)}" for s, vs in soorten.items())
        rows.append(
            f"<tr><td>{html.escape(party)}</td><td style='text-align:left'>{bars}</td>"
            f"<td>{html.escape(counts)}</td></tr>"
        )
    return "".join(rows)


def besluit_html(besluit: Besluit) -> str:
    """A besluit: its soort, result and stemmingssoort, and a row per party with its bar (in a
    roll-call, a segment per soort, the members named in its tooltip)."""
    esc = html.escape
    facts = " · ".join(
        esc(str(x)) for x in (besluit.stemmingssoort, besluit.date, besluit.tekst) if x
    )
    table = f"<table class='kamerstuk-votes'>{_vote_rows(besluit)}</table>" if besluit.votes else ""
    return (
        "<div class='kamerstuk-besluit'>"
        f"<strong>{esc(besluit.result or besluit.soort or 'besluit')}</strong>"
        f" <small>{esc(besluit.soort or '')}</small><br>{facts}{table}</div>"
    )


def zaak_html(zaak: Zaak) -> str:
    """A zaak: number, soort and subject, indieners, committee, appraisal, documents, and each
    besluit as :func:`besluit_html` shows it."""
    esc = html.escape
    people = [
        ("indieners", "; ".join(map(str, zaak.indieners))),
        ("medeindieners", "; ".join(map(str, zaak.medeindieners))),
        ("voortouwcommissie", zaak.voortouwcommissie),
        ("kabinetsappreciatie", zaak.kabinetsappreciatie),
        ("documents", "; ".join(d.number for d in zaak.documents)),
    ]
    facts = "".join(f"{esc(k)}: {esc(v)}<br>" for k, v in people if v)
    return (
        "<div class='kamerstuk-zaak'>"
        f"<strong>{esc(zaak.number)}</strong> {esc(zaak.soort or '')} · "
        f"{esc(zaak.onderwerp or zaak.titel or '')}<br>{facts}"
        + "".join(besluit_html(b) for b in zaak.besluiten)
        + "</div>"
    )
