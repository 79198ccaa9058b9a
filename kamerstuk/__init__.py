"""kamerstuk: find, parse, normalise, validate and resolve Dutch parliamentary citations.

>>> import kamerstuk
>>> c = kamerstuk.parse("Kamerstuk 33694, Nr. 20")
>>> c.identifier, c.url
('kst-33694-20', 'https://zoek.officielebekendmakingen.nl/kst-33694-20.html')

Everything public is named here and in ``__all__``; the subpackages (``model``, ``grammar``,
``text``, ``checks``, ``koop``, ``parliament``, ``frame``, ``cli``) are internal and may change
between releases (docs/architecture.md says which does what). The checks, the resolver and the
Tweede Kamer's open data are loaded on first use, so that ``import kamerstuk`` imports neither
the checks' data nor requests.

Two modules load on first use too, and need extras: ``kamerstuk.frame`` (tables of citations;
``pip install 'kamerstuk[frame]'``: pandas, pyarrow) and ``kamerstuk.dask`` (the same on a Dask
cluster; ``kamerstuk[dask]``), a short name for :mod:`kamerstuk.frame.dask`. Both are imported
as written (``import kamerstuk.dask``) or reached as attributes (``kamerstuk.dask.citations``).
Neither is in ``__all__``, so that ``from kamerstuk import *`` needs no extra.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

from .grammar.parsing import parse, parse_all
from .model.bladen import (
    Blad,
    BladGemeenschappelijkeRegeling,
    Gemeenteblad,
    ProvinciaalBlad,
    Staatsblad,
    Staatscourant,
    Tractatenblad,
    Waterschapsblad,
)
from .model.citations import (
    Aanhangsel,
    Agenda,
    Bijlage,
    Citation,
    Handelingen,
    Kamerstuk,
    Kamervragen,
    NietDossierstuk,
)
from .model.errors import (
    Ambiguous,
    InvalidValue,
    KamerstukError,
    NoIdentifier,
    NotFound,
    ParseError,
    ResolveError,
)
from .model.eu import CELEX, Publicatieblad
from .model.found import Match
from .model.identifier_parser import from_identifier
from .model.registers import BWB, CVDR, ECLI, Documentnummer, Zaaknummer
from .model.values import Chamber, Dossier, Vergaderjaar
from .text.annotate import annotate, annotate_html
from .text.extract import find

if _typing.TYPE_CHECKING:
    # The lazy names below, for type checkers: the real objects, with their real signatures.
    from . import dask as dask
    from . import frame as frame
    from .checks.fixes import Fixed, fix_text
    from .checks.problems import Problem
    from .checks.validate import validate
    from .koop.document import Document
    from .koop.dossier import DossierDocuments
    from .koop.resolver import Resolved, Resolver, resolve, resolve_all
    from .koop.session import make_session
    from .parliament.client import zaak
    from .parliament.models import Besluit, Vote, Zaak
    from .text.many import find_many

__version__ = "0.3.0"

#: Names loaded on first use, and the module each comes from.
_LAZY = {
    "validate": "checks.validate",
    "fix_text": "checks.fixes",
    "Fixed": "checks.fixes",
    "Problem": "checks.problems",
    "resolve": "koop.resolver",
    "resolve_all": "koop.resolver",
    "Resolved": "koop.resolver",
    "Resolver": "koop.resolver",
    "Document": "koop.document",
    "DossierDocuments": "koop.dossier",
    "make_session": "koop.session",
    "find_many": "text.many",
    "zaak": "parliament.client",
    "Zaak": "parliament.models",
    "Besluit": "parliament.models",
    "Vote": "parliament.models",
    # Modules rather than names in them (see _MODULES): they need the frame and dask extras.
    "frame": "frame",
    "dask": "dask",
}
#: The entries of _LAZY that are the module itself.
_MODULES = frozenset({"frame", "dask"})

__all__ = [
    "BWB",
    "CELEX",
    "CVDR",
    "ECLI",
    "Aanhangsel",
    "Agenda",
    "Ambiguous",
    "Besluit",
    "Bijlage",
    "Blad",
    "BladGemeenschappelijkeRegeling",
    "Chamber",
    "Citation",
    "Document",
    "Documentnummer",
    "Dossier",
    "DossierDocuments",
    "Fixed",
    "Gemeenteblad",
    "Handelingen",
    "InvalidValue",
    "Kamerstuk",
    "KamerstukError",
    "Kamervragen",
    "Match",
    "NietDossierstuk",
    "NoIdentifier",
    "NotFound",
    "ParseError",
    "Problem",
    "ProvinciaalBlad",
    "Publicatieblad",
    "ResolveError",
    "Resolved",
    "Resolver",
    "Staatsblad",
    "Staatscourant",
    "Tractatenblad",
    "Vergaderjaar",
    "Vote",
    "Waterschapsblad",
    "Zaak",
    "Zaaknummer",
    "__version__",
    "annotate",
    "annotate_html",
    "find",
    "find_many",
    "fix_text",
    "from_identifier",
    "make_session",
    "parse",
    "parse_all",
    "resolve",
    "resolve_all",
    "validate",
    "zaak",
]


def __getattr__(name: str) -> _typing.Any:
    # PEP 562: the checks and the network code are imported when first asked for.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kamerstuk' has no attribute {name!r}")
    loaded = _importlib.import_module(f".{module}", __name__)
    value = loaded if name in _MODULES else getattr(loaded, name)
    globals()[name] = value  # asked once: later lookups do not come here
    return value


def __dir__() -> list[str]:
    # The public names and the two extras' modules: not the subpackages and helpers that
    # importing leaves in the namespace (model, grammar, _importlib ...).
    return sorted({*__all__, *_MODULES, *(n for n in globals() if n.startswith("__"))})
