"""Proposers for the short forms that refer back to a citation: "t.a.p.", "ibid.", "aldaar",
"idem" (kamerstuk.text.candidates asks for them only once a citation has been read).

>>> pattern, trace = short_forms()[0]
>>> [trace(m, "Zie t.a.p., p. 4") for m in pattern.finditer("Zie t.a.p., p. 4")]
[4]
"""

from __future__ import annotations

import functools
import re

from .leads import Tracer

__all__ = ["short_forms"]


def _by_d(match: re.Match[str], text: str) -> int | None:
    """ "ibid(em)", "aldaar", "idem", all found by their "d": the word starts at its first
    letter (i or I, a or A) before the "bid", "ld" or "d"."""
    at = match.start()
    if text[at - 1] in "lL":
        first, lead = at - 2, "aA"  # aldaar
    elif text[at - 2 : at] in ("bi", "BI"):
        first, lead = at - 3, "iI"  # ibid, ibidem
    else:
        first, lead = at - 1, "iI"  # idem
    return _word_start(text, first) if first >= 0 and text[first] in lead else None


def _tap(match: re.Match[str], text: str) -> int | None:
    """ "t.a.p." (also "T.a.p.", "t. a. p."), found by its rarer "p" after "a." or "a. "."""
    at = match.start() - (2 if text[match.start() - 2] in "aA" else 3)
    for before in ("t.", "T.", "t. ", "T. "):
        if text[max(0, at - len(before)) : at] == before:
            return _word_start(text, at - len(before))
    return None


def _word_start(text: str, at: int) -> int | None:
    """``at`` when a word starts there; the parenthesis before it, as in "(aldaar)"."""
    if at and text[at - 1].isalnum():
        return None
    return at - 1 if at and text[at - 1] == "(" else at


# Back-references: "t.a.p.", "ibid." and, where the grammar allows them, "aldaar" and "idem".
# They refer to a citation before them, so they are looked for only after the first other
# proposal (kamerstuk.text.candidates): no pass at all over text without citations.
_SHORT_FORMS: list[tuple[str, Tracer]] = [
    # Each opens with one letter alone, which re skips to fastest (see text/heads.py): "t.a.p."
    # by its "p"; "ibid(em)", "aldaar" and "idem" by the "d" they share, one pass for three
    # (the letter before it is checked first: a lookbehind of one character is cheap).
    (r"p(?:(?<=a\.p)|(?<=a\.\sp))(?![a-z])", _tap),
    (r"d(?<=[bliI]d)(?:(?<=bid)(?:em)?|(?<=ld)aar|(?<=[iI]d)em)(?![a-z])", _by_d),
    # The same in capitals ("IBID., P. 7", "T.A.P." in a line of capitals), passes of their own:
    # a set of two letters would lose re's skip to the literal.
    (r"P(?:(?<=A\.P)|(?<=A\.\sP))(?![A-Za-z])", _tap),
    (r"D(?<=[BLI]D)(?:(?<=BID)(?:EM)?|(?<=LD)AAR|(?<=ID)EM)(?![A-Za-z])", _by_d),
]


@functools.cache
def short_forms() -> list[tuple[re.Pattern[str], Tracer]]:
    """The back-reference proposers (see _SHORT_FORMS), compiled on first use."""
    return [(re.compile(pattern), trace) for pattern, trace in _SHORT_FORMS]
