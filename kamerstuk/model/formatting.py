"""Citation styles: how a citation is written back out.

``aanwijzingen`` follows Aanwijzingen voor de regelgeving 3.43 and 3.45 and keeps every fact, so
``parse(c.format()) == c``; ``kort`` is the short form ministries write; ``identifier`` is the KOOP
identifier. Facts a citation lacks are left out, never invented.

>>> from kamerstuk.model.citations import Kamerstuk
>>> c = Kamerstuk(dossier="35300-VIII", ondernummer="5", chamber="II", vergaderjaar="2019/20")
>>> c.format()
'Kamerstukken II 2019/20, 35300 VIII, nr. 5'
>>> c.format("kort"), c.format("identifier")
('Kamerstuk 35300-VIII, nr. 5', 'kst-35300-VIII-5')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import attrs

from .bladen import Blad, DecentraalBlad
from .citations import WRITERS, Aanhangsel, Bijlage, Citation, Handelingen, Kamerstuk, Kamervragen
from .errors import InvalidValue, NoIdentifier
from .identifiers import identifier_reason, issue_numbered
from .registers import Register
from .values import (
    MONTH_NAMES,
    SUBDOSSIER_FAMILIES,
    SUFFIX_IN_WORDS,
    Chamber,
    Dossier,
    Vergaderjaar,
)

__all__ = ["STYLES", "format_citation"]

#: The styles :meth:`Citation.format` knows.
STYLES = ("aanwijzingen", "kort", "identifier")

_BLAD_ABBREVIATIONS = {
    "stb": "Stb.",
    "stcrt": "Stcrt.",
    "trb": "Trb.",
    "gmb": "Gmb.",
    "prb": "Prb.",
    "wsb": "Wsb.",
    "bgr": "Bgr.",
}


def format_citation(citation: Citation, style: str = "aanwijzingen") -> str:
    """``citation`` written in ``style``; ValueError for an unknown style."""
    if style == "identifier":
        identifier = citation.identifier
        if identifier is None:
            raise NoIdentifier(
                f"no identifier for {citation.format()}: {identifier_reason(citation)}"
            )
        return identifier
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}: choose one of {', '.join(STYLES)}")
    if isinstance(citation, Register):  # one canonical text in every style
        return citation.text()
    if _identifier_only(citation):
        # The identifier is the one text that names the document (and reads back as it), with
        # the pinpoint and date it does not hold itself.
        named = _named(citation) or _dossier_page(citation)
        if named:
            return named
    writer = _WRITERS.get(type(citation))
    if writer is None:
        writer = next((w for cls, w in _WRITERS.items() if isinstance(citation, cls)), _fallback)
    return writer(citation, style == "kort")


# What a citation in words can carry, as the grammar reads it back (grammar.lark: DOSSIER, SEG,
# NUM, LETTER): a dossier number of four or five digits with the suffixes the grammar knows
# (R-numbers, Roman numerals, the fund letters A-M, sub-dossier numbers), an ondernummer (a
# number with a lower-case letter, or Eerste Kamer capitals), a gazette
# number with at most one letter, vergader- and aanhangsel numbers in digits.
_DOSSIER_NUMBER = re.compile(r"[1-9][0-9]{3,4}")
_ONDERNUMMER = re.compile(r"[1-9][0-9]{0,5}[a-z]?|[A-Z]{1,2}")
_STUK_NUMBER = re.compile(r"[1-9][0-9]*[a-z]?")
_BLAD_NUMBER = re.compile(r"[0-9]{1,6}[a-zA-Z]?")
_NUMBER = re.compile(r"[0-9]+")
# The Eerste Kamer's Roman dossiers KOOP has (LXXX to CLXX), cited by a letter (ROMAN_DOSSIER).
_ROMAN_DOSSIER = re.compile(r"C[LXVI]+|XC[IVX]*|LXXX[IVX]*")
_LETTERS = re.compile(r"[A-Z]{1,2}")
# The page of "Handelingen I 23 juni 2009, 36-1624" is one number (the grammar's NUM); others
# ("1624 en 1625") are written with "p." after the date.
_OLD_PAGE = re.compile(r"[0-9]{1,6}")
# ... and a vergadernummer (of at most three digits: "48666-1" would read as Kamerstuk 48666-1).
_OLD_NUMBER = re.compile(r"[0-9]{1,3}")
# A four-digit dossier from 1800 to 2199 with a number after it reads as a vergaderjaar right
# after the head ("Kamerstukken 1813-98"): such a dossier is written with a thousands dot.
_YEARLIKE = re.compile(r"(?:1[89]|2[01])[0-9]{2}")


def _identifier_only(c: Citation) -> bool:
    """True for a citation that no citation in words names, so that its canonical text is its
    identifier: a KOOP version (``kst-17050-339-b2``), KOOP's older numbering
    (``kst-19951996-23700-188b``, ``h-ek-19961997-1206-1206``, ``ah-1106586``), a dossier or a
    number no citation writes (``kst-33-20``, ``kst-C-AG``, ``kst-26122-18G``, ``trb-2011-maart``,
    ``ah-tk-20092010-AH2134``), a Rijkswet stuk filed with its R-number (``kst-23908-R1519-103``).
    """
    if getattr(c, "legacy", False):
        return True
    if c.variant is not None and not (isinstance(c, Kamerstuk) and c.variant == "h1"):
        return True  # a reprint (h1) of a Kamerstuk is said "herdruk"; other versions are not
    if isinstance(c, Kamerstuk) and c.rijkswet_in_id:
        return True  # filed with its R-number, which a citation in words never says
    if isinstance(c, Kamerstuk | Bijlage) and c.dossier is not None:
        return not _dossier_in_words(c.dossier, c.ondernummer)
    if isinstance(c, Handelingen | Aanhangsel):
        numbers = (c.number, getattr(c, "item", None))
        return any(n is not None and not _NUMBER.fullmatch(n) for n in numbers)
    return isinstance(c, Blad) and not _BLAD_NUMBER.fullmatch(c.number)


def _dossier_page(c: Citation) -> str | None:
    """A whole dossier whose last part reads as a stuk in words (``1521-62``) written as the
    link to its page, which the grammar reads back."""
    if not isinstance(c, Kamerstuk) or c.ondernummer is not None or c.legacy:
        return None
    dossier = c.dossier
    if not _DOSSIER_NUMBER.fullmatch(dossier.number):
        return None
    if not all(SUFFIX_IN_WORDS.fullmatch(s) for s in dossier.suffixes):
        return None
    url = c.url
    return url + _tail(c.page, c.date) if url else None


def _named(c: Citation) -> str | None:
    """``c`` written as its identifier, with what the identifier does not hold after it."""
    identifier = c.identifier
    return identifier + _outside(c, identifier) if identifier else None


def _outside(c: Citation, identifier: str) -> str:
    """The pinpoint and date of ``c`` written after its identifier (``trb-2011-maart, p. 7``):
    those its identifier does not hold (``h-tk-19961997-1012-1042`` holds pages 1012-1042)."""
    if c.page is None and c.date is None:
        return ""
    page = c.page if c.page is not None and _held(c, "page", identifier) else None
    day = c.date if c.date is not None and _held(c, "date", identifier) else None
    return _tail(page, day)


def _held(c: Citation, field: str, identifier: str) -> bool:
    """True when ``c`` names the same document without ``field``: the identifier leaves it out."""
    try:
        return attrs.evolve(c, **{field: None}).identifier == identifier
    except (InvalidValue, NoIdentifier):
        return False


def _dossier_in_words(dossier: Dossier, ondernummer: str | None) -> bool:
    """True when a citation in words names ``dossier`` (and its ``ondernummer``): an Eerste
    Kamer Roman dossier only whole or with a letter stuk ("CXLII", "CXLII, letter D")."""
    if _ROMAN_DOSSIER.fullmatch(dossier.number):
        letter = ondernummer is None or bool(_LETTERS.fullmatch(ondernummer))
        return not dossier.suffixes and letter
    suffixes = dossier.suffixes
    if ondernummer is None and suffixes and not _read_as_suffix(dossier):
        return False
    return (
        bool(_DOSSIER_NUMBER.fullmatch(dossier.number))
        and all(SUFFIX_IN_WORDS.fullmatch(s) for s in suffixes)
        and not (ondernummer and not _ONDERNUMMER.fullmatch(ondernummer))
    )


def _read_as_suffix(dossier: Dossier) -> bool:
    """True when the last part of a whole dossier is read back as its suffix: "1521-621" alone
    is stuk 621 of dossier 1521, "21501-20" sub-dossier 20 and "33694-07" (a leading zero) one."""
    last = dossier.suffixes[-1]
    if not _STUK_NUMBER.fullmatch(last):
        return True
    return dossier.number in SUBDOSSIER_FAMILIES and len(dossier.suffixes) == 1 and len(last) == 2


def _head(word: str, chamber: Chamber | None, vj: Vergaderjaar | None) -> str:
    parts = [word]
    if chamber is not None:
        parts.append(chamber.value)
    if vj is not None:
        parts.append(vj.short)
    return " ".join(parts)


def dossier_text(dossier: Dossier, kort: bool = False) -> str:
    """``35300 VIII``, ``21501-20``, ``33183 (R1975)`` (aanwijzingen) or ``35300-VIII`` (kort).

    A four-digit dossier from 1800 to 2199 with a number after it is written with a thousands
    dot (``2.111-98``): ``2111-98`` would read as the vergaderjaar 2111/98.
    """
    number = dossier.number
    if dossier.suffixes and dossier.suffixes[0][0].isdigit() and _YEARLIKE.fullmatch(number):
        number = f"{number[0]}.{number[1:]}"
    if kort:
        return "-".join((number, *dossier.suffixes))
    out = number
    for suffix in dossier.suffixes:
        if re.fullmatch(r"R\d+", suffix):
            out += f" ({suffix})"
        elif suffix[0].isdigit():
            out += f"-{suffix}"
        else:
            out += f" {suffix}"
    return out


# Eerste Kamer letters that alone would read as the word "nr." or "no." (kst-32317-NR is real).
_LETTER_LIKE_NR = re.compile(r"N[OR]S?")


def _ondernummer(nr: str) -> str:
    # The Eerste Kamer's letters stand without "nr." (Aanwijzing 3.43: "31700 VI, D"); "letter"
    # goes before one that would read as "nr." ("32317, letter NR").
    if _LETTER_LIKE_NR.fullmatch(nr):
        return f"letter {nr}"
    return nr if nr.isalpha() and nr.isupper() else f"nr. {nr}"


def _tail(page: str | None, day: dt.date | None) -> str:
    out = f" van {day.day} {MONTH_NAMES[day.month - 1]} {day.year}" if day else ""
    return out + (f", p. {page}" if page else "")


def _kamerstuk(c: Citation, kort: bool) -> str:
    assert isinstance(c, Kamerstuk | Bijlage)
    if isinstance(c, Bijlage) and c.dossier is None:
        return _named(c) or "Bijlage"
    assert c.dossier is not None
    if kort:
        head = "Kamerstuk"
        last = c.dossier.suffixes[-1] if c.dossier.suffixes else ""
        if c.chamber is Chamber.II and not c.ondernummer and re.fullmatch(r"[A-Z]", last):
            # "36200-A" alone reads two ways; the chamber settles it, so kort keeps it.
            head += " II"
    else:
        head = _head("Kamerstukken", c.chamber, c.vergaderjaar)
        head += "," if c.vergaderjaar is not None else ""
    if isinstance(c, Bijlage):
        head = "Bijlage bij " + head
    text = f"{head} {dossier_text(c.dossier, kort)}"
    if c.ondernummer:
        text += ", " + _ondernummer(c.ondernummer)
        if c.variant == "h1" and not c.legacy:
            text += " herdruk"  # KOOP's h1 is the reprint (herdruk) of the stuk
    return text + _tail(c.page, c.date)


def _handelingen(c: Citation, kort: bool) -> str:
    assert isinstance(c, Handelingen)
    day = c.date
    old = c.vergaderjaar is None and _OLD_NUMBER.fullmatch(c.number or "") and not c.item
    if old and day is not None and _OLD_PAGE.fullmatch(c.page or ""):
        # The old Eerste Kamer short form: "Handelingen I 23 juni 2009, 36-1624".
        written = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
        return f"{_head('Handelingen', c.chamber, None)} {written}, {c.number}-{c.page}"
    parts = [_head("Handelingen", c.chamber, c.vergaderjaar)]
    if c.number:
        parts.append(f"nr. {c.number}")
    if c.item:
        parts.append(f"item {c.item}")
    return ", ".join(parts) + _tail(c.page, c.date)


def _aanhangsel(c: Citation, kort: bool) -> str:
    assert isinstance(c, Aanhangsel)
    head = _head("Aanhangsel Handelingen", c.chamber, c.vergaderjaar)
    if c.number is None:  # known by its page, as before 2010-2011: "..., p. 709"
        return head + _tail(c.page, c.date)
    return f"{head}, nr. {c.number}" + _tail(c.page, c.date)


def _kamervragen(c: Citation, kort: bool) -> str:
    assert isinstance(c, Kamervragen)
    # An old question number (kv-2000100840) has no citation form but its identifier.
    named = None if re.fullmatch(r"\d{4}Z\d{5}", c.number) else _named(c)
    if named:
        return named
    return f"Kamervragen {c.number}" + _tail(c.page, c.date)


def _blad(c: Citation, kort: bool) -> str:
    assert isinstance(c, Blad)
    # One announcement in a 1994-1998 Staatscourant issue is known by its identifier only.
    named = _named(c) if c.item or c.glued else None
    if named:
        return named
    word = _BLAD_ABBREVIATIONS.get(c.prefix, c.prefix)
    if c.date is not None and c.prefix == "stcrt" and issue_numbered(c) and c.date.year == c.year:
        # The daily Staatscourant is cited by its date and issue: "Stcrt. 14 april 2003, nr. 72".
        day = f"{c.date.day} {MONTH_NAMES[c.date.month - 1]} {c.date.year}"
        return f"{word} {day}, nr. {c.number}" + _tail(c.page, None)
    if isinstance(c, DecentraalBlad) and (c.issuer or c.afdeling):
        # "Gmb. Breda 2016, 31077", "Gmb. Amsterdam 2008, afd. 2, nr. 402", "Gmb. afd. 2, nr. 402".
        head = " ".join(p for p in (word, c.issuer, None if c.year is None else str(c.year)) if p)
        if c.afdeling is None:
            return f"{head}, {c.number}" + _tail(c.page, c.date)
        where = f"{head}, afd. {c.afdeling}" if c.year is not None else f"{head} afd. {c.afdeling}"
        return f"{where}, nr. {c.number}" + _tail(c.page, c.date)
    if c.year is None:  # made without one: the year is left out, never invented
        return f"{word} nr. {c.number}" + _tail(c.page, c.date)
    return f"{word} {c.year}, {c.number}" + _tail(c.page, c.date)


def _fallback(c: Citation, kort: bool) -> str:
    # Kinds without a citation style of their own (agenda, niet-dossierstuk) are written as
    # their identifier, which the grammar reads back.
    return _named(c) or c.kind


_WRITERS: dict[type[Citation], Callable[[Citation, bool], str]] = {
    Kamerstuk: _kamerstuk,
    Bijlage: _kamerstuk,
    Handelingen: _handelingen,
    Aanhangsel: _aanhangsel,
    Kamervragen: _kamervragen,
    Blad: _blad,
}

WRITERS["format"] = format_citation
