"""Where an old Kamerstuk is cited by its session, dossier and stuk, as its pages were headed
until the 1960s: "Zitting 1957-1958-5642: Nr. 607", "zitting 1961-1962 - 6712, Nr. 4".

The dossiers of those years have four digits as often as five, and no head word need come
first; the number-led proposers look only for five-digit dossiers before a stuk, so the session
is proposed here. The grammar reads the citation (its ``SESSION_NRKW`` takes the colon only
after such a session and dossier) and decides what it is.

>>> import re
>>> text = "Zie Zitting 1957-1958-5642: Nr. 607."
>>> [session_start(m, text) for m in re.finditer(SESSION, text)]
[4]
"""

from __future__ import annotations

import re

from .leads import SP

__all__ = ["SESSION", "session_start"]

#: A session ("Zitting 1957-1958"), a dash and a dossier of four or five digits, then a colon or
#: comma and "Nr.": only where a stuk follows is a session and a number a citation.
SESSION = (
    rf"(?<![^\W_])(?:[Zz]itting|ZITTING){SP}+(?:1[89]|20)[0-9]{{2}}{SP}?[\-\u2013]{SP}?"
    rf"(?:1[89]|20)[0-9]{{2}}{SP}?[\-\u2013\u2014]{SP}?[1-9][0-9]?{SP}?[0-9]{{3}}{SP}?[:,]{SP}*"
    r"(?i:nr|no)\.?"
)


def session_start(match: re.Match[str], text: str) -> int:
    """The start of the session's word: where the citation starts."""
    return match.start()
