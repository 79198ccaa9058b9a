"""Operators of the robustness matrix that damage case, spaces and line breaks: each keeps the
meaning for a careful human reader, and its docstring says why (see damage_core).

>>> import random
>>> from damage_core import HEAD, NRKW, NUM, SEP, YEAR, Piece, render
>>> pieces = [Piece("Stb.", HEAD), Piece(" ", SEP), Piece("2003", YEAR)]
>>> render(lower_head(pieces, random.Random(1)))[0]
'stb. 2003'
"""

from __future__ import annotations

import random

from damage_core import (
    CHAMBER,
    DOSSIER,
    HEAD,
    LINK,
    LPAR,
    NRKW,
    NUM,
    RPAR,
    SEP,
    Piece,
    edit,
    in_word,
    near,
    one,
    operator,
    where,
)

# ---------------------------------------------------------------- case


@operator("case")
def lower_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The head word in lower case ("stb.", "kamerstukken II", "provinciaal blad"): writers and
    converters drop capitals, and a head word names the same gazette in any case."""
    return edit(pieces, where(pieces, HEAD), str.lower)


@operator("case")
def lower_head_and_chamber(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Head and chamber in lower case ("kamerstukken ii", "handelingen tk"): "ii" before a
    vergaderjaar can only be the chamber."""
    if not where(pieces, CHAMBER):
        return None
    return edit(pieces, where(pieces, HEAD, CHAMBER), str.lower)


@operator("case")
def upper_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The head word in capitals ("KAMERSTUKKEN", "STCRT."), as in a title or a heading."""
    return edit(pieces, where(pieces, HEAD), str.upper)


@operator("case")
def upper_line(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The whole citation in capitals (an all-capitals heading: "KAMERSTUKKEN II 2019/20,
    35 300, NR. 5, P. 3"). Not applied to links, whose paths are case-sensitive."""
    if where(pieces, LINK):
        return None
    return edit(pieces, [i for i, p in enumerate(pieces) if p.mark is not None], str.upper)


# ---------------------------------------------------------------- spaces


def _spaces(pieces: list[Piece], new: str) -> list[Piece] | None:
    # Every space inside the citation (not inside a link), the same way.
    inside = [i for i, p in enumerate(pieces) if p.mark is not None and p.role != LINK]
    return edit(pieces, inside, lambda t: t.replace(" ", new))


@operator("spaces")
def nbsp(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Every space a no-break space U+00A0 (word processors put them inside numbers and after
    abbreviations); a space of any width separates the same words."""
    return _spaces(pieces, "\u00a0")


@operator("spaces")
def thin_space(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Every space a thin space U+2009 ("35\u2009300", typeset digit groups)."""
    return _spaces(pieces, "\u2009")


@operator("spaces")
def narrow_space(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Every space a narrow no-break space U+202F (French-style typesetting of numbers)."""
    return _spaces(pieces, "\u202f")


@operator("spaces")
def doubled_spaces(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Every space doubled (justified text pasted as plain text)."""
    return _spaces(pieces, "  ")


@operator("spaces")
def tab(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """One space a tab (text from a table or a form): still a space between words."""
    return one(pieces, rng, [SEP], lambda t: t.replace(" ", "\t", 1))


@operator("spaces")
def spaces_in_brackets(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A space after "(" and before ")" ("( 36 112 )"): typists' spacing, same brackets."""
    opened = edit(pieces, near(pieces, LPAR), lambda t: t.replace("(", "( "))
    closed = edit(opened or pieces, near(pieces, RPAR), lambda t: t.replace(")", " )"))
    return closed if closed is not None else opened


# ---------------------------------------------------------------- breaks


def _break(pieces: list[Piece], index: int, newline: str) -> list[Piece] | None:
    # The last space of the separator at ``index`` becomes ``newline``.
    if index < 0 or index >= len(pieces) or pieces[index].role != SEP:
        return None
    text = pieces[index].text
    if " " not in text:
        return None
    cut = text.rindex(" ")
    return edit(pieces, [index], lambda t: t[:cut] + newline + t[cut + 1 :])


@operator("breaks")
def break_after_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A line break after the head word (a line that ends in "Kamerstukken"): a single line
    break is a space in running text."""
    heads = where(pieces, HEAD)
    return _break(pieces, heads[0] + 1, "\n") if heads else None


@operator("breaks")
def break_before_number(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A line break before the dossier or number ("35 300, nr.\\n5")."""
    numbers = where(pieces, NUM, DOSSIER)
    return _break(pieces, numbers[0] - 1, "\n") if numbers else None


@operator("breaks")
def blank_line_after_nr(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A blank line between "nr." and its number, as PDF text puts the number of a stuk on a
    line of its own: "nr." still needs its number, and the next line gives it."""
    nrs = where(pieces, NRKW)
    return _break(pieces, nrs[0] + 1, "\n\n") if nrs else None


@operator("breaks")
def hyphenated_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A head word hyphenated over a line ("Handelin-\\ngen", "Staats-\\ncourant"): printed
    text breaks long words; the reader joins them."""

    def hyphenate(word: str, rng: random.Random) -> str:
        cut = rng.randint(3, len(word) - 3)
        return word[:cut] + "-\n" + word[cut:]

    return in_word(pieces, rng, hyphenate)
