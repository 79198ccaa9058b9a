"""The perturbations of the robustness matrix (issue 18): how real text damages a citation.

A citation is built as a run of :class:`Piece` objects, each with a role (the head word, the
vergaderjaar, the dossier, "nr.", a number, ...), so that an operator can damage the part it
names: lower-case the head, put a blank line after "nr.", glue a footnote digit to a number.
Every operator keeps the meaning for a careful human reader: the documents a legal editor
reads in the damaged text are the ones the undamaged text cites ("33 69O" still cites dossier
33690). Each operator's docstring says why; an operator that has nothing to work on (no "nr."
to drop a dot from) returns None and the case is not counted.

>>> import random
>>> pieces = [Piece("Stb.", HEAD), Piece(" ", SEP), Piece("2003", YEAR), Piece(", ", SEP),
...           Piece("75", NUM)]
>>> render(OPERATORS["markup"]["emphasis_head"](pieces, random.Random(1)))[0]
'*Stb.* 2003, 75'
>>> OPERATORS["punctuation"]["no_dot_nr"](pieces, random.Random(1)) is None
True
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


def _where(pieces: Sequence[Piece], *roles: str) -> list[int]:
    # Pieces of a citation (not prose) with one of the roles.
    return [i for i, p in enumerate(pieces) if p.role in roles and p.mark is not None]


def _edit(
    pieces: list[Piece], indices: Sequence[int], change: Callable[[str], str]
) -> list[Piece] | None:
    """``pieces`` with ``change`` applied to each index; None where nothing changed."""
    out = list(pieces)
    for i in indices:
        out[i] = replace(out[i], text=change(out[i].text))
    return None if out == pieces else out


def _one(
    pieces: list[Piece], rng: random.Random, roles: Sequence[str], change: Callable[[str], str]
) -> list[Piece] | None:
    """``change`` applied to one piece of ``roles`` that it changes (chosen at random)."""
    indices = _where(pieces, *roles)
    rng.shuffle(indices)
    for i in indices:
        changed = _edit(pieces, [i], change)
        if changed is not None:
            return changed
    return None


def _words(text: str, shortest: int) -> list[re.Match[str]]:
    return [m for m in re.finditer(r"[A-Za-z]+", text) if len(m.group()) >= shortest]


def _in_word(
    pieces: list[Piece], rng: random.Random, edit: Callable[[str, random.Random], str]
) -> list[Piece] | None:
    """``edit`` applied to one head word of eight letters or more (short heads such as "Stb."
    lose their meaning when damaged: "St." is a saint or a street)."""

    def change(text: str) -> str:
        words = _words(text, 8)
        if not words:
            return text
        word = rng.choice(words)
        return text[: word.start()] + edit(word.group(), rng) + text[word.end() :]

    return _one(pieces, rng, [HEAD], change)


# ---------------------------------------------------------------- case


@operator("case")
def lower_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The head word in lower case ("stb.", "kamerstukken II", "provinciaal blad"): writers and
    converters drop capitals, and a head word names the same gazette in any case."""
    return _edit(pieces, _where(pieces, HEAD), str.lower)


@operator("case")
def lower_head_and_chamber(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Head and chamber in lower case ("kamerstukken ii", "handelingen tk"): "ii" before a
    vergaderjaar can only be the chamber."""
    if not _where(pieces, CHAMBER):
        return None
    return _edit(pieces, _where(pieces, HEAD, CHAMBER), str.lower)


@operator("case")
def upper_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The head word in capitals ("KAMERSTUKKEN", "STCRT."), as in a title or a heading."""
    return _edit(pieces, _where(pieces, HEAD), str.upper)


@operator("case")
def upper_line(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The whole citation in capitals (an all-capitals heading: "KAMERSTUKKEN II 2019/20,
    35 300, NR. 5, P. 3"). Not applied to links, whose paths are case-sensitive."""
    if _where(pieces, LINK):
        return None
    return _edit(pieces, [i for i, p in enumerate(pieces) if p.mark is not None], str.upper)


# ---------------------------------------------------------------- spaces


def _spaces(pieces: list[Piece], new: str) -> list[Piece] | None:
    # Every space inside the citation (not inside a link), the same way.
    inside = [i for i, p in enumerate(pieces) if p.mark is not None and p.role != LINK]
    return _edit(pieces, inside, lambda t: t.replace(" ", new))


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
    return _one(pieces, rng, [SEP], lambda t: t.replace(" ", "\t", 1))


@operator("spaces")
def spaces_in_brackets(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A space after "(" and before ")" ("( 36 112 )"): typists' spacing, same brackets."""
    opened = _edit(pieces, _near(pieces, LPAR), lambda t: t.replace("(", "( "))
    closed = _edit(opened or pieces, _near(pieces, RPAR), lambda t: t.replace(")", " )"))
    return closed if closed is not None else opened


def _near(pieces: Sequence[Piece], role: str) -> list[int]:
    # Brackets of the citation and the template's brackets right around it.
    marked = [i for i, p in enumerate(pieces) if p.mark is not None]
    if not marked:
        return []
    first, last = marked[0], marked[-1]
    return [i for i, p in enumerate(pieces) if p.role == role and first - 1 <= i <= last + 1] + [
        i for i in _where(pieces, SUFFIX) if "(" in pieces[i].text
    ]


# ---------------------------------------------------------------- breaks


def _break(pieces: list[Piece], index: int, newline: str) -> list[Piece] | None:
    # The last space of the separator at ``index`` becomes ``newline``.
    if index < 0 or index >= len(pieces) or pieces[index].role != SEP:
        return None
    text = pieces[index].text
    if " " not in text:
        return None
    cut = text.rindex(" ")
    return _edit(pieces, [index], lambda t: t[:cut] + newline + t[cut + 1 :])


@operator("breaks")
def break_after_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A line break after the head word (a line that ends in "Kamerstukken"): a single line
    break is a space in running text."""
    heads = _where(pieces, HEAD)
    return _break(pieces, heads[0] + 1, "\n") if heads else None


@operator("breaks")
def break_before_number(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A line break before the dossier or number ("35 300, nr.\\n5")."""
    numbers = _where(pieces, NUM, DOSSIER)
    return _break(pieces, numbers[0] - 1, "\n") if numbers else None


@operator("breaks")
def blank_line_after_nr(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A blank line between "nr." and its number, as PDF text puts the number of a stuk on a
    line of its own: "nr." still needs its number, and the next line gives it."""
    nrs = _where(pieces, NRKW)
    return _break(pieces, nrs[0] + 1, "\n\n") if nrs else None


@operator("breaks")
def hyphenated_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A head word hyphenated over a line ("Handelin-\\ngen", "Staats-\\ncourant"): printed
    text breaks long words; the reader joins them."""

    def hyphenate(word: str, rng: random.Random) -> str:
        cut = rng.randint(3, len(word) - 3)
        return word[:cut] + "-\n" + word[cut:]

    return _in_word(pieces, rng, hyphenate)


# ---------------------------------------------------------------- markup


def _wrap(pieces: list[Piece], indices: Sequence[int], mark: str) -> list[Piece] | None:
    if not indices:
        return None
    return _edit(pieces, indices[:1], lambda t: f"{mark}{t}{mark}")


@operator("markup")
def emphasis_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Markdown emphasis around the head word ("*Stb.* 2003, 75"), as converters write
    italics: the asterisks are formatting, not text."""
    return _wrap(pieces, _where(pieces, HEAD), rng.choice(["*", "_"]))


@operator("markup")
def bold_number(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Markdown bold around the (first) number ("nr. **18**")."""
    return _wrap(pieces, _where(pieces, NUM) or _where(pieces, DOSSIER), "**")


@operator("markup")
def emphasis_whole(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """Markdown emphasis or bold around the whole citation ("*Kamerstukken II ..., nr. 5*")."""
    mark = rng.choice(["*", "**", "_"])
    marked = [i for i, p in enumerate(pieces) if p.mark is not None]
    if not marked:
        return None
    first, last = marked[0], marked[-1]
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
    indices = _near(pieces, LPAR) + _near(pieces, RPAR)
    return _edit(pieces, sorted(set(indices)), lambda t: re.sub(r"([()])", r"\\\1", t))


@operator("markup")
def footnote_before_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A footnote number glued before the head word ("4Kamerstukken"), as PDF text writes the
    start of a footnote: digits glued to a letter are no part of the citation."""
    digits = str(rng.randint(1, 99))
    return _wrap_one(pieces, _where(pieces, HEAD), lambda t: digits + t)


@operator("markup")
def footnote_after_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A superscript footnote mark after the head word ("Kamerstukken¹² II ...")."""
    mark = str(rng.randint(1, 99)).translate(SUPERSCRIPT)
    return _wrap_one(pieces, _where(pieces, HEAD), lambda t: t + mark)


@operator("markup")
def footnote_after_number(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A superscript footnote mark after the last number ("nr. 18³"): superscript digits are
    a mark, not part of the number (plain digits would be)."""
    mark = str(rng.randint(1, 99)).translate(SUPERSCRIPT)
    numbers = _where(pieces, NUM, DOSSIER, PAGE)
    return _wrap_one(pieces, numbers[-1:], lambda t: t + mark)


def _wrap_one(
    pieces: list[Piece], indices: Sequence[int], change: Callable[[str], str]
) -> list[Piece] | None:
    return _edit(pieces, indices[:1], change) if indices else None


# ---------------------------------------------------------------- punctuation


def _dashes(pieces: list[Piece], roles: Sequence[str], new: str) -> list[Piece] | None:
    return _edit(pieces, _where(pieces, *roles), lambda t: re.sub(r"[-/–—]", new, t))


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
    return _edit(pieces, _where(pieces, NRKW), lambda t: t.replace(".", ""))


@operator("punctuation")
def no_dot_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """An abbreviated head without its dot ("Stb 2003, 75", "Stcrt 2008, 112", "Kst II")."""
    return _edit(pieces, _where(pieces, HEAD), lambda t: t.replace(".", ""))


@operator("punctuation")
def no_dots(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """No abbreviation dots at all ("Stb 2003, nr 75, p 3"); "t.a.p." keeps its dots."""
    return _edit(pieces, _where(pieces, HEAD, NRKW, PAGEKW, WORD), lambda t: t.replace(".", ""))


def _nr_as(pieces: list[Piece], one: str, many: str) -> list[Piece] | None:
    def change(text: str) -> str:
        return re.sub(r"\b[Nn]rs\.?", many, re.sub(r"\b[Nn]r\.?(?!s)", one, text))

    return _edit(pieces, _where(pieces, NRKW), change)


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

    return _one(pieces, rng, [DOSSIER, NUM, YEAR, VJ], change)


@operator("ocr")
def ocr_chamber(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The chamber's II read as "Il", "lI", "ll" or "11" (the Tweede Kamer, misread)."""
    return _one(
        pieces, rng, [CHAMBER], lambda t: rng.choice(["Il", "ll", "11"]) if t == "II" else t
    )


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

    return _in_word(pieces, rng, misread)


@operator("ocr")
def dropped_letter(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """One letter of a long head word dropped ("Kamerstuken", "Handeligen"): one letter
    short of eight or more still names the word."""

    def drop(word: str, rng: random.Random) -> str:
        at = rng.randint(2, len(word) - 1)
        return word[:at] + word[at + 1 :]

    return _in_word(pieces, rng, drop)


@operator("ocr")
def ocr_nr(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """The abbreviation "nr." misread ("mr.", "ne@", "nr,", "rn."): before a number in a citation, nothing
    else can stand there."""
    misread = rng.choice(["mr.", "ne@", "nr,", "rn."])
    return _one(pieces, rng, [NRKW], lambda t: re.sub(r"\b[Nn]r\.?(?!s)", misread, t, count=1))


@operator("ocr")
def space_in_head(pieces: list[Piece], rng: random.Random) -> list[Piece] | None:
    """A space inside a head word ("Kamer stukken", "Kam erstuk", "Staats courant")."""

    def split(word: str, rng: random.Random) -> str:
        cut = rng.randint(3, len(word) - 3)
        return word[:cut] + " " + word[cut:]

    return _in_word(pieces, rng, split)


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

    return _one(pieces, rng, [VJ, YEAR], split)


#: The perturbation classes, in the order the table shows them.
CLASSES = tuple(OPERATORS)


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
