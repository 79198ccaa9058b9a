"""``kamerstuk find --format parquet``: the table of :func:`kamerstuk.frame.citations_frame`.

One row per cited document, its ``id`` the file's name, written to one Parquet file a piece at
a time with pyarrow alone: the workers send their rows as JSON lines
(:func:`kamerstuk.text.rows.json_rows`), which pyarrow's JSON reader turns into Arrow columns
without a Python object per value and without pandas (which pyarrow would import to build
columns from Python values). pyarrow is imported by this process only, after its workers have
started (``kamerstuk.cli.find``), so that none of them holds its 80 MB. The file carries
pandas' description of the columns, so that ``pandas.read_parquet`` gives back the dtypes of
``citations_frame``. Needs pyarrow (the frame extra): importing this module without it raises
ImportError.
"""

from __future__ import annotations

import functools
import importlib.metadata
import io
import json
from collections.abc import Iterable
from concurrent.futures import Executor

import pyarrow as pa
import pyarrow.json as pj
import pyarrow.parquet as pq

from ..model.citations import Kamerstuk
from ..text.many import map_chunks
from ..text.rows import KINDS, json_rows

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
    named: Iterable[tuple[str, str]],
    out: str,
    jobs: int,
    executor: Executor | None = None,
    context: Kamerstuk | None = None,
    kinds: frozenset[str] | None = None,
) -> int:
    """Write the table of the ``(name, text)`` pairs to ``out``; the number of rows.

    The texts are read in ``jobs`` worker processes (those of ``executor`` where given), a
    chunk at a time, in order, each as ``find(text, context=context, kinds=kinds)`` reads it;
    each worker
    sends its rows as JSON lines, which pyarrow reads here into Arrow columns.
    """
    schema = parquet_schema()
    options = pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="error")
    reading = pj.ReadOptions(use_threads=False)  # the workers have the cores
    held: list[pa.Table] = []
    written = 0
    work = (
        json_rows
        if context is None and kinds is None
        else functools.partial(json_rows, context=context, kinds=kinds)
    )
    chunks = map_chunks(
        work, named, jobs, progress=False, executor=executor, weigh=_weight, clean=False
    )
    with pq.ParquetWriter(out, schema) as writer:
        for lines in chunks:
            if lines:
                held.append(pj.read_json(io.BytesIO(lines), reading, options).select(schema.names))
            if sum(t.num_rows for t in held) >= ROWS:
                written += _write(writer, held, schema)
                held = []
        if held or not written:  # a file of no rows still has its columns
            written += _write(writer, held, schema)
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


def _weight(named: tuple[str, str]) -> int:
    return len(named[1])


def _write(writer: pq.ParquetWriter, tables: list[pa.Table], schema: pa.Schema) -> int:
    """Write ``tables`` as one row group; their rows."""
    table = pa.concat_tables(tables) if tables else schema.empty_table()
    writer.write_table(table)
    return table.num_rows


def _version(package: str) -> str | None:
    # Read from the installed package's metadata: pandas need not be installed.
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None
