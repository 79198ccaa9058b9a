"""``citations()``: :func:`kamerstuk.frame.citations_frame` over a Dask DataFrame, Series or Bag.

Also reachable as ``kamerstuk.dask`` (``import kamerstuk.dask``); needs the ``dask`` extra
(``pip install 'kamerstuk[dask]'``). Each partition is read where it lies, on a worker of a
``dask.distributed`` cluster or in a local pool; what goes to the workers is the name of a
function in this module and plain arguments, so it pickles, and each worker builds its own
parser once. The result's ``meta`` comes from the fixed schema, so Dask knows the columns and
dtypes without running anything, and the partitions concatenate.

>>> import dask.dataframe as dd, pandas as pd
>>> texts = pd.DataFrame({"doc": ["a", "b", "c"],
...                       "body": ["Stb. 2019, 123", None, "Kamerstuk 33783, nrs. 31 en 32"]})
>>> cited = citations(dd.from_pandas(texts, npartitions=2), text="body", id="doc")
>>> str(cited.dtypes["id"]), cited.npartitions
('string', 2)
>>> print(cited.compute(scheduler="sync")[["id", "identifier"]].to_string(index=False))
id   identifier
 a stb-2019-123
 c kst-33783-31
 c kst-33783-32
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model.errors import missing_extra

try:
    import dask.bag as db
    import dask.dataframe as dd
    from dask.delayed import delayed
except ImportError as err:  # the dask extra is not installed
    raise missing_extra("dask") from err

import pandas as pd

from .schema import STRING, citations_schema, empty
from .table import Errors, citations_frame, id_dtype, select

__all__ = ["citations", "meta"]


def citations(
    collection: dd.DataFrame | dd.Series | db.Bag,
    text: str | int = "text",
    id: str | int | None = None,
    *,
    context: str | int | None = None,
    columns: Sequence[str] | None = None,
    errors: Errors = "raise",
) -> dd.DataFrame:
    """A Dask DataFrame of every citation in ``collection``, a partition for each of its own.

    - a DataFrame: the texts are its column ``text``, the ids its column ``id`` (by default its
      index);
    - a Series: the texts are its values, the ids its index;
    - a Bag: each element is a mapping or a sequence, and ``text`` and ``id`` are its keys or
      positions (``id`` is needed: a Bag has no index); the ids become strings.

    ``context`` names the column (a DataFrame's) or the key (a Bag's) of each text's context,
    the Kamerstuk it is, as ``citations_frame(contexts=...)`` reads them (a column of KOOP
    identifiers: each document in its own dossier); a Series has no column for it.
    ``columns`` and ``errors`` are those of :func:`kamerstuk.frame.citations_frame`.
    """
    if isinstance(collection, db.Bag):
        if id is None:
            raise ValueError("citations() of a Bag needs id=: the key or position of each id")
        return _of_bag(collection, text, id, context, columns, errors)
    if isinstance(collection, dd.Series):
        if context is not None:
            raise ValueError("citations() of a Series: a Series has no column of contexts")
        by_index: dd.DataFrame = collection.map_partitions(
            series_partition,
            columns,
            errors,
            meta=meta(collection.index, columns),
            clear_divisions=True,  # a row per citation: the partitions' bounds are gone
        )
        return by_index
    if isinstance(collection, dd.DataFrame):
        ids = collection.index if id is None else collection[id]
        by_column: dd.DataFrame = collection.map_partitions(
            frame_partition,
            text,
            id,
            context,
            columns,
            errors,
            meta=meta(ids, columns),
            clear_divisions=True,
        )
        return by_column
    raise TypeError(
        f"citations() takes a Dask DataFrame, Series or Bag, not {type(collection).__name__}"
    )


def _of_bag(
    bag: db.Bag,
    text: str | int,
    id: str | int,
    context: str | int | None,
    columns: Sequence[str] | None,
    errors: Errors,
) -> dd.DataFrame:
    # A Bag's partitions are lists: each becomes a table by a delayed call, and the tables one
    # Dask DataFrame whose meta is the schema with string ids.
    schema = select(citations_schema(STRING), columns)
    parts = [
        delayed(bag_partition)(p, text, id, columns, errors, context) for p in bag.to_delayed()
    ]
    table: dd.DataFrame = dd.from_delayed(parts, meta=empty(schema), verify_meta=False)
    return table


def meta(ids: Any, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """The empty table that describes :func:`citations`' result, for ids like ``ids``."""
    return empty(select(citations_schema(id_dtype(ids)), columns))


def frame_partition(
    part: pd.DataFrame,
    text: str | int,
    id: str | int | None,
    context: str | int | None,
    columns: Sequence[str] | None,
    errors: Errors,
) -> pd.DataFrame:
    """One partition of a DataFrame (module level: workers find it by name)."""
    ids = part.index if id is None else part[id]
    contexts = None if context is None else part[context]
    return citations_frame(part[text], ids=ids, contexts=contexts, columns=columns, errors=errors)


def series_partition(
    part: pd.Series[Any], columns: Sequence[str] | None, errors: Errors
) -> pd.DataFrame:
    """One partition of a Series of texts."""
    return citations_frame(part, columns=columns, errors=errors)


def bag_partition(
    records: Iterable[Mapping[Any, Any] | Sequence[Any]],
    text: str | int,
    id: str | int,
    columns: Sequence[str] | None,
    errors: Errors,
    context: str | int | None = None,
) -> pd.DataFrame:
    """One partition of a Bag of records."""
    texts, ids, contexts = [], [], []
    for record in records:
        texts.append(record[text])  # type: ignore[index]
        ids.append(record[id])  # type: ignore[index]
        contexts.append(None if context is None else record[context])  # type: ignore[index]
    return citations_frame(
        texts,
        ids=pd.array(ids, dtype=STRING),
        contexts=None if context is None else contexts,
        columns=columns,
        errors=errors,
    )
