"""Tables of one schema written to one Parquet file piece by piece, in bounded memory, and put
in place whole or not at all.

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

import contextlib
import os
import sys
from types import TracebackType

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..text.outputs import replacing
from .schema import Schema, empty

__all__ = ["ParquetSink"]


class ParquetSink:
    """A Parquet file that takes tables of ``schema`` one at a time (a row group each).

    The file keeps pandas' dtypes (Arrow strings, ``Int64``, dates), so ``pandas.read_parquet``
    gives back the table as it was written; one written from no table at all has the columns
    and no rows. The tables go to a temporary file beside ``path``, which :meth:`close` (the
    end of a ``with`` block) puts in place of ``path`` once it is complete; an exception in the
    block (an error, Ctrl-C) removes it instead, and ``path`` is left as it was
    (:func:`kamerstuk.text.outputs.replacing`): a Parquet file there is never a part of a table
    that looks whole.

    >>> import pathlib, tempfile
    >>> from kamerstuk.frame import citations_frame, citations_schema
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "part.parquet"
    >>> with ParquetSink(path, citations_schema()) as sink:
    ...     sink.write(citations_frame(["Stb. 2019, 1"]))
    ...     raise RuntimeError("stopped")
    Traceback (most recent call last):
    RuntimeError: stopped
    >>> sorted(path.parent.iterdir())
    []
    """

    def __init__(self, path: str | os.PathLike[str], schema: Schema) -> None:
        self.schema = schema
        self.arrow = pa.Schema.from_pandas(empty(schema), preserve_index=False)
        self.rows = 0
        self._place = contextlib.ExitStack()
        temporary = self._place.enter_context(replacing(path))
        try:
            self._writer = pq.ParquetWriter(temporary, self.arrow)
        except BaseException:
            self._place.__exit__(*sys.exc_info())
            raise

    def write(self, table: pd.DataFrame) -> None:
        """Append ``table`` (its columns in any order; those of the schema are written)."""
        arrow = pa.Table.from_pandas(
            table[list(self.schema)], schema=self.arrow, preserve_index=False
        )
        self._writer.write_table(arrow)
        self.rows += len(table)

    def close(self) -> None:
        """Finish the file (its footer) and put it in place; the sink takes no more tables."""
        self._writer.close()
        self._place.close()

    def discard(self, error: BaseException | None = None) -> None:
        """Remove what was written, leaving the target as it was; the sink takes no more."""
        with contextlib.suppress(Exception):
            self._writer.close()
        failure = error or RuntimeError("discarded")
        with contextlib.suppress(type(failure)):
            self._place.__exit__(type(failure), failure, failure.__traceback__)

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if error is None:
            self.close()
        else:
            self.discard(error)
