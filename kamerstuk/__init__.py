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
    import datetime as dt

    from .document import Document
    from .fixes import Fixed
    from .problems import Problem

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
    "Problem",
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
    "fix_text",
    "from_identifier",
    "parse",
    "parse_all",
    "resolve",
    "resolve_all",
    "validate",
]


def validate(
    text_or_citation: str | Citation, *, style: str | None = None, today: dt.date | None = None
) -> list[Problem]:
    """The problems of the citations in a text, or of one citation; never raises on a str.

    >>> [p.code for p in validate("Zie Kamerstukken II 2019/21, 35 300, nr. 3.")]
    ['KS201']
    """
    from .checks import validate as _validate

    return _validate(text_or_citation, style=style, today=today)


def fix_text(text: str, **options: Any) -> Fixed:
    """``text`` with every fixable citation problem fixed (see :func:`kamerstuk.fixes.fix_text`)."""
    from .fixes import fix_text as _fix_text

    return _fix_text(text, **options)


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
    if name == "Problem":
        from .problems import Problem

        return Problem
    raise AttributeError(f"module 'kamerstuk' has no attribute {name!r}")
