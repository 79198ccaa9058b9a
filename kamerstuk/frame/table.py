"""``citations_frame()``: every citation in many texts as one long table, a row per document.

>>> frame = citations_frame(["Zie Stb. 2019, 123.", None, "Kamerstuk 33783, nrs. 31 en 32"])
>>> frame[["id", "start", "end", "identifier"]]
   id  start  end    identifier
0   0      4   18  stb-2019-123
1   2      0   30  kst-33783-31
2   2      0   30  kst-33783-32
>>> frame.dtypes[["id", "identifier", "year", "date", "short_form"]].astype(str).tolist()
['Int64', 'string', 'Int64', 'date32[day][pyarrow]', 'boolean']

The texts are read a chunk at a time (:func:`kamerstuk.text.many.map_chunks`): each chunk
becomes an Arrow record batch where it is read, in a worker process when ``jobs`` > 1, so that
what comes back is a few buffers, and this process only joins them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

import pandas as pd
import pyarrow as pa

from ..model.fields import iterable_of_texts
from ..text.contexts import Item, paired, weight
from ..text.many import CHUNKSIZE, is_missing, map_named
from ..text.rows import citation_row, flags_row, match_row, match_rows
from .schema import INT, MATCH, STRING, Schema, citations_schema, record_batch, to_pandas

__all__ = [
    "BATCH_ROWS",
    "batches",
    "citation_row",
    "citations_frame",
    "flags_row",
    "id_dtype",
    "match_row",
    "read_chunk",
    "select",
]

#: Rows of a batch of :func:`batches`, at least (a text's rows are never split).
BATCH_ROWS = 100_000

Errors = Literal["raise", "coerce"]


def citations_frame(
    texts: Iterable[object],
    ids: Iterable[Any] | None = None,
    *,
    contexts: Iterable[object] | None = None,
    columns: Sequence[str] | None = None,
    errors: Errors = "raise",
    jobs: int = 1,
) -> pd.DataFrame:
    """One row per cited document in ``texts``, with the columns of :func:`citations_schema`.

    ``texts`` is a pandas Series, a list or any iterable of texts; None and NaN are empty texts.
    ``ids`` names each text in the ``id`` column: by default a Series' index, else the text's
    position. ``columns`` picks columns (in that order); ``errors="coerce"`` reads a value that
    is not a text (a number, bytes) as an empty text instead of raising ``TypeError``.
    ``jobs`` > 1 reads the texts in that many worker processes (as :func:`kamerstuk.find_many`).
    The dtypes do not depend on the rows, so tables of partitions concatenate.

    ``contexts``, parallel to ``texts``, is the Kamerstuk each text is (its citation, the
    citation's text, its identifier, or None), read as ``find(text, context=...)`` reads it:
    "stuk nr. 12" in a text becomes a row in its dossier, with ``short_form`` True. Where the ids
    are KOOP identifiers, ``contexts=ids`` reads each document in its own dossier: a context of
    another kind of document (``stb-2019-123``, ``blg-123456``) is no context, because a table of
    a corpus has ids of every kind and such a document has no dossier of its own; one that names
    no document at all (a file name, a title) raises ``InvalidValue`` naming its text, because
    the contexts given are then not what was meant (:mod:`kamerstuk.text.contexts`).

    >>> letter = "Het amendement (stuk nr. 12) is aangenomen."
    >>> ids = ["kst-36200-3", "stb-2019-1"]
    >>> citations_frame([letter, letter], ids=ids, contexts=ids)[["id", "identifier"]]
                id    identifier
    0  kst-36200-3  kst-36200-12
    """
    if errors not in ("raise", "coerce"):
        raise ValueError(f"errors must be 'raise' or 'coerce', not {errors!r}")
    iterable_of_texts(texts, "citations_frame()")
    id_values, dtype = _ids(texts, ids)
    schema = select(citations_schema(dtype), columns)
    read = (_text(value, position, errors) for position, value in enumerate(texts))
    cleaned: Iterable[Item] = read
    if contexts is not None:
        cleaned = paired(read, contexts, "citations_frame()")
    named = zip(itertools.count(), cleaned) if id_values is None else _paired(id_values, cleaned)
    found: list[pa.RecordBatch] = []
    row_ids: list[Any] = []
    for batch, batch_ids in _read(named, jobs, in_context=contexts is not None):
        found.append(batch)
        row_ids += batch_ids
    if dtype is None:
        dtype = id_dtype(pd.array(row_ids)) if row_ids else INT
    return _frame(found, row_ids, {**schema, "id": dtype} if "id" in schema else schema)


def batches(
    named: Iterable[tuple[Any, str]],
    *,
    contexts: Iterable[object] | None = None,
    dtype: Any = STRING,
    jobs: int = 1,
    rows: int = BATCH_ROWS,
    progress: bool | None = None,
) -> Iterator[pd.DataFrame]:
    """The table of :func:`citations_frame` for ``(id, text)`` pairs, in pieces of about ``rows``
    rows that never split a text's rows, so that a folder of any size is read in bounded memory
    (a Parquet file written piece by piece, a graph of each piece). ``dtype`` is the id dtype;
    at least one piece comes, empty where there are no citations. ``contexts`` are those of
    :func:`citations_frame`, parallel to ``named``.

    >>> [len(t) for t in batches([("a", "Stb. 2019, 1"), ("b", "Stb. 2019, 2")], rows=1)]
    [1, 1]
    """
    iterable_of_texts(named, "batches()", "(id, text) pairs")
    schema = citations_schema(dtype)
    found: list[pa.RecordBatch] = []
    row_ids: list[Any] = []
    sent = False
    # A piece is made of whole chunks: with few rows to a piece, chunks are small too.
    chunksize = max(1, min(CHUNKSIZE, rows // CHUNKSIZE))
    items: Iterable[tuple[Any, Item]] = named
    if contexts is not None:
        pairs = paired(named, contexts, "batches()")
        items = ((i, (_text(t, n, "raise"), c)) for n, ((i, t), c) in enumerate(pairs))
    reading = _read(
        items, jobs, chunksize=chunksize, progress=progress, in_context=contexts is not None
    )
    for batch, batch_ids in reading:
        found.append(batch)
        row_ids += batch_ids
        if len(row_ids) >= rows:
            yield _frame(found, row_ids, schema)
            found, row_ids, sent = [], [], True
    if row_ids or not sent:
        yield _frame(found, row_ids, schema)


def read_chunk(texts: list[Item]) -> tuple[pa.RecordBatch, list[int]]:
    """The rows of a chunk of texts (each in its context, where it has one) as one Arrow batch,
    and how many rows each text has: what a worker sends back (module level, so that it pickles
    by name)."""
    rows, counts = match_rows(texts)
    return record_batch(rows, MATCH), counts


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


def _read(
    named: Iterable[tuple[Any, Item]],
    jobs: int,
    *,
    chunksize: int = CHUNKSIZE,
    progress: bool | None = None,
    in_context: bool = False,
) -> Iterator[tuple[pa.RecordBatch, list[Any]]]:
    """The batch of each chunk of texts, and the id of each of its rows. ``in_context``: the
    items are ``(text, context)`` pairs, sent as they are (the texts are checked already)."""
    options: dict[str, Any] = {"clean": False, "weigh": weight} if in_context else {}
    return map_named(read_chunk, named, jobs, chunksize=chunksize, progress=progress, **options)


def _frame(found: list[pa.RecordBatch], row_ids: list[Any], schema: Schema) -> pd.DataFrame:
    """The table of ``schema``'s columns from the batches, with ``id`` from ``row_ids``."""
    table = pa.Table.from_batches(found, schema=record_batch([], MATCH).schema)
    fixed = to_pandas(table, {k: v for k, v in schema.items() if k != "id"})
    if "id" in schema:
        fixed.insert(list(schema).index("id"), "id", pd.array(row_ids, dtype=schema["id"]))
    return fixed


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


def _paired(ids: Iterator[Any], texts: Iterable[Item]) -> Iterator[tuple[Any, Item]]:
    """Each text with its id; a clear error when there are more ids or more texts."""
    end = object()
    for ident, text in itertools.zip_longest(ids, texts, fillvalue=end):
        if ident is end or text is end:
            raise ValueError("citations_frame(): texts and ids differ in length")
        yield ident, text  # type: ignore[misc]


def _text(value: object, position: int, errors: Errors) -> str:
    if isinstance(value, str):
        return value
    if is_missing(value) or errors == "coerce":
        return ""
    raise TypeError(
        f"citations_frame(): text {position} is a {type(value).__name__}, not a str "
        "(None and NaN are empty texts; errors='coerce' reads other values as empty too)"
    )
