"""Reading running text for the checks: the citations find() reads, and the broken ones it skips.

The scan visits the places :func:`kamerstuk.text.candidates.starts` proposes, as ``find()``
does, and reads the longest citation at each. Where the grammar read on past that citation, or read
nothing whole, it asks the grammar (through :func:`kamerstuk.grammar.parsing.parse_found`) why:

- a value the grammar matched but the models reject (``2019/21``, ``31 februari 2020``): the
  shortest reading that fails with an :class:`~kamerstuk.InvalidValue` (find() skips
  those) is the broken citation, the offending vergaderjaar or date inside it the span
  (KS201, KS202; KS103 for a KOOP identifier, KS200 for other values);
- a citation cut short (KS101): a keyword that needs a value was read but got none (``nr.``,
  ``vergaderjaar``), a head word is followed by numbers that form no citation (``Stb. 2019``,
  ``Kamerstuk nr. 406``), or a separator hangs at the end (``35 300 VIII,`` then nothing).

Prose is left alone: a head word followed by words (``de Kamerbrief van 3 oktober``), or a
citation followed by a comma and more text, is not reported.

>>> [(b.problem.code, b.start, b.end) for b in scan("Zie Kamerstuk 33694, nr.")[1]]
[('KS101', 4, 24)]
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator

import attrs

from ..grammar import tables
from ..grammar.parsing import engine, expected_words, parse_found
from ..model.errors import InvalidValue, NoIdentifier, ParseError, plain_list
from ..model.kinds import DEFAULT_KINDS
from ..model.values import Vergaderjaar, dutch_date
from ..text.extract import WINDOW, Read, Scan
from .openings import extra_starts, head_end, head_in, head_pattern
from .problems import Problem

__all__ = ["Broken", "Read", "Readings", "moved", "readings", "scan"]

#: What the grammar expected where it got stuck, in plain words, worked out when asked.
_Expected = Callable[[], tuple[str, ...]]
#: How far past its start an impossible citation is searched for its end.
SEARCH = 300

_SP = r"[\s\u00a0\u2009\u202f]"
# A keyword the grammar read that needs a value after it.
_NEEDS_VALUE = re.compile(
    r"(?<![a-zA-Z])(?i:nrs?|nos?|nummers?|item|vergaderjaar|zittingsjaar|zitting)(?![a-zA-Z])"
)
# What follows a head word when a citation was meant: numbers, or "nr." and a number. A number
# glued to capitals ("Kamerstuk 2023D40832", a Tweede Kamer document number) is another kind
# of reference, not a broken citation.
_NUMBER_NEXT = re.compile(
    rf"[\s,\u00a0\-\u2013]*(?:(?i:nrs?|nos?)\.?{_SP}*)?[0-9]+(?:[\s./\-\u2013\u00a0][0-9]+)*[a-z]?(?![\w])"
)
# Where a citation's text has clearly ended: the end of the text, a closing bracket, a full
# stop, a semicolon, or a blank line (in PDF text a single line break ends nothing).
_ENDS = rf"(?:[ \t\u00a0]*\r?\n[ \t\u00a0]*\r?\n|{_SP}*(?:$|[)\];.]))"
# A keyword that must have a number or date after it, left without one ("nr.", "p.", "d.d."),
# or a comma with nothing after it before the citation's text ends.
_HANGING = re.compile(
    rf"{_SP}*,?{_SP}*(?i:d\.{_SP}?d\.|pp?\.|blz\.?(?![a-z])|bl\.|nrs?\.?(?![a-z])|item(?![a-z]))"
    rf"(?!{_SP}*[0-9])|{_SP}*,(?={_ENDS})"
)
_ENDED = re.compile(_ENDS)
_DIGIT = re.compile("[0-9]")
_KV = re.compile(r"(?i:kamervra|vraagnummer|zaaknummer)")
# A hyphen glued to a citation with nothing after it: "33694-", "34417-(R2068)-".
_HANGING_DASH = re.compile(r"[\-\u2013](?=[\s\u00a0]|$|[)\];,.])")
# Expected terminals that only join parts; named only when nothing more telling is expected.
_CONNECTORS = frozenset(
    {
        "a comma",
        "an opening bracket",
        "a closing bracket",
        "'en'",
        "a dash",
        "another citation",
        "a second dossier",
    }
)
# The parts most worth naming first in "expected ...", by how often they are what is missing.
_PRIORITY = (
    "a number",
    "a dossier number such as 33694",
    "an ondernummer",
    "'nr.'",
    "a vergaderjaar such as 2019/20",
    "an Eerste Kamer letter such as A",
    "a dossier suffix such as VIII",
    "a date such as 3 oktober 2019",
    "'p.'",
    "a page number",
)


@attrs.frozen
class Broken:
    """A broken citation: its problem, and the whole of it, ``text[start:end]``."""

    problem: Problem
    start: int
    end: int


def scan(text: str) -> tuple[list[Read], list[Broken]]:
    """The reads that find() takes in ``text`` and the broken citations, with spans into
    ``text`` (which the caller has already dehyphenated)."""
    taken: list[Read] = []
    broken: list[Broken] = []
    for read, hit in readings(text):
        if read.taken:
            taken.append(read)
        if hit is not None:
            broken.append(hit)
    return taken, broken


def readings(text: str) -> Iterator[tuple[Read, Broken | None]]:
    """Every reading of the scan of the whole of ``text``, in order, with the broken citation
    found where it starts (see :class:`Readings`)."""
    return Readings().of(text, 0, len(text), 0)


class Readings:
    """The scan of a text read a stretch at a time (as find() reads a long text with words
    broken over lines), and what it carries from one stretch to the next.

    Each reading is find()'s own (:func:`kamerstuk.text.extract.reads`), with the places a
    broken citation may start added to find()'s starts, and comes with the broken citation
    found where it starts (None where there is none, or where it was reported from an earlier
    start). A broken citation never reaches back over a reading find() took before it, so a
    caller can judge each reading as it comes.
    """

    def __init__(self, kinds: frozenset[str] = DEFAULT_KINDS) -> None:
        # find()'s own loop, carried across stretches as find() does, looking for ``kinds``.
        self._scan = Scan(kinds=kinds)
        # Offsets in the whole (repaired) text: broken citations reported, and how far.
        self._broken = _Disjoint()
        self._reported = 0

    def of(self, text: str, first: int, last: int, at: int) -> Iterator[tuple[Read, Broken | None]]:
        """The readings at the starts in ``text[first:last]``, whose ``first`` is ``at`` in the
        whole; the rest of ``text`` is context. Spans are offsets into ``text``."""
        shift = at - first
        for read in self._scan.reads(text, first, last, at, extra_starts(text)):
            hit = None
            # A read that starts inside a broken citation (its dossier, after a head with an
            # impossible vergaderjaar) may still run on into a later citation with a problem of
            # its own, so reads are checked too; a problem already reported is not reported
            # again.
            # A list cut by the window is KS104's (validate), not a citation that stops short.
            if not read.cut and (read.start + shift >= self._reported or read.found):
                hit = _broken(text, read, min(len(text), read.start + WINDOW))
                if hit is not None and self._broken.add(moved(hit, shift)):
                    self._reported = max(self._reported, hit.end + shift)
                else:
                    hit = None
            yield read, hit


def moved(hit: Broken, by: int) -> Broken:
    """``hit`` with its spans ``by`` characters further on."""
    if not by:
        return hit  # the first stretch, or the whole text: the most common case by far
    p = hit.problem
    problem = Problem(p.code, p.severity, p.message, p.start + by, p.end + by, p.fix)
    return Broken(problem, hit.start + by, hit.end + by)


class _Disjoint:
    """Broken citations whose problems do not overlap, kept sorted by the problem's start so
    that a new one is checked against its neighbours only (a long text has thousands)."""

    def __init__(self) -> None:
        self.items: list[Broken] = []
        self._starts: list[int] = []

    def add(self, hit: Broken) -> bool:
        """Add ``hit`` unless its problem overlaps one already here; True when added."""
        problem = hit.problem
        index = bisect.bisect_left(self._starts, problem.end)
        # Disjoint and sorted by start, so sorted by end too: only the one before can overlap,
        # and an empty span at problem.end overlaps nothing.
        for other in self.items[max(0, index - 1) : index + 1]:
            if _overlap(problem, other.problem):
                return False
        self.items.insert(index, hit)
        self._starts.insert(index, problem.start)
        return True


def _overlap(one: Problem, other: Problem) -> bool:
    return one.start < other.end and other.start < one.end


def _broken(text: str, read: Read, limit: int) -> Broken | None:
    """The problem of the citation that starts at ``read.start`` when the grammar read on past
    ``read.end`` (the end of the longest whole citation there) or read nothing whole."""
    start, end = read.start, read.end
    stuck, expected, invalid = _probe(text, read, limit)
    # A value the models reject has digits in it (a year, a date, a number): without any, the
    # reading on past `end` is prose, and no shorter reading is impossible.
    if invalid or (text[end:stuck].strip() and _DIGIT.search(text, start, stuck)):
        hit = _impossible(text, start, end, min(limit, start + SEARCH) if invalid else stuck)
        if hit is not None:
            return hit
    return _incomplete(text, start, end, stuck, expected, bool(read.found))


def _probe(text: str, read: Read, limit: int) -> tuple[int, _Expected, bool]:
    """Where the grammar got stuck reading from ``read.start``, what it wanted there (asked only
    when a message needs it), and whether a value it read was impossible instead: what find()'s
    reading says, read again only when that reading went on to ``limit``."""
    failure, start = read.failure, read.start
    if failure is None:
        err = _attempt(text, start, limit)
        if err is None:
            return limit, _nothing, False
        if err.__cause__ is not None:
            return limit, _nothing, True
        wanted = err.expected
        return start + err.offset, lambda: wanted, False
    stuck = engine().Stuck
    if not isinstance(failure, stuck):
        return limit, _nothing, True  # a value the models reject (2019/21, 31 februari)
    at = failure.offset
    # As parse_found() says it: where only spaces follow, the citation stops short at its end.
    stop = at if text[at:limit].strip() else _trimmed(text, limit)
    return stop, lambda: expected_words(failure.expected), False


def _nothing() -> tuple[str, ...]:
    return ()


def _attempt(text: str, start: int, end: int) -> ParseError | None:
    """Why ``text[start:end]`` is not one whole citation (None when it is), offsets counting
    from ``start``. Only that stretch is copied and looked at for lines, so an attempt costs the
    same in a long text as in a short one (the grammar looks neither before nor after it)."""
    try:
        parse_found(text[start:end])
    except ParseError as err:
        return err
    return None


def _boundaries(text: str, low: int, high: int) -> Iterator[int]:
    """Where a token may end in ``text[low:high]``, in order: after a word or a sign, but not
    inside ``33694-49``, ``2019/21``, ``ah-tk-20222024-3649`` or ``ECLI:NL:HR:19:1``, whose parts
    a hyphen, slash or colon joins into one token."""
    for q in range(low + 1, high + 1):
        if text[q - 1].isspace():
            continue
        if q < len(text):
            following = text[q]
            if following.isalnum() and text[q - 1].isalnum():
                continue
            if following in "-/:\u2013\u2014" and q + 1 < len(text) and text[q + 1].isalnum():
                continue  # ":" joins the parts of an ECLI and of a JCI reference
        yield q


def _impossible(text: str, start: int, low: int, high: int) -> Broken | None:
    """The shortest reading from ``start`` that the grammar accepts but the models reject.

    Shortest, because once an impossible item is reduced every longer reading fails too,
    including ones that run on into the next citation ("... nr. 5 en Stb. 2019").
    """
    runner = engine()
    for q in _boundaries(text, low, high):
        try:
            runner.parse(text, start, q)  # the engine itself: a value error is all that counts
        except (InvalidValue, NoIdentifier, ParseError) as err:
            return Broken(_classify(text, start, q, err), start, q)
        except (runner.Stuck, ValueError):
            continue
    return None


@functools.lru_cache(maxsize=1)
def _value_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The grammar's own VJ and DATE terminals, to point at the value that failed."""
    terms = tables.load().terminals  # the shipped tables: no Lark to import
    return re.compile(rf"(?<![\d\-/]){terms['VJ']}"), re.compile(rf"(?<!\d){terms['DATE']}")


def _classify(text: str, start: int, end: int, cause: Exception) -> Problem:
    """Which value of ``text[start:end]`` is impossible, as precisely as it can be pointed at."""
    if isinstance(cause, ParseError):  # a KOOP identifier the grammar matched
        bad = re.search(r"'([0-9]+)' where a vergaderjaar", cause.message)
        code = "KS201" if bad and len(bad.group(1)) == 8 else "KS103"
        return Problem.of(code, cause.message, start, end)
    vj_pattern, date_pattern = _value_patterns()
    for match in vj_pattern.finditer(text, start, end):
        try:
            Vergaderjaar.parse(match.group())
        except InvalidValue as err:
            return Problem.of("KS201", str(err), match.start(), match.end())
    for match in date_pattern.finditer(text, start, end):
        if not _is_date(match.group()):
            return Problem.of("KS202", str(cause), match.start(), match.end())
    return Problem.of("KS200", str(cause), start, end)


def _is_date(written: str) -> bool:
    """True when ``3 oktober 2019`` or ``3-10-2019`` is a day that exists."""
    numeric = re.fullmatch(r"([0-9]{1,2})[-/]([0-9]{1,2})[-/]([0-9]{4})", written)
    try:
        if numeric:
            day, month, year = (int(g) for g in numeric.groups())
            dt.date(year, month, day)
        else:
            day_text, month_text, year_text = written.split()[:3]
            dutch_date(day_text, month_text, year_text)
    except (ValueError, InvalidValue):
        return False
    return True


def _incomplete(
    text: str, start: int, end: int, stuck: int, expected: _Expected, complete: bool
) -> Broken | None:
    """KS101 for a citation cut short, or None when what follows is prose."""
    dangling = text[end:stuck]
    stop: int | None = None
    if complete:
        head = head_in(text, end, stuck)
    else:
        # Not "Kamervragen 12": question numbers are small numbers in prose too.
        head = start if head_pattern().match(text, start) and not _KV.match(text, start) else None
    if _NEEDS_VALUE.search(dangling):
        stop = _trimmed(text, stuck)
    elif head is not None and (
        re.search(r"[0-9]", text[head_end(text, head) : stuck]) or _NUMBER_NEXT.match(text, stuck)
    ):
        nxt = _NUMBER_NEXT.match(text, stuck)
        stop = nxt.end() if nxt else _trimmed(text, stuck)
    elif (hang := _HANGING.match(text, stuck)) or (
        stuck == end and end > start and (hang := _HANGING_DASH.match(text, stuck))
    ):
        stop = hang.end()
    elif dangling.rstrip().endswith(",") and _ENDED.match(text, stuck):
        # The grammar took the comma ("Aanhangsel Handelingen," then a full stop).
        stop = _trimmed(text, stuck)
    if stop is None:
        return None
    begin = head if head is not None else start
    snippet = " ".join(text[begin:stop].split())
    wanted = _after_keyword(text[begin:stop]) or _wanted(text, begin, stop) or expected()
    what = f": expected {plain_list(_telling(wanted))}" if wanted else ""
    return Broken(Problem.of("KS101", f"{snippet!r} stops short{what}", begin, stop), begin, stop)


def _trimmed(text: str, end: int) -> int:
    """``end`` moved back over the spaces before it: ``len(text[:end].rstrip())`` without
    copying ``text[:end]``."""
    while end and text[end - 1].isspace():
        end -= 1
    return end


def _after_keyword(snippet: str) -> tuple[str, ...]:
    """What the keyword a cut-off citation ends with asks for: "p." a page, "d.d." a date."""
    last = re.search(r"(?i:(pp?|blz|bl)|(d\.\s?d)|(item|nrs?|nos?))\.?\s*$", snippet)
    if last is None:
        return ()
    page, date, _ = last.groups()
    return ("a page number",) if page else ("a date such as 3 oktober 2019",) if date else ()


def _wanted(text: str, start: int, stop: int) -> tuple[str, ...]:
    """What the grammar expects where ``text[start:stop]`` ends."""
    err = _attempt(text, start, stop)
    return () if err is None else err.expected


def _telling(expected: tuple[str, ...]) -> tuple[str, ...]:
    """The expected parts worth naming: values first, connectors only if nothing else, four."""
    values = [e for e in expected if e not in _CONNECTORS] or list(expected)
    values.sort(key=lambda e: _PRIORITY.index(e) if e in _PRIORITY else len(_PRIORITY))
    return tuple(values[:4])
