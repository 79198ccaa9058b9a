"""``to_frame()`` and ``from_frame()``: citations, matches and documents as tables and back.

>>> from kamerstuk import parse
>>> cited = [parse("Kamerstukken II 2019/20, 35 300 VIII, nr. 5, p. 3"), parse("Stb. 2019, 123")]
>>> table = to_frame(cited)
>>> table[["kind", "dossier", "suffix", "ondernummer", "year", "identifier"]]
        kind dossier suffix ondernummer  year        identifier
0  kamerstuk   35300   VIII           5  <NA>  kst-35300-VIII-5
1 staatsblad    <NA>   <NA>        <NA>  2019      stb-2019-123
>>> from_frame(table) == cited
True
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, overload

import attrs
import pandas as pd

from ..koop.document import Document
from ..model.citations import Citation
from ..model.errors import InvalidValue
from ..model.found import Match
from ..model.registers import Register
from ..model.values import Dossier, to_chamber, to_vergaderjaar
from ..text.many import is_missing
from .schema import CITATION, DOCUMENT, FLAGS, MATCH, Schema, record_batch, to_pandas
from .table import citation_row, flags_row, match_row

__all__ = ["from_frame", "to_frame"]

T = TypeVar("T", Citation, Match, Document)

#: What each kind of item becomes: its columns and how one item gives one row of them.
_TABLES: dict[type, tuple[Schema, Callable[[Any], tuple[Any, ...]]]] = {
    Citation: ({**CITATION, **FLAGS}, lambda c: (*citation_row(c), *flags_row(c))),
    Match: (MATCH, match_row),
    Document: (DOCUMENT, lambda d: tuple({**d.to_dict(), "date": d.date}.values())),
}


def to_frame(items: Iterable[T], of: type[T] | None = None) -> pd.DataFrame:
    """A table of citations, matches (:func:`kamerstuk.find`'s) or documents, a row each.

    Citations give the columns of ``to_dict()`` and the flags of :data:`FLAGS`; matches also
    their span and text (the columns of ``citations_frame`` but ``id``); documents the columns
    of ``Document.to_dict()``. The kind is that of the first item, or ``of`` (needed to give an
    empty table its columns; citations by default).
    """
    it = iter(items)
    first = next(it, None)
    kind = _kind_of(of or (Citation if first is None else type(first)))
    schema, values = _TABLES[kind]
    rows = []
    for position, item in enumerate(itertools.chain([] if first is None else [first], it)):
        if not isinstance(item, kind):
            name = type(item).__name__
            raise TypeError(f"to_frame(): item {position} is a {name}, not a {kind.__name__}")
        rows.append(values(item))
    return to_pandas(record_batch(rows, schema), schema)


@overload
def from_frame(frame: pd.DataFrame) -> list[Citation]: ...
@overload
def from_frame(frame: pd.DataFrame, of: type[Citation]) -> list[Citation]: ...
@overload
def from_frame(frame: pd.DataFrame, of: type[Document]) -> list[Document]: ...
def from_frame(
    frame: pd.DataFrame, of: type[Citation] | type[Document] = Citation
) -> list[Citation] | list[Document]:
    """The citations (or, with ``of=Document``, the documents) of a table's rows, in order.

    Takes what :func:`to_frame` and :func:`kamerstuk.frame.citations_frame` give (only the
    columns a kind needs must be there). Citations come back equal to the ones the table was
    made of; a documents' table keeps the fields of ``Document.to_dict()`` (not ``dates`` or
    ``metadata``). A row that makes no citation, or whose ``identifier`` is not the one its fields
    give (an edited table), raises :class:`kamerstuk.InvalidValue` naming the row.
    """
    rows = frame.to_dict("records")
    if of is Document:
        return [_document(row) for row in rows]
    return [_citation(row, position) for position, row in enumerate(rows)]


def _kind_of(cls: type) -> type:
    for kind in _TABLES:
        if issubclass(cls, kind):
            return kind
    raise TypeError(f"to_frame() takes citations, matches or documents, not {cls.__name__}")


def _value(row: Mapping[Any, Any], name: str) -> Any:
    value = row.get(name)
    return None if is_missing(value) else value


@functools.cache
def _kinds() -> dict[str, type[Citation]]:
    """Every citation class by its ``kind``."""
    found: dict[str, type[Citation]] = {}
    stack: list[type[Citation]] = [Citation]
    while stack:
        cls = stack.pop()
        if "kind" in vars(cls):  # a kind's own class, not a helper built on one
            found[cls.kind] = cls
        stack.extend(cls.__subclasses__())
    return found


def _citation(row: Mapping[Any, Any], position: int) -> Citation:
    kind = _value(row, "kind")
    cls = _kinds().get(str(kind))
    if cls is None:
        raise InvalidValue(f"row {position}: {kind!r} is not a kind of citation")
    if issubclass(cls, Register):  # ECLI, BWB, ...: rebuilt from to_dict()'s keys
        return _checked(_register(cls, row, position), row, position)
    fields: dict[str, Any] = {}
    for field in attrs.fields(cls):
        name = field.name
        if name == "dossier":
            number, suffix = _value(row, "dossier"), _value(row, "suffix")
            if number is not None:
                fields[name] = Dossier(number, tuple(suffix.split("-")) if suffix else ())
        elif field.type in (bool, "bool"):
            fields[name] = bool(_value(row, name))  # an absent flag is not set
        elif name in row:
            fields[name] = _value(row, name)
    try:
        citation = cls(**fields)
    except (TypeError, ValueError) as err:
        raise InvalidValue(f"row {position}: no {kind} citation: {err}") from err
    return _checked(citation, row, position)


def _register(cls: type[Register], row: Mapping[Any, Any], position: int) -> Citation:
    try:
        return cls.from_dict({str(k): _value(row, str(k)) for k in row})
    except (TypeError, ValueError, KeyError) as err:
        raise InvalidValue(f"row {position}: no {cls.kind} citation: {err!r}") from err


def _checked(citation: Citation, row: Mapping[Any, Any], position: int) -> Citation:
    """``citation``, unless the row's identifier column says another (an edited table)."""
    written = _value(row, "identifier")
    if written is not None and citation.identifier != written:
        raise InvalidValue(
            f"row {position}: its fields give identifier {citation.identifier!r}, "
            f"but its identifier column says {written!r}"
        )
    return citation


def _document(row: Mapping[Any, Any]) -> Document:
    urls = {k: u for k in ("html", "pdf", "xml", "metadata") if (u := _value(row, f"url_{k}"))}
    page = _value(row, "url")
    if page and page not in urls.values():
        urls["page"] = page  # to_dict()'s url is the zoek page where there is one
    return Document(
        identifier=row["identifier"],
        title=_value(row, "title"),
        type=_value(row, "type"),
        date=_value(row, "date"),
        vergaderjaar=to_vergaderjaar(_value(row, "vergaderjaar")),
        chamber=to_chamber(_value(row, "chamber")),
        dossier=_value(row, "dossier"),
        dossier_title=_value(row, "dossier_title"),
        ondernummer=_value(row, "ondernummer"),
        submitter=_value(row, "submitter"),
        urls=urls,
    )
