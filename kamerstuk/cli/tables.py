"""``kamerstuk find --format parquet``: the table of :func:`kamerstuk.frame.citations_frame`.

One row per cited document, its ``id`` the file's name, written to one Parquet file a piece at
a time with pyarrow: the workers send their rows as plain values
(:func:`kamerstuk.text.rows.match_rows`) and this process makes them Arrow columns, with no
pandas table in between. pyarrow (and pandas, which pyarrow imports where it is installed) is
imported by this process only, after its workers have started (``kamerstuk.cli.find``), so that
none of them holds their 100 MB. The file carries pandas' description of the columns, so that
``pandas.read_parquet`` gives back the dtypes of ``citations_frame``. Needs pyarrow (the frame
extra): importing this module without it raises ImportError.
"""

from __future__ import annotations

import importlib.metadata
import json
from collections.abc import Iterable
from concurrent.futures import Executor
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..text.many import map_named
from ..text.rows import KINDS, match_rows

__all__ = ["ROWS", "parquet_schema", "write_parquet"]

#: Rows of a piece (a Parquet row group), at least: few enough that a piece is a few MB.
ROWS = 20_000

#: The Arrow type of each kind of value (strings as pandas' Arrow strings store them).
_ARROW = {"str": pa.large_string(), "int": pa.int64(), "bool": pa.bool_(), "date": pa.date32()}
#: How pandas describes a column of each kind in a file's metadata: its own type, and the dtype
#: it reads the column back as (``string[pyarrow]``, ``Int64``, ``boolean``, Arrow dates).
_PANDAS = {
    "str": ("object", "string"),
    "int": ("int64", "Int64"),
    "bool": ("bool", "boolean"),
    "date": ("date", "date32[day][pyarrow]"),
}


def write_parquet(
    named: Iterable[tuple[str, str]], out: str, jobs: int, executor: Executor | None = None
) -> int:
    """Write the table of the ``(name, text)`` pairs to ``out``; the number of rows.

    The texts are read in ``jobs`` worker processes (those of ``executor`` where given), a
    chunk at a time, in order.
    """
    schema = parquet_schema()
    ids: list[str] = []
    rows: list[tuple[Any, ...]] = []
    written = 0
    with pq.ParquetWriter(out, schema) as writer:
        pieces = map_named(match_rows, named, jobs, progress=False, executor=executor)
        for found, row_ids in pieces:
            rows += found
            ids += row_ids
            if len(rows) >= ROWS:
                writer.write_batch(_batch(ids, rows, schema))
                written += len(rows)
                ids, rows = [], []
        if rows or not written:  # a file of no rows still has its columns
            writer.write_batch(_batch(ids, rows, schema))
            written += len(rows)
    return written


def parquet_schema() -> pa.Schema:
    """The Arrow schema of the file: ``id`` (the file's name) and the match's columns, with
    pandas' description of them."""
    kinds = {"id": "str", **KINDS}
    columns = [
        {
            "name": name,
            "field_name": name,
            "pandas_type": _PANDAS[kind][0],
            "numpy_type": _PANDAS[kind][1],
            "metadata": None,
        }
        for name, kind in kinds.items()
    ]
    described = {
        "index_columns": [],
        "column_indexes": [],
        "columns": columns,
        "attributes": {},
        "creator": {"library": "pyarrow", "version": pa.__version__},
        "pandas_version": _version("pandas"),
    }
    fields = [pa.field(name, _ARROW[kind]) for name, kind in kinds.items()]
    return pa.schema(fields, metadata={"pandas": json.dumps(described)})


def _batch(ids: list[str], rows: list[tuple[Any, ...]], schema: pa.Schema) -> pa.RecordBatch:
    columns = [ids, *zip(*rows, strict=True)] if rows else [[] for _ in schema]
    arrays = [
        pa.array(values, type=field.type) for values, field in zip(columns, schema, strict=True)
    ]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _version(package: str) -> str | None:
    # Read from the installed package's metadata: pandas need not be installed.
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None
