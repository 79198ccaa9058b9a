"""``find()``: every citation in running text, with exact spans.

Two steps, kept apart: a scan proposes where a citation may start (a head word such as
"Kamerstuk", a KOOP identifier, a zaak number, or a dossier number in a shape only citations
have), then the grammar reads the longest citation that starts there and decides what it is.
The scan never decides a field.

>>> text = "Zie de brief (Kamerstuk 33694, Nr. 20) en Stb. 2019, 123."
>>> [(m.text, m.citation.identifier) for m in find(text)]
[('Kamerstuk 33694, Nr. 20', 'kst-33694-20'), ('Stb. 2019, 123', 'stb-2019-123')]
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from ..grammar.parsing import engine
from ..model._construct import fast_constructor
from ..model.citations import Citation, Kamerstuk
from ..model.fields import text_of
from ..model.found import Found, Match
from ..model.kinds import DEFAULT_KINDS, kinds_of
from .backrefs import Trail, context_citation
from .candidates import back_references, starts
from .damaged_ids import OPENS, kst_reread
from .link_targets import TARGET_OPENS, repeats_text
from .ocr_dossier import reread
from .ocr_separators import joined
from .other_numbers import other_number
from .stretches import stretches
from .unread_stuk import settled

__all__ = ["CONTEXT", "WINDOW", "Match", "Read", "Scan", "find", "reads", "unfollowed"]

# A match from the grammar's values, which are in normal form (find() makes one per document).
_NEW_MATCH = fast_constructor(Match, "citation", "start", "end", "text")
#: How far past its start a citation may reach; longer runs are cut (lists stay far below).
WINDOW = 1200
#: Repaired text kept before and after each stretch of a large text with broken words (after
#: it, WINDOW more): ten times what the scan looks at around a start (about 120 characters).
CONTEXT = WINDOW


def find(
    text: str | float | None,
    context: Citation | str | None = None,
    kinds: str | Iterable[str] | None = None,
) -> Iterator[Match]:
    """Every citation in ``text``, one :class:`Match` per cited document, in text order.

    Back-references ("t.a.p., p. 7", "stuk nr. 12") are yielded as the full citation they stand
    for (``m.short_form``, ``m.antecedent``); ``context`` is the Kamerstuk being read (its
    citation, text or identifier: ``"kst-36200-VII-3"``), which "stuk nr. 12" and "nr. 12 van
    dit wetsvoorstel" may refer to. A short form that refers to nothing is left out.

    ``kinds`` selects what is read (:func:`kamerstuk.model.kinds.kinds_of`): by default the
    parliamentary papers, the Tweede Kamer's zaak numbers and the gazettes; ``"all"`` adds the
    registers beside them (Tweede Kamer document numbers, ECLI, BWB, CVDR, CELEX,
    Publicatieblad), which can also be named one by one. An unknown kind is a ValueError.

    Never raises on a ``str``; runs in time linear in the text. None and NaN (a missing value
    in a pandas column) are empty text: ``df["text"].map(find)`` goes on past them.

    >>> [m.citation.identifier for m in find("Het amendement (stuk nr. 12)", context="kst-36200-3")]
    ['kst-36200-12']
    >>> [m.citation.kind for m in find("Stb. 2019, 1 en ECLI:NL:HR:2019:1", kinds="all")]
    ['staatsblad', 'ecli']
    """
    chosen = kinds_of(kinds)
    text = text_of(text, "find()")
    trail = Trail(context_citation(context), text=text)
    for match in unfollowed(text, kinds=chosen):
        followed = trail.follow(match)
        if followed is not None and followed.citation.kind in chosen:
            yield followed


def unfollowed(
    text: str, refer_back: bool = False, kinds: frozenset[str] = DEFAULT_KINDS
) -> Iterator[Match]:
    """find()'s matches before back-references are followed (a short form's citation is still
    the :class:`~kamerstuk.grammar.short.ShortForm` the grammar read); ``refer_back`` looks for
    back-references from the start, for text that goes on from text with citations (the next
    chunk of a stream, :mod:`kamerstuk.text.chunks`). ``kinds`` says which proposers run; the
    caller filters the matches by kind once back-references are followed.

    >>> [m.citation.kind for m in unfollowed("Stb. 2019, 1; t.a.p., p. 2")]
    ['staatsblad', 'short_form']
    """
    before: tuple[Found, int] | None = None
    for found, start, end in _taken(text, refer_back, kinds):
        # One document named by a markdown link's text and its target is one match, the
        # text's (kamerstuk.text.link_targets).
        if (
            before is not None
            and text[start - 2 : start] in TARGET_OPENS
            and repeats_text(text, start, _identifier(found), before[1], _identifier(before[0]))
        ):
            continue
        before = found, end
        yield _NEW_MATCH(found.citation, start, end, text[start:end])


def _taken(text: str, refer_back: bool, kinds: frozenset[str]) -> Iterator[tuple[Found, int, int]]:
    """Each document of each citation find() takes, with its span in ``text``. Words broken
    over lines are read joined, a large text in stretches (:func:`~.stretches.stretches`) with
    enough of the text around each that every reading is the one the whole would give."""
    scan = Scan(back_from=0 if refer_back else None, kinds=kinds)
    for stretch in stretches(text, CONTEXT, CONTEXT + WINDOW):
        source, offset = stretch.source, stretch.offset
        for read in scan.reads(source.text, stretch.first, stretch.last, stretch.at):
            if read.taken:
                for found in read.found:
                    start, end = source.original_span(found.start, found.end)
                    yield found, start + offset, end + offset
        del stretch, source  # let it go before the next stretch is made


def _identifier(found: Found) -> str | None:
    # A short form's citation is not followed yet here: it has no identifier.
    identifier = getattr(found.citation, "identifier", None)
    return identifier if isinstance(identifier, str) else None


_new_tuple = tuple.__new__


class Read(NamedTuple):
    """What the scan read at one start: the documents of the longest citation there (none when
    there is none) and where it ends; whether the start was proposed by
    :func:`~kamerstuk.text.candidates.starts` and whether find() takes the reading; why the
    grammar stopped reading (None when it read to the end of its window); and whether the
    citation ran on past the window (``cut``: read up to its last separator within it)."""

    start: int
    found: list[Found]
    end: int
    proposed: bool
    taken: bool
    failure: Exception | None
    cut: bool = False


def reads(text: str, extra: Iterable[int] = ()) -> Iterator[Read]:
    """Every reading find() makes in ``text``, in order, and one at each of the ``extra`` starts
    (ascending) that does not lie inside a citation taken before it; the checks add starts
    where a broken citation may begin. This is the one loop over candidate starts.

    >>> [(r.start, r.end, r.taken) for r in reads("Zie Stb. 2019, 123 en de Kamerbrief.", [25])]
    [(4, 18, True), (25, 25, False)]
    """
    return Scan().reads(text, 0, len(text), 0, extra)


class Scan:
    """The one loop over candidate starts, read a stretch at a time, and what it carries from
    one stretch to the next, as offsets in the whole (repaired) text: where the citation taken
    last ends, and where back-references are looked for from (None before the first one).
    find() and validate() (:mod:`kamerstuk.checks.scan`) each keep one over a whole text.

    >>> text = "Stb. 2019, 1. Zie ook Kamerstuk 33694, nr. 20."
    >>> scan = Scan()
    >>> [(r.start, r.end) for r in scan.reads(text, 0, len(text), 0) if r.taken]
    [(0, 12), (22, 45)]
    >>> scan.position
    45
    """

    def __init__(self, back_from: int | None = None, kinds: frozenset[str] = DEFAULT_KINDS) -> None:
        self.position = 0
        self.back_from = back_from
        self.kinds = kinds

    def reads(
        self, text: str, first: int, last: int, at: int, extra: Iterable[int] = ()
    ) -> Iterator[Read]:
        """The readings at the starts in ``text[first:last]``, whose ``first`` is ``at`` in the
        whole; the rest of ``text`` is context (the last stretch reads to its end)."""
        longest = engine().longest  # the grammar is loaded on first use, not on import
        size, shift = len(text), at - first
        stop = last if last < size else size + 1
        pending = _Starts(starts(text, self.kinds), extra)
        if self.back_from is not None:
            pending.add(back_references(text, max(0, self.back_from - shift)))
        for start, proposed in pending:
            if start >= stop:
                return
            if start < first or start + shift < self.position:
                continue  # context, or inside the citation just read
            failure: list[Exception] = []
            result, cut = _windowed(longest, text, start, failure)
            found, end = result if result else ([], start)
            if found:  # a dossier before a stuk it cannot read is no reading (unread_stuk.py)
                found, end = joined(text, start, found, end)  # "27492; nr. 8" (ocr_separators)
                if found:
                    found, end = settled(text, start, found, end)
            elif failure:  # an OCR letter in a dossier after its head word (ocr_dossier.py)
                found, end = reread(text, start, failure)
            if not found and text[start : start + 4] in OPENS:  # "kst-35 570-XV-4" (damaged_ids)
                found, end = kst_reread(text, start)
                failure.clear()
            taken = proposed and bool(found) and not _bare_number(text, found)
            if taken and other_number(text, found):  # "35 000 woningen": an amount
                taken = False
            if taken:
                reach = found[0].end if len(found) == 1 else max(f.end for f in found)
                if self.back_from is None:
                    # Back-references are looked for once a citation has been read: one before
                    # any citation refers to nothing, and text without citations is spared
                    # their passes.
                    self.back_from = reach + shift
                    pending.add(back_references(text, reach))
                self.position = reach + shift
            # Taken out of the list the engine's frame holds, and without its traceback: else
            # error, traceback, frames and list make a cycle that keeps the text (a whole
            # stretch) alive until the garbage collector comes by, many stretches later.
            failed = failure.pop().with_traceback(None) if failure else None
            # Read's fields in order, without NamedTuple's __new__ (a Python call per reading).
            yield _new_tuple(Read, (start, found, end, proposed, taken, failed, cut))


def _windowed(
    longest: Callable[..., tuple[list[Found], int] | None],
    text: str,
    start: int,
    failure: list[Exception],
) -> tuple[tuple[list[Found], int] | None, bool]:
    """The longest citation at ``start`` within :data:`WINDOW` characters, and whether it ran on
    past them (``cut``). Such a citation (a list longer than any real one) is read only as far
    as a reading with :data:`EDGE` more characters agrees with it: to the end of its last
    citation the longer reading names alike, or else back to a ``;``, ``,`` or `` en `` between
    its items; never into the item the window cuts in two ("21501-31-1|85" is not dossier
    21501-31, nr. 1). The scan then goes on from there."""
    end = start + WINDOW
    if end >= len(text):
        return longest(text, start, len(text), failure), False
    result = longest(text, start, end, failure)
    edge = end - EDGE
    if (result is None or result[1] < edge) and (
        not failure or getattr(failure[-1], "offset", 0) < edge
    ):
        return result, False  # it stopped well inside the window: the window did not matter
    further = longest(text, start, min(len(text), end + EDGE))
    if _documents(result) == _documents(further):
        return result, False
    agreed = _documents(further)
    kept = _agreed_citations(result, agreed)
    if kept is not None:
        failure.clear()
        return kept, True
    seam = end
    for _ in range(_SEAMS):
        seam = max(
            text.rfind(";", start, seam),
            text.rfind(",", start, seam),
            text.rfind(" en ", start, seam),
        )
        if seam <= start:
            break
        shorter = longest(text, start, seam)
        if shorter is not None and _documents(shorter) == agreed[: len(shorter[0])]:
            failure.clear()
            return shorter, True
    failure.clear()
    return None, True


#: How near the end of its window a reading must come for the window to have cut it, and how
#: many more characters a second reading takes to tell (longer than any token: a long URL).
EDGE = 200
# Separators tried, from the window's end back, before a cut list is given up at its start.
_SEAMS = 16


def _documents(result: tuple[list[Found], int] | None) -> list[object]:
    return [f.citation for f in result[0]] if result else []


def _agreed_citations(
    result: tuple[list[Found], int] | None, agreed: list[object]
) -> tuple[list[Found], int] | None:
    """The citations of a cut reading, whole, whose documents the longer reading ``agreed``
    names too, in the same places; None when not even the first agrees, or the reading is one
    citation (a list of stukken under one head has one span: only a seam can cut it).

    A run of citations each with its own head ("Kamerstuk 35 300, nr. 1 en Kamerstuk 35 300,
    nr. 2 en ...") has a comma in every item and none between them: no seam ends an item, and
    every start inside the run was read to its window's end again, to no reading at all."""
    if result is None:
        return None
    found, kept = result[0], 0
    for i, item in enumerate(found):
        if i >= len(agreed) or item.citation != agreed[i]:
            break
        if i + 1 == len(found) or found[i + 1].start != item.start:
            kept = i + 1  # the end of a citation: all of its documents agree
    if kept == 0 or found[kept - 1].start == found[0].start:
        return None
    return found[:kept], max(f.end for f in found[:kept])


class _Starts:
    """The proposed starts (True) and the extra ones (False) in order, each start once; more
    proposed starts can be merged in while it is read (:meth:`add`)."""

    def __init__(self, proposed: Iterator[int], extra: Iterable[int]) -> None:
        self._heap: list[tuple[int, int, int]] = []
        self._streams: list[Iterator[int]] = []
        self._last = -1
        self.add(proposed)
        self._push(iter(extra), rank=1)

    def add(self, proposed: Iterator[int]) -> None:
        """Merge ``proposed`` (ascending) in from here on."""
        self._push(proposed, rank=0)

    def _push(self, stream: Iterator[int], rank: int) -> None:
        self._streams.append(stream)
        self._next(len(self._streams) - 1, rank)

    def _next(self, index: int, rank: int) -> None:
        start = next(self._streams[index], None)
        if start is not None:
            # Proposed streams (rank 0) sort before the extra one at the same start, so a start
            # both give counts as proposed.
            heapq.heappush(self._heap, (start, rank, index))

    def __iter__(self) -> Iterator[tuple[int, bool]]:
        heap, streams = self._heap, self._streams
        while heap:
            start, rank, index = heap[0]
            # The stream's next start takes the place of the one given (one heap operation).
            following = next(streams[index], None)
            if following is None:
                heapq.heappop(heap)
            else:
                heapq.heapreplace(heap, (following, rank, index))
            if start != self._last:
                self._last = start
                yield start, rank == 0


def _bare_number(text: str, found: list[Found]) -> bool:
    """True for a lone number read as a whole dossier without anything that says it is one: no
    head word, no suffix, nothing the grammar marks it by ("33694" left of "-33694-", or of an
    unfinished ", nr."). A bill number in parentheses after its title, "(34556)", an agenda
    line's or a table's bill number and a heading do count (``Found.marked``)."""
    if len(found) != 1:
        return False
    citation, start = found[0].citation, found[0].start
    if not isinstance(citation, Kamerstuk) or citation.ondernummer or citation.dossier.suffixes:
        return False
    # A head word ("Kamerstuk 35 111", "wetsvoorstel 34556") says it is one, as does a mark.
    return not found[0].marked and text[start].isdigit()
