"""Where a link to a document or a zaak number found in running text starts: the tracers of
the anchors "/" after a host and "Z" in a zaak number (:mod:`kamerstuk.text.anchors`).

>>> import re
>>> text = "zie https://zoek.officielebekendmakingen.nl/kst-35300-5.html"
>>> link_start(re.compile("/").search(text, 40), text)
4
"""

from __future__ import annotations

import re

from .lazy_patterns import LazyPattern
from .leads import SP, Starts, unglued
from .questions import asked

__all__ = ["link_start", "zaak_start"]

_SP = SP
# The words before a zaak number that say what it is: a Kamervraag ("vraagnummer", "(schriftelijke)
# vragen"), or a zaak ("zaaknummer", "zaak", "zaken").
_ZAAK_YEAR = LazyPattern(r"20[0-9][0-9]")
# The letters _KV_HEAD's words end in, in any case as re reads it (an "s" may be a long s), and
# the colon of a field ("Vraagnummer: 2008Z09829").
_KV_ENDS = frozenset("gknrsGKNRS.:,\u017f\u212a")
_KV_HEAD = LazyPattern(
    rf"(?i:vraagnummer|(?:schriftelijke{_SP}+)?vragen|kamervra(?:ag|gen)|zaak(?:nummers?|nrs?\.?)?"
    rf"|zaken){_SP}*(?::{_SP}*)?(?:,{_SP}*)?(?:\({_SP}*)?"
    # (a comma or "(met) kenmerk" between: grammar.lark's KV_KENMERK)
    rf"(?:(?i:met{_SP}+)?(?i:kenmerk|zaaknummer|nummer|nrs?\.?){_SP}*(?::{_SP}*)?)?$"
)
_URL_HEAD = LazyPattern(
    r"(?:https?://)?(?:(?:zoek|www)\.)?(?:officielebekendmakingen|repository\.overheid|eerstekamer|tweedekamer)\.nl$"
)
# A link inside a longer address is part of that address, not a citation.
_URL_GLUE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/._")


def link_start(match: re.Match[str], text: str) -> int | None:
    """A link to a document: "https://zoek.officielebekendmakingen.nl/kst-35300-5.html", found
    by the "/" after its host and traced back to where the address starts."""
    at = match.start()
    window = text[max(0, at - 48) : at]
    head = _URL_HEAD.search(window)
    if head is None:
        return None
    start = at - len(window) + head.start()
    return None if start and text[start - 1] in _URL_GLUE else start


def zaak_start(match: re.Match[str], text: str) -> Starts:
    """ "2019Z12345": the Z is rare, the four digits of the year are before it; and a word
    that names it a Kamervraag before that ("vraagnummer 2023Z17840")."""
    start = match.start() - 4
    if start < 0 or not _ZAAK_YEAR.match(text, start):
        return None
    zaak, low = unglued(text, start), max(0, start - 40)
    # Where the last letter before the spaces and bracket cannot end a word of _KV_HEAD, its
    # search (at every place before the number) is spared: "- 2019Z...", "; 2019Z...".
    if zaak is None or text[low:start].rstrip().removesuffix("(").rstrip()[-1:] not in _KV_ENDS:
        return asked(text, start, zaak)  # "vragen van het lid Bromet (2021Z05678)"
    head = _KV_HEAD.search(text, low, start)
    if head is None or (head.start() and text[head.start() - 1].isalpha()):
        return asked(text, start, zaak)
    return head.start(), zaak
