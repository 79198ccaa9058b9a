"""Words hyphenated across a line break, as PDF extraction leaves them ("Handelin-\\ngen").

:class:`Dehyphenated` joins such words so the grammar sees "Handelingen", and maps every span in
the joined text back to the original, so that matches keep exact offsets into what the user gave.

>>> d = Dehyphenated.of("Aanhangsel Handelin-\\ngen II")
>>> d.text
'Aanhangsel Handelingen II'
>>> d.original_span(0, 25)
(0, 27)
"""

from __future__ import annotations

import bisect
import re

import attrs

__all__ = ["Dehyphenated"]

# A hyphen at the end of a line between two lower-case letters is a word broken by layout; a
# hyphen before a digit ("21501-07-\n1400") is part of the citation and stays.
# The pattern starts with its literal hyphen so that re can skip ahead to it quickly; the letter
# before it is checked in Python.
_BREAK = re.compile(r"-[ \t\u00a0]*\r?\n[ \t\u00a0]*(?=[a-z])")
# Characters that are there but not seen: soft hyphens (U+00AD) and zero-width spaces and
# joiners, which HTML and PDF text leave inside words ("Kamer\u00adstukken").
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")


@attrs.frozen
class Dehyphenated:
    """``text`` with line-break hyphenation and invisible characters removed; ``cuts`` records
    where, for mapping back.

    ``cuts`` holds ``(position in text, characters removed up to and including this cut)``.
    """

    text: str
    cuts: tuple[tuple[int, int], ...] = ()
    # The cut positions alone, for bisect (computed once, not per span).
    _at: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_at", tuple(c[0] for c in self.cuts))

    @classmethod
    def of(cls, original: str) -> Dehyphenated:
        """Join the words broken over lines in ``original`` (itself when there are none)."""
        breaks = [
            m for m in _BREAK.finditer(original) if m.start() and original[m.start() - 1].islower()
        ]
        # `in` finds a character at memchr speed; a character class scans ten times slower.
        if any(char in original for char in _INVISIBLE_CHARS):
            breaks = sorted([*breaks, *_INVISIBLE.finditer(original)], key=lambda m: m.start())
        if not breaks:
            return cls(original)
        pieces: list[str] = []
        cuts: list[tuple[int, int]] = []
        last = removed = 0
        for match in breaks:
            pieces.append(original[last : match.start()])
            removed += match.end() - match.start()
            cuts.append((match.start() - (removed - (match.end() - match.start())), removed))
            last = match.end()
        pieces.append(original[last:])
        return cls("".join(pieces), tuple(cuts))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text of ``text[start:end]``."""
        if not self.cuts:
            return start, end
        return start + self._removed_before(start, True), end + self._removed_before(end, False)

    def _removed_before(self, position: int, is_start: bool) -> int:
        # A start on a cut point lies after the removed characters; an end on one lies before.
        index = (bisect.bisect_right if is_start else bisect.bisect_left)(self._at, position)
        return self.cuts[index - 1][1] if index else 0
