"""What a repair is: an :class:`Edit`, a stretch of the original and what stands for it in
the repaired view (:mod:`kamerstuk.text.repair`), and its kind, which says how the checks judge
the citation it is in. The rules (:mod:`kamerstuk.text.layout`, :mod:`kamerstuk.text.spelling`)
make edits; the view applies them.

>>> Edit(3, 5, "", LAYOUT).cut
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

__all__ = ["LAYOUT", "LOOKAHEAD", "MARKUP", "SPELLING", "Edit", "within"]

#: Damage that is no part of the wording (the checks judge the repaired text).
LAYOUT = "layout"
#: The wording written otherwise (the checks judge the text as written).
SPELLING = "spelling"
#: Markup (markdown markers and escapes, footnote marks): layout, which a fix of the citation
#: would drop.
MARKUP = "markup"


@attrs.frozen
class Edit:
    """``original[start:end]`` stands as ``text`` in the repaired view (``""``: cut out)."""

    start: int
    end: int
    text: str
    kind: str

    @property
    def cut(self) -> bool:
        return not self.text


#: How far past a part's end the layout patterns read (a line-end hyphen's spaces, the line
#: after it): the scan for a part stops there, not at the end of the text.
LOOKAHEAD = 64


def within(
    pattern: re.Pattern[str], original: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` that start in ``original[start:end]``, each seen with the
    text after ``end`` (where a part of a text ends, its lookaheads see what the whole has:
    the layout patterns look a few characters ahead at most)."""
    for m in pattern.finditer(original, start, min(len(original), end + LOOKAHEAD)):
        if m.start() >= end:
            return
        yield m
