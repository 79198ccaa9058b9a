"""Where an old Kamerstuk is cited by its session, dossier and stuk, as its pages were headed
until the 1960s: "Zitting 1957-1958-5642: Nr. 607", "zitting 1961-1962 - 6712, Nr. 4".

The dossiers of those years have four digits as often as five, a colon may stand before the
stuk's "Nr.", and no head word need come first: the look back from a "Nr." for the dossier it
closes (:func:`~kamerstuk.text.anchors.before_keyword`) finds neither, so it asks here for the
session before it. The grammar reads the citation (its ``SESSION_NRKW`` takes the colon only
after such a session and dossier) and decides what it is. No pass of its own over the text:
only the few "Nr."s that close no other dossier are looked at.

>>> text = "Zie Zitting 1957-1958-5642: Nr. 607."
>>> session_before(text, text.index("Nr."))
4
>>> session_before("Zie 1957-1958-5642: Nr. 607.", 20) is None
True
"""

from __future__ import annotations

import re

from .leads import SP

__all__ = ["session_before"]

# A session ("Zitting 1957-1958"), a dash and a dossier of four or five digits, then a colon or
# comma, right before the "Nr." looked back from.
_SESSION = re.compile(
    rf"(?<![^\W_])(?i:zitting){SP}+(?:1[89]|20)[0-9]{{2}}{SP}?[\-\u2013]{SP}?"
    rf"(?:1[89]|20)[0-9]{{2}}{SP}?[\-\u2013\u2014]{SP}?[1-9][0-9]?{SP}?[0-9]{{3}}{SP}?[:,]{SP}*$"
)
# How far before the "Nr." the session's word may start: "Zitting 1957 - 1958 - 10 423 : ".
_REACH = 48


def session_before(text: str, at: int) -> int | None:
    """Where the session before the number keyword at ``at`` starts; None where there is none
    (a colon or comma must end the text before it)."""
    before = text[max(0, at - _REACH) : at].rstrip()
    if before[-1:] not in (":", ","):
        return None
    session = _SESSION.search(text, max(0, at - _REACH), at)
    return None if session is None else session.start()
