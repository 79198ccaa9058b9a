"""What :func:`kamerstuk.zaak` is asked for: a zaak number, a document number or a Kamerstuk.

The Tweede Kamer numbers its zaken ``2025Z18603`` and its documents ``2025D43230`` (the year,
``Z`` or ``D``, five digits). A Kamerstuk is found through its document: the dossier's number and
toevoeging, and the document's Volgnummer (the ondernummer).

>>> target_of("2025Z18603")
Target(kind='zaak', number='2025Z18603', dossier=None, toevoeging=None, volgnummer=None)
>>> target_of(" 2025d43230 ").what
'document 2025D43230'
>>> target_of("Kamerstukken II 2019/20, 35 300 VIII, nr. 5").what
'Kamerstuk 35300-VIII, nr. 5'
>>> target_of("Stb. 2019, 123")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kamerstuk.NoIdentifier: a Staatsblad citation names no zaak: ...
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

from ..grammar.parsing import parse
from ..model.citations import Citation, Kamerstuk, Kamervragen
from ..model.errors import NoIdentifier
from ..model.found import Match
from ..model.registers import Documentnummer, Zaaknummer

__all__ = ["DOCUMENT_NUMBER", "ZAAK_NUMBER", "Target", "names_zaak", "target_of"]

#: A zaak number as the Tweede Kamer writes it: year, ``Z``, five digits.
ZAAK_NUMBER = re.compile(r"[12][0-9]{3}Z[0-9]{5}")
#: A document number: year, ``D``, five digits.
DOCUMENT_NUMBER = re.compile(r"[12][0-9]{3}D[0-9]{5}")

_WHAT_TO_GIVE = (
    "give a Kamerstuk with its ondernummer, a document number (2025D43230)"
    " or a zaak number (2025Z18603)"
)


@attrs.frozen
class Target:
    """One thing to look up: a zaak or document ``number``, or a Kamerstuk's ``dossier``,
    ``toevoeging`` and ``volgnummer``."""

    kind: Literal["zaak", "document", "kamerstuk"]
    number: str | None = None
    dossier: int | None = None
    toevoeging: str | None = None
    volgnummer: int | None = None

    @property
    def what(self) -> str:
        """The target as an error message names it."""
        if self.kind != "kamerstuk":
            return f"{self.kind} {self.number}"
        dossier = "-".join(str(p) for p in (self.dossier, self.toevoeging) if p is not None)
        return f"Kamerstuk {dossier}, nr. {self.volgnummer}"


def target_of(item: Citation | Match | str) -> Target:
    """The :class:`Target` of ``item``: a citation, a match of :func:`kamerstuk.find`, or a
    string (a zaak or document number, or text :func:`kamerstuk.parse` reads).

    Raises ParseError for text that is no citation, and NoIdentifier for a citation that names
    no zaak (another kind, a whole dossier, an Eerste Kamer stuk), before any request.
    """
    if isinstance(item, Match):
        item = item.citation
    if isinstance(item, str):
        text = item.strip().upper()
        if ZAAK_NUMBER.fullmatch(text):
            return Target("zaak", text)
        if DOCUMENT_NUMBER.fullmatch(text):
            return Target("document", text)
        item = parse(item)
    if isinstance(item, Kamerstuk):
        return _kamerstuk(item)
    if isinstance(item, Kamervragen) and ZAAK_NUMBER.fullmatch(item.number.upper()):
        return Target("zaak", item.number.upper())
    if isinstance(item, Zaaknummer):  # find()'s zaak and document numbers
        return Target("zaak", item.number)
    if isinstance(item, Documentnummer):
        return Target("document", item.number)
    name = type(item).__name__
    raise NoIdentifier(f"a {name} citation names no zaak: {_WHAT_TO_GIVE}")


def _kamerstuk(citation: Kamerstuk) -> Target:
    if citation.ondernummer is None:
        raise NoIdentifier(f"Kamerstuk {citation.dossier} names a whole dossier: {_WHAT_TO_GIVE}")
    # The Tweede Kamer numbers its stukken 1, 2, 3 ...; letters (A, B) are the Eerste Kamer's.
    if not (citation.ondernummer.isdigit() and citation.dossier.number.isdigit()):
        raise NoIdentifier(
            f"Kamerstuk {citation.dossier}, nr. {citation.ondernummer} is no Tweede Kamer stuk"
            " (the Tweede Kamer numbers its dossiers and stukken with digits only)"
        )
    return Target(
        "kamerstuk",
        dossier=int(citation.dossier.number),
        toevoeging=citation.dossier.suffix,
        volgnummer=int(citation.ondernummer),
    )


def names_zaak(item: Citation | Match | str) -> bool:
    """Whether ``item`` names a zaak :func:`target_of` can look up (a Kamerstuk with its
    ondernummer, a zaak or document number); never raises.

    >>> names_zaak("Kamerstuk 32847, nr. 1380"), names_zaak("Kamerstuk 32847"), names_zaak("x")
    (True, False, False)
    """
    try:
        target_of(item)
    except ValueError:  # ParseError, NoIdentifier, InvalidValue: all are ValueErrors
        return False
    return True
