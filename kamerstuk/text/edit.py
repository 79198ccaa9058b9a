"""What a repair is: an :class:`Edit`, a stretch of the original and what stands for it in
the repaired view (:mod:`kamerstuk.text.repair`), and its kind, which says how the checks judge
the citation it is in. The rules (:mod:`kamerstuk.text.layout`, :mod:`kamerstuk.text.spelling`)
make edits; the view applies them.

>>> Edit(3, 5, "", LAYOUT).cut
True
"""

from __future__ import annotations

import attrs

__all__ = ["LAYOUT", "MARKUP", "SPELLING", "Edit"]

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
