"""The pieces of a damaged citation and the registry of the operators that damage them (the
robustness matrix of issue 18; the operators are in damage_layout and damage_text, and
tests/perturbations.py gathers them).

A citation is built as a run of :class:`Piece` objects, each with a role (the head word, the
vergaderjaar, the dossier, "nr.", a number, ...), so that an operator can damage the part it
names. An operator takes the pieces and a random generator and returns the damaged pieces, or
None where it has nothing to work on (no "nr." to drop a dot from): such a case is not counted.

>>> render([Piece("Zie ", PROSE, None), Piece("Stb.", HEAD), Piece(" 1", NUM)])
('Zie Stb. 1', {0: (4, 10)})
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

# Roles of the pieces of a citation.
HEAD = "head"  # a head word: "Kamerstukken", "Handelingen", "Stb.", "Aanhangsel Handelingen"
CHAMBER = "chamber"  # "II", "I", "TK"
VJ = "vj"  # a vergaderjaar: "2019/20", "2019-2020"
DOSSIER = "dossier"  # "35 300", "33694"
SUFFIX = "suffix"  # "VIII", "(R1975)", "20"
NRKW = "nrkw"  # "nr.", "nrs."
NUM = "num"  # a stuk, vergadering, blad or Aanhangsel number
YEAR = "year"  # a blad's year
PAGEKW = "pagekw"  # "p.", "blz."
PAGE = "page"  # "3", "12-14"
RANGE = "range"  # a dash or slash inside a vergaderjaar run, range or list: "-", "–"
LETTER = "letter"  # an Eerste Kamer letter: "D", "AB"
WORD = "word"  # other words inside a citation: "item", "letter", "zitting", "was", "van"
SEP = "sep"  # spaces and commas between the pieces of a citation
LINK = "link"  # a URL or KOOP identifier: one piece, damaged only where a link can be
SHORT = "short"  # "t.a.p.", "ibid."
LPAR = "lpar"  # "(" around or inside a citation
RPAR = "rpar"  # ")"
PROSE = "prose"  # text around the citation

#: Roles whose text is a number a reader reads digit by digit.
NUMBERS = (DOSSIER, NUM, YEAR, VJ, PAGE)
#: Superscript digits, as footnote marks survive conversion from Word and PDF.
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class Piece:
    """A part of a text: its characters, its role, and which cited document it belongs to
    (``mark``: the index of an expected document group; None for prose around citations)."""

    text: str
    role: str
    mark: int | None = 0


def render(pieces: Sequence[Piece]) -> tuple[str, dict[int, tuple[int, int]]]:
    """The text of ``pieces`` and, for each mark, the span from its first to its last piece.

    >>> render([Piece("Zie ", PROSE, None), Piece("Stb.", HEAD), Piece(" 1", NUM)])
    ('Zie Stb. 1', {0: (4, 10)})
    """
    spans: dict[int, tuple[int, int]] = {}
    position = 0
    for piece in pieces:
        end = position + len(piece.text)
        if piece.mark is not None:
            start = spans.get(piece.mark, (position, end))[0]
            spans[piece.mark] = (start, end)
        position = end
    return "".join(p.text for p in pieces), spans


Operator = Callable[[list[Piece], random.Random], "list[Piece] | None"]
#: Every operator by class (case, spaces, breaks, markup, punctuation, ocr) and name.
OPERATORS: dict[str, dict[str, Operator]] = {}


def operator(cls: str) -> Callable[[Operator], Operator]:
    """Registers an operator under its perturbation class."""

    def register(function: Operator) -> Operator:
        OPERATORS.setdefault(cls, {})[function.__name__] = function
        return function

    return register


def where(pieces: Sequence[Piece], *roles: str) -> list[int]:
    # Pieces of a citation (not prose) with one of the roles.
    return [i for i, p in enumerate(pieces) if p.role in roles and p.mark is not None]


def edit(
    pieces: list[Piece], indices: Sequence[int], change: Callable[[str], str]
) -> list[Piece] | None:
    """``pieces`` with ``change`` applied to each index; None where nothing changed."""
    out = list(pieces)
    for i in indices:
        out[i] = replace(out[i], text=change(out[i].text))
    return None if out == pieces else out


def one(
    pieces: list[Piece], rng: random.Random, roles: Sequence[str], change: Callable[[str], str]
) -> list[Piece] | None:
    """``change`` applied to one piece of ``roles`` that it changes (chosen at random)."""
    indices = where(pieces, *roles)
    rng.shuffle(indices)
    for i in indices:
        changed = edit(pieces, [i], change)
        if changed is not None:
            return changed
    return None


def long_words(text: str, shortest: int) -> list[re.Match[str]]:
    return [m for m in re.finditer(r"[A-Za-z]+", text) if len(m.group()) >= shortest]


def in_word(
    pieces: list[Piece], rng: random.Random, edit: Callable[[str, random.Random], str]
) -> list[Piece] | None:
    """``edit`` applied to one head word of eight letters or more (short heads such as "Stb."
    lose their meaning when damaged: "St." is a saint or a street)."""

    def change(text: str) -> str:
        found = long_words(text, 8)
        if not found:
            return text
        word = rng.choice(found)
        return text[: word.start()] + edit(word.group(), rng) + text[word.end() :]

    return one(pieces, rng, [HEAD], change)


def near(pieces: Sequence[Piece], role: str) -> list[int]:
    # Brackets of the citation and the template's brackets right around it.
    marked = [i for i, p in enumerate(pieces) if p.mark is not None]
    if not marked:
        return []
    first, last = marked[0], marked[-1]
    return [i for i, p in enumerate(pieces) if p.role == role and first - 1 <= i <= last + 1] + [
        i for i in where(pieces, SUFFIX) if "(" in pieces[i].text
    ]


def apply_random(
    cls: str, pieces: list[Piece], rng: random.Random
) -> tuple[str, list[Piece]] | None:
    """An operator of class ``cls`` that applies to ``pieces``, chosen at random: its name
    (``class:operator``) and the damaged pieces; None where none applies."""
    names = sorted(OPERATORS[cls])
    rng.shuffle(names)
    for name in names:
        out = OPERATORS[cls][name](pieces, rng)
        if out is not None:
            return f"{cls}:{name}", out
    return None
