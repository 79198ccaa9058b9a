"""Applying the fixes :func:`kamerstuk.validate` offers, the way ``kamerstuk check --fix`` does.

Fixes replace the span of their problem, which always lies inside a citation, so the text
between citations is never touched. Each fix is offered only where it is safe (it keeps every
number and reads back the same in place: :mod:`kamerstuk.checks.style`). Overlapping fixes are
applied one per round, earliest first, and the text is checked again until nothing is left to
fix, which makes fixing idempotent. A round that would change what the whole text cites
(:func:`same_documents`) keeps only the fixes that do not; the command also refuses to write a
text that does not cite the same documents.

>>> fixed = fix_text("Zie Kamerstuk 33694-49 en verder.")
>>> fixed.text, len(fixed.applied)
('Zie Kamerstukken 33694, nr. 49 en verder.', 1)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from ..model.citations import Citation
from ..model.fields import text_of
from ..text.extract import find
from .problems import Problem, matches
from .style import DEFAULT_STYLE, document_key
from .validate import validate

__all__ = ["Fixed", "apply_fixes", "fix_text", "same_documents"]

#: Rounds of fixing before giving up; one or two suffice in practice.
ROUNDS = 10


@attrs.frozen
class Fixed:
    """A text after fixing, and the fixes applied to get there (spans of their round's text)."""

    text: str
    applied: tuple[Problem, ...]


def apply_fixes(text: str, problems: Sequence[Problem]) -> tuple[str, list[Problem]]:
    """``text`` with the fixes of ``problems`` that do not overlap an earlier one applied.

    >>> p = Problem("KS102", "warning", "digit missing", 4, 12, "2022-2023")
    >>> apply_fixes("Zie 2022-203.", [p])[0]
    'Zie 2022-2023.'
    """
    chosen: list[Problem] = []
    last_end = -1
    for problem in sorted(problems, key=lambda p: (p.start, p.end)):
        if problem.fix is None or problem.start < last_end:
            continue
        if text[problem.start : problem.end] == problem.fix:
            continue
        chosen.append(problem)
        last_end = problem.end
    pieces: list[str] = []
    position = 0
    for problem in chosen:
        pieces.append(text[position : problem.start])
        pieces.append(problem.fix or "")
        position = problem.end
    pieces.append(text[position:])
    return "".join(pieces), chosen


def fix_text(
    text: str | float | None,
    *,
    style: str | None = DEFAULT_STYLE,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    today: dt.date | None = None,
) -> Fixed:
    """``text`` with every fix of the selected problems applied, until none is left; ``style``
    as :func:`~kamerstuk.validate` takes it (the Aanwijzingen by default, None for none). None
    and NaN (a missing value in a pandas column) are empty text."""
    text = text_of(text, "fix_text()")
    applied: list[Problem] = []
    for _ in range(ROUNDS):
        problems = [
            p
            for p in validate(text, style=style, today=today)
            if p.fix is not None and selected(p.code, select, ignore)
        ]
        fixed, done = apply_fixes(text, problems)
        if done and not same_documents(text, fixed, style):
            fixed, done = _one_by_one(text, done, style)
        if not done:
            break
        text = fixed
        applied.extend(done)
    return Fixed(text, tuple(applied))


def _one_by_one(text: str, problems: list[Problem], style: str | None) -> tuple[str, list[Problem]]:
    """The fixes of ``problems`` that keep what the whole of ``text`` cites, applied; each is
    checked where it is made, but a fix can still change how a neighbour is read (a list it
    ends, a head word it brings next to it), so when the round together does, each is tried
    on its own, the last first (its offsets stay valid for those before it)."""
    kept: list[Problem] = []
    for problem in sorted(problems, key=lambda p: p.start, reverse=True):
        fixed, done = apply_fixes(text, [problem])
        if done and same_documents(text, fixed, style):
            text = fixed
            kept.append(problem)
    return text, kept[::-1]


def selected(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """True when ``code`` passes ``--select`` (all when empty) and not ``--ignore``."""
    return (not select or matches(code, select)) and not matches(code, ignore)


def documents(text: str, style: str | None = None) -> list[Citation]:
    """What ``text`` cites, in order, as far as rewriting in ``style`` must keep it."""
    return [document_key(m.citation, style or "aanwijzingen") for m in find(text)]


def same_documents(before: str, after: str, style: str | None = None) -> bool:
    """True when ``after`` cites the same documents as ``before``, in the same order."""
    return documents(before, style) == documents(after, style)
