"""A stuk named by its kind, its number in brackets after the name: "(Kamerstukken II 2013/14,
33 990, nr. 3, p. 5) en de nota naar aanleiding van het verslag (nr. 6, p. 8)" names stuk 6 of
dossier 33 990, as "stuk nr. 6" would (kamerstuk.text.backrefs resolves both).

Only the name of a kind of Kamerstuk before the bracket makes a bare "(nr. 6)" a stuk: the
memorie van toelichting or van antwoord, a (nader, voorlopig, eind) verslag and the nota naar
aanleiding of one, a nota van wijziging, an amendment, a motion, a letter, the advice of the
Raad van State, and their abbreviations (MvT, NnavV, NvW, ...). After any other word ("het
Gemeenteblad (nr. 6)", "aanbeveling (nr. 6)", "woning (nr. 6)") the bracket is left unread.
The grammar's NAMED_NRKW repeats this look (a regex here proposes where to look; the grammar
decides).

>>> text = "(33 990, nr. 3) en de memorie van antwoord (nr. 6, p. 8)"
>>> named_stuk(text, text.index("nr. 6")), named_stuk("het Gemeenteblad (nr. 6)", 18)
(43, None)
"""

from __future__ import annotations

import re

from .lazy_patterns import LazyPattern
from .register_lines import listed_stuk

__all__ = ["KINDS", "listed_or_named", "named_stuk"]

#: The names of the kinds of Kamerstuk a bracketed number may follow (each ends a name: "nota
#: naar aanleiding van het verslag" ends in "verslag"), as the grammar's NAMED_NRKW lists them.
KINDS = (
    "toelichting",
    "memorie van antwoord",
    "verslag",
    "nota van wijziging",
    "nota's van wijziging",
    "amendement",
    "amendementen",
    "motie",
    "moties",
    "brief",
    "Raad van State",
    "MvT",
    "MvA",
    "NnavV",
    "NNavV",
    "NV",
    "VV",
    "EV",
    "NvW",
)
_KIND_BEFORE = LazyPattern(
    r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in KINDS) + r")[ \u00a0]\([ \u00a0]?$",
    re.IGNORECASE,
)
# The bracket and the name before it fit in this many characters before the "nr.".
_REACH = 26
# What the bracket holds: a number, perhaps a list or a pinpoint, and the bracket's end.
_NUMBERED = LazyPattern(r"(?i:nrs?)\.?[ \u00a0]?[0-9]{1,4}[a-z]?\b[^()\n]{0,30}\)")


def named_stuk(text: str, at: int) -> int | None:
    """Where the bracket opens when the "nr." at ``at`` follows the name of a kind of stuk in
    it ("de memorie van toelichting (nr. 3, p. 5)"); else None."""
    if "(" not in text[max(0, at - 2) : at] or not _NUMBERED.match(text, at):
        return None
    kind = _KIND_BEFORE.search(text, max(0, at - _REACH), at)
    return None if kind is None else text.rindex("(", 0, at)


def listed_or_named(text: str, at: int) -> int | None:
    """Where the bracket opens when the "nr." at ``at`` is a listed stuk
    (:func:`~kamerstuk.text.register_lines.listed_stuk`) or a stuk named by its kind; else None."""
    listed = listed_stuk(text, at)
    return named_stuk(text, at) if listed is None else listed
