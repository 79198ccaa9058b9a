"""Operators of the robustness matrix that damage markup, punctuation and letters (OCR): each
keeps the meaning for a careful human reader, and its docstring says why (see damage_core).

>>> import random
>>> from damage_core import HEAD, NRKW, NUM, SEP, YEAR, Piece, render
>>> pieces = [Piece("nr.", NRKW), Piece(" ", SEP), Piece("10", NUM)]
>>> render(no_dot_nr(pieces, random.Random(1)))[0]
'nr 10'
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from damage_core import (
    CHAMBER,
    DOSSIER,
    HEAD,
    LPAR,
    NRKW,
    NUM,
    PAGE,
    PAGEKW,
    PROSE,
    RANGE,
    RPAR,
    SUPERSCRIPT,
    VJ,
    WORD,
    YEAR,
    Piece,
    edit,
    in_word,
    near,
    one,
    operator,
    where,
)

# ---------------------------------------------------------------- markup


def _wrap(pieces: list[Piece], indices: Sequence[int], mark: str) -> list[Piece] | None:
    if not indices:
        return None
    return edit(pieces, indices[:1], lambda t: f"{mark}{t}{mark}")


@operator("markup")
def emphasis_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Markdown emphasis around the head word ("*Stb.* 2003, 75"), as converters write
    italics: the asterisks are formatting, not text."""
    return _wrap(pieces, where(pieces, HEAD), rng.choice(["*", "_"]))


@operator("markup")
def bold_number(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Markdown bold around the (first) number ("nr. **18**")."""
    return _wrap(pieces, where(pieces, NUM) or where(pieces, DOSSIER), "**")


@operator("markup")
def emphasis_whole(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Markdown emphasis or bold around the whole citation ("*Kamerstukken II ..., nr. 5*")."""
    mark = rng.choice(["*", "**", "_"])
    marked = [i for i, p in enumerate(pieces) if p.mark is not None]
    if not marked:
        return None
    first, last = marked[0], marked[-1]
    if pieces[last + 1 : last + 2] and pieces[last + 1].text[:1].isalnum():
        return None  # glued to the next word ("382040Besluiten"): a marker cannot close there
    at = pieces[first].mark
    return [
        *pieces[:first],
        Piece(mark, PROSE, at),
        *pieces[first : last + 1],
        Piece(mark, PROSE, at),
        *pieces[last + 1 :],
    ]


@operator("markup")
def escaped_brackets(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Brackets escaped by a Markdown writer ("\\(36 410\\)"): the backslash is no text."""
    indices = near(pieces, LPAR) + near(pieces, RPAR)
    return edit(pieces, sorted(set(indices)), lambda t: re.sub(r"([()])", r"\\\1", t))


@operator("markup")
def footnote_before_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A footnote number glued before the head word ("4Kamerstukken"), as PDF text writes the
    start of a footnote: digits glued to a letter are no part of the citation."""
    digits = str(rng.randint(1, 99))
    return _wrap_one(pieces, where(pieces, HEAD), lambda t: digits + t)


@operator("markup")
def footnote_after_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A superscript footnote mark after the head word ("Kamerstukken¹² II ...")."""
    mark = str(rng.randint(1, 99)).translate(SUPERSCRIPT)
    return _wrap_one(pieces, where(pieces, HEAD), lambda t: t + mark)


@operator("markup")
def footnote_after_number(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A superscript footnote mark after the last number ("nr. 18³"): superscript digits are
    a mark, not part of the number (plain digits would be)."""
    mark = str(rng.randint(1, 99)).translate(SUPERSCRIPT)
    numbers = where(pieces, NUM, DOSSIER, PAGE)
    return _wrap_one(pieces, numbers[-1:], lambda t: t + mark)


def _wrap_one(
    pieces: list[Piece], indices: Sequence[int], change: Callable[[str], str]
) -> list[Piece] | None:
    return edit(pieces, indices[:1], change) if indices else None


# ---------------------------------------------------------------- punctuation


def _dashes(pieces: list[Piece], roles: Sequence[str], new: str) -> list[Piece] | None:
    return edit(pieces, where(pieces, *roles), lambda t: re.sub(r"[-/–—]", new, t))


@operator("punctuation")
def en_dash(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """An en dash in vergaderjaren and ranges ("2019–2020", "nrs. 1–3"): typesetters' dash."""
    return _dashes(pieces, [VJ, RANGE, PAGE], "–")


@operator("punctuation")
def em_dash(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """An em dash there ("2019—2020"): a wrong dash reads as a dash."""
    return _dashes(pieces, [VJ, RANGE, PAGE], "—")


@operator("punctuation")
def minus_sign(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The minus sign U+2212 there ("2019−2020"), as some converters write a hyphen."""
    return _dashes(pieces, [VJ, RANGE, PAGE], "\u2212")


@operator("punctuation")
def slash_vergaderjaar(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A slash in a vergaderjaar written with a dash ("2019-2020" as "2019/2020")."""
    return _dashes(pieces, [VJ], "/")


@operator("punctuation")
def no_dot_nr(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The abbreviation "nr" without its dot ("nr 9"): Dutch abbreviations are often written without."""
    return edit(pieces, where(pieces, NRKW), lambda t: t.replace(".", ""))


@operator("punctuation")
def no_dot_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """An abbreviated head without its dot ("Stb 2003, 75", "Stcrt 2008, 112", "Kst II")."""
    return edit(pieces, where(pieces, HEAD), lambda t: t.replace(".", ""))


@operator("punctuation")
def no_dots(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """No abbreviation dots at all ("Stb 2003, nr 75, p 3"); "t.a.p." keeps its dots."""
    return edit(pieces, where(pieces, HEAD, NRKW, PAGEKW, WORD), lambda t: t.replace(".", ""))


def _nr_as(pieces: list[Piece], one: str, many: str) -> list[Piece] | None:
    def change(text: str) -> str:
        return re.sub(r"\b[Nn]rs\.?", many, re.sub(r"\b[Nn]r\.?(?!s)", one, text))

    return edit(pieces, where(pieces, NRKW), change)


@operator("punctuation")
def nummer(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The word written out: "nummer" (and "nummers") for "nr."."""
    return _nr_as(pieces, "nummer", "nummers")


@operator("punctuation")
def no_for_nr(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The Latin "no." or "No." for "nr." (numero, in older and translated text)."""
    return _nr_as(pieces, rng.choice(["no.", "No."]), rng.choice(["nos.", "Nos."]))


# ---------------------------------------------------------------- OCR

#: What OCR reads for a digit: 1 as l or I, 0 as O.
_DIGIT_OCR = {"1": "lI", "0": "O"}
#: Letters OCR confuses in words (a letter for a letter of the same shape).
_LETTER_OCR = {"e": "c", "c": "e", "n": "u", "u": "n", "h": "b", "l": "I", "i": "l", "a": "o"}


@operator("ocr")
def ocr_digit(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """One 1 read as l or I, or one 0 as O, in a number ("33 69O", "2Ol9/20"): a letter among
    digits is a misread digit for a reader who knows the notation."""

    def change(text: str) -> str:
        spots = [i for i, ch in enumerate(text) if ch in _DIGIT_OCR]
        if not spots:
            return text
        at = rng.choice(spots)
        return text[:at] + rng.choice(_DIGIT_OCR[text[at]]) + text[at + 1 :]

    return one(pieces, rng, [DOSSIER, NUM, YEAR, VJ], change)


@operator("ocr")
def ocr_chamber(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The chamber's II read as "Il", "lI", "ll" or "11" (the Tweede Kamer, misread)."""
    return one(pieces, rng, [CHAMBER], lambda t: rng.choice(["Il", "ll", "11"]) if t == "II" else t)


@operator("ocr")
def ocr_head_letter(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """One letter of a long head word read as a letter of the same shape ("Kamerstukkcn",
    "HandeIingen", "Staatscouraut"): the word is still unmistakable."""

    def misread(word: str, rng: random.Random) -> str:
        spots = [i for i, ch in enumerate(word) if i > 1 and ch in _LETTER_OCR]
        if not spots:
            return word
        at = rng.choice(spots)
        return word[:at] + _LETTER_OCR[word[at]] + word[at + 1 :]

    return in_word(pieces, rng, misread)


@operator("ocr")
def dropped_letter(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """One letter of a long head word dropped ("Kamerstuken", "Handeligen"): one letter
    short of eight or more still names the word."""

    def drop(word: str, rng: random.Random) -> str:
        at = rng.randint(2, len(word) - 1)
        return word[:at] + word[at + 1 :]

    return in_word(pieces, rng, drop)


@operator("ocr")
def ocr_nr(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The abbreviation "nr." misread ("mr.", "ne@", "nr,", "rn."): before a number in a citation, nothing
    else can stand there."""
    misread = rng.choice(["mr.", "ne@", "nr,", "rn."])
    return one(pieces, rng, [NRKW], lambda t: re.sub(r"\b[Nn]r\.?(?!s)", misread, t, count=1))


@operator("ocr")
def space_in_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A space inside a head word ("Kamer stukken", "Kam erstuk", "Staats courant")."""

    def split(word: str, rng: random.Random) -> str:
        cut = rng.randint(3, len(word) - 3)
        return word[:cut] + " " + word[cut:]

    return in_word(pieces, rng, split)


@operator("ocr")
def space_in_number(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A space inside a year ("20 14-2015", "Stb. 20 03, 75"): four digits split in two
    halves still read as the year."""

    def split(text: str) -> str:
        years = list(re.finditer(r"(?<![0-9])[12][0-9]{3}(?![0-9])", text))
        if not years:
            return text
        at = rng.choice(years).start() + 2
        return text[:at] + " " + text[at:]

    return one(pieces, rng, [VJ, YEAR], split)
