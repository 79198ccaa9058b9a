"""A number of a citation that OCR has split with a space ("3 1 066", "nr. 1 35", "Stb.
2019, 1 32", "Handelingen II 2018/19, nr. 8 3, item 9"): its digits joined, where nothing else
can be meant. Asked by the spelling repair (:mod:`kamerstuk.text.spelling`) at a
citation-shaped comma whose head word it has found, for the number right after the comma (and
its "nr."), so text without citations pays nothing.

The digits after a space belong to the number only where the group runs to what closes a
field: a comma or semicolon before the next field, a closing bracket, or the end of the
sentence (a full stop before a space or the text's end). Before anything else they do not: a
month ("nr. 5 12 mei 2019" is nr. 5 and a date), a year, a page, "en", a unit or a table's next
column (a line break). A last group that is a year is a year ("nr. 5 2019."); six digits at
most make a number. Groups as a count is typeset ("31 066", "Stb. 2019, 37 045"), which the
grammar reads as they are, are left; after "nr." they are joined ("nr. 1 234": nr. 1234).

>>> text = "Kamerstukken II 2016/17, 3 1 066, nr. 1 35."
>>> [(e.start, e.end, e.text) for e in split_at(text, 25, False)]
[(25, 32, '31066')]
>>> [(e.start, e.end, e.text) for e in split_at(text, 38, True)]
[(38, 42, '135')]
>>> split_at("Kamerstukken II 2019/20, 35 300, nr. 5 12 mei 2019.", 37, True)
[]
>>> split_at("Kamerstukken II 2019/20, 35 300, nr. 5", 25, False)
[]
"""

from __future__ import annotations

import re

from .edit import SPELLING, Edit

__all__ = ["split_at", "split_number"]

# Groups of digits parted by single spaces (or a line break: the number wrapped over a line),
# up to what closes the field: a comma, semicolon, closing bracket or quote, a full stop that
# ends the sentence, or the text's end.
_SPLIT = re.compile(
    r"[0-9]{1,5}(?:(?:[^\S\n]|\n(?=[0-9]))[0-9]{1,5}){1,3}(?=[,;)\]\u201d\u2019\u00bb\"']|\s*[,;)\]]|\.(?:\s|$)|[^\S\n]*$)"
)
# A list's numbers after the first, whole, up to one that a space parts ("nr. 2, 3, 5 9").
_LIST = re.compile(r"(?:,[^\S\n][0-9]{1,5}(?![^\S\n]?[0-9]))*,[^\S\n](?=[0-9]{1,5}[^\S\n][0-9])")
# A year as the last group: the year of something else, not the number's digits.
_YEAR_LAST = re.compile(r"[^\S\n](?:1[89]|20)[0-9]{2}$")
# What may part the number's groups, as the quick look sees it.
_PARTS = (" ", "\n")
# The most digits a dossier, stuk or gazette number has.
_MOST = 6


def split_number(text: str, trigger: re.Match[str]) -> list[Edit]:
    """The number right after a citation's comma (or its "nr."), the ``number`` of the
    comma's ``trigger``, with the spaces OCR put in it taken out, as an edit; none where it is
    whole, runs on into other words, or is typeset as a count the grammar reads. So too the
    first split number of a list that goes on after it ("Stb. 2021, nr. 2, 5 9;")."""
    tail = trigger.end()
    found = []
    if text[tail : tail + 1] in _PARTS and text[tail + 1 : tail + 2].isdigit():
        found = split_at(text, trigger.start("number"), trigger.group("word") is not None)
        if not found:
            return []
        tail = found[0].end
    if text[tail : tail + 1] == ",":  # a list goes on: ", 5 9"
        item = _LIST.match(text, tail)
        # (typeset groups in a list open the next citation's dossier: "nr. 12, 35 300, nr. 4")
        found.extend(split_at(text, item.end(), False) if item is not None else ())
    return found


def split_at(text: str, at: int, after_nr: bool) -> list[Edit]:
    """The number at ``at`` (after "nr." when ``after_nr``) with OCR's spaces taken out."""
    split = _SPLIT.match(text, at)
    if split is None:
        return []
    written = split.group()
    groups = written.split()
    digits = "".join(groups)
    if len(digits) > _MOST or _YEAR_LAST.search(written) is not None:
        return []
    typeset = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if typeset and not after_nr:
        return []  # "31 066", "37 045": read as written
    return [Edit(at, split.end(), digits, SPELLING)]
