"""Where written questions named by who asked them start, before their zaak number in brackets.

"Schriftelijke vragen van het lid Bromet (2021Z05678)", "vragen van de leden Kuik en Omtzigt
over de toeslagen (2021Z01234)", "... (ingezonden 17 maart 2023), 2023Z04567": the Tweede
Kamer's number of the questions follows their askers and subject, in brackets or after a comma.
The grammar decides (grammar.lark's KV_ASKED, which reads the words between); this module only
proposes the place to parse from, looked for back from the number, as
:mod:`kamerstuk.text.anchors` does for "vragen (2021Z05678)".

>>> text = "Antwoord op vragen van het lid Van Raan over vuurwerk (2018Z12433)."
>>> asked(text, text.index("2018Z"), 55) == (text.index("vragen"), 55)
True
>>> asked("De motie van het lid Van Raan (2018Z12433).", 31, 31)
31
"""

from __future__ import annotations

from .lazy_patterns import LazyPattern
from .leads import SP, Starts

__all__ = ["asked"]

# How far back the word "vragen" may stand from the number: the askers and a subject of a line
# or two (grammar.lark's KV_ASKED reads at most 200 characters between).
_REACH = 260
# "(schriftelijke) vragen" or "Kamervragen", "van het (Kamer)lid" or "van de (Kamer)leden" (or
# "gesteld door het lid", "van de heer", as grammar.lark's KV_ASKED), the names and subject (a
# party in brackets among them), and the bracket of the number.
_ASKED = LazyPattern(
    rf"(?<![\w])(?i:(?:schriftelijke{SP}+)?vragen|kamervragen){SP}+"
    rf"(?i:van|(?:gesteld|ingediend|ingezonden){SP}+door){SP}+(?:(?:(?i:het|de){SP}+)?"
    rf"(?i:(?:tweede{SP}+)?(?:kamer)?(?:lid|leden))|(?i:de{SP}+heer|mevrouw))(?![a-z])"
    rf"(?:[^()]|\((?!{SP}*20[0-9]{{2}}Z)[^()\n]{{1,30}}\)"
    # (the day they were sent in, closed, or open before the number: "(ingezonden 6 juli 2020, ")
    rf"|\((?i:ingezonden|ontvangen)[^()\n]{{1,25}}(?:\)|(?=,{SP}*$))){{1,200}}?[(,]{SP}*$"
)


# The bracket or comma before the number, and a word between ("(kenmerk 2021Z05678)", grammar.lark's
# KV_KENMERK).
_OPENED = LazyPattern(
    rf"[(,]{SP}*(?:(?i:(?:met{SP}+)?(?:kenmerk|zaaknummer)|met{SP}+(?:nummer|nr\.?)|nr\.?)(?:{SP}*:)?{SP}*)?$"
)
# The Tweede Kamer's page of written questions up to its zaak number (grammar.lark's KV_TKLINK),
# and how far before the number it may start.
_TK_PAGE = LazyPattern(
    r"(?:https?://)?(?:www\.)?tweedekamer\.nl/kamerstukken/(?:kamervragen|schriftelijke_vragen)"
    r"/detail\?(?:did=20[0-9]{2}D[0-9]{5}&(?:amp;)?)?id=$"
)
_TK_PAGE_REACH = 110
# (How far before the number that bracket may be.)
_OPENED_REACH = 24


def asked(text: str, start: int, zaak: Starts) -> Starts:
    """``zaak`` (where the number at ``start`` is proposed), and before it where written
    questions are named by their askers in front of its bracket, or where the Tweede Kamer's
    page of them starts ("https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=...").

    >>> link = "Zie tweedekamer.nl/kamerstukken/kamervragen/detail?id=2020Z04567."
    >>> asked(link, link.index("2020Z"), 54)
    (4, 54)
    """
    if not isinstance(zaak, int):
        return zaak
    if text[start - 1 : start] == "=":
        page = _TK_PAGE.search(text, max(0, start - _TK_PAGE_REACH), start)
        return zaak if page is None else (page.start(), zaak)
    if text[start - 1 : start] not in _BEFORE_NUMBER:
        return zaak
    bracket = _OPENED.search(text, max(0, start - _OPENED_REACH), start)
    if bracket is None:
        return zaak
    found = _ASKED.search(text, max(0, start - _REACH), bracket.start() + 1)
    return zaak if found is None else (found.start(), zaak)


# The characters a number may follow here: the bracket, the space, the colon of "kenmerk:".
_BEFORE_NUMBER = frozenset("(, \t\u00a0:")
