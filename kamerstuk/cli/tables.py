"""``kamerstuk find --format parquet``: the table of :func:`kamerstuk.frame.citations_frame`.

One row per cited document, its ``id`` the file's name, written to one Parquet file a piece at
a time (:class:`kamerstuk.frame.parquet.ParquetSink`). Needs the frame extra (pandas, pyarrow):
importing this module without it raises ImportError, which the command turns into a usage
error.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..frame.parquet import ParquetSink
from ..frame.schema import STRING, citations_schema
from ..frame.table import batches

__all__ = ["ROWS", "write_parquet"]

#: Rows of a piece (a Parquet row group), at least: few enough that a piece is a few MB.
ROWS = 20_000


def write_parquet(named: Iterable[tuple[str, str]], out: str, jobs: int) -> int:
    """Write the table of the ``(name, text)`` pairs to ``out``; the number of rows.

    The texts are read in ``jobs`` worker processes (:func:`kamerstuk.frame.table.batches`);
    each sends back its chunk's rows as Arrow columns, cheap to join here.
    """
    with ParquetSink(out, citations_schema(STRING)) as sink:
        for table in batches(named, dtype=STRING, jobs=jobs, rows=ROWS, progress=False):
            sink.write(table)
        return sink.rows
