"""Operators of the robustness matrix for scanned text (OCR'd letters of the Algemene
Rekenkamer and older papers): a space inside a number, a field separator misread, and a letter
of a head word or of "nr." read as another of the same shape. Registered as the class ``scan``, the last: the matrix draws its cases from a generator
of their own (tests/matrix.py), so the cases of the classes before it stay as they were.

Each keeps the meaning for a careful reader (see damage_core), and so each applies only where
nothing else can be meant: a number is split only where it runs to a comma, semicolon or
bracket, or to the end of its sentence (``"nr. 1 35)"``), never before a word (``"nr. 5 12
mei"`` is a stuk and a date).

>>> import random
>>> from damage_core import HEAD, NUM, PROSE, SEP, YEAR, Piece, render
>>> pieces = [Piece("Stb.", HEAD), Piece(" ", SEP), Piece("2019", YEAR), Piece(", ", SEP),
...           Piece("132", NUM), Piece(").", PROSE, None)]
>>> render(split_number(pieces, random.Random(1)))[0]
'Stb. 2019, 1 32).'
>>> render(misread_separator(pieces, random.Random(1)))[0]
'Stb. 2019. 132).'
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

# (The classes before scan registered first, so that the classes keep their order.)
import damage_layout  # noqa: F401
import damage_text  # noqa: F401
import damage_unicode  # noqa: F401
from damage_core import (
    CHAMBER,
    DOSSIER,
    HEAD,
    LETTER,
    NRKW,
    NUM,
    SEP,
    SUFFIX,
    Piece,
    operator,
    where,
)

__all__ = ["misread_letter", "misread_separator", "split_number"]

# What may follow a number that a space has split: a comma, semicolon or closing bracket, or a
# full stop that ends the sentence (a space, a line break or the text's end after it).
_CLOSED = re.compile(r"[,;)]|\.(?:\s|$)|\s*$|\n")
# A dossier's five digits, written whole or as a count is typeset ("31066", "31 066").
_DOSSIER = re.compile(r"[1-9][0-9](?: ?)[0-9]{3}")
# A dossier and its chapter, and what may follow them bare: a stuk, a letter, another dossier.
_DOSSIERS, _BARE = (DOSSIER, SUFFIX), (NUM, LETTER, DOSSIER)


def _following(pieces: Sequence[Piece], index: int) -> str:
    return "".join(p.text for p in pieces[index + 1 :])


def _after_comma(pieces: Sequence[Piece], index: int) -> bool:
    """True when the number at ``index`` opens the field after a citation's comma, perhaps
    after its "nr." ("2016/17, 31 066", "31 066, nr. 135", "Stb. 2019, 132")."""
    before = pieces[max(0, index - 3) : index]
    if len(before) == 3 and before[1].role == NRKW and before[2].role == SEP:
        before = before[:1]
    return bool(before) and before[-1].role == SEP and "," in before[-1].text


def _split(number: str, rng: random.Random) -> str:
    """``number`` with a space put between two of its digits where it has none."""
    spots = [i for i in range(1, len(number)) if number[i - 1].isdigit() and number[i].isdigit()]
    if not spots:  # split once already into single digits ("1 0"): no place left
        return number
    at = rng.choice(spots)
    return number[:at] + " " + number[at:]


@operator("scan")
def split_number(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A space inside a dossier or a stuk, blad, vergadering or Aanhangsel number that opens
    a field after a citation's comma, as OCR puts one between letters set apart ("2016/17, 3 1
    066", "35 4 4 5", ", nr. 1 35", "Stb. 2019, 1 32"): where the number runs to a comma,
    semicolon, bracket or its sentence's end, the digits are one number for a reader; before a
    word they are not split (a date, a unit). (Numbers elsewhere, "(2 5 126)", "stuk nr. 1 9",
    "Stb. 32 8" after a date, are not read yet: a class of its own, left.)"""
    spots = [
        i
        for i in where(pieces, DOSSIER, NUM)
        if re.fullmatch(r"[0-9]{2,}|" + _DOSSIER.pattern, pieces[i].text)
        and _CLOSED.match(_following(pieces, i)) is not None
        and _after_comma(pieces, i)
    ]
    if not spots:
        return None
    at = rng.choice(spots)
    text = _split(pieces[at].text, rng)
    if pieces[at].role == DOSSIER and rng.random() < 0.4:
        text = _split(text, rng)  # "35 4 4 5"
    out = list(pieces)
    out[at] = Piece(text, pieces[at].role, pieces[at].mark)
    return out


@operator("scan")
def misread_separator(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The comma between two fields of a citation read as a full stop, semicolon or colon
    ("Kamerstukken II 2016/17. 34 550 XIII. nr. 4", "Stb. 2019. 511", "34 550 XIII; nr. 4"):
    a reader who knows the notation reads the fields as one citation. Not between the numbers
    of a list ("nrs. 4, 5"), where a semicolon would part them, nor between a dossier (or its
    chapter) and a bare number or letter after it ("27.626XIV; 48", "10 002: 10 008", "22 946;
    N"): without a keyword that says it is the stuk, a reader cannot tell it from a footnote, a
    count or the next item."""
    commas = [
        i
        for i in where(pieces, SEP)
        if pieces[i].text == ", "
        and 0 < i < len(pieces) - 1
        and pieces[i - 1].mark == pieces[i].mark == pieces[i + 1].mark
        and not (pieces[i - 1].role == NUM and pieces[i + 1].role == NUM)
        and not (pieces[i - 1].role in _DOSSIERS and pieces[i + 1].role in _BARE)
    ]
    if not commas:
        return None
    sign = rng.choice([". ", "; ", ": "])
    chosen = commas if sign == ". " and rng.random() < 0.5 else [rng.choice(commas)]
    return [Piece(sign, p.role, p.mark) if i in chosen else p for i, p in enumerate(pieces)]


#: Shapes OCR confuses in a head word: a pair of letters for one and one for another.
_SHAPES = (("m", "rn"), ("n", "ri"), ("h", "li"), ("d", "cl"), ("w", "vv"), ("e", "c"), ("t", "l"))
#: "nr." as OCR misreads it (ri for n).
_NR = ("rir.",)
#: The gazettes' short head words with t read as l ("Slb. 2019, 511").
_GAZETTES = {"Stb.": "Slb.", "Stcrt.": "Slcrt."}


def _misread_word(word: str, rng: random.Random) -> str:
    spots = [(i, new) for old, new in _SHAPES for i in range(2, len(word)) if word[i] == old]
    if not spots:
        return word
    at, new = rng.choice(spots)
    return word[:at] + new + word[at + 1 :]


@operator("scan")
def misread_letter(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A letter of a head word of eight letters or more read as letters of the same shape
    ("Karnerstukken", "Handelirigen", "Staatscourarit"), "nr." read as "rir.", "Stb." as "Slb.", or
    the chamber "II" split ("I I"): the word is still unmistakable in its place."""
    choices = []
    heads = [i for i in where(pieces, HEAD) if re.search(r"[A-Za-z]{8,}", pieces[i].text)]
    choices += [("head", i) for i in heads]
    choices += [("nr", i) for i in where(pieces, NRKW) if pieces[i].text == "nr."]
    choices += [("chamber", i) for i in where(pieces, CHAMBER) if pieces[i].text == "II"]
    choices += [("gazette", i) for i in where(pieces, HEAD) if pieces[i].text in _GAZETTES]
    rng.shuffle(choices)
    for kind, i in choices:
        text = pieces[i].text
        if kind == "head":
            words = list(re.finditer(r"[A-Za-z]{8,}", text))
            word = rng.choice(words)
            new = text[: word.start()] + _misread_word(word.group(), rng) + text[word.end() :]
        elif kind == "nr":
            new = rng.choice(_NR)
        elif kind == "gazette":
            new = _GAZETTES[text]
        else:
            new = "I I"
        if new != text:
            return [Piece(new, p.role, p.mark) if j == i else p for j, p in enumerate(pieces)]
    return None
