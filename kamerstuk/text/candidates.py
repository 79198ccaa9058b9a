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
from .tables import column_cells

__all__ = ["back_references", "starts"]


def starts(text: str) -> Iterator[int]:
    """Every place in ``text`` where a citation may start, ascending, each once."""
    found: list[int] = []
    for pattern, trace in (*heads(), *anchors()):
        _propose(pattern, trace, text, 0, found)
    if "|" in text:  # `in` is cheap; tables are rare
        found.extend(column_cells(text))
    # One sort of all the proposals beats merging a stream per pattern (a few thousand starts
    # in a megabyte of dense text); the set drops the starts two proposers share.
    return iter(sorted(set(found)))


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
