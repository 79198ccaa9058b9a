"""Where a broken citation may begin that find() does not look: the checks' extra starts.

find() proposes a start only where a whole citation can begin (:mod:`kamerstuk.text.candidates`).
A citation cut short can begin elsewhere too: at a head word with no number soon after it
("Kamerstuk nr."), or at a dossier with nothing after its hyphen or its "nr." ("33694-",
"25 424, nr."). The head words are the grammar's own (its terminals), found fast.

>>> text = "Zie Kamerstuk nr. en 33694- hier."
>>> [text[at:at + 9] for at in extra_starts(text)]
['Kamerstuk', '33694- hi']
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Iterator

from ..grammar import tables
from ..text.candidates import back_references

__all__ = ["BLOCK", "extra_starts", "head_end", "head_in", "head_pattern", "head_starts"]

# A dossier with a hyphen, or with "nr.", and nothing after it ("33694-", "25 424, nr."),
# which candidates.starts() does not propose.
# The digit comes first, the lookbehinds after it, so that re skips to digits quickly.
_DANGLING_DOSSIER = re.compile(
    r"[1-9](?<![\w\-/.,\u20ac][1-9])(?<!\u20ac[ \u00a0][1-9])[0-9][\u00a0\u2009\u202f ]?[0-9]{3}"
    r"(?:-(?:[0-9]{2}|[IVX]+[AB]?|[A-M]|\(R[0-9]{3,4}\)))*"
    r"(?:[\-\u2013](?=[\s\u00a0]|$|[)\];,.])"
    r"|(?: [A-M]|[ -][IVX]+[AB]?)?,? ?nrs?\.(?![\s\u00a0]*[0-9]))"
)


def extra_starts(text: str) -> Iterator[int]:
    """Where a broken citation may start that find() does not propose, ascending: dossiers with
    a dangling hyphen, and head words with no digit soon after them, which find() passes over
    (no whole citation can start there, a cut-off one can); and back-references ("t.a.p.")
    before the first citation, which find() does not look for (they refer to nothing: KS402).
    Found as the scan asks for them, so that no list of every start is kept."""
    dangling = (m.start() for m in _DANGLING_DOSSIER.finditer(text))
    return heapq.merge(dangling, head_starts(text), back_references(text, 0))


# How every head word of the grammar begins, lower-cased: a fast first pass over the text for
# the extra starts (the head words are case-insensitive alternations, which re cannot skip
# ahead to), each hit then confirmed by the grammar's own pattern. A test keeps them in step.
_HEAD_BEGINNINGS = re.compile(
    "kamer|kst|wetsv|bijl|hand|aanh|stb|stcrt|trb|gmb|prb|wsb|bgr|staats|tractaten|gemeenteb"
    "|provinciaal|waterschapsb|blad|vraagn|zaakn"
)


def head_starts(text: str) -> Iterator[int]:
    """Where the grammar's head words start in ``text`` (not after a letter), as a search of
    ``text`` with the grammar's pattern finds them, one after the other."""
    end = 0
    for hit in _head_hits(text):
        if hit is None or hit.start() < end:
            continue  # not a head word, or inside the one before ("Aanhangsel Handelingen")
        end = hit.end()
        if not (hit.start() and text[hit.start() - 1].isalpha()):
            yield hit.start()


#: Characters lower-cased at a time to look for head words: a block, not a copy of the text.
BLOCK = 1 << 16
# The longest of _HEAD_BEGINNINGS: a block is lower-cased with this much of the next one, so
# that a beginning across the edge is seen (from the block it starts in).
_LONGEST_BEGINNING = 12


def _head_hits(text: str) -> Iterator[re.Match[str] | None]:
    """The grammar's head pattern matched at each place a head word may begin, in order: where
    a search of ``text.lower()`` for a beginning finds one, that text lower-cased a block at a
    time."""
    heads = head_pattern()
    # "İ" is the one letter whose lower case is longer (two characters): offsets into the
    # lower-cased text would not line up, so such a text is searched with the pattern itself.
    if "\u0130" in text:
        yield from heads.finditer(text)
        return
    searched = 0  # where the search of the lower-cased text goes on: after the last beginning
    for low in range(0, len(text), BLOCK):
        high = min(len(text), low + BLOCK)
        lowered = text[low : high + _LONGEST_BEGINNING].lower()
        for m in _HEAD_BEGINNINGS.finditer(lowered, max(0, searched - low)):
            if m.start() >= high - low:
                break  # found again, from the next block
            searched = low + m.end()
            yield heads.match(text, low + m.start())


@functools.lru_cache(maxsize=1)
def head_pattern() -> re.Pattern[str]:
    """The grammar's head words, which open a citation."""
    names = (
        "KST_WORD",
        "BIJLAGE",
        "HAND_WORD",
        "AANH_WORD",
        "KV_WORD",
        "BLAD_WORD",
        "STCRT_WORD",
        "LOCAL_WORD",
        # Not CHAMBER_HEAD: "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1" is a page
        # header, not a citation cut short; before a dossier find() proposes it anyway.
    )
    terms = tables.load().terminals  # the shipped tables: no Lark to import
    return re.compile("|".join(f"(?:{terms[n]})" for n in names))


def head_in(text: str, low: int, high: int) -> int | None:
    """Where the last head word in ``text[low:high]`` starts (a citation begun after a list
    separator), or None."""
    heads = list(head_pattern().finditer(text, low, high))
    return heads[-1].start() if heads else None


def head_end(text: str, at: int) -> int:
    match = head_pattern().match(text, at)
    return match.end() if match else at
