"""Operators of the robustness matrix for the damage that conversion to text leaves in its
characters and markup (see damage_core): each keeps the meaning for a careful human reader, and
its docstring says why.

- *unicode*: invisible characters (soft hyphens, zero-width spaces and joiners, a byte-order
  mark), a word broken over a line at a soft hyphen, typographic ligatures, full-width digits,
  curly quotes around the citation;
- *html*: tags left in the text around a part or the whole of the citation, entities for its
  spaces (``&nbsp;``, ``&#160;``), a ``<br>`` for a line break, a footnote in ``<sup>``;
- *lines*: the layout of lines and cells around and inside it: a bullet or list marker before
  it, the citation as a cell of a table row, a number wrapped over a line ("35\\n300").

Quotes, bullets, cells, brackets and a wrapped number are put only around and in a citation
that opens with its head word (or is a link): the forms without one are read from the layout
of their line (a heading, an agenda line, the Handelingen formula), which they would change.

>>> import random
>>> from damage_core import HEAD, NRKW, NUM, SEP, YEAR, Piece, render
>>> pieces = [Piece("Stb.", HEAD), Piece(" ", SEP), Piece("2003", YEAR), Piece(", ", SEP),
...           Piece("75", NUM)]
>>> render(tag_head(pieces, random.Random(2)))[0]
'<i>Stb.</i> 2003, 75'
>>> render(fullwidth_digits(pieces, random.Random(2)))[0]
'Stb. ２００３, ７５'
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from damage_core import (
    DOSSIER,
    HEAD,
    LINK,
    NUM,
    NUMBERS,
    PAGE,
    PROSE,
    SEP,
    Piece,
    edit,
    in_word,
    one,
    operator,
    where,
)

#: The soft hyphen, which a converter keeps where the source marked a place to break a word.
SOFT_HYPHEN = "\u00ad"
#: Zero-width characters HTML and PDF text leave between and inside words.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060"
#: The typographic ligatures of "fi", "fl" and "ff" (PDF text of typeset documents).
LIGATURES = {"ffi": "\ufb03", "ffl": "\ufb04", "fi": "\ufb01", "fl": "\ufb02", "ff": "\ufb00"}
#: ASCII digits as full-width digits (text through an East Asian input method or font).
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
#: Quotes around a citation: Dutch low-high, English curly, single curly, guillemets.
QUOTES = [("\u201e", "\u201d"), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("«", "»")]


def _marked(pieces: Sequence[Piece]) -> tuple[int, int] | None:
    # The first and last piece of the (first) citation.
    marked = [i for i, p in enumerate(pieces) if p.mark is not None]
    return (marked[0], marked[-1]) if marked else None


def _named(pieces: Sequence[Piece]) -> bool:
    """True when the citation opens with its head word or is a link: the forms without one (a
    heading's dossier, an agenda line's dash, the Handelingen formula) are read from the
    layout of their line, which quotes, bullets and cells around them change."""
    ends = _marked(pieces)
    return ends is not None and pieces[ends[0]].role in (HEAD, LINK)


def _around(pieces: list[Piece], before: str, after: str) -> list[Piece] | None:
    """``before`` and ``after`` around the whole citation, as text of no document's."""
    ends = _marked(pieces)
    if ends is None:
        return None
    first, last = ends
    glued_after = pieces[last + 1 : last + 2] and pieces[last + 1].text[:1].isalnum()
    if glued_after or (first and pieces[first - 1].text[-1:].isalnum()):
        return None  # glued to a word ("63758Besluiten", "ookAanhangsel"): nothing between
    at = pieces[first].mark
    return [
        *pieces[:first],
        Piece(before, PROSE, at),
        *pieces[first : last + 1],
        Piece(after, PROSE, at),
        *pieces[last + 1 :],
    ]


def _inside(text: str, rng: random.Random, insert: str, digits: bool) -> str:
    # ``insert`` between two letters (or two digits) of ``text``, at random.
    kind = str.isdigit if digits else str.isalpha
    spots = [i for i in range(1, len(text)) if kind(text[i - 1]) and kind(text[i])]
    if not spots:
        return text
    at = rng.choice(spots)
    return text[:at] + insert + text[at:]


# ---------------------------------------------------------------- unicode


@operator("unicode")
def soft_hyphen_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A soft hyphen U+00AD inside a long head word ("Kamer\u00adstukken"): a place where a
    word may break, invisible where it does not."""
    return in_word(pieces, rng, lambda w, r: _inside(w, r, SOFT_HYPHEN, digits=False))


@operator("unicode")
def soft_hyphen_number(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A soft hyphen inside a number ("35 3\u00ad00", "20\u00ad19/20"): invisible on the page."""
    return one(pieces, rng, NUMBERS, lambda t: _inside(t, rng, SOFT_HYPHEN, digits=True))


@operator("unicode")
def soft_hyphen_break(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A long head word broken over a line at a soft hyphen ("Handelin\u00ad\\ngen"): the soft
    hyphen is shown as a hyphen at the end of the line, and the reader joins the word."""
    return in_word(pieces, rng, lambda w, r: _inside(w[:-2], r, SOFT_HYPHEN + "\n", False) + w[-2:])


@operator("unicode")
def zero_width(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A zero-width space or joiner inside a head word and after a separator of the citation
    ("Kamer\u200bstukken II,\u200b 35 300"): there, and not seen."""
    mark = rng.choice(ZERO_WIDTH)
    inside = in_word(pieces, rng, lambda w, r: _inside(w, r, mark, digits=False))
    return inside or one(pieces, rng, [SEP], lambda t: t + mark)


@operator("unicode")
def byte_order_mark(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A byte-order mark U+FEFF before the citation (a file's first character, kept where files
    were joined, or a paragraph pasted from one): a zero-width no-break space."""
    return _around(pieces, "\ufeff", "")


@operator("unicode")
def ligature(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Every "fi", "fl", "ff", "ffi" and "ffl" of the text as its ligature ("ﬁnanciën",
    "ofﬁciële"), as PDF text of a typeset page gives them: one glyph for two letters. Mostly
    in the prose around a citation, which must not stop it from being read."""

    def tie(text: str) -> str:
        return re.sub("ff[il]|f[il]|ff", lambda m: LIGATURES[m.group()], text)

    return edit(pieces, [i for i, p in enumerate(pieces) if p.role != LINK], tie)


@operator("unicode")
def fullwidth_digits(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Every digit of the text in full-width digits ("Stb. ２００３, ７５"), as text through an
    East Asian font or input method has them: the same digits, wider glyphs. Not in a link,
    whose digits a converter keeps as they are."""
    return edit(pieces, [i for i, p in enumerate(pieces) if p.role != LINK], _wide)


def _wide(text: str) -> str:
    return text.translate(FULLWIDTH)


@operator("unicode")
def curly_quotes(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The citation in typographic quotes ("„Stb. 2003, 75”", "‘Kamerstuk 33 694’")."""
    if not _named(pieces):
        return None
    return _around(pieces, *rng.choice(QUOTES))


# ---------------------------------------------------------------- html


def _tag(pieces: list[Piece], indices: Sequence[int], name: str) -> list[Piece] | None:
    if not indices:
        return None
    return edit(pieces, indices[:1], lambda t: f"<{name}>{t}</{name}>")


@operator("html")
def tag_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """An inline tag around the head word ("<i>Stb.</i> 2003, 75"), as HTML pasted as text
    keeps it: the tag is formatting, a browser shows the word."""
    return _tag(pieces, where(pieces, HEAD), rng.choice(["i", "em", "b", "strong", "span"]))


@operator("html")
def tag_number(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """An inline tag around the first number ("nr. <b>18</b>")."""
    return _tag(pieces, where(pieces, NUM) or where(pieces, DOSSIER), rng.choice(["b", "strong"]))


@operator("html")
def tag_whole(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A tag around the whole citation ("<em>Kamerstukken II ..., nr. 5</em>", a link's
    ``<a href="...">``)."""
    opening, name = rng.choice([("<em>", "em"), ('<a href="#n5">', "a"), ("<cite>", "cite")])
    return _around(pieces, opening, f"</{name}>")


@operator("html")
def entity_spaces(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Every space inside the citation an entity of the no-break space ("nr.&nbsp;18",
    "35&#160;300"), as HTML writes what a word processor typed."""
    entity = rng.choice(["&nbsp;", "&#160;", "&#xa0;", "&#xA0;"])
    inside = [i for i, p in enumerate(pieces) if p.mark is not None and p.role != LINK]
    return edit(pieces, inside, lambda t: t.replace(" ", entity))


@operator("html")
def entity_one_space(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """One space inside the citation an entity (``&nbsp;`` after "nr." or in "35&nbsp;300")."""
    entity = rng.choice(["&nbsp;", "&#160;"])
    return one(pieces, rng, [SEP, DOSSIER], lambda t: t.replace(" ", entity, 1))


@operator("html")
def break_tag(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A ``<br>`` for a line break between two parts ("Kamerstukken II 2019/20,<br>35 300"):
    a browser shows a new line, which in running text is a space."""
    tag = rng.choice(["<br>", "<br/>", "<br />\n"])
    return one(pieces, rng, [SEP], lambda t: t[: t.rindex(" ")] + tag if " " in t else t)


@operator("html")
def sup_footnote(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A footnote mark in ``<sup>`` after the last number ("nr. 18<sup>3</sup>")."""
    numbers = where(pieces, NUM, DOSSIER, PAGE)
    mark = f"<sup>{rng.randint(1, 99)}</sup>"
    return edit(pieces, numbers[-1:], lambda t: t + mark) if numbers else None


# ---------------------------------------------------------------- lines


@operator("lines")
def bullet(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A bullet or list marker opening the citation's line ("• Stb. 2003, 75", "a) ...",
    "1. ..."): the marker is the list's, not the citation's."""
    if not _named(pieces):
        return None
    marker = rng.choice(["• ", "· ", "– ", "▪ ", "a) ", "1. ", "(i) ", "- "])
    return _around(pieces, "\n" + marker, "\n")


@operator("lines")
def table_cell(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The citation as a cell of a table row ("| 3 | Stb. 2003, 75 | aangenomen |", or cells
    apart by tabs): the bars and tabs end the cell, not the citation's parts."""
    if not _named(pieces):
        return None
    if rng.random() < 0.5:
        return _around(pieces, f"\n| {rng.randint(1, 40)} | ", " | aangenomen |\n")
    return _around(pieces, f"\n{rng.randint(1, 40)}\t", "\taangenomen\n")


@operator("lines")
def number_wrapped(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A line break for the space inside a dossier or number ("35\\n300"), as a narrow column
    wraps a number written with a space: a break in running text is a space."""
    if not _named(pieces):
        return None
    return one(pieces, rng, [DOSSIER, NUM], lambda t: t.replace(" ", "\n", 1))


@operator("lines")
def parenthesised_footnote(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The citation in brackets with a footnote number after them ("(Stb. 2003, 75)12." or
    "[Kamerstuk 33 694]³"): the brackets and the mark are around it, not in it."""
    if not _named(pieces):
        return None
    opening, closing = rng.choice([("(", ")"), ("[", "]")])
    mark = rng.choice([str(rng.randint(1, 60)), "³", "¹²"])
    return _around(pieces, opening, closing + mark)
