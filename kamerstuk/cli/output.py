"""Writing rows of fields as a table, JSON, JSON lines or CSV: shared by the subcommands.

>>> import io
>>> out = io.StringIO()
>>> write_rows([{"a": 1, "b": None}], ("a", "b"), "csv", out)
>>> out.getvalue().splitlines()
['a,b', '1,']
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

__all__ = ["FORMATS", "write_rows"]

FORMATS = ("text", "json", "jsonl", "csv")


def write_rows(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str], style: str, out: TextIO
) -> None:
    """Stream ``rows`` to ``out`` in ``style`` (one of :data:`FORMATS`), one row at a time."""
    if style == "csv":
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    elif style == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif style == "json":
        # Streamed as an array, so that a huge input never sits in memory whole.
        out.write("[")
        for index, row in enumerate(rows):
            out.write(("," if index else "") + "\n  " + json.dumps(row, ensure_ascii=False))
        out.write("\n]\n")
    else:
        for row in rows:
            # Empty cells at the end are left out: a line ends in its last value, not in tabs.
            out.write("\t".join(_cell(row.get(c)) for c in columns).rstrip("\t") + "\n")


def _cell(value: Any) -> str:
    # One line per row: whitespace inside a citation as written (a line break) becomes a space.
    return "" if value is None else " ".join(str(value).split())
