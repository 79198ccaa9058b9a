"""A markdown link whose text cites a document and whose target is that document's address.

``[Kamerstuk 35 300, nr. 5](https://zoek.officielebekendmakingen.nl/kst-35300-5.html)`` names
one document once: find() gives one match, the link text's, as it does for an HTML link
(``<a href="...">Kamerstuk 35 300, nr. 5</a>``, whose tag is markup and never read). A target
that names another document than its text, or a link whose text cites nothing
(``[hier](https://...kst-35300-5.html)``), keeps the target's match.

>>> text = "[Stb. 2019, 1](https://zoek.officielebekendmakingen.nl/stb-2019-1.html)"
>>> target = text.index("https")
>>> repeats_text(text, target, "stb-2019-1", len("[Stb. 2019, 1"), "stb-2019-1")
True
>>> repeats_text(text, target, "stb-2019-2", len("[Stb. 2019, 1"), "stb-2019-1")
False
"""

from __future__ import annotations

import re

__all__ = ["TARGET_OPENS", "repeats_text"]

#: What stands right before a link target's address: "](" or "](<" (at most two characters
#: before the target's match are looked at first, so that other matches cost one slice).
TARGET_OPENS = frozenset({"](", "(<"})
# The rest of the link text after the citation in it, then the bracket and the target's opening
# ("[Kamerstuk 35 300, nr. 5, p. 3](", "[zie Stb. 2019, 1 (de wet)](<"): one line, no bracket.
_REST = re.compile(r"[^\[\]\n]{0,80}\]\(<?")
# The link text's opening before the citation: its "[", and at most 80 characters of one line.
_OPENING = re.compile(r"\[[^\[\]\n]{0,80}$")


def repeats_text(
    text: str, start: int, identifier: str | None, before_end: int, before: str | None
) -> bool:
    """Whether the match at ``start`` (with ``identifier``) is the target of a markdown link
    whose text holds the match before it (ending at ``before_end``, with ``before``) and cites
    the same document."""
    if identifier is None or identifier != before:
        return False
    rest = _REST.match(text, before_end, start)
    if rest is None or rest.end() != start:
        return False
    return _OPENING.search(text, max(0, before_end - 200), before_end) is not None
