"""What :func:`kamerstuk.validate` reports: :class:`Problem`, the codes, and line/column helpers.

Every problem has a stable code whose first digit names its family: ``KS1xx`` malformed (text
that starts a citation but is not a whole one), ``KS2xx`` impossible or implausible values,
``KS3xx`` style, ``KS4xx`` ambiguous. :data:`CODES` lists each code with its severity and a short
title; ``docs/checks.md`` shows an example of each.

>>> p = Problem("KS101", "error", "citation stops short", 0, 20, None)
>>> p.to_dict()["code"], Lines("a\\nbc").position(3)
('KS101', (2, 2))
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any, Literal

import attrs

__all__ = ["CODES", "SEVERITIES", "Code", "Lines", "Problem", "matches"]

Severity = Literal["error", "warning", "style"]

#: The severities, from most to least serious.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "style")


@attrs.frozen
class Code:
    """A problem code: its severity and what it means in a few words."""

    code: str
    severity: Severity
    title: str


#: Every code :func:`kamerstuk.validate` can report. Codes never change meaning; new ones are added.
CODES: dict[str, Code] = {
    c.code: c
    for c in (
        Code("KS101", "error", "citation stops short: a part it needs is missing"),
        Code("KS102", "warning", "vergaderjaar with a digit dropped (2022-203)"),
        Code("KS103", "error", "malformed KOOP identifier"),
        Code("KS104", "warning", "citation too long to be read whole: the rest is not read"),
        Code("KS200", "error", "impossible value"),
        Code("KS201", "error", "impossible vergaderjaar: the years do not follow each other"),
        Code("KS202", "error", "impossible date"),
        Code("KS203", "error", "date outside the cited vergaderjaar"),
        Code("KS204", "error", "vergaderjaar, date or year in the future"),
        Code("KS205", "error", "Handelingen item before items began (2010-2011)"),
        Code("KS206", "error", "Eerste Kamer letter cited under the Tweede Kamer (II)"),
        Code("KS207", "warning", "numbered stuk cited under the Eerste Kamer (I)"),
        Code("KS208", "error", "dossier number higher than any that exists yet"),
        Code("KS209", "warning", "dossier opened after the cited vergaderjaar"),
        Code("KS210", "warning", "number higher than any of its vergaderjaar or year"),
        Code("KS211", "warning", "ECLI with a country code the ECLI does not have"),
        Code("KS212", "warning", "ECLI with a court code its country's list does not have"),
        Code("KS213", "warning", "BWB id of a type the BWB does not have (BWBR, BWBV)"),
        Code("KS214", "error", "CELEX number of a sector EUR-Lex does not have"),
        Code("KS215", "warning", "CELEX number of a document type its sector does not have"),
        Code("KS216", "error", "Publicatieblad dated in another year than its issue"),
        Code("KS301", "style", "citation not written in the chosen style"),
        Code("KS401", "warning", "ambiguous citation: it can name two documents"),
        Code("KS402", "warning", "back-reference that refers to no citation before it"),
    )
}


@attrs.frozen
class Problem:
    """One problem in a text: ``text[start:end]`` is where, ``fix`` the replacement (or None).

    >>> import kamerstuk
    >>> [p.code for p in kamerstuk.validate("Kamerstuk 33694, nr.")]
    ['KS101']
    """

    code: str
    severity: Severity
    message: str
    start: int
    end: int
    fix: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict keyed by the attribute names."""
        return attrs.asdict(self)

    @classmethod
    def of(cls, code: str, message: str, start: int, end: int, fix: str | None = None) -> Problem:
        """A problem with the severity :data:`CODES` gives ``code``."""
        return cls(code, CODES[code].severity, message, start, end, fix)


def matches(code: str, selectors: Sequence[str]) -> bool:
    """True when ``code`` is one of ``selectors`` or starts with one (``KS2`` selects KS2xx).

    >>> matches("KS203", ["KS2"]), matches("KS203", ["KS3", "KS101"])
    (True, False)
    """
    return any(code.upper().startswith(s.strip().upper()) for s in selectors if s.strip())


class Lines:
    """Line and column (both from 1) of offsets in one text, found by bisection.

    >>> Lines("ab\\ncd").position(0), Lines("ab\\ncd").position(4)
    ((1, 1), (2, 2))
    """

    def __init__(self, text: str) -> None:
        # Computed once per text; str.find skips to each line break at C speed.
        self._starts = [0]
        at = text.find("\n")
        while at >= 0:
            self._starts.append(at + 1)
            at = text.find("\n", at + 1)

    def position(self, offset: int) -> tuple[int, int]:
        """``(line, column)`` of ``offset``."""
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1
