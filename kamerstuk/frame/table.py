"""``citations_frame()``: every citation in many texts as one long table, a row per document.

>>> frame = citations_frame(["Zie Stb. 2019, 123.", None, "Kamerstuk 33783, nrs. 31 en 32"])
>>> frame[["id", "start", "end", "identifier"]]
   id  start  end    identifier
0   0      4   18  stb-2019-123
1   2      0   30  kst-33783-31
2   2      0   30  kst-33783-32
>>> frame.dtypes[["id", "identifier", "year", "date", "short_form"]].astype(str).tolist()
['Int64', 'string', 'Int64', 'date32[day][pyarrow]', 'boolean']
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

import pandas as pd

from ..model.citations import Citation
from ..model.found import Match
from ..text.many import find_many, is_missing
from .schema import BOOL, FLAGS, INT, STRING, Schema, citations_schema

__all__ = [
    "BATCH_ROWS",
    "Columns",
    "batches",
    "citation_values",
    "citations_frame",
    "id_dtype",
    "match_values",
]

#: Rows of a batch of :func:`batches`, at least (a text's rows are never split).
BATCH_ROWS = 100_000

Errors = Literal["raise", "coerce"]


def citations_frame(
    texts: Iterable[object],
    ids: Iterable[Any] | None = None,
    *,
    columns: Sequence[str] | None = None,
    errors: Errors = "raise",
    jobs: int = 1,
) -> pd.DataFrame:
    """One row per cited document in ``texts``, with the columns of :func:`citations_schema`.

    ``texts`` is a pandas Series, a list or any iterable of texts; None and NaN are empty texts.
    ``ids`` names each text in the ``id`` column: by default a Series' index, else the text's
    position. ``columns`` picks columns (in that order); ``errors="coerce"`` reads a value that
    is not a text (a number, bytes) as an empty text instead of raising ``TypeError``.
    ``jobs`` > 1 reads the texts in that many worker processes (:func:`kamerstuk.find_many`).
    The dtypes do not depend on the rows, so tables of partitions concatenate.
    """
    if errors not in ("raise", "coerce"):
        raise ValueError(f"errors must be 'raise' or 'coerce', not {errors!r}")
    id_values, dtype = _ids(texts, ids)
    schema = select(citations_schema(dtype), columns)
    table = Columns(schema)
    cleaned = (_text(value, position, errors) for position, value in enumerate(texts))
    results = find_many(cleaned, jobs)
    pairs = enumerate(results) if id_values is None else _paired(id_values, results)
    for ident, matches in pairs:
        for match in matches:
            table.add({"id": ident, **match_values(match)})
    if dtype is None and "id" in schema:
        found = table.values["id"]
        table.schema = {**schema, "id": id_dtype(pd.array(found)) if found else INT}
    return table.frame()


def batches(
    named: Iterable[tuple[Any, str]],
    *,
    dtype: Any = STRING,
    jobs: int = 1,
    rows: int = BATCH_ROWS,
    progress: bool | None = None,
) -> Iterator[pd.DataFrame]:
    """The table of :func:`citations_frame` for ``(id, text)`` pairs, in pieces of about ``rows``
    rows that never split a text's rows, so that a folder of any size is read in bounded memory
    (a Parquet file written piece by piece, a graph of each piece). ``dtype`` is the id dtype;
    at least one piece comes, empty where there are no citations.

    >>> [len(t) for t in batches([("a", "Stb. 2019, 1"), ("b", "Stb. 2019, 2")], rows=1)]
    [1, 1]
    """
    waiting: deque[Any] = deque()  # the ids of texts sent to find_many and not back yet

    def texts() -> Iterator[str]:
        for ident, text in named:
            waiting.append(ident)
            yield text

    schema = citations_schema(dtype)
    table, sent = Columns(schema), False
    for matches in find_many(texts(), jobs, progress=progress):
        ident = waiting.popleft()
        for match in matches:
            table.add({"id": ident, **match_values(match)})
        if len(table) >= rows:
            yield table.frame()
            table, sent = Columns(schema), True
    if len(table) or not sent:
        yield table.frame()


def select(schema: Schema, columns: Sequence[str] | None) -> Schema:
    """``schema`` narrowed to ``columns``, in their order; a clear error for a name not in it."""
    if columns is None:
        return schema
    if isinstance(columns, str):
        raise TypeError("columns must be a list of column names, not one string")
    unknown = [c for c in columns if c not in schema]
    if unknown:
        raise ValueError(f"unknown columns {unknown}: choose from {', '.join(schema)}")
    return {c: schema[c] for c in columns}


def match_values(match: Match) -> dict[str, Any]:
    """A match as a row: span, text, the citation's fields, and back-reference columns."""
    # short_form and antecedent come with back-references (t.a.p., ibid.); read with getattr so
    # that a Match without them (before they were added) gives a plain citation's row.
    antecedent = getattr(match, "antecedent", None)
    return {
        "start": match.start,
        "end": match.end,
        "text": match.text,
        **citation_values(match.citation),
        "short_form": bool(getattr(match, "short_form", False)),
        "antecedent": None if antecedent is None else antecedent.start,
    }


def citation_values(citation: Citation) -> dict[str, Any]:
    """A citation as a row: ``to_dict()`` with the date as a date, and the flags (:data:`FLAGS`)."""
    values = citation.to_dict()
    values["date"] = citation.date
    values["variant"] = citation.variant
    for name in FLAGS:
        if FLAGS[name] is BOOL:
            values[name] = bool(getattr(citation, name, False))  # False where a kind has none
    return values


class Columns:
    """Rows gathered column by column, then made into a table with ``schema``'s dtypes."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.values: dict[str, list[Any]] = {name: [] for name in schema}

    def __len__(self) -> int:
        return len(next(iter(self.values.values()), []))

    def add(self, row: Mapping[str, Any]) -> None:
        """Append one row (keys outside the schema are left out)."""
        for name, column in self.values.items():
            column.append(row.get(name))

    def frame(self) -> pd.DataFrame:
        """The table: every column with its schema dtype, also when there are no rows."""
        columns = {name: pd.array(self.values[name], dtype=t) for name, t in self.schema.items()}
        table: pd.DataFrame = pd.DataFrame(columns)
        return table


def id_dtype(ids: Any) -> Any:
    """The dtype of the ``id`` column for ids like ``ids`` (a Series, an Index, an array).

    Integers become ``Int64`` and strings ``string[pyarrow]`` (object ids are taken to be
    strings); other dtypes (dates, categories) are kept.

    >>> str(id_dtype(pd.Index(["a"]))), str(id_dtype(pd.RangeIndex(2)))
    ('string', 'Int64')
    """
    dtype = ids.dtype
    if pd.api.types.is_integer_dtype(dtype):
        return INT
    if isinstance(dtype, pd.StringDtype) or pd.api.types.is_object_dtype(dtype):
        return STRING
    return dtype


def _ids(texts: Iterable[object], ids: Iterable[Any] | None) -> tuple[Iterator[Any] | None, Any]:
    """The ids to pair with the texts (None: their positions), and their dtype (None: inferred
    from the values)."""
    if ids is None:
        if isinstance(texts, pd.Series):
            return iter(texts.index), id_dtype(texts.index)
        return None, INT
    if isinstance(ids, (str, bytes)):
        raise TypeError("ids must be one id per text, not one string")
    if hasattr(ids, "dtype"):
        return iter(ids), id_dtype(ids)
    return iter(ids), None


def _paired(ids: Iterator[Any], results: Iterator[list[Match]]) -> Iterator[tuple[Any, Any]]:
    """Each text's id with its matches; a clear error when there are more ids or more texts."""
    end = object()
    for ident, matches in itertools.zip_longest(ids, results, fillvalue=end):
        if ident is end or matches is end:
            raise ValueError("citations_frame(): texts and ids differ in length")
        yield ident, matches


def _text(value: object, position: int, errors: Errors) -> str:
    if isinstance(value, str):
        return value
    if is_missing(value) or errors == "coerce":
        return ""
    raise TypeError(
        f"citations_frame(): text {position} is a {type(value).__name__}, not a str "
        "(None and NaN are empty texts; errors='coerce' reads other values as empty too)"
    )
