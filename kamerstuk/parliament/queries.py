"""The OData queries :func:`kamerstuk.zaak` sends to the Tweede Kamer's Gegevensmagazijn.

Every query is written out in docs/parliament.md; the doctests here show them whole. Strings
are quoted with ``'`` (a ``'`` inside doubled), integers and GUIDs are not (the service answers
``guid'…'`` with a 400), and deleted records are asked away with ``Verwijderd eq false``.

>>> print(ZAAK.format(number=text("2025Z18603")).url("https://example.org/OData"))
https://example.org/OData/Zaak?$filter=Nummer%20eq%20'2025Z18603'%20and%20Verwijderd%20eq%20false&$expand=...
>>> print(dossier_filter(32847, None))
Kamerstukdossier/any(d:d/Nummer eq 32847 and d/Toevoeging eq null)
>>> print(dossier_filter(36200, "VIII"))
Kamerstukdossier/any(d:d/Nummer eq 36200 and d/Toevoeging eq 'VIII')
"""

from __future__ import annotations

import uuid
from urllib.parse import quote

import attrs

from .targets import Target

__all__ = [
    "DEFAULT_TK_URL",
    "DOCUMENT",
    "LIVE",
    "VOTES",
    "ZAAK",
    "Query",
    "document_query",
    "dossier_filter",
    "guid",
    "text",
]

#: The Gegevensmagazijn's OData v4 service (``KAMERSTUK_TK_URL`` points elsewhere).
DEFAULT_TK_URL = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"
#: Records the service still has but marks deleted are placeholders: every query leaves them out.
LIVE = "Verwijderd eq false"
#: Characters a query keeps as they are: OData's own punctuation, readable in logs and the cache.
_SAFE = "$/:(),'=;@"


def text(value: str) -> str:
    """A string literal: ``'…'``, with ``'`` doubled.

    >>> text("Kamer's")
    "'Kamer''s'"
    """
    return "'" + value.replace("'", "''") + "'"


def guid(value: str) -> str:
    """A GUID literal: bare, lower case (ValueError for anything that is no GUID).

    >>> guid("C2D97196-CCB4-40C3-BC28-ABA5A38C3E39")
    'c2d97196-ccb4-40c3-bc28-aba5a38c3e39'
    """
    return str(uuid.UUID(value))


def dossier_filter(nummer: int, toevoeging: str | None) -> str:
    """The Document filter for a dossier: number and toevoeging inside one ``any()``, so that
    both must hold for the same dossier (two ``any()`` would match 36200 with another dossier's
    VIII). A Rijkswet number (``R1975``) is asked as written and in parentheses, since the
    service's spelling of it is not documented.

    >>> print(dossier_filter(33183, "R1975"))  # doctest: +NORMALIZE_WHITESPACE
    Kamerstukdossier/any(d:d/Nummer eq 33183 and
    (d/Toevoeging eq 'R1975' or d/Toevoeging eq '(R1975)'))
    """
    if toevoeging is None:
        which = "d/Toevoeging eq null"
    elif toevoeging[:1] == "R" and toevoeging[1:].isdigit():
        which = f"(d/Toevoeging eq {text(toevoeging)} or d/Toevoeging eq {text(f'({toevoeging})')})"
    else:
        which = f"d/Toevoeging eq {text(toevoeging)}"
    return f"Kamerstukdossier/any(d:d/Nummer eq {int(nummer)} and {which})"


@attrs.frozen
class Query:
    """One OData request: an entity set with ``$filter``, ``$expand`` and ``$select``.

    ``filter`` may hold ``{placeholders}`` that :meth:`format` fills in.
    """

    entity_set: str
    filter: str
    expand: str | None = None
    select: str | None = None

    def format(self, **values: str) -> Query:
        """This query with the placeholders of its filter filled in."""
        return attrs.evolve(self, filter=self.filter.format(**values))

    def url(self, base: str) -> str:
        """The URL of this query at the service ``base``."""
        options = {"$filter": self.filter, "$expand": self.expand, "$select": self.select}
        query = "&".join(f"{k}={quote(v, safe=_SAFE)}" for k, v in options.items() if v)
        return f"{base}/{self.entity_set}?{query}"


#: What a document gives: its number, Volgnummer, dossiers and zaken (deleted ones left out).
_DOCUMENT_EXPAND = (
    f"Kamerstukdossier($select=Nummer,Toevoeging),Zaak($filter={LIVE};$select=Id,Nummer)"
)
_DOCUMENT_SELECT = "Id,DocumentNummer,Volgnummer,Verwijderd"

#: A zaak with its actors, its documents (with their dossier and KOOP identifier) and its
#: besluiten (with the agendapunt and the date of the meeting that took them).
ZAAK = Query(
    "Zaak",
    f"Nummer eq {{number}} and {LIVE}",
    expand=(
        f"ZaakActor($filter={LIVE}),"
        f"Document($filter={LIVE};$expand=HuidigeDocumentVersie($select=ExterneIdentifier),"
        "Kamerstukdossier($select=Nummer,Toevoeging)),"
        f"Besluit($filter={LIVE};$expand=Agendapunt($select=Onderwerp;"
        "$expand=Activiteit($select=Datum)))"
    ),
)
#: A document by its number.
DOCUMENT = Query(
    "Document",
    f"DocumentNummer eq {{number}} and {LIVE}",
    expand=_DOCUMENT_EXPAND,
    select=_DOCUMENT_SELECT,
)
#: The votes of one besluit, a record per party (or per member in a roll-call).
VOTES = Query("Stemming", f"Besluit_Id eq {{besluit}} and {LIVE}")


def document_query(target: Target) -> Query:
    """The query for the document ``target`` names (a document number or a Kamerstuk).

    >>> print(document_query(Target("document", "2025D43230")).filter)
    DocumentNummer eq '2025D43230' and Verwijderd eq false
    >>> print(document_query(Target("kamerstuk", dossier=32847, volgnummer=1380)).filter)
    ... # doctest: +NORMALIZE_WHITESPACE
    Volgnummer eq 1380 and Kamerstukdossier/any(d:d/Nummer eq 32847 and d/Toevoeging eq null)
    and Verwijderd eq false
    """
    if target.kind == "document":
        return DOCUMENT.format(number=text(str(target.number)))
    assert target.dossier is not None
    assert target.volgnummer is not None
    dossier = dossier_filter(target.dossier, target.toevoeging)
    return attrs.evolve(
        DOCUMENT, filter=f"Volgnummer eq {int(target.volgnummer)} and {dossier} and {LIVE}"
    )
