"""Proposers for the identifiers of the registers beside KOOP's: Tweede Kamer document numbers,
ECLI, BWB, CVDR, CELEX and the Publicatieblad (the grammar's last section decides).

As the other proposers (:mod:`kamerstuk.text.heads`), each pattern opens with a literal that
``re`` skips ahead to quickly, and most with one rare character: the "D" of "2023D41872" and of a
decision's CELEX number "32019D0001", the "R" and "L" of the other CELEX numbers, the colon of
"ECLI:" and of the EU courts' "EU:C:", the "C" of "CELEX", "CVDR" and a URL-encoded ECLI (the
"x" of a lower-case "celex"), the "W"
of "BWB", the "P" of "PbEU" and the "J" of "OJ". Each pass runs only where one of the kinds it
serves is asked for (:func:`register_proposers`), so text read for the default kinds pays for
none of them. A
link (rechtspraak.nl, wetten.overheid.nl, lokaleregelgeving.overheid.nl, eur-lex.europa.eu) is
found by the identifier in it and traced back to its start.

>>> from kamerstuk.model.kinds import kinds_of
>>> text = "Zie ECLI:NL:HR:2019:123 en BWBR0004770."
>>> sorted({t(m, text) for p, t in register_proposers(kinds_of("all")) for m in p.finditer(text)})
[4, 27]
"""

from __future__ import annotations

import functools
import re

from .lazy_patterns import LazyPattern
from .leads import SP, Starts, Tracer

__all__ = ["register_proposers"]

# Characters that glue an identifier to the word before it: then it is part of something else
# (a longer code, a file name). A link's own characters are traced back past.
_GLUE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/._\\")
_YEAR = LazyPattern(r"(?:19|20)[0-9]{2}")
# Words that name a number before it: "documentnummer 2023D41872", "CELEX-nummer".
_DOC_HEAD = LazyPattern(rf"(?i:documentnummers?|documentnr\.?|document){SP}*$")
# Links, read back from the identifier in them.
_RECHTSPRAAK = LazyPattern(
    r"(?:https?://)?(?:uitspraken|deeplink|data|www)\.rechtspraak\.nl/[A-Za-z0-9/.]*\?"
    r"(?:[A-Za-z]+=[^&\s]*&)*id=$"
)
_EURLEX = LazyPattern(
    r"(?:https?://)?eur-lex\.europa\.eu/[A-Za-z\-/]*(?:/|\.do)\?(?:[A-Za-z]+=[^&\s]*&)*uri=$"
)
_LOKAAL = LazyPattern(r"(?:https?://)?lokaleregelgeving\.overheid\.nl/$")
_WETTEN = LazyPattern(r"(?:https?://)?(?:www\.)?wetten\.overheid\.nl/$")
_JCI = LazyPattern(r"jci[0-9]+(?:\.[0-9]+)?:[a-z]:$")
#: How far back from its identifier a link may start: "https://uitspraken.rechtspraak.nl/
#: inziendocument?id=" is 52 characters; parameters before "id=" make it longer.
_LINK_BACK = 120


# An identifier that opens with letters ("ECLI", "CVDR") may follow a footnote number that PDF
# text glued to it ("4ECLI:NL:HR:2019:1"): before it, only letters and signs glue.
_WORD_GLUE = _GLUE - frozenset("0123456789")


def _free(text: str, start: int, glue: frozenset[str] = _GLUE) -> int | None:
    """``start``, unless the character before it glues it to a longer word."""
    return None if start < 0 or (start and text[start - 1] in glue) else start


def _linked(text: str, start: int, link: LazyPattern) -> Starts:
    """The start of the link that ends at ``start`` (then the identifier's own start too), or
    the identifier's start alone where it is free (it opens with letters)."""
    found = link.search(text, max(0, start - _LINK_BACK), start)
    own = _free(text, start, _WORD_GLUE)
    if found is not None and _free(text, found.start()) is not None:
        return found.start() if own is None else (found.start(), own)
    return own


def _digits(text: str, start: int, count: int) -> bool:
    return text[start : start + count].isdigit() and len(text) >= start + count


def _d(match: re.Match[str], text: str) -> Starts:
    """ "2023D41872" (a year, D, five digits), with "documentnummer" before it; or a decision's
    CELEX number "32019D0001" (a sector, a year, D, four digits)."""
    at = match.start()
    if _digits(text, at + 1, 5) and _YEAR.fullmatch(text, at - 4, at):
        number = _free(text, at - 4)
        if number is None:
            return None
        head = _DOC_HEAD.search(text, max(0, at - 24), at - 4)
        return number if head is None else (head.start(), number)
    return _celex(match, text)


def _celex(match: re.Match[str], text: str) -> Starts:
    """ "32016R0679", "31995L0046", "02016R0679-20160504": a sector 3 or 0, a year, the type
    letter found, four digits."""
    at = match.start()
    if at < 5 or text[at - 5] not in "30" or not _YEAR.fullmatch(text, at - 4, at):
        return None
    return _free(text, at - 5)


def _colon(match: re.Match[str], text: str) -> Starts:
    """The colon of "ECLI:" (any case; in a rechtspraak.nl link too) or of "EU:C:2015:235"."""
    at = match.start()
    if text[at - 2 : at] == "EU" and text[at - 4 : at].upper() != "ECLI":
        if at >= 3 and text[at - 3] == ":":  # "ECLI:EU:C:...": inside the ECLI before it
            return None
        return _free(text, at - 2, _WORD_GLUE)
    return _linked(text, at - 4, _RECHTSPRAAK)


def _c(match: re.Match[str], text: str) -> Starts:
    """ "CELEX" (also in a EUR-Lex link), "CVDR" (also in a lokaleregelgeving.overheid.nl link),
    and the URL-encoded "ECLI%3A" of a rechtspraak.nl link."""
    at = match.start()
    following = text[at + 1 : at + 2]
    if following == "V":
        return _linked(text, at, _LOKAAL)
    if following == "L":  # "ECLI%3A": readable only as the link it is in
        found = _RECHTSPRAAK.search(text, max(0, at - 1 - _LINK_BACK), at - 1)
        return None if found is None else _free(text, found.start())
    return _linked(text, at, _EURLEX)


def _lower_celex(match: re.Match[str], text: str) -> Starts:
    """ "celex", found by its rare "x": in a EUR-Lex link ("uri=celex%3A...") or before a number."""
    return _linked(text, match.start() - 4, _EURLEX)


def _bwb(match: re.Match[str], text: str) -> Starts:
    """ "BWBR0004770", found by its "W": alone, in a JCI reference "jci1.3:c:BWBR0004770&...", or
    in a link to wetten.overheid.nl (of either)."""
    start = match.start() - 1
    jci = _JCI.search(text, max(0, start - 16), start)
    if jci is not None:
        start = jci.start()
    link = _WETTEN.search(text, max(0, start - 40), start)
    if link is not None and _free(text, link.start()) is not None:
        return link.start()
    return _free(text, start, _WORD_GLUE)


def _pb(match: re.Match[str], text: str) -> Starts:
    """ "PbEU", "PbEG", "Pb. EG", "PB L", "Publicatieblad van de Europese Unie"."""
    at = match.start()
    return None if at and text[at - 1].isalpha() else at


def _lower_pb(match: re.Match[str], text: str) -> Starts:
    """ "pbeu", "pb. eg": the Publicatieblad's abbreviation in lower case, found by its "b"."""
    at = match.start() - 1
    return None if at and text[at - 1].isalpha() else at


def _oj(match: re.Match[str], text: str) -> Starts:
    """The English "OJ L 119, 4.5.2016, p. 1", found by its "J"."""
    at = match.start() - 1
    return None if at and text[at - 1].isalpha() else at


# (pattern, tracer, the kinds it proposes for)
_PROPOSERS: list[tuple[str, Tracer, frozenset[str]]] = [
    (r"D[0-9]{4}", _d, frozenset({"document", "celex"})),
    (r"R(?<=[0-9]{5}R)[0-9]{4}", _celex, frozenset({"celex"})),
    (r"L(?<=[0-9]{5}L)[0-9]{4}", _celex, frozenset({"celex"})),
    (r":(?:(?<=[Ee][Cc][Ll][Ii]:)|(?<=EU:)(?=[CTF]:[0-9]{4}:))", _colon, frozenset({"ecli"})),
    (r"C(?:ELEX|elex|VDR[0-9]|(?<=EC)LI%3[Aa])", _c, frozenset({"celex", "cvdr", "ecli"})),
    (r"x(?<=celex)", _lower_celex, frozenset({"celex"})),
    (r"W(?<=BW)B[A-Z]", _bwb, frozenset({"bwb"})),
    (r"P(?:[bB](?:[\s.]|E[UG]|e[ug])|ublicatieblad)", _pb, frozenset({"publicatieblad"})),
    # "pbeu", "pb.": found by their "b", the "p" checked by a lookbehind.
    (r"b(?<=pb)(?:[\s.]|[eE][uUgG])", _lower_pb, frozenset({"publicatieblad"})),
    (r"J(?<=OJ)(?=\s[LC]\s)", _oj, frozenset({"publicatieblad"})),
]


@functools.cache
def register_proposers(kinds: frozenset[str]) -> list[tuple[re.Pattern[str], Tracer]]:
    """The proposers of the registers that serve one of ``kinds``, compiled on first use."""
    return [(re.compile(p), trace) for p, trace, serves in _PROPOSERS if serves & kinds]
