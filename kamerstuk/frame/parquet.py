"""Tables of one schema written to one Parquet file piece by piece, in bounded memory.

>>> import pathlib, tempfile, pandas as pd
>>> from kamerstuk.frame import citations_frame, citations_schema
>>> path = pathlib.Path(tempfile.mkdtemp()) / "citations.parquet"
>>> with ParquetSink(path, citations_schema()) as sink:
...     sink.write(citations_frame(["Stb. 2019, 1"]))
...     sink.write(citations_frame(["Stb. 2019, 2"]))
>>> pd.read_parquet(path)["identifier"].tolist(), sink.rows
(['stb-2019-1', 'stb-2019-2'], 2)
"""

from __future__ import annotations

import os
from types import TracebackType

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .schema import Schema, empty

__all__ = ["ParquetSink"]


class ParquetSink:
    """A Parquet file that takes tables of ``schema`` one at a time (a row group each).

    The file keeps pandas' dtypes (Arrow strings, ``Int64``, dates), so ``pandas.read_parquet``
    gives back the table as it was written; one written from no table at all has the columns
    and no rows.
    """

    def __init__(self, path: str | os.PathLike[str], schema: Schema) -> None:
        self.schema = schema
        self.arrow = pa.Schema.from_pandas(empty(schema), preserve_index=False)
        self.rows = 0
        self._writer = pq.ParquetWriter(os.fspath(path), self.arrow)

    def write(self, table: pd.DataFrame) -> None:
        """Append ``table`` (its columns in any order; those of the schema are written)."""
        arrow = pa.Table.from_pandas(
            table[list(self.schema)], schema=self.arrow, preserve_index=False
        )
        self._writer.write_table(arrow)
        self.rows += len(table)

    def close(self) -> None:
        """Finish the file (its footer); the sink takes no more tables."""
        self._writer.close()

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
