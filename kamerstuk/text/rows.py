"""Each match as a row of plain values: the columns of kamerstuk's table, without pandas.

:mod:`kamerstuk.frame` turns these rows into its table (:data:`kamerstuk.frame.MATCH`);
``kamerstuk find --format parquet`` has its workers send them as JSON lines (:func:`json_rows`)
and writes them with pyarrow alone. They live here, apart from pandas and pyarrow, so that a
worker process that makes them imports neither: a worker that has them costs 50-100 MB more.

>>> rows, counts = match_rows(["Zie Stb. 2019, 123.", "", "Trb. 2008, 175 en Trb. 2008, 176"])
>>> counts
[1, 0, 2]
>>> dict(zip(COLUMNS, rows[0]))["identifier"], len(rows[0]) == len(COLUMNS)
('stb-2019-123', True)
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..model.citations import DICT_KEYS, Citation, Kamerstuk
from ..model.found import Match
from .contexts import Item, found_in
from .extract import find

__all__ = [
    "COLUMNS",
    "FLAG_COLUMNS",
    "KINDS",
    "citation_row",
    "flags_row",
    "json_rows",
    "match_row",
    "match_rows",
]

#: What a citation holds beyond ``to_dict()``: KOOP's version suffix and the flags.
FLAG_COLUMNS = ("variant", "ambiguous", "legacy", "rijkswet_in_id", "glued")
#: The values of :func:`match_row`, in order: the span, the text, ``to_dict()``'s fields, the
#: back-reference's two, and :data:`FLAG_COLUMNS`.
COLUMNS = ("start", "end", "text", *DICT_KEYS, "short_form", "antecedent", *FLAG_COLUMNS)
#: The kind of value of each column: ``int``, ``bool``, ``date`` or ``str`` (None allowed).
KINDS: dict[str, str] = {
    name: "int"
    if name in ("start", "end", "year", "antecedent")
    else "date"
    if name == "date"
    else "bool"
    if name == "short_form" or name in FLAG_COLUMNS[1:]
    else "str"
    for name in COLUMNS
}
_FLAG_NAMES = FLAG_COLUMNS[1:]
_EPOCH = dt.date(1970, 1, 1)


def match_rows(texts: list[Item]) -> tuple[list[tuple[Any, ...]], list[int]]:
    """The rows of every match in a chunk of texts (each in its context, where it has one), and
    how many rows each text has: what a worker sends back (module level, so that it pickles by
    name)."""
    rows: list[tuple[Any, ...]] = []
    counts = []
    for text in texts:
        before = len(rows)
        rows.extend(match_row(m) for m in found_in(text))
        counts.append(len(rows) - before)
    return rows, counts


def json_rows(
    named: list[tuple[str, str]],
    context: Kamerstuk | None = None,
    kinds: frozenset[str] | None = None,
) -> bytes:
    """The rows of every match in a chunk of ``(id, text)`` pairs as JSON lines, one object a
    row with ``id`` and :data:`COLUMNS`: what ``kamerstuk find --format parquet``'s workers send,
    read into Arrow columns by pyarrow's JSON reader with no Python object per value. Each text
    is read as ``find(text, context=context, kinds=kinds)`` reads it (``--context``,
    ``--kinds``).

    A date is written as Arrow stores one (``date32``: days since 1970-01-01), which the reader
    takes as it is.

    >>> json_rows([("a", "Stb. 2019, 1 van 3 januari 2019"), ("b", "")]).count(b"\\n")
    1
    >>> json.loads(json_rows([("a", "Stb. 2019, 1 van 3 januari 2019")]))["date"]
    17899
    """
    lines = []
    for ident, text in named:
        for match in find(text, context=context, kinds=kinds):
            row = dict(zip(COLUMNS, match_row(match), strict=True))
            if row["date"] is not None:
                row["date"] = (row["date"] - _EPOCH).days
            row["id"] = ident
            lines.append(json.dumps(row) + "\n")
    return "".join(lines).encode("ascii")  # json.dumps escapes what is not ASCII


def match_row(match: Match) -> tuple[Any, ...]:
    """A match as the values of :data:`COLUMNS`, in order."""
    # short_form and antecedent come with back-references (t.a.p., ibid.); read with getattr so
    # that a Match without them (before they were added) gives a plain citation's row.
    antecedent = getattr(match, "antecedent", None)
    citation = match.citation
    return (
        match.start,
        match.end,
        match.text,
        *citation_row(citation),
        bool(getattr(match, "short_form", False)),
        None if antecedent is None else antecedent.start,
        *flags_row(citation),
    )


def citation_row(citation: Citation) -> tuple[Any, ...]:
    """The values of ``to_dict()``, with the date as a date."""
    values = citation.to_dict()
    values["date"] = citation.date
    return tuple(values.values())


def flags_row(citation: Citation) -> tuple[Any, ...]:
    """The values of :data:`FLAG_COLUMNS`: False for a flag a kind of citation has not got."""
    return (citation.variant, *(bool(getattr(citation, f, False)) for f in _FLAG_NAMES))
