"""The public API: ``__all__`` pinned, every name there real, typed and light to import.

A name added to or removed from ``kamerstuk.__all__`` is a change of the public contract: this
test fails until PUBLIC below says so too (and the CHANGELOG does).
"""

from __future__ import annotations

import inspect
import sys
import types
import typing
from collections.abc import Iterator

import pytest

import kamerstuk

from support import fresh_python

# fmt: off
PUBLIC = [
    "Aanhangsel", "Agenda", "Ambiguous", "Besluit", "Bijlage", "Blad", "BladGemeenschappelijkeRegeling",
    "Chamber", "Citation", "Document", "Dossier", "DossierDocuments", "Fixed", "Gemeenteblad",
    "Handelingen", "InvalidValue", "Kamerstuk", "KamerstukError", "Kamervragen", "Match",
    "NietDossierstuk", "NoIdentifier", "NotFound", "ParseError", "Problem", "ProvinciaalBlad",
    "ResolveError", "Resolved", "Resolver", "Staatsblad", "Staatscourant", "Tractatenblad",
    "Vergaderjaar", "Vote", "Waterschapsblad", "Zaak", "__version__", "annotate", "annotate_html",
    "find", "find_many", "fix_text", "from_identifier", "make_session", "parse", "parse_all",
    "resolve", "resolve_all", "validate", "zaak",
]
# fmt: on

FUNCTIONS = [n for n in PUBLIC if inspect.isfunction(getattr(kamerstuk, n))]


def test_all_is_pinned() -> None:
    assert sorted(kamerstuk.__all__) == sorted(PUBLIC)
    assert len(set(kamerstuk.__all__)) == len(kamerstuk.__all__)


@pytest.mark.parametrize("name", PUBLIC)
def test_every_public_name_is_real_and_listed_by_dir(name: str) -> None:
    value = getattr(kamerstuk, name)
    assert name in dir(kamerstuk)
    if name != "__version__":
        assert value.__module__.startswith("kamerstuk"), value


def test_an_unknown_name_is_an_attribute_error_that_says_which() -> None:
    with pytest.raises(AttributeError, match="no attribute 'fnid'"):
        kamerstuk.fnid  # noqa: B018


@pytest.mark.parametrize("name", FUNCTIONS)
def test_public_functions_have_real_signatures(name: str) -> None:
    # No **options passed through: a misspelt keyword (styl="kort") is a TypeError, and mypy's.
    params = inspect.signature(getattr(kamerstuk, name)).parameters.values()
    assert all(p.kind is not p.VAR_KEYWORD for p in params)
    assert all(p.annotation is not p.empty for p in params)


def _classes(hint: object) -> Iterator[type]:
    """The classes a type hint names, through unions and generics."""
    if isinstance(hint, type) and not isinstance(hint, types.GenericAlias):
        yield hint
    for arg in typing.get_args(hint):
        yield from _classes(arg)
    origin = typing.get_origin(hint)
    if isinstance(origin, type):
        yield origin


@pytest.mark.parametrize("name", FUNCTIONS)
def test_every_type_a_public_function_returns_is_exported(name: str) -> None:
    function = getattr(kamerstuk, name)

    def returns() -> None: ...  # the return hint alone: the others may name TYPE_CHECKING imports

    returns.__annotations__ = {"return": function.__annotations__["return"]}
    hint = typing.get_type_hints(returns, vars(sys.modules[function.__module__]))["return"]
    ours = {c for c in _classes(hint) if c.__module__.startswith("kamerstuk")}
    assert {c.__name__ for c in ours} <= set(PUBLIC)
    assert all(getattr(kamerstuk, c.__name__) is c for c in ours)


def test_import_kamerstuk_loads_no_lark_requests_or_checks() -> None:
    code = (
        "import sys, kamerstuk; "
        "print(sorted(m for m in ('lark', 'requests', 'kamerstuk.checks', 'kamerstuk.koop.resolver')"
        " if m in sys.modules))"
    )
    assert fresh_python(code) == ["[]"]
