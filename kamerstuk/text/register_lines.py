"""The lines of a register of stukken under their dossier, as the Handelingen and the
besluitenlijsten print them: a dossier's heading, then one stuk a line.

    35 300 VIII Vaststelling van de begrotingsstaten ...
    nr. 45 Motie van het lid Westerveld over ...
    - nr. 46 motie-Kwint (verworpen)

A line that opens with "nr." and a number and goes on with a title is proposed where the line
before it is such a line or names its dossier (a heading, "Kamerstuk 35 300 VIII"); the grammar
reads it as a stuk of the dossier cited last (a short form). A Kamerstuk's own heading, "Nr. 45
MOTIE VAN HET LID ...", has its title in capitals: it names the paper being read, not one it
cites, and the grammar leaves it (as the labelled corpus does).

>>> text = "35 300 VIII Begroting OCW\\nnr. 45 Motie Westerveld\\nnr. 46 Motie Kwint"
>>> [register_line(text, text.index(n)) for n in ("nr. 45", "nr. 46")]
[True, True]
>>> register_line("Kavels:\\nnr. 12 Hoofdstraat\\nnr. 13 Kerkstraat", 27)
False
"""

from __future__ import annotations

import re

__all__ = ["register_line"]

# Where "nr." may open a register line: the line's start, or a dash or bullet of a list.
_OPENING = re.compile(r"[ \t]*(?:[-\u2013\u2022*][ \t]+)?$")
# A register line itself (from its start): "nr. 45 Motie ...", "- nr. 46 motie-Kwint".
_REGISTER = re.compile(
    r"[ \t]*(?:[-\u2013\u2022*][ \t]+)?(?i:nrs?)\.?[ \t]*[0-9]{1,4}[a-z]?[ \t]+(?:[A-Z][a-z]|[a-z])"
)
# A line that names the dossier the register is of: its heading ("35 300 VIII Vaststelling",
# "35 300-VIII Begroting OCW", "1. 35 300 VIII"), or a head word and the dossier alone
# ("Kamerstuk 35 300 VIII", "Wetsvoorstel 35 925").
_DOSSIER_LINE = re.compile(
    r"[ \t]*(?:[0-9]{1,2}\.[ \t]+)?(?:(?i:kamerstuk(?:ken)?|wetsvoorstel)[ \t]+)?"
    r"[1-9][0-9](?:[ \t\u00a0]?|\.)[0-9]{3}(?:(?:[ \t]+|[\-\u2013])(?:[IVX]+[AB]?|[A-M]))?"
    r"(?:[ \t]*:?[ \t]*$|[ \t]+[A-Z][a-z])"
)
# How many register lines may stand between a line and its dossier's.
_LONGEST = 200


def register_line(text: str, at: int) -> bool:
    """True when the "nr." at ``at`` opens a line of a register of stukken (see the module):
    the lines before it, blank ones aside, are register lines up to one that names a dossier."""
    start = text.rfind("\n", 0, at) + 1
    if not _OPENING.match(text, start, at) or not _REGISTER.match(text, start):
        return False
    end, seen = start - 1, 0
    while end > 0 and seen < _LONGEST:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        end = begin - 1
        if not line.strip():
            continue
        if _DOSSIER_LINE.match(line):
            return True
        if not _REGISTER.match(line):
            return False
        seen += 1
    return False
