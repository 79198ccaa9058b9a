"""Where a citation may start: a fast scan that proposes, never decides.

Each proposer is a pattern that starts with a literal, because Python's ``re`` skips ahead
quickly to one and crawls through text where a pattern may begin almost anywhere; every
pattern is a pass over the text, so words that share a literal share a pattern. Head words
(:mod:`kamerstuk.text.heads`) and numbers and signs (:mod:`kamerstuk.text.anchors`) propose;
the grammar then reads (or rejects) the citation at each proposed start.

>>> list(starts("Zie Kamerstuk 33694, nr. 20 en de motie 29911-226."))
[4, 14, 40]

(14 is the dossier number traced back from "nr."; find() skips it, being inside the citation
that starts at 4.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .anchors import Tracer, anchors, short_forms
from .heads import heads
from .tables import _HEADER, column_cells  # the header column_cells() starts from

__all__ = ["back_references", "starts"]


def starts(text: str) -> Iterator[int]:
    """Every place in ``text`` where a citation may start, ascending, each once."""
    found: list[int] = []
    for pattern, trace in (*heads(), *anchors()):
        _propose(pattern, trace, text, 0, found)
    if _table_header(text):
        found.extend(column_cells(text))
    # One sort of all the proposals beats merging a stream per pattern (a few thousand starts
    # in a megabyte of dense text); the set drops the starts two proposers share.
    return iter(sorted(set(found)))


def _table_header(text: str) -> bool:
    """True when a line with a bar in it holds a Kamerstukken column's header, the only place
    column_cells() starts from: its pass over the whole text costs more than this look at the
    few lines with a bar (str.find skips to a bar at memory speed)."""
    at = text.find("|")
    while at >= 0:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _HEADER.search(text, text.rfind("\n", 0, at) + 1, end):
            return True
        at = text.find("|", end)
    return False


def back_references(text: str, pos: int) -> Iterator[int]:
    """Where a back-reference ("t.a.p.", "ibid.") may start in ``text[pos:]``, ascending: find()
    asks once it has read a citation for them to refer to, so text without any pays nothing."""
    found: list[int] = []
    for pattern, trace in short_forms():
        _propose(pattern, trace, text, pos, found)
    return iter(sorted(set(found)))


def _propose(
    pattern: re.Pattern[str], trace: Tracer, text: str, pos: int, found: list[int]
) -> None:
    """Add the starts ``pattern``'s matches in ``text[pos:]`` trace back to, to ``found``."""
    append = found.append
    for match in pattern.finditer(text, pos):
        start = trace(match, text)
        if isinstance(start, int):
            append(start)
        elif start is not None:
            found.extend(start)  # two starts: an act's date and its gazette, say
