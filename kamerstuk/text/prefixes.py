"""Where a KOOP identifier written in running text starts, found from the dash after its
prefix ("kst-33694-20", "h-tk-20192020-45-6", and the old running numbers "kv-2009Z04193",
"nds-18880", "ag-4810").

Every prefix grammar.lark's IDENTIFIER reads is proposed, with its chamber; the prefixes that
also stand alone before an old running number (h, ah, ag, kv, nds) are proposed so only before
four digits or more, as KOOP's are: "h-1" or "kv-a" in prose is no identifier. (The old
"nds-ocw0400129" forms, a ministry's letters first, are not proposed: the anchors look at a
dash before a digit only, and text all but never cites them.)

>>> identifier_start("Zie kst-33694-20.", 7), identifier_start("zie h-1", 5)
(4, None)
>>> identifier_start("de covid-19", 8) is None
True
"""

from __future__ import annotations

import re

from .lazy_patterns import LazyPattern
from .leads import GLUE

__all__ = ["identifier_start"]

_PREFIX = LazyPattern(
    r"(?:kst|h|ah|kv|stb|stcrt|trb|gmb|prb|wsb|bgr|blg|nds|ag)(?:-(?:tk|ek|vv))?$",
    re.IGNORECASE,  # identifiers are read in any case (kamerstuk.model.identifier_case)
)
_ALONE = frozenset(("h", "ah", "ag", "kv", "nds"))
_OLD_NUMBER = LazyPattern(r"[0-9]{4}")
# The letters a prefix ends in: any other letter before a dash is passed by at once.
_ENDS = frozenset("bghkrstvBGHKRSTV")
# The longest prefix with its chamber: "nds-tk".
_LONGEST = 6


def identifier_start(text: str, dash: int) -> int | None:
    """Where the identifier whose prefix ends at the dash at ``dash`` starts; None where no
    prefix ends there, or one is glued to the word before it ("covid-19", "bag-12")."""
    if text[dash - 1] not in _ENDS:
        return None
    prefix = _PREFIX.search(text, max(0, dash - _LONGEST), dash)
    if prefix is None or (prefix.start() and text[prefix.start() - 1] in GLUE):
        return None
    if prefix.group().lower() in _ALONE and not _OLD_NUMBER.match(text, dash + 1):
        return None
    return prefix.start()
