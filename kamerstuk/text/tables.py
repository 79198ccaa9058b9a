"""Bill numbers in a table's Kamerstukken column: where a bare number is a dossier.

A number alone is no citation ("| 36 123 |" may be an amount), but under a column headed
"Kamerstuk", "Dossier" or "Wetsvoorstel" it is the bill's number. This proposes the bar that
opens each cell of such a column; the grammar then reads the cell (``table_cell``).

>>> text = "| Onderwerp | Kamerstuk |\\n| --- | --- |\\n| Wet X | 36 123 |\\n"
>>> [text[at : at + 10] for at in column_cells(text)]
['| 36 123 |']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

__all__ = ["HEADER", "column_cells"]

#: A header cell that names the column of bill numbers (where column_cells() starts from).
HEADER = re.compile(r"\|[^\n|]*(?i:kamerstuk|dossier|wetsvoorstel)[^\n|]*(?=\|)")
_RULE = re.compile(r"[\s|:\-]*")


def column_cells(text: str) -> Iterator[int]:
    """The offset of the bar that opens each cell below a Kamerstukken header, in order."""
    done = -1
    for header in HEADER.finditer(text):
        line_start = text.rfind("\n", 0, header.start()) + 1
        if line_start <= done:
            continue  # a second such column in a header already handled
        line_end = _line_end(text, line_start)
        columns = _columns(text, line_start, line_end)
        at = line_end + 1
        while at < len(text):
            end = _line_end(text, at)
            bars = _bars(text, at, end)
            if not bars:
                break
            if not _RULE.fullmatch(text, at, end):
                yield from (bars[c] for c in columns if c + 1 < len(bars))
            at = end + 1
        done = at


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _bars(text: str, start: int, end: int) -> list[int]:
    """Where the bars of ``text[start:end]`` are (str.find, not a look at every character:
    a table's rows are most of the text of an agenda)."""
    found = []
    at = text.find("|", start, end)
    while at >= 0:
        found.append(at)
        at = text.find("|", at + 1, end)
    return found


def _columns(text: str, start: int, end: int) -> list[int]:
    """The indexes of the bars that open the header's Kamerstukken cells."""
    bars = _bars(text, start, end)
    return [
        n
        for n, (left, right) in enumerate(itertools.pairwise(bars))
        if HEADER.match(text, left, right + 1)
    ]
