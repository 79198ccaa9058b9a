"""The head words of citations as find()'s proposers know them, and how a damaged one is
recognised: in another case ("stb.", "STAATSCOURANT"), or misread by OCR ("Karnerstukken",
"Handelmgen", "Kamerstukke").

A word is only compared here when a citation-shaped number follows it
(:mod:`kamerstuk.text.spelling`); the comparison itself is cheap and cached.

>>> canonical("staatscourant"), canonical("STB."), canonical("Karnerstukken")
('Staatscourant', 'Stb.', 'Kamerstukken')
>>> canonical("Stadsblad") is None
True
"""

from __future__ import annotations

import functools

__all__ = ["BETWEEN", "HEADS", "PHRASES", "canonical", "distance", "in_citation"]

# Each head word in the case find()'s proposers look for (kamerstuk.text.heads): a capital
# first letter finds every one of them. Keyed by the word in lower case.
_WORDS = [
    "Kamerstukken",
    "Kamerstuk",
    "Kamerstuknummer",
    "Kamerbrief",
    "Kamerbrieven",
    "Kamervragen",
    "Vraagnummer",
    "Kamerst.",
    "Kst.",
    "Wetsvoorstel",
    "Wetsvoorstellen",
    "Wetsontwerp",
    "Handelingen",
    "Hand.",
    "Aanhangsel",
    "Aanhangsels",
    "Staatsblad",
    "Staatscourant",
    "Stb.",
    "Stb",
    "Stcrt.",
    "Stcrt",
    "Tractatenblad",
    "Trb.",
    "Trb",
    "Gemeenteblad",
    "Gmb.",
    "Gmb",
    "Provincieblad",
    "Prb.",
    "Prb",
    "Waterschapsblad",
    "Wsb.",
    "Wsb",
    "Bgr.",
    "Bgr",
    # The longer abbreviations of older and local writing (known whole, so that the long ones
    # are not taken for a misread word: "Gemeentebl." is no "Gemeenteblad.").
    "Stbl.",
    "Stbl",
    "Staatsbl.",
    "Staatsbl",
    "Stct.",
    "Stct",
    "Staatscour.",
    "Staatscour",
    "Tractatenbl.",
    "Gemeentebl.",
    "Waterschapsbl.",
]
HEADS = {word.lower(): word for word in _WORDS}
# The short gazette heads with OCR's l for t, known whole (one letter off is not read in a short
# word, but this one misreading of a scan is): "Slb. 2019, 511", "Slcrt. 2018, 37045".
HEADS.update(
    {"slb.": "Stb.", "slb": "Stb", "slcrt.": "Stcrt.", "stcrl.": "Stcrt.", "slcrl.": "Stcrt."}
)
#: Heads of two or three words, keyed by their last word in lower case: the words before it,
#: and the whole as the proposers know it.
PHRASES = {
    "blad": (("provinciaal",), "Provinciaal blad"),
    "regeling": (("blad", "gemeenschappelijke"), "Blad gemeenschappelijke regeling"),
    "hand.": (("aanh.",), "Aanh. Hand."),
    "handelingen": (("aanhangsel",), "Aanhangsel Handelingen"),
    "vragen": (("schriftelijke",), "Schriftelijke vragen"),
}
#: Words that stand between a head word and its numbers: chamber, vergaderjaar, a date's
#: month, the Staatsblad's full title; and the keywords before a number.
_BETWEEN_WORDS = (
    "tweede eerste kamer der staten-generaal ii i tk ek vv il li ll vergaderjaar zittingsjaar"
    " zitting jaargang van het koninkrijk nederlanden januari februari maart april mei juni juli"
    " augustus september oktober november december jan feb mrt apr jun jul aug sep sept okt nov"
    " dec"
)
BETWEEN = frozenset(_BETWEEN_WORDS.split(" "))
_KEYWORDS = frozenset(("nr", "nrs", "no", "nos", "nummer", "p", "pp", "blz", "item", "letter"))
_PHRASE_WORDS = frozenset(w for last, (words, _) in PHRASES.items() for w in (last, *words))
# Misreadings OCR makes of one letter or two, each counted as one slip.
_CONFUSED = (
    ("rn", "m"), ("in", "m"), ("ni", "m"), ("cl", "d"), ("li", "h"), ("vv", "w"), ("ri", "n"),
)  # fmt: skip
_ENDINGS = frozenset(c for pair in _CONFUSED for c in (pair[0][-1], pair[1][-1]))
# Abbreviations and short words are only recognised whole (in any case): one letter off,
# "Stb" is "Sth" or "Stad".
_FUZZY_FROM = 9


def canonical(word: str) -> str | None:
    """The head ``word`` stands for, as the proposers know it; None when it is none.

    Any case is read. A word of at least nine letters may have one slip (a letter dropped,
    added or misread, also two letters misread as one: "rn" for "m"), one of eleven or more
    two; its first letter must be right ("behandelingen" is no "handelingen").
    """
    lower = word.lower()
    if "1" in lower or "0" in lower:  # (str.translate is slow on text beyond Latin-1)
        lower = lower.replace("1", "l").replace("0", "o")
    exact = HEADS.get(lower)
    if exact is not None:
        return exact
    if lower.endswith("."):
        return None  # an abbreviation, or a word at the end of a sentence
    if len(lower) < _FUZZY_FROM - 1:
        return None
    return _nearest(lower)


def in_citation(word: str) -> bool:
    """True when ``word`` may stand in a citation before its numbers: a head word (see
    :func:`canonical`), a chamber, a vergaderjaar's or date's word, a keyword such as "nr.".

    >>> in_citation("Stb."), in_citation("nr."), in_citation("Brieven")
    (True, True, False)
    """
    bare = word.rstrip(".").lower()
    return (
        bare in BETWEEN
        or bare in _KEYWORDS
        or word.lower() in _PHRASE_WORDS
        or canonical(word) is not None
        or (word[-1:].isalpha() and canonical(word + ".") is not None)  # "*Hand* I 2020"
    )


@functools.lru_cache(maxsize=4096)
def _nearest(lower: str) -> str | None:
    for key, head in HEADS.items():
        if len(key) < _FUZZY_FROM or key[0] != lower[0] or abs(len(key) - len(lower)) > 2:
            continue
        allowed = 2 if len(key) >= 11 else 1
        if _ends_agree(lower, key, allowed) and distance(lower, key, allowed) <= allowed:
            return head if _blad_kept(lower, key) else None
    return None


def _blad_kept(lower: str, key: str) -> bool:
    """False when a gazette's head word's slips fall in its "blad": then it is another word
    made of the same first part ("gemeenteraad", "Gemeentestad", "provincieraad", "gemeenteblog"),
    not "Gemeenteblad" misread. One slip there is OCR's ("Gemeentebiad", "Gemeentebla")."""
    return not key.endswith("blad") or any(distance(lower[-n:], "blad", 1) <= 1 for n in (3, 4, 5))


def _ends_agree(one: str, other: str, allowed: int) -> bool:
    """A quick test that ``one`` may be within ``allowed`` slips of ``other``: each slip
    touches at most two letters, so the rest must agree from the two ends."""
    shorter = min(len(one), len(other))
    front = 0
    while front < shorter and one[front] == other[front]:
        front += 1
    back = 0
    while back < shorter - front and one[-1 - back] == other[-1 - back]:
        back += 1
    return front + back >= len(other) - 2 * allowed


@functools.lru_cache(maxsize=4096)
def distance(one: str, other: str, limit: int = 2) -> int:
    """The edit distance of ``one`` to ``other``, with OCR's two-for-one misreadings ("rn" for
    "m") as one edit; any value above ``limit`` is given as ``limit + 1``.

    >>> distance("karnerstukken", "kamerstukken"), distance("handelmgen", "handelingen")
    (1, 1)
    """
    worst = limit + 1
    previous = list(range(len(other) + 1))
    rows = [previous]
    for i in range(1, len(one) + 1):
        row = [i] + [worst] * len(other)
        # Cells further than `limit` from the diagonal cost more than `limit`: not worked out.
        for j in range(max(1, i - worst), min(len(other), i + worst) + 1):
            best = min(previous[j] + 1, row[j - 1] + 1)
            best = min(best, previous[j - 1] + (one[i - 1] != other[j - 1]))
            if one[i - 1] in _ENDINGS or other[j - 1] in _ENDINGS:
                for a, b in _CONFUSED:
                    best = min(best, _confusion(rows, one, other, i, j, a, b))
            row[j] = min(best, worst)
        if min(row) > limit:
            return worst
        rows.append(row)
        previous = row
    return min(previous[-1], worst)


def _confusion(rows: list[list[int]], one: str, other: str, i: int, j: int, a: str, b: str) -> int:
    """The cost up to (i, j) when ``one`` ends in ``a`` where ``other`` ends in ``b`` or the
    other way round (a two-for-one misreading), or more than any real cost."""
    if i >= len(a) and j >= len(b) and one[i - len(a) : i] == a and other[j - len(b) : j] == b:
        return rows[i - len(a)][j - len(b)] + 1
    if i >= len(b) and j >= len(a) and one[i - len(b) : i] == b and other[j - len(a) : j] == a:
        return rows[i - len(b)][j - len(a)] + 1
    return len(one) + len(other)
