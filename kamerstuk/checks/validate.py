"""``validate()``: the problems of the citations in a text, or of one citation, with fixes.

Problems come in four families, each code stable (:data:`kamerstuk.checks.problems.CODES`):
``KS1xx`` malformed, ``KS2xx`` impossible or implausible values, ``KS3xx`` style (against the
Aanwijzingen by default, as ``kamerstuk check``; ``style=None`` for none), ``KS4xx`` ambiguous.
``docs/checks.md`` has an example of every code.

>>> [(p.code, p.severity) for p in validate("Kamerstukken II 2019/21, 35 300 VIII, nr. 5")]
[('KS201', 'error')]
>>> [p.fix for p in validate("Kamerstuk 33694, Nr. 20")]
['Kamerstukken 33694, nr. 20']
>>> validate("Kamerstuk 33694, Nr. 20", style=None)
[]
>>> validate("Geen verwijzingen hier.")
[]
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from ..grammar.short import ShortForm
from ..model.citations import Citation, Kamerstuk
from ..model.fields import text_of
from ..model.found import Found
from ..model.kinds import DEFAULT_KINDS, kinds_of
from ..text import extract
from ..text.backrefs import Trail, context_citation
from ..text.extract import WINDOW
from ..text.repair import MARKUP, Repaired
from ..text.stretches import Stretch, stretches
from .problems import Problem
from .references import unreferenced
from .scan import Broken, Read, Readings, moved
from .style import DEFAULT_STYLE, STYLES, style_problems
from .values import Finding, value_findings

__all__ = ["STYLES", "Problem", "stream_problems", "text_problems", "validate"]

_log = logging.getLogger(__name__)
#: Set by the tests: let internal errors through instead of skipping the check that failed.
STRICT = False

T = TypeVar("T")

# "2022–203": a vergaderjaar whose second year lost a digit, which the parser reads as
# 2022-2023 (the real typo of dev passage d004). The grammar accepts it; the check says so.
_DROPPED_DIGIT = re.compile(
    r"(?<![\d\-/])((?:1[89]|2[01])[0-9][0-9])([\s\u00a0]*[/\-\u2013\u2014][\s\u00a0]*)([0-9]{3})(?![\d/])"
)


def validate(
    text_or_citation: str | Citation | float | None,
    *,
    style: str | None = DEFAULT_STYLE,
    today: dt.date | None = None,
    context: Citation | str | None = None,
    kinds: str | Iterable[str] | None = None,
) -> list[Problem]:
    """The problems of every citation in a text, or of one citation; ``[]`` means none found.

    ``style`` (``aanwijzingen``, the default, or ``kort``; None for none) adds a style problem,
    with the canonical text as fix, for each citation written otherwise; ``today`` is the day
    "in the future" is judged against (default: today); ``context`` is the Kamerstuk being
    read, as for :func:`kamerstuk.find`, which "stuk nr. 12" may refer to; ``kinds`` the kinds
    of citation looked at, as find() takes them (by default the parliamentary papers, zaak
    numbers and the gazettes; ``"all"`` adds document numbers, ECLI, BWB, CVDR, CELEX and the
    Publicatieblad). Spans are offsets
    into the text; for a citation, into its ``format()``. Never raises on a str or a citation;
    None and NaN (a missing value in a pandas column) are empty text.

    >>> from kamerstuk import parse
    >>> citation = parse("Kamerstukken II 2030/31, 36200, A")
    >>> [p.code for p in validate(citation, today=dt.date(2026, 1, 1))]
    ['KS204', 'KS206']
    """
    if style is not None and style not in STYLES:
        raise ValueError(f"unknown style {style!r}: choose {' or '.join(STYLES)}")
    day = today or dt.date.today()
    chosen = kinds_of(kinds)
    if isinstance(text_or_citation, Citation):
        return _citation_problems(text_or_citation, day)
    # None, NaN: a missing value in a pandas column is empty text; another type a TypeError.
    text = text_of(text_or_citation, "validate()")
    return text_problems(text, style, day, context=context_citation(context), kinds=chosen)


def _guarded(step: Callable[[], T], default: T) -> T:
    """Run one check; an internal error skips that check (and is logged) rather than taking the
    whole validation down, as validate() promises never to raise."""
    try:
        return step()
    except Exception:
        if STRICT:
            raise
        _log.debug("a check failed and was skipped", exc_info=True)
        return default


def _citation_problems(citation: Citation, today: dt.date) -> list[Problem]:
    text = _guarded(citation.format, citation.kind)
    none: list[Finding] = []
    findings = _guarded(functools.partial(value_findings, citation, today), none)
    return _unique(Problem.of(code, message, 0, len(text)) for code, message in findings)


def text_problems(
    text: str,
    style: str | None,
    today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
    context: Kamerstuk | None = None,
    kinds: frozenset[str] = DEFAULT_KINDS,
) -> list[Problem]:
    """The problems of ``text``, as :func:`validate` gives them; ``progress`` is called with the
    offset the scan has reached, now and then (``kamerstuk check`` shows it as a bar).

    Words broken over lines are read joined, a large text in stretches, as find() reads it
    (:func:`~kamerstuk.text.stretches.stretches`), so that the whole text is never copied."""
    problems: list[Problem] = []
    judge = _Judge(style, today or dt.date.today(), context, progress, kinds)
    _guarded(functools.partial(_collect, text, judge, problems), None)
    return _unique(problems)


def stream_problems(
    parts: Iterable[Stretch],
    style: str | None,
    today: dt.date | None = None,
    context: Kamerstuk | None = None,
    kinds: frozenset[str] = DEFAULT_KINDS,
) -> Iterator[Problem]:
    """The problems of a text given a stretch at a time (:class:`kamerstuk.text.chunks.
    Stretches` reads them from a stream of any size), as :func:`text_problems` gives them for
    the whole text: the same problems, spans and order, each as soon as no later stretch can
    come before it, so that only a stretch's worth is held.

    >>> import io
    >>> from kamerstuk.text.chunks import Stretches
    >>> text = io.StringIO("Zie Kamerstuk 33694, Nr. 20.\\n" * 2)
    >>> [(p.code, p.start) for p in stream_problems(Stretches(text, size=20), "aanwijzingen")]
    [('KS301', 4), ('KS301', 33)]
    """
    judge = _Judge(style, today or dt.date.today(), context, None, kinds)
    pending: set[Problem] = set()
    for stretch in parts:
        found: list[Problem] = []
        source, offset = stretch.source, stretch.offset
        try:
            judge.collect(source, stretch.first, stretch.last, stretch.at, found)
        except Exception:
            if STRICT:
                raise
            # As text_problems: what was found stands, and the check of the rest is skipped.
            _log.debug("a check failed and was skipped", exc_info=True)
            yield from _unique(pending | {_mapped(p, source, offset) for p in found})
            return
        pending.update(_mapped(p, source, offset) for p in found)
        # Later stretches read from where this one ends: their problems start there or later.
        end = offset + source.original_span(stretch.last, stretch.last)[0]
        ready = {p for p in pending if p.start < end}
        pending -= ready
        yield from _unique(ready)
    yield from _unique(pending)


def _collect(text: str, judge: _Judge, problems: list[Problem]) -> None:
    """Append the problems of ``text`` to ``problems``, a stretch at a time, spans in ``text``."""
    for stretch in stretches(text, extract.CONTEXT, extract.CONTEXT + WINDOW):
        source, offset = stretch.source, stretch.offset
        found: list[Problem] = []
        try:
            judge.collect(source, stretch.first, stretch.last, stretch.at, found)
        finally:  # what was found before a check failed stands (see _guarded)
            problems.extend(_mapped(p, source, offset) for p in found)
        del stretch, source  # let it go before the next stretch is made


class _Judge:
    """The problems of the readings of a text, a stretch at a time, and what it carries from one
    stretch to the next: the scan, what back-references refer to, and the broken citations that
    may still overlap a later reading (offsets in the whole repaired text)."""

    def __init__(
        self,
        style: str | None,
        today: dt.date,
        context: Kamerstuk | None,
        progress: Callable[[int], None] | None,
        kinds: frozenset[str] = DEFAULT_KINDS,
    ) -> None:
        self.style, self.today, self.progress = style, today, progress
        self.kinds = kinds
        self.readings = Readings(kinds)
        self.trail = Trail(context)  # what back-references refer to, as find() follows them
        self.open_broken: list[Broken] = []

    def collect(self, source: Repaired, first: int, last: int, at: int, out: list[Problem]) -> None:
        """Append to ``out`` the problems of the readings at the starts in ``text[first:last]``
        of the repaired ``source`` (whose ``first`` is ``at`` in the whole), spans in its
        text, in one pass."""
        text, shift = source.text, at - first
        # (The trail looks between citations for another work, in the whole's offsets.)
        self.trail.text, self.trail.base = text, shift
        for read, hit in self.readings.of(text, first, last, at):
            if self.progress is not None:
                self.progress(read.start + shift)
            if hit is not None:
                out.append(hit.problem)
                self.open_broken.append(moved(hit, shift))
            if read.found:
                check = functools.partial(unreferenced, self.trail, text, read, shift)
                out.extend(_guarded(check, []))
            if read.taken:
                start = read.start + shift
                self.open_broken = [b for b in self.open_broken if b.end > start]
                here = [moved(b, -shift) for b in self.open_broken] if shift else self.open_broken
                out.extend(_read_problems(source, read, self.style, self.today, here, self.kinds))
                out.extend(_cut(text, read))


def _read_problems(
    source: Repaired,
    read: Read,
    style: str | None,
    today: dt.date,
    broken: list[Broken],
    kinds: frozenset[str] = DEFAULT_KINDS,
) -> list[Problem]:
    """The problems of the citations of ``kinds`` one reading took: their values, and their
    style (judged by the citation as written, :meth:`~kamerstuk.text.repair.Repaired.written`)."""
    text = source.text
    out: list[Problem] = []
    groups = [
        g
        for g in _groups(read.found)
        if isinstance(g[0].citation, ShortForm) or g[0].citation.kind in kinds
    ]
    evidence = []  # citations with an error or warning without a fix of its own
    for group in groups:
        found = _guarded(functools.partial(_group_problems, text, group, today), list[Problem]())
        if any(p.fix is None for p in found):
            evidence.extend(group)
        out.extend(found)
    if style is not None:
        # One document named by its own phrase, not inside a broken citation.
        single = [g[0] for g in groups if len(g) == 1 and not _inside(g[0], broken)]
        step = functools.partial(
            style_problems, text, read, single, style, evidence, source.written
        )
        out.extend(_guarded(step, list[Problem]()))
    return out


def _cut(text: str, read: Read) -> list[Problem]:
    """KS104 when the reading ran on past its window: a list longer than find() reads at one
    start, whose rest is not read from there (:func:`kamerstuk.text.extract.reads`)."""
    if not read.cut:
        return []
    documents = len(read.found)
    return [
        Problem.of(
            "KS104",
            f"this citation runs on past {WINDOW:,} characters, as far as find() reads at one"
            f" place: {documents} document{'s' if documents != 1 else ''} read, and the rest"
            " of the list only where it names its documents again; split it into shorter"
            " citations",
            read.start,
            read.end,
        )
    ]


def _inside(found: Found, broken: list[Broken]) -> bool:
    return any(b.start < found.end and found.start < b.end for b in broken)


def _groups(found: list[Found]) -> list[list[Found]]:
    """The documents of one read grouped by span: "nrs. 31 en 32" is one group of two."""
    groups: dict[tuple[int, int], list[Found]] = {}
    for f in found:
        groups.setdefault((f.start, f.end), []).append(f)
    return list(groups.values())


def _group_problems(text: str, group: list[Found], today: dt.date) -> list[Problem]:
    start, end = group[0].start, group[0].end
    out = [
        Problem.of(code, message, start, end)
        for f in group
        for code, message in value_findings(f.citation, today)
    ]
    out.extend(_dropped_digit(text, start, end))
    return out


def _dropped_digit(text: str, start: int, end: int) -> list[Problem]:
    out = []
    for match in _DROPPED_DIGIT.finditer(text, start, end):
        first, separator, second = match.groups()
        following = str(int(first) + 1)
        if not any(following[:i] + following[i + 1 :] == second for i in range(4)):
            continue
        fixed = f"{first}{separator}{following}"
        out.append(
            Problem.of(
                "KS102",
                f"vergaderjaar {match.group()!r} has a digit missing: it is read as"
                f" {first}-{following}; write {fixed!r}",
                match.start(),
                match.end(),
                fixed,
            )
        )
    return out


def _mapped(problem: Problem, source: Repaired, offset: int) -> Problem:
    """The problem with its span in the text as given (before it was repaired): ``source`` is
    that text's repaired stretch from ``offset`` on. A fix over markup (a markdown marker or
    escape, a footnote mark, that the repair left out) is withheld: put in place of the span,
    it would drop it."""
    start, end = source.original_span(problem.start, problem.end)
    start, end = start + offset, end + offset
    fix, message = problem.fix, problem.message
    if fix is not None and source.holds(MARKUP, problem.start, problem.end):
        fix, message = None, f"{message} (no automatic fix: it would drop the markup in it)"
    if (start, end, fix) == (problem.start, problem.end, problem.fix):
        return problem
    return Problem(problem.code, problem.severity, message, start, end, fix)


def _unique(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(set(problems), key=lambda p: (p.start, p.end, p.code, p.message))
