"""kamerstuk: find, parse, normalise, validate and resolve Dutch parliamentary citations.

>>> import kamerstuk
>>> c = kamerstuk.parse("Kamerstuk 33694, Nr. 20")
>>> c.identifier, c.url
('kst-33694-20', 'https://zoek.officielebekendmakingen.nl/kst-33694-20.html')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .annotate import annotate, annotate_html
from .citations import (
    Aanhangsel,
    Bijlage,
    Blad,
    BladGemeenschappelijkeRegeling,
    Citation,
    Gemeenteblad,
    Handelingen,
    Kamerstuk,
    Kamervragen,
    ProvinciaalBlad,
    Staatsblad,
    Staatscourant,
    Tractatenblad,
    Waterschapsblad,
)
from .errors import (
    Ambiguous,
    InvalidValue,
    KamerstukError,
    NoIdentifier,
    NotFound,
    ParseError,
    ResolveError,
)
from .extract import Match, find
from .identifiers import from_identifier
from .parsing import parse, parse_all
from .values import Chamber, Dossier, Vergaderjaar

if TYPE_CHECKING:
    from .document import Document

__version__ = "0.1.0"

__all__ = [
    "Aanhangsel",
    "Ambiguous",
    "Bijlage",
    "Blad",
    "BladGemeenschappelijkeRegeling",
    "Chamber",
    "Citation",
    "Document",
    "Dossier",
    "Gemeenteblad",
    "Handelingen",
    "InvalidValue",
    "Kamerstuk",
    "KamerstukError",
    "Kamervragen",
    "Match",
    "NoIdentifier",
    "NotFound",
    "ParseError",
    "ProvinciaalBlad",
    "ResolveError",
    "Staatsblad",
    "Staatscourant",
    "Tractatenblad",
    "Vergaderjaar",
    "Waterschapsblad",
    "__version__",
    "annotate",
    "annotate_html",
    "find",
    "from_identifier",
    "parse",
    "parse_all",
    "resolve",
    "resolve_all",
]


def resolve(citation: Citation | str, **options: Any) -> Document:
    """The document a citation names, from officielebekendmakingen.nl (network; see resolver)."""
    from .resolver import resolve as _resolve

    return _resolve(citation, **options)


def resolve_all(citations: Any, **options: Any) -> Any:
    """Resolve many citations concurrently, in input order (network; see resolver)."""
    from .resolver import resolve_all as _resolve_all

    return _resolve_all(citations, **options)


def __getattr__(name: str) -> Any:
    # Document lives with the network code; importing it must not import requests eagerly.
    if name == "Document":
        from .document import Document

        return Document
    raise AttributeError(f"module 'kamerstuk' has no attribute {name!r}")
