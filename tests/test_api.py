"""The public API: ``__all__`` pinned, every name there real, typed and light to import.

A name added to or removed from ``kamerstuk.__all__`` is a change of the public contract: this
test fails until PUBLIC below says so too (and the CHANGELOG does).
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import types
import typing
from collections.abc import Iterator

import pytest

import kamerstuk

from support import fresh_python

# fmt: off
PUBLIC = [
    "BWB", "CELEX", "CVDR", "ECLI", "Documentnummer", "Publicatieblad", "Zaaknummer",
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


def test_dir_lists_the_public_names_and_no_helpers() -> None:
    # dir(kamerstuk) once listed Any, TYPE_CHECKING, importlib and the subpackages.
    listed = {n for n in dir(kamerstuk) if not n.startswith("__")}
    assert listed == {n for n in PUBLIC if not n.startswith("__")} | {"frame", "dask"}


@pytest.mark.parametrize("module", ["kamerstuk.dask", "kamerstuk.frame"])
def test_the_extras_modules_import_as_the_docs_write_them(module: str) -> None:
    # `import kamerstuk.dask` once failed: only `from kamerstuk import dask` worked.
    pytest.importorskip("dask", reason="the dask extra is not installed")
    code = (
        f"import {module}, kamerstuk; print({module}.__name__, kamerstuk.{module[10:]} is {module})"
    )
    assert fresh_python(code) == [module, "True"]


def _without(packages: list[str], code: str) -> subprocess.CompletedProcess[str]:
    """``code`` run in a fresh interpreter in which ``packages`` cannot be imported."""
    block = "; ".join(f"sys.modules[{p!r}] = None" for p in packages)
    return subprocess.run(
        [sys.executable, "-c", f"import sys; {block}; {code}"], capture_output=True, text=True
    )


# fmt: off
MISSING_EXTRAS = [
    ("frame", ["pandas"], "import kamerstuk.frame"),
    ("frame", ["pyarrow"], "import kamerstuk.frame"),
    ("frame", ["pandas"], "import kamerstuk; kamerstuk.frame"),
    ("frame", ["pandas"], "from kamerstuk.frame import citations_frame"),
    ("dask", ["dask", "dask.dataframe"], "import kamerstuk.dask"),
    ("dask", ["dask", "dask.dataframe"], "import kamerstuk; kamerstuk.dask.citations"),
    ("frame", ["pandas"], "from kamerstuk.cli.main import main; sys.exit(main(['graph', '.']))"),
    ("frame", ["pyarrow"], "from kamerstuk.cli.main import main; sys.exit(main(['find', '--format', 'parquet', '--out', 'x.parquet', '-']))"),
]
# fmt: on


@pytest.mark.parametrize(("extra", "packages", "code"), MISSING_EXTRAS)
def test_a_missing_extra_says_the_same_line_from_every_entry_point(
    extra: str, packages: list[str], code: str
) -> None:
    # `kamerstuk graph` once said "No module named 'pandas'"; find and the API said it otherwise.
    from kamerstuk.model.errors import missing_extra

    run = _without(packages, code)
    assert run.returncode != 0
    last = run.stderr.strip().splitlines()[-1]
    assert last.endswith(str(missing_extra(extra))), run.stderr
    assert f"pip install 'kamerstuk[{extra}]'" in last


@pytest.mark.parametrize("method", ["text", "html"])
def test_a_document_asks_the_fetcher_it_is_given_with_real_keywords(method: str) -> None:
    # Document.text() once took **options and imported the resolver inside itself.
    from kamerstuk.koop.document import Document

    params = inspect.signature(getattr(Document, method)).parameters.values()
    assert all(p.kind is not p.VAR_KEYWORD for p in params)
    asked = []

    class Fetcher:
        def text(self, document: Document) -> str:
            asked.append(("text", document.identifier))
            return "de tekst"

        def html(self, document: Document) -> str:
            asked.append(("html", document.identifier))
            return "<p>de tekst</p>"

    doc = Document(identifier="kst-1-1")
    got = getattr(doc, method)(resolver=Fetcher())
    assert got in ("de tekst", "<p>de tekst</p>")
    assert asked == [(method, "kst-1-1")]


def test_the_defaults_of_document_text_are_those_of_resolve() -> None:
    from kamerstuk.koop.document import Document

    ours = inspect.signature(Document.text).parameters
    theirs = inspect.signature(kamerstuk.resolve).parameters
    for name in ("session", "cache", "offline", "timeout", "deadline", "sru_url", "zoek_url"):
        assert ours[name].default == theirs[name].default, name
