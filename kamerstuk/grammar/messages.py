"""The words of a parse error: what the grammar expected, in plain words, and the head word a
misspelt one was meant to be.

A person reads "expected a number or 'nr.'", never a grammar token, and at most
:data:`MAX_EXPECTED` expectations; where a citation may start, the many ways one can start are
said in one phrase.

>>> expected_words(["NUM", "NRKW", "COMMA"])
("'nr.'", 'a comma', 'a number')
>>> nearest_head("Kamerstuken"), nearest_head("Handelngen"), nearest_head("Zie")
('Kamerstukken', 'Handelingen', None)
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

__all__ = ["EXPECTED", "HEAD_WORDS", "MAX_EXPECTED", "describe", "expected_words", "nearest_head"]

#: The most expectations a message names.
MAX_EXPECTED = 5

#: Plain words for the grammar's terminals, used in "expected ..." messages: no grammar token
#: (a bracket or a comma is said in words); the order is that of importance, see expected_words.
#: A terminal left out is never named: the section of a municipality's blad (AFDELING), which
#: the grammar takes after any gazette's year, would be a strange thing to ask of "Stb. 2019".
EXPECTED = {
    "KST_WORD": "'Kamerstuk'",
    "BIJLAGE": "'Bijlage bij'",
    "HAND_WORD": "'Handelingen'",
    "AANH_WORD": "'Aanhangsel Handelingen'",
    "KV_WORD": "'Kamervragen'",
    "BLAD_WORD": "'Stb.' or 'Trb.'",
    "STCRT_WORD": "'Stcrt.'",
    "LOCAL_WORD": "'Gmb.', 'Prb.', 'Wsb.' or 'Bgr.'",
    "ISSUER": "who issued the blad, such as 'van Breda'",
    "ACT_YEAR": "'van' and a year",
    "FOOTMARK": "a footnote mark",
    "DATESEP": "a comma and a date",
    "CHAMBER": "a chamber (II or I)",
    "CHAMBER_HEAD": "a chamber (II or I)",
    "VJ_WORD": "'vergaderjaar'",
    "VJ": "a vergaderjaar such as 2019/20",
    "DOSSIER": "a dossier number such as 33694",
    "SEG": "a dossier suffix such as VIII",
    "JOINTSEP": "a second dossier",
    "NRKW": "'nr.'",
    "BARE_ONDNR": "an ondernummer",
    "LETTER": "an Eerste Kamer letter such as A",
    "NUM": "a number",
    "ITEMKW": "'item'",
    "ZAAK": "a zaak number such as 2019Z12345",
    "YEAR": "a year",
    "IDENTIFIER": "a KOOP identifier such as kst-33694-20",
    "PAGEKW": "'p.'",
    "PAGES": "a page number",
    "DATEKW": "'d.d.'",
    "DATE": "a date such as 3 oktober 2019",
    "ITEMSEP": "another citation",
    "COMMA": "a comma",
    "EN": "'en'",
    "DASH": "a dash",
    "LPAR": "an opening bracket",
    "RPAR": "a closing bracket",
    "DOSSIER5": "a dossier number such as 33694",
    "ROMAN_DOSSIER": "an Eerste Kamer dossier such as CXXIV",
    "HEADING_DOSSIER": "a dossier number such as 33694",
    "ROMAN_HEADING": "an Eerste Kamer dossier such as CXXIV",
    "SLASHNUM": "a slash and a number",
    "LETTER_KW": "'letter'",
    "HERDRUK": "'herdruk'",
    "STUK_NUM": "an ondernummer",
    "STUK_LETTER": "an Eerste Kamer letter such as A",
    "SLASH_LETTER": "a slash and an Eerste Kamer letter",
    "STUK": "'stuk'",
    "WAS": "'was'",
    "WAS_OPEN": "'(was'",
    "REGISTER_NRKW": "'nr.' opening a line",
    "REGISTER_LETTER": "a letter opening a register's line",
    "LISTED_NRKW": "'(nr.' of a listed stuk",
    "NAMED_NRKW": "'(nr.' after a kind of stuk",
    "ORDVERG": "'e vergadering'",
    "FORMULA_CHAPTER": "a chapter such as VII",
    "FORMULA_JOINT": "a slash before a second dossier",
    "AMEND_PART": "a part such as I",
    "MORE": "another 'nr.'",
    "AGENDA_DASH": "a dash",
    "JAARGANG": "'jaargang'",
    "URL": "a link to officielebekendmakingen.nl",
    "SHORT": "'t.a.p.'",
    "SHORT_WEAK": "'aldaar'",
    "SHORT_WEAK_PAREN": "'aldaar'",
    "SAME_DOSSIER": "'van hetzelfde dossier'",
    "VJ_AGAIN": "a vergaderjaar such as 2019/20",
    "ROMAN_NAMED": "an Eerste Kamer dossier such as CXXIV",
    "ROMAN_LETTER": "an Eerste Kamer letter such as A",
    "JOINT_COMMA": "a second dossier",
    "KV_OLD": "a question number such as 2060702480",
    # The registers beside KOOP's (the grammar's last section).
    "ZAAK_WORD": "'zaaknummer'",
    "DOC_WORD": "'documentnummer'",
    "DOCNR": "a document number such as 2023D41872",
    "ECLI_ID": "an ECLI such as ECLI:NL:HR:2019:123",
    "ECLI_URL": "a link to rechtspraak.nl",
    "BWB_ID": "a BWB id such as BWBR0004770",
    "JCI": "a JCI reference such as jci1.3:c:BWBR0004770",
    "WETTEN_URL": "a link to wetten.overheid.nl",
    "CVDR_ID": "a CVDR id such as CVDR641201",
    "CVDR_URL": "a link to lokaleregelgeving.overheid.nl",
    "CELEX_WORD": "'CELEX'",
    "CELEX_ID": "a CELEX number such as 32016R0679",
    "CELEX_BARE": "a CELEX number such as 32016R0679",
    "EURLEX_URL": "a link to eur-lex.europa.eu",
    "PB_WORD": "'PbEU'",
    "PB_SERIES": "a series, L or C",
    "PB_DATE": "a date such as 4.5.2016",
}

#: The terminals that start a citation: where they are expected, one phrase says them all.
_STARTS = frozenset(
    {"KST_WORD", "BIJLAGE", "HAND_WORD", "AANH_WORD", "KV_WORD"}
    | {"BLAD_WORD", "STCRT_WORD", "LOCAL_WORD"}
)
_START_WORDS = (
    "a head word such as Kamerstukken, Handelingen or Stb.",
    "a dossier number such as 33694",
    "a KOOP identifier such as kst-33694-20",
)
#: The expectations most worth naming, first: what is most often missing.
_FIRST = (
    "a number",
    "a dossier number such as 33694",
    "an ondernummer",
    "'nr.'",
    "a vergaderjaar such as 2019/20",
    "an Eerste Kamer letter such as A",
    "a dossier suffix such as VIII",
)
#: What only joins parts: named last.
_JOINING = ("a comma", "an opening bracket", "a closing bracket", "a dash", "'en'")
_RANK = {
    word: (0, _FIRST.index(word)) if word in _FIRST else (2 if word in _JOINING else 1, rank)
    for rank, word in enumerate(EXPECTED.values())
}

#: The words a citation's head is made of, as the grammar reads them (in any case), for "did
#: you mean" (:func:`nearest_head`).
HEAD_WORDS = (
    "Kamerstuk", "Kamerstukken", "Kamerbrief", "Kamerbrieven", "Kamerdossier", "Wetsvoorstel",
    "Handelingen", "Aanhangsel", "Kamervragen", "Kamervraag", "Zaaknummer", "Vraagnummer",
    "Staatsblad", "Staatscourant", "Tractatenblad", "Gemeenteblad", "Provinciaal", "Provincieblad",
    "Waterschapsblad", "Bijlage", "vergaderjaar", "zittingsjaar", "Tweede", "Eerste", "Kamer",
)  # fmt: skip
_FOLDED = {word.lower(): word for word in HEAD_WORDS}


def expected_words(names: Iterable[str]) -> tuple[str, ...]:
    """The terminals the grammar expected, in plain words (:data:`EXPECTED`): at most
    :data:`MAX_EXPECTED`, the most telling first, said in sorted order."""
    names = set(names)
    if names & _STARTS:  # a citation may start here: one phrase, not twenty ways
        return _START_WORDS
    words = {EXPECTED[n] for n in names if n in EXPECTED}
    kept = sorted(words, key=_RANK.__getitem__)[:MAX_EXPECTED]
    return tuple(sorted(kept))


def nearest_head(word: str) -> str | None:
    """The head word ``word`` is likely a misspelling of, or None (a word of its own).

    Only words of five letters or more are matched, and only closely (difflib's ratio of 0.8):
    "Zie" or "Wet" are words of the text, not misspelt heads.
    """
    if len(word) < 5 or word.lower() in _FOLDED:
        return None
    close = difflib.get_close_matches(word.lower(), _FOLDED, n=1, cutoff=0.8)
    return _FOLDED[close[0]] if close else None


def describe(fragment: str) -> str:
    """What the parser stopped at, for "unexpected ...": its first word, with the head word it
    may be a misspelling of."""
    word = re.match(r"\S{1,12}", fragment)
    if word is None:
        return "space"
    letters = re.match(r"[^\W\d_]+", fragment)
    meant = nearest_head(letters.group()) if letters else None
    hint = f" (did you mean {meant!r}?)" if meant else ""
    return f"{word.group(0)!r}{hint}"
