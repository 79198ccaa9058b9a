"""A citation whose comma between two fields OCR has read as a full stop, semicolon or colon:
"Stb. 2019. 511", "Stcrt. 2018: 37045", "Kamerstukken II 2016/17. 34 550 XIII. nr. 4",
"Gmb. 2015; nr. 390725".

Such a citation has no comma for the repair layer to look from, and a pass of its own over all
text for these signs costs more than the read is worth; yet its head word has been proposed and
the grammar read from there until it got stuck at the sign, needing a comma. That is decided
after the grammar, from where it got stuck (:class:`~kamerstuk.grammar.engine.Stuck`), so text
where every reading goes well pays nothing (:mod:`kamerstuk.text.ocr_dossier` asks):

- stuck at ".", ";" or ":" where the grammar can take a comma (``COMMA`` among what it
  expects), with a number, "nr." or "item" after it (a space between at most);
- the sign read as a comma, and so again where the reading stops at another such sign before
  "nr." or "item" ("34 550 XIII. nr. 4") or reads a dossier and the stuk after such a sign
  apart ("34 550 XIII; nr. 4": one document), three at most;
- the reading so made kept; after a full stop before a bare number, only where it has a field
  after the sign's ("2016/17. 34 550, nr. 4") or runs to what closes a citation: a comma,
  semicolon, bracket or closing quote, a table's bar or tab, a full stop before a space or
  the text's end, a line's end. A lone number after a full stop that goes on into words opens
  a sentence ("Kamerstukken II 2016/17. 35 000 mensen"): no reading; nor where one or two
  capitals follow the stop ("35353. W": an Eerste Kamer letter, or "U" opening a sentence?).
  A semicolon or colon ends no sentence, and "nr." after a full stop opens none ("Gmb. 2018:
  313084 voor ...", "Stb. 1998. nr. 248 voor ...": read).

The repair is a same-length substitution in a copy of the citation's window, so the spans the
grammar gives are those of the text.

>>> from kamerstuk.grammar.parsing import engine
>>> text = "Zie Stb. 2019. 511."
>>> failure = []
>>> engine().longest(text, 4, len(text), failure) is None
True
>>> found, end = reread(text, 4, failure)
>>> [text[f.start : f.end] for f in found], failure
(['Stb. 2019. 511'], [])
>>> text = "Zie Kamerstukken II 2016/17. 35 000 mensen."
>>> failure = []
>>> engine().longest(text, 4, len(text), failure) is None
True
>>> reread(text, 4, failure)
([], 4)
"""

from __future__ import annotations

import re

from ..grammar.parsing import engine
from ..model.citations import Bijlage, Handelingen, Kamerstuk
from ..model.found import Found
from .unread_stuk import WINDOW, settled

__all__ = ["SIGNS", "joined", "reread", "titled"]

#: The signs OCR reads for a comma between fields.
SIGNS = frozenset(".;:")
# What the grammar takes for a comma.
_COMMA = "COMMA"
# The sign where the grammar got stuck, then a number, "nr." or "item" (a space between at
# most); and the sign after a reading, before "nr." or "item" only (before a number it may end
# the citation: "Stb. 2019, 511. 12 leden ...").
# (In lower case or capitals: "Nr." after a full stop opens a sentence, "35 300. Nr. 5 ...".)
_WORDS = r"(?:nrs?|no\.|nummers?|item|NRS?|NO\.|NUMMERS?|ITEM)(?![^\W\d_])"
# (A Publicatieblad's series, "PbEU 2015; L 255/43", is a field as "nr." is.)
# (So too before the word of a vergaderjaar after its chamber, "Kamerstukken II: Zitting
# 1950-1951-7606", and before a gazette's word after the act's date, "de Wet van 27 juli 2020.
# Stb. 598", where text/heads.py proposes the date.)
_HEAD_FIELDS = r"(?i:zitting|vergaderjaar)[^\S\n]"
_DATED_GAZETTE = r"(?<=[0-9]{4}[.;:])[^\S\n]?(?i:stb|stcrt)\.?[^\S\n]*[0-9]"
_SIGN = re.compile(
    rf"[.;:](?=[^\S\n]?(?:[0-9]|{_WORDS}|[LC][^\S\n][0-9]|{_HEAD_FIELDS})|{_DATED_GAZETTE})"
)
# What a field ends in before the sign besides a digit: a bracket, a Roman chapter.
_FIELD_ENDS = frozenset(")IVX")
# A bare number after the sign.
_BARE = re.compile(r"[^\S\n]?[0-9]")
# (A line break converted from HTML may stand after it: "27492.<br>nr. 869".)
_FIELD = re.compile(rf"[.;:](?=(?:\s|<br[^\S\n]*/?>)?{_WORDS})")
# After a dossier: "nr." or the like, or an Eerste Kamer letter, after a full stop only where
# the letter ends the citation ("36760. Z)"; "36760. U kunt" opens a sentence).
# (A capital "Nr." after a semicolon or colon: no sentence opens there, "5642: Nr. 607".)
_STUK = re.compile(
    rf"{_FIELD.pattern}|[;:][^\S\n]?[A-Z]{{1,2}}(?![^\W\d_])|[;:][^\S\n]?(?:Nrs?|NRS?)\.?[^\S\n]?[0-9]"
    r"|\.[^\S\n]?[A-Z]{1,2}(?=[)\],;]|\.(?:\s|$)|[^\S\n]*$)"
)
# Where a citation's reading may end: a comma, semicolon, bracket or closing quote, a full stop
# before a space or the text's end, a line's end or the text's.
# (Or a word glued to the number, as PDF text glues a table's cells: "2005. 35089Besluiten";
# a count that opens a sentence has a space before its word.)
_CLOSES = re.compile(
    r"[^\S\n]*(?:[,;)\]\u201d\u2019\u00bb\"'|\t]|\.(?![^\S\n][A-Z]{1,2}(?![^\W\d_]))(?:\s|$)|\n|$)"
    r"|(?<=[0-9])[A-Z][a-z]"
)
# A number the grammar read to its end, then a space and digits up to a table's next column (a
# tab, a bar): one number OCR split ("nr. 10 9"), or a number and the column's value? Neither
# is read: a miss is better than a wrong read.
_PARTED = re.compile(r" [0-9]{1,5}[^\S\n]*[\t|]")
# The documents a stuk's number after the sign belongs to.
_DOSSIERS = (Kamerstuk, Bijlage)
# The most signs repaired in one citation.
_MOST = 3
# What a reading again takes before its start, for the lexer's looks back.
_BEFORE = 16


def reread(text: str, start: int, failure: list[Exception]) -> tuple[list[Found], int]:
    """The reading at ``start`` of ``text`` with the signs OCR read for its commas read as
    commas, where the grammar got stuck at one (``failure``, its last error, from the reading
    at ``start``), and ``failure`` emptied; no reading (``[]``, ``start``) where it is not
    stuck so or the reading so made does not close."""
    stuck = failure[-1]
    at = getattr(stuck, "offset", -1)
    if _COMMA not in getattr(stuck, "expected", ()) or _SIGN.match(text, at) is None:
        return [], start
    if not (text[at - 1 : at].isdigit() or text[at - 1 : at] in _FIELD_ENDS):
        return [], start  # after the head word itself: "Gemeenteblad. 2019, 12 mensen"
    # Only a full stop before a bare number may end a sentence: "; nr. 13", ": 313084" cannot.
    closes = text[at] == "." and _BARE.match(text, at + 1) is not None
    found, end = _repaired(text, start, at, closes)
    if found:
        failure.clear()
    return found, end


# The Staatsblad's (or Tractatenblad's) full title and a sign for the comma before its
# "jaargang": the grammar takes the title only before a comma, so it is stuck after the word.
_TITLE = re.compile(
    r"(?i:staatsblad|tractatenblad)[^\S\n]+(?i:van[^\S\n]+het[^\S\n]+koninkrijk[^\S\n]+der"
    r"[^\S\n]+nederlanden)(?P<sign>[.;:])[^\S\n]?(?i:jaargang)[^\S\n]"
)


def titled(text: str, start: int, failure: list[Exception]) -> tuple[list[Found], int]:
    """The reading at ``start`` of a gazette's full title with a sign OCR read for the comma
    before its "jaargang" ("Staatsblad van het Koninkrijk der Nederlanden: jaargang 1956, nr.
    447"), and ``failure`` emptied; no reading (``[]``, ``start``) where there is none such."""
    title = _TITLE.match(text, start)
    if title is None:
        return [], start
    found, end = _repaired(text, start, title.start("sign"), False)
    if found:
        failure.clear()
    return found, end


def joined(text: str, start: int, found: list[Found], end: int) -> tuple[list[Found], int]:
    """The grammar's reading ``found`` at ``start`` (to ``end``); none (``[]``, ``start``)
    where a space and digits up to a table's next column follow it ("nr. 10 9\taangenomen");
    or, where a dossier in it
    stands before a sign OCR read for a comma and "nr." after it ("Kst. 27492: nr. 869",
    "34 550 XIII; nr. 4"), the reading with the sign read as a comma: one document, the stuk,
    not the dossier and then the stuk; so too a Handelingen's vergadering before its item
    ("nr. 2; item 29") and its date before its number ("19 juni 1995: 42-3948;"), where the
    reading so made closes. Quick where no sign follows a document (most readings).
    """
    if text[end : end + 1] == " " and _PARTED.match(text, end) is not None:
        return [], start
    for each in found:
        if text[each.end : each.end + 1] in SIGNS:
            citation = each.citation
            kind = type(citation)
            if kind in _DOSSIERS and getattr(citation, "ondernummer", 0) is None:
                sign, closes = _STUK, False  # a stuk after its dossier, nothing else
            elif kind is Handelingen and citation.item is None:  # type: ignore[attr-defined]
                # an item after its vergadering; the vergadering after the day's date
                unnumbered = citation.number is None  # type: ignore[attr-defined]
                sign, closes = (_SIGN if unnumbered else _FIELD), True
            else:
                continue
            if sign.match(text, each.end) is not None:
                again, stop = _repaired(text, start, each.end, closes)
                if again and stop >= end:
                    return again, stop
    return found, end


def _repaired(text: str, start: int, at: int, closes: bool) -> tuple[list[Found], int]:
    """The reading at ``start`` with the sign at ``at`` read as a comma, and so on past each
    sign the reading so made stops at or parts its documents at (three at most), in ``text``'s
    spans; none where it does not close and must (``closes``: the grammar got stuck at the
    sign, which may end a sentence; before "nr." after a dossier it cannot)."""
    read: tuple[list[Found], int] | None = None
    low = max(0, start - _BEFORE)
    probe = text[low : min(len(text), start + WINDOW)]
    at -= low
    first = at
    for _ in range(_MOST):  # (the first sign the caller has looked at)
        if at < 0 or (read is not None and _FIELD.match(probe, at) is None):
            break
        probe = probe[:at] + "," + probe[at + 1 :]
        again: list[Exception] = []
        read = engine().longest(probe, start - low, len(probe), again)
        if read is None:
            stuck = again[-1] if again else None
            expected = getattr(stuck, "expected", ())
            at = getattr(stuck, "offset", -1) - low if _COMMA in expected else -1
        else:
            at = _next_sign(probe, read)  # a sign before "nr." or "item" ("XIII. nr. 4")
    if read is None or not read[0] or read[1] <= first:
        return [], start
    if closes and probe.find(",", first + 1, read[1]) < 0 and not _CLOSES.match(probe, read[1]):
        return [], start
    found, end = settled(probe, start - low, list(read[0]), read[1])
    if not found:
        return [], start
    return [Found(f.citation, f.start + low, f.end + low, f.marked) for f in found], end + low


def _next_sign(probe: str, read: tuple[list[Found], int]) -> int:
    """Where in ``read`` a sign before "nr." or "item" parts the fields of one citation: at its
    end, or after a document the grammar read apart from the stuk after it ("34 550 XIII; nr.
    4" is the stuk, not its dossier and then the stuk); -1 where none does."""
    for found in read[0][:-1]:
        if _FIELD.match(probe, found.end) is not None:
            return found.end
    return read[1]
