"""A dossier read where the text goes on into a stuk the grammar cannot read: "Kamerstukken II
2008/09, 30459, No. l", "21.810 4O", "34.171, nr. 23lb".

The longest citation the grammar reads there is the dossier alone, which is not what the text
cites: it cites one stuk of it. Such a reading is decided after the grammar, from where the
grammar itself got stuck reading on past the dossier (:meth:`Engine.parse` raises its
:class:`~kamerstuk.grammar.engine.Stuck`), never by a pattern of its own:

- stuck where the grammar needs the stuk's number (it has read "nr." or a word like it), or
  where it could take a stuk's number but a number glued to letters stands there ("4O");
- there, damage that is OCR's and nothing else is read as the digits it stands for: a lone
  "l" (never a stuk's letter: those are capitals, "nr. I" is the Eerste Kamer's stuk I) is 1,
  as "item l" is item 1 ("ll", "lO": 11, 10), and a number with O, o, l or I beside its digits
  ("4O") is read with digits for them; the grammar reads the text so repaired and decides the stuk;
- any other stuk (a number with a letter glued to it that may be its own, "23lb"; "nr."
  with nothing after it) is one the text cannot be read for: the dossier is left unread, as a
  miss is better than a wrong read.

A compact reference is read so too: stuck right at the dash after its dossier, before a part
the grammar cannot read, it is left unread ("35300-l-5": chapter I, or suffix 1?), unless that
part is the stuk after a suffix with OCR letters for its digits ("35300-VIII-l": stuk 1). A
Roman part after a chapter, joined by a dash, which the grammar reads as a second chapter
("35963-IIA-I"), is a stuk too (two chapters are joined by "en" or "/"): under the Tweede Kamer
its I's are OCR's 1s, elsewhere it is left unread (the Eerste Kamer's letter I, or stuk 1?). And a
stuk "I" of the Tweede Kamer (chamber II), which numbers its stukken and has no letters, is
OCR's 1 ("Kamerstukken II 2006/07, 30151, nr. I"); under chamber I, or none, it stays the
Eerste Kamer's letter I.

The repair is a same-length substitution, so the spans the grammar gives are those of the text.

>>> from kamerstuk.grammar.parsing import engine
>>> text = "Kamerstukken II 2008/09, 30459, No. l hier"
>>> found, end = engine().longest(text, 0, len(text))
>>> found, end = settled(text, 0, found, end)
>>> [f.citation.identifier for f in found], end
(['kst-30459-1'], 37)
>>> text = "Kamerstukken II 2008/09, 30459, nr. 23lb hier"
>>> found, end = engine().longest(text, 0, len(text))
>>> settled(text, 0, found, end)
([], 0)
"""

from __future__ import annotations

import re

from ..grammar.parsing import engine
from ..model.citations import Bijlage, Kamerstuk
from ..model.errors import InvalidValue, NoIdentifier, ParseError
from ..model.found import Found
from ..model.values import Chamber
from .digits import as_digits

__all__ = ["WINDOW", "repaired_copy", "settled"]

#: How far past its start the grammar reads a citation (extract.WINDOW; this module is imported
#: by extract, so it cannot take it from there).
WINDOW = 1200
# What a reading again takes before its start, for the lexer's looks back (a few characters).
_BEFORE = 16
# The terminals of a stuk's number: where these are all the grammar can take, it has read a
# stuk's keyword and needs its number.
_STUK_NUMBER = frozenset({"NUM", "LETTER", "NRKW"})
# A bare stuk's number, which the grammar may take right after a dossier ("21.810 40").
_BARE_STUK = "BARE_ONDNR"
# A number with letters OCR puts for digits beside its digits, ending where a word would: the
# run the grammar got stuck at ("4O", "1O0", "l2"); "23lb" goes on into a letter and is none.
_OCR_NUMBER = re.compile(r"(?=[0-9OolI]*[0-9])[0-9OolI]+(?![^\W_])")
# A lone "l" where a stuk's number goes, or two letters for digits that open with it ("ll", "lO").
_LONE_L = re.compile(r"l[lOoI]?(?![^\W_])")
# A stuk's number ending in a capital S or Z, OCR's 5 or 2 ("nr. 1S"): KOOP's stuk letters are
# lower case, so the grammar takes none (a B it takes: a stuk's b, in capitals "NR. 188B").
_CAPITAL_DIGIT = re.compile(r"[0-9]{1,3}[SZ](?![^\W_])")
_CAPITAL_DIGITS = str.maketrans("SZB", "528")
_WORDS = re.compile(r"[^\W_]+")
# A comma and the spaces after it, with one line break at most (a blank line ends a citation).
_AFTER_COMMA = re.compile(r",[^\S\n]*(?:\n[^\S\n]*)?")
# A compact reference's part after its dossier and the stuk after that ("-l-5").
_COMPACT_TAIL = re.compile(r"-[^\W_]{1,4}-[0-9]")
# A compact reference's last number after the dash, perhaps with OCR letters for its digits.
_COMPACT_LONE = re.compile(r"-[*_]{0,3}([0-9OolI]{1,4})(?![^\W_])")
# A chapter, a dash and a Roman part after it, in a compact reference ("35963-IIA-I"): where
# the grammar read that part as a second chapter. Where to look only.
_ROMAN_AFTER_CHAPTER = re.compile(
    r"(?<![^\W\d_])[IVX]+[AB]?[*_]{0,3}-[*_]{0,3}(?P<part>[IVX]+)(?![^\W_])"
)
# What may follow a dossier where the grammar's reading on says anything: a compact
# reference's dash, or a comma and spaces and what a stuk's keyword ("nr.", "No.", "nummer")
# or number starts with (also OCR's "l" for a 1, where no letter follows: "l35", not "leden"),
# unless a plain number follows (the lexer reads it: where the reading stopped before it, the
# models rejected its value, "nr. 063"). Where to look only.
_AHEAD = re.compile(
    r"-|[,\s]+(?!(?:[^\W\d_]{1,7}(?:\.[^\S\n]*|[^\S\n]+))?[0-9]+(?![^\W_]))"
    r"(?:[nN0-9]|l(?=[0-9OolI]*(?![^\W_])))"
)


# Emphasis markers inside a citation after its dossier, around its chapter or stuk, that the
# markup's repair leaves: "35963-**IIA**-1", "35963 *VII*, nr. 1", "**35963-IIA**-1" (where the
# reading ends before "**"): a marker in the two characters after the reading (a separator and
# a marker, or a marker), the part to read again, and how far it goes.
_MARKED_PART = re.compile(
    r"[*_]{0,3}(?:-|[^\S\n]+)?[*_]{0,3}(?:[IVX]+[AB]?|[A-M]|[0-9]{1,4}[a-z]?)?[*_]{0,3}"
    r"(?:-[*_]{0,3}[0-9]{1,4}[a-z]?[*_]{0,3})?"
)
_MARKERS = re.compile(r"[*_](?=[^*_]*[^\W_])|(?<=[^\W_])[*_]")
_MARKED_LONGEST = 24


def settled(text: str, start: int, found: list[Found], end: int) -> tuple[list[Found], int]:
    """``found`` (the grammar's reading at ``start``, to ``end``), unless its last document is
    a dossier (or a Bijlage bij one) and the grammar, reading on, is stuck in a stuk after it:
    then the reading of the text with that stuk's OCR damage repaired, or (damage of another
    kind) none; or a Tweede Kamer stuk "I", read as 1 (:func:`_numbered`)."""
    last = found[-1].citation
    if type(last) is not Kamerstuk and type(last) is not Bijlage:
        return found, end
    if len(found) > 1 and any(_part_after_chapter(text, f) for f in found[:-1]):
        return [], start  # a list with a stuk read as a chapter in it: see _after_chapter
    if last.ondernummer is not None:
        if (last.ondernummer in _TK_DIGITS and last.chamber is Chamber.II) or _mixed(found):
            letter = last.ondernummer if last.chamber is Chamber.II else "I"
            return _numbered(text, start, found, end, letter if letter in _TK_DIGITS else "I")
        return found, end
    if last.dossier is None:
        return found, end
    after = found[-1].end
    if "*" in text[after : after + 2] or "_" in text[after : after + 2]:  # most have none
        unmarked = _unmarked(text, start, found)
        if unmarked is not None:
            return unmarked
    if len(last.dossier.suffixes) > 1:
        part = _part_after_chapter(text, found[-1])
        if part is not None:
            return _after_chapter(text, start, found, end, part)
    if last.page is not None:
        return found, end
    ahead = _AHEAD.match(text, after)
    if ahead is None:
        return found, end  # what follows is no stuk's keyword or number: the common case
    stop = min(len(text), start + WINDOW)
    if ahead.end() - after == 1 and text[after] == "-":
        return _compact(text, start, stop, (found, end), bool(last.dossier.suffixes))
    at, keyword = _stuck_in_stuk(text, start, stop, after)
    if at < 0:
        return found, end
    repaired = _repaired(text, at, stop)
    read = _reread(text, start, stop, repaired) if repaired is not None else None
    if read is not None and read[1] > at:
        return list(read[0]), read[1]
    if keyword or repaired is None:
        return [], start
    return found, end  # a bare number that, repaired, is no stuk's ("3O mei": a date)


def _unmarked(text: str, start: int, found: list[Found]) -> tuple[list[Found], int] | None:
    """The reading of a compact reference or a dossier whose chapter, or the stuk after it,
    markdown emphasis marks inside the citation ("35963-**IIA**-1", "35963 *VII*, nr. 1",
    "**35963-IIA**-1"), which the markup's repair leaves (markers after a dash, or closing
    before one, are no word's): the grammar reads the citation without those markers, and its
    reading is taken where it reads past them; None where it does not."""
    after = found[-1].end
    part = _MARKED_PART.match(text, after, min(len(text), after + _MARKED_LONGEST))
    if part is None or not _MARKERS.search(part.group()):
        return None
    written = part.group()
    kept = [i for i, char in enumerate(written, after) if char not in "*_"]
    low = max(0, start - _BEFORE)
    stop = min(len(text), start + WINDOW)
    probe = text[low:after] + "".join(text[i] for i in kept) + text[part.end() : stop]
    read = engine().longest(probe, start - low, len(probe))
    if read is None or read[1] + low <= after:
        return None
    # What the grammar reads there is decided as any reading is ("35963-**IIA**-I").
    decided, end = settled(probe, start - low, list(read[0]), read[1])
    if not decided:
        return [], start
    cut = after - low  # the probe's characters: the text's to ``after``, the kept, the rest

    def placed(at: int) -> int:
        """Where the probe's character at ``at`` stands in ``text``."""
        if at < cut:
            return low + at
        if at < cut + len(kept):
            return kept[at - cut]
        return part.end() + at - cut - len(kept)

    again = [Found(f.citation, placed(f.start), placed(f.end - 1) + 1, f.marked) for f in decided]
    return again, placed(end - 1) + 1


# A Tweede Kamer stuk's lone capital that is OCR's digit ("Kamerstukken II ..., nr. S": nr. 5).
_TK_DIGITS = {"I": "1", "S": "5", "B": "8", "Z": "2"}
_STUK_KEYWORD = re.compile(r"(?i:nrs?|nos?|nummers?)\.?[^\S\n]*$")


def _numbered(
    text: str, start: int, found: list[Found], end: int, letter: str = "I"
) -> tuple[list[Found], int]:
    """The reading of a Tweede Kamer stuk "I" (``found``, to ``end``): the Tweede Kamer numbers
    its stukken, so the lone "I" is OCR's 1 ("Kamerstukken II 2019/20, 30151, nr. I"), as is
    an "I" among numbers in a list (:func:`_mixed`); the grammar reads the text with the last
    lone "I" in the citation read as 1, where that gives the same documents with 1 for the last
    "I". Else the reading as it was (the chamber may be wrong). So too a lone S, B or Z
    (``letter``: 5, 8, 2) after a stuk's keyword ("nr. S"), which where it cannot be so read is
    left unread: the Eerste Kamer writes its letters without "nr."."""
    digit = _TK_DIGITS[letter]
    span = text[start:end]
    at = span.rfind(letter)
    while at > 0 and (span[at - 1].isalnum() or span[at + 1 : at + 2].isalnum()):
        at = span.rfind(letter, 0, at)
    if at <= 0:
        return found, end
    # An S, B or Z is OCR's after "nr." only; "35300, B" is a letter, the chamber wrong (KS206).
    if letter != "I" and _STUK_KEYWORD.search(span, 0, at) is None:
        return found, end
    kept = (found, end) if letter == "I" else ([], start)
    at += start
    again = _reread(text, start, end, (at, at + 1, digit))
    if again is None or len(again[0]) != len(found) or again[1] != end:
        return kept
    numbers = [_number(f) for f in found]
    at_i = len(numbers) - 1 - numbers[::-1].index(letter)  # the last letter read, now a digit
    numbers[at_i] = digit
    if [_number(f) for f in again[0]] != numbers:
        return kept
    return list(again[0]), end


def _number(found: Found) -> str | None:
    """The ondernummer of ``found``'s Kamerstuk (or Bijlage), if it has one."""
    citation = found.citation
    return citation.ondernummer if isinstance(citation, Kamerstuk | Bijlage) else None


def _mixed(found: list[Found]) -> bool:
    """True when a list of stukken has an "I" among numbers ("nrs. I en 2"): the Eerste
    Kamer's letters are listed with letters, numbers with numbers, so the "I" is OCR's 1 (a
    letter that is no OCR's digit stays: "nrs. 5 en A" cites a letter beside a number)."""
    if len(found) < 2:
        return False
    numbers = [_number(f) for f in found]
    if "I" not in numbers or "1" in numbers:  # "nrs. 1, I en 3": no 1 twice
        return False
    return any(n is not None and n[0].isdigit() for n in numbers)


def _part_after_chapter(text: str, found: Found) -> re.Match[str] | None:
    """The Roman part after a chapter, joined to it by a dash, that the grammar read as the
    last of the two suffixes of ``found``'s dossier ("35963-IIA-I"); None where there is
    none (a dossier with one suffix, "35300-VIII"; a fund letter, "35300-VI-D")."""
    citation = found.citation
    if type(citation) is not Kamerstuk and type(citation) is not Bijlage:
        return None
    suffixes = () if citation.dossier is None else citation.dossier.suffixes
    if len(suffixes) < 2 or not suffixes[-1].isalpha():
        return None
    part = _ROMAN_AFTER_CHAPTER.search(text, found.start, found.end)
    return part if part is not None and part.group("part") == suffixes[-1] else None


def _after_chapter(
    text: str, start: int, found: list[Found], end: int, part: re.Match[str]
) -> tuple[list[Found], int]:
    """The reading of a compact reference that the grammar gives a Roman ``part`` after its
    chapter ("35963-IIA-I", to ``end``): two chapters are joined by "en" or "/", never by a
    dash, so only a stuk stands there. Under the Tweede Kamer, which numbers its stukken, a
    part of I's only is OCR's 1s ("Kamerstukken II 2019/20, 35300-VIII-I": stuk 1), read by
    the grammar with digits for them; elsewhere it is the Eerste Kamer's letter or OCR's 1,
    which nothing tells apart: left unread."""
    written, last = part.group("part"), found[-1].citation
    chamber = last.chamber if isinstance(last, Kamerstuk | Bijlage) else None
    if chamber is Chamber.II and written.strip("I") == "":
        digits = (part.start("part"), part.end("part"), "1" * len(written))
        again = _reread(text, start, min(len(text), start + WINDOW), digits)
        if again is not None and again[1] >= part.end("part"):
            read = again[0][-1].citation
            if isinstance(read, Kamerstuk | Bijlage) and read.ondernummer == digits[2]:
                return list(again[0]), again[1]
    return [], start


def _stuck_in_stuk(text: str, start: int, stop: int, end: int) -> tuple[int, bool]:
    """Where the grammar, reading on from ``start`` past a dossier ending at ``end``, is stuck
    in a stuk it cannot read, and whether it read the stuk's keyword; -1 where it is not stuck
    so (it stops at the dossier, or in another part)."""
    parsed = engine()
    try:
        parsed.parse(text, start, stop)
    except parsed.Stuck as stuck:
        at = stuck.offset
        if at < end or at >= stop:
            return -1, False
        expected = stuck.expected
        if at > end and "NUM" in expected and expected <= _STUK_NUMBER and _one_word(text, end, at):
            return at, True  # right after "nr." (or a word like it): its number unreadable
        if stuck.token is None and _BARE_STUK in expected:
            comma = _AFTER_COMMA.match(text, at, stop) if at == end else None
            at = at if comma is None else comma.end()  # ", l": stuck at the comma
            if at > end and _glued(text, end, at, stop):
                return at, False  # a number where a bare stuk's goes, with OCR letters in it
    except (InvalidValue, NoIdentifier, ParseError, ValueError):
        pass
    return -1, False


def _glued(text: str, end: int, at: int, stop: int) -> bool:
    """True when a number with letters glued to it stands at ``at``, right after the dossier
    that ends at ``end`` ("21.810 4O"; not "35 300 30 mei")."""
    if text[end:at].replace(",", " ").strip():
        return False
    word = _WORDS.match(text, at, stop)
    if word is None or word.group().isdigit():
        return False
    # "4O", "l35" (OCR's l for a 1 first) and a lone "l": a number with OCR letters for digits.
    written = word.group()
    return text[at].isdigit() or written == "l" or _OCR_NUMBER.fullmatch(written) is not None


def _compact(
    text: str, start: int, stop: int, read: tuple[list[Found], int], suffixed: bool
) -> tuple[list[Found], int]:
    """The reading ``read`` of a dossier before a dash, unless the compact reference goes on
    with a part the grammar cannot read: then, where that is the stuk after a suffix with OCR
    letters for its digits ("35300-VIII-l"), its reading with them repaired, else none
    ("35300-l-5": chapter I or suffix 1? "35300-l": chapter I or stuk 1?)."""
    after = read[0][-1].end
    tail = _COMPACT_TAIL.match(text, after, stop)
    lone = _COMPACT_LONE.match(text, after, stop)
    if (tail is None and lone is None) or not _stuck_at(text, start, stop, after):
        return read
    number = lone.start(1) if lone is not None and suffixed else -1
    repaired = _repaired(text, number, stop) if number > 0 else None
    again = _reread(text, start, stop, repaired) if repaired is not None else None
    if again is not None and again[1] > number:
        return list(again[0]), again[1]
    return [], start


def _stuck_at(text: str, start: int, stop: int, at: int) -> bool:
    """True where the grammar, reading from ``start``, is stuck at ``at``: its lexer reads
    nothing there."""
    parsed = engine()
    try:
        parsed.parse(text, start, stop)
    except parsed.Stuck as stuck:
        return stuck.offset == at and stuck.token is None
    except (InvalidValue, NoIdentifier, ParseError, ValueError):
        pass
    return False


def _one_word(text: str, end: int, at: int) -> bool:
    """True when ``text[end:at]``, between the dossier and where the grammar is stuck, is one
    word (the stuk's keyword) with separators around it: the grammar is stuck in the stuk
    right after the dossier, not one it read on to past other words."""
    return len(_WORDS.findall(text, end, at)) == 1


def _repaired(text: str, at: int, stop: int) -> tuple[int, int, str] | None:
    """The stuk's number at ``at`` with its OCR letters read as digits: its span and the digits;
    None where the damage there is not OCR's alone."""
    number = _OCR_NUMBER.match(text, at, stop) or _LONE_L.match(text, at, stop)
    if number is None:
        number = _CAPITAL_DIGIT.match(text, at, stop)
        if number is None:
            return None
    written = number.group()
    digits = as_digits(written).translate(_CAPITAL_DIGITS)
    if digits == written:
        return None  # digits alone, yet unread: no letter to repair
    return at, number.end(), digits


def repaired_copy(
    text: str, start: int, stop: int, repair: tuple[int, int, str]
) -> tuple[str, int]:
    """``text[low:stop]`` with ``repair`` (a span and what is read there, as long) made, and
    ``low``: a few characters before ``start``, for the lexer's looks back. Only the citation
    is copied: a copy of all the text before it, for each such citation, would make find()'s
    time grow with the square of a long text's length.

    >>> repaired_copy("Zie Kamerstuk 3I.910 hier", 4, 25, (14, 20, "31.910"))
    ('Zie Kamerstuk 31.910 hier', 0)
    """
    at, after, written = repair
    low = max(0, start - _BEFORE)
    return text[low:at] + written + text[after:stop], low


def _reread(
    text: str, start: int, stop: int, repair: tuple[int, int, str]
) -> tuple[list[Found], int] | None:
    """The grammar's reading at ``start`` of ``text[:stop]`` with ``repair`` (a span and what
    is read there, as long) made (:func:`repaired_copy`); spans in ``text``."""
    probe, low = repaired_copy(text, start, stop, repair)
    read = engine().longest(probe, start - low, len(probe))
    if read is None:
        return None
    return [Found(f.citation, f.start + low, f.end + low, f.marked) for f in read[0]], read[1] + low
