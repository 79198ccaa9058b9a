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

import bisect
import functools
import itertools
import re
from collections.abc import Iterator

from ..model.kinds import DEFAULT_KINDS
from .anchors import ANCHOR_SOURCES, rare_anchors
from .heads import HEAD_SOURCES
from .lazy_patterns import compiled
from .leads import Tracer
from .registers import register_proposers
from .shortforms import short_forms
from .tables import HEADER, column_cells

__all__ = ["BLOCK", "DISORDER", "back_references", "opening", "starts"]


def starts(text: str, kinds: frozenset[str] = DEFAULT_KINDS) -> Iterator[int]:
    """Every place in ``text`` where a citation may start, ascending, each once. The scan runs
    a block of text at a time, only as far ahead of the caller as it must: no list of every
    start is ever made. The registers beside KOOP's are looked for only where ``kinds`` asks
    for one of them (:mod:`kamerstuk.text.registers`)."""
    cells = column_cells(text) if _table_header(text) else iter(())
    proposers = [*_present(text), *rare_anchors(text), *register_proposers(kinds)]
    return _in_order(text, proposers, 0, cells)


def _present(text: str) -> list[tuple[re.Pattern[str], Tracer]]:
    """The head and anchor proposers that can match in ``text``: those whose opening literal it
    has (str's ``in`` finds one at memory speed; a pass of re visits every character),
    each compiled on first use, so that a short text compiles only the few it needs."""
    return [
        (compiled(source), trace)
        for first, source, trace in _openings()
        if first is None or first in text
    ]


@functools.cache
def _openings() -> list[tuple[str | None, str, Tracer]]:
    return [(opening(source), source, trace) for source, trace in (*HEAD_SOURCES, *ANCHOR_SOURCES)]


#: The escapes a proposer's pattern may open with, and the character each stands for.
_ESCAPED = {"\\(": "(", "\\n": "\n", "\\u2013": "\u2013"}


def opening(pattern: str) -> str | None:
    """The characters every match of ``pattern`` opens with, where its source says so plainly:
    letters and digits, or one sign or escape of _ESCAPED, none of them repeated or optional
    (None: none, the pattern is run on every text). (A pattern that opened with an alternation
    at its top level would open with either side: the tests check each proposer's answer
    against re's parse.)

    >>> opening("Z[0-9]{5}"), opening("nrs?"), opening("an(?:d|h)"), opening(r"\\(x")
    ('Z', 'nr', 'an', '(')
    >>> opening("s?x"), opening("(?:b|c)"), opening("[Kk]amer")
    (None, None, None)
    """
    for escape, char in _ESCAPED.items():
        if pattern.startswith(escape):
            return None if pattern[len(escape) : len(escape) + 1] in _REPEATS else char
    if pattern[:1] in _SIGNS:
        return None if pattern[1:2] in _REPEATS else pattern[0]
    end = 0
    while end < len(pattern) and pattern[end].isalnum():
        end += 1
    if pattern[end : end + 1] in _REPEATS:
        end -= 1  # "nrs?": the s may be missing
    return pattern[:end] or None


_SIGNS = frozenset(",-/:")
_REPEATS = frozenset("?*+{")


def _table_header(text: str) -> bool:
    """True when a line with a bar in it holds a Kamerstukken column's header, the only place
    column_cells() starts from: its pass over the whole text costs more than this look at the
    few lines with a bar (str.find skips to a bar at memory speed)."""
    at = text.find("|")
    while at >= 0:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if HEADER.search(text, text.rfind("\n", 0, at) + 1, end):
            return True
        at = text.find("|", end)
    return False


def back_references(text: str, pos: int) -> Iterator[int]:
    """Where a back-reference ("t.a.p.", "ibid.") may start in ``text[pos:]``, ascending: find()
    asks once it has read a citation for them to refer to, so text without any pays nothing."""
    return _in_order(text, short_forms(), pos, iter(()))


#: How far before its pattern's match a tracer may place a start (the farthest today: 48
#: characters, a dossier before an Eerste Kamer letter or the host of a link); a start is handed
#: out once the scan has passed it by this much.
DISORDER = 1024
#: Characters each proposer scans at a go before the starts found are sorted and handed out.
#: Switching patterns less often is faster (measured: blocks of 64 K characters made the scan
#: 12 % slower than one pass of each pattern over the text, blocks of 1 M 2.5 %), and the
#: starts of a block are few next to its text.
BLOCK = 1 << 20


def _in_order(
    text: str, proposers: list[tuple[re.Pattern[str], Tracer]], pos: int, cells: Iterator[int]
) -> Iterator[int]:
    """The starts the proposers (and the table ``cells``, ascending) give from ``pos`` on, in
    order, each once.

    >>> from kamerstuk.text.anchors import anchors
    >>> list(_in_order("de motie 29911-226 en 29911-227", anchors()[:1], 0, iter([3, 9])))
    [3, 9, 22]
    """
    scans = [(pattern.finditer(text, pos), trace) for pattern, trace in proposers]
    # Each scan's first match past the edge, traced in the block it belongs to.
    ahead: list[re.Match[str] | None] = [None] * len(scans)
    cell = next(cells, None)
    held: list[int] = []  # starts found and not given yet
    edge, last = pos, -1
    while True:
        edge += BLOCK
        for index, (matches, trace) in enumerate(scans):
            waiting = ahead[index]
            if waiting is not None and waiting.start() >= edge:
                continue
            ahead[index] = None
            for match in matches if waiting is None else itertools.chain((waiting,), matches):
                if match.start() >= edge:
                    ahead[index] = match
                    break
                start = trace(match, text)
                if isinstance(start, int):
                    held.append(start)
                elif start is not None:
                    held.extend(start)
        while cell is not None and cell < edge:
            held.append(cell)
            cell = next(cells, None)
        done = cell is None and not any(ahead)
        held.sort()
        # A tracer's start lies at most DISORDER before its match, and every match before the
        # edge has been traced: the starts before edge - DISORDER are final.
        given = len(held) if done else bisect.bisect_left(held, edge - DISORDER)
        for start in held[:given]:
            if start != last:
                yield start
                last = start
        del held[:given]
        if done:
            return
