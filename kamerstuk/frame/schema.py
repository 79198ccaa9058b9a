"""The columns of kamerstuk's tables and their dtypes: fixed, so that partitions concatenate.

Strings are Arrow-backed (``string[pyarrow]``), integers nullable (``Int64``), flags nullable
booleans (``boolean``) and dates Arrow dates (``date32[pyarrow]``); a missing value is ``<NA>``.
A table has these dtypes whatever its rows, and when it has none.

>>> list(CITATION)[:4]
['kind', 'chamber', 'vergaderjaar', 'dossier']
>>> str(CITATION["year"]), str(CITATION["date"])
('Int64', 'date32[day][pyarrow]')
>>> empty(MATCH).dtypes["start"]
Int64Dtype()
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model.errors import missing_extra

try:
    import pandas as pd
    import pyarrow as pa
except ImportError as err:  # the frame extra is not installed
    raise missing_extra("frame") from err

from ..koop.document import DICT_KEYS as DOCUMENT_KEYS
from ..model.citations import DICT_KEYS
from ..text.rows import COLUMNS, FLAG_COLUMNS, KINDS

__all__ = [
    "BOOL",
    "CITATION",
    "DATE",
    "DOCUMENT",
    "FLAGS",
    "INT",
    "MATCH",
    "STRING",
    "Schema",
    "arrow_schema",
    "citations_schema",
    "empty",
    "record_batch",
    "spark_schema",
    "to_pandas",
]

STRING = pd.StringDtype("pyarrow")
INT = pd.Int64Dtype()
BOOL = pd.BooleanDtype()
DATE = pd.ArrowDtype(pa.date32())

#: A table's columns in order, each with its dtype.
Schema = Mapping[str, Any]

#: The dtype of each kind of value of :data:`kamerstuk.text.rows.KINDS`.
_DTYPES = {"str": STRING, "int": INT, "bool": BOOL, "date": DATE}

#: The keys of ``Citation.to_dict()``: the contract's fields of a cited document.
CITATION: Schema = {name: _DTYPES[KINDS[name]] for name in DICT_KEYS}
#: What a citation holds beyond ``to_dict()``: KOOP's version suffix of an identifier and the
#: flags that say how it was written; kept so that a table turns back into equal citations.
FLAGS: Schema = {name: _DTYPES[KINDS[name]] for name in FLAG_COLUMNS}
#: A citation found in text: its span and text, the cited document, and for a back-reference
#: ("t.a.p.", "ibid.") ``short_form`` True and ``antecedent`` the start of the full citation it
#: refers to, in the same text (the values of :func:`kamerstuk.text.rows.match_row`).
MATCH: Schema = {name: _DTYPES[KINDS[name]] for name in COLUMNS}
#: The keys of ``Document.to_dict()``.
DOCUMENT: Schema = {name: DATE if name == "date" else STRING for name in DOCUMENT_KEYS}


def citations_schema(id_dtype: Any = INT) -> Schema:
    """The columns of :func:`kamerstuk.frame.citations_frame`: ``id``, then :data:`MATCH`.

    ``id`` names the text a citation was found in; its dtype is that of the ids given
    (``Int64`` positions when none are).
    """
    return {"id": id_dtype, **MATCH}


def empty(schema: Schema) -> pd.DataFrame:
    """A table with ``schema``'s columns and dtypes and no rows."""
    table: pd.DataFrame = pd.DataFrame({n: pd.array([], dtype=t) for n, t in schema.items()})
    return table


#: The Arrow type of each of the fixed dtypes.
_ARROW: dict[str, pa.DataType] = {
    str(STRING): pa.string(),
    str(INT): pa.int64(),
    str(BOOL): pa.bool_(),
    str(DATE): pa.date32(),
}


def arrow_schema(schema: Schema) -> pa.Schema:
    """The Arrow schema of ``schema`` (of fixed dtypes only: not an ``id`` of any dtype)."""
    return pa.schema([(name, _ARROW[str(dtype)]) for name, dtype in schema.items()])


def record_batch(rows: list[tuple[Any, ...]], schema: Schema) -> pa.RecordBatch:
    """``rows`` (tuples of ``schema``'s values, in order) as Arrow columns.

    Building Arrow columns is most of the cost of a table, so a worker does it and sends the
    batch, which pickles as a few buffers rather than as many small objects.

    >>> record_batch([(1, 2, "Stb. 2019, 1")], {"start": INT, "end": INT, "text": STRING}).num_rows
    1
    """
    arrow = arrow_schema(schema)
    columns = list(zip(*rows, strict=True)) or [()] * len(arrow)
    return pa.RecordBatch.from_arrays(
        [pa.array(values, type=field.type) for values, field in zip(columns, arrow, strict=True)],
        schema=arrow,
    )


def to_pandas(table: pa.Table | pa.RecordBatch, schema: Schema) -> pd.DataFrame:
    """The columns of ``schema`` in ``table`` as pandas columns of ``schema``'s dtypes."""
    frame: pd.DataFrame = pd.DataFrame(
        {name: dtype.__from_arrow__(table.column(name)) for name, dtype in schema.items()}
    )
    return frame


#: Spark SQL's type of each of the fixed dtypes.
_SPARK = {str(STRING): "string", str(INT): "bigint", str(BOOL): "boolean", str(DATE): "date"}


def spark_schema(schema: Schema) -> str:
    """``schema`` in Spark SQL's DDL, the schema ``mapInPandas`` wants (docs/scale.md).

    >>> spark_schema({"id": STRING, "start": INT, "date": DATE})
    '`id` string, `start` bigint, `date` date'
    """
    return ", ".join(f"`{name}` {_SPARK[str(dtype)]}" for name, dtype in schema.items())
