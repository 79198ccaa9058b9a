"""The grammar's callbacks for the registers beside KOOP's: zaak and document numbers, ECLI,
BWB, CVDR, CELEX and the Publicatieblad (grammar.lark's last section).

Each takes the tokens of one item, as the grammar matched them, and gives a :class:`Found` per
cited document; the models (:mod:`kamerstuk.model.registers`) check the parts. They are
functions of ``(transformer, tokens)``, made methods of
:class:`~kamerstuk.grammar.transform.CitationTransformer` there.

>>> from kamerstuk.grammar.parsing import parse_found
>>> [f.citation.format() for f in parse_found("zaken 2012Z14476 en 2012Z14380")]
['2012Z14476', '2012Z14380']
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from typing import TYPE_CHECKING, Any

from ..model.citations import Kamervragen
from ..model.errors import InvalidValue
from ..model.eu import CELEX, Publicatieblad
from ..model.found import Found
from ..model.registers import BWB, CVDR, ECLI, Documentnummer, Zaaknummer
from .tokens import date as long_date
from .tokens import squash

if TYPE_CHECKING:
    from lark import Token

__all__ = [
    "RULES",
    "bwb",
    "celex",
    "cvdr",
    "ecli",
    "in_list",
    "publicatieblad",
    "publicatieblad_act",
    "tk_document",
    "zaak",
]

#: The grammar's rules these callbacks are for.
RULES = (
    "zaak",
    "tk_document",
    "ecli",
    "bwb",
    "cvdr",
    "celex",
    "publicatieblad",
    "publicatieblad_act",
)

_URL_ECLI = re.compile(r"[?&]id=([^&\s]+)")
_URL_CELEX = re.compile(r"uri=(?i:celex)(?::|%3[Aa])([^&\s:]+)")
_WETTEN_PATH = re.compile(r"wetten\.overheid\.nl/(.*)$")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ARTICLE = re.compile(r"Artikel([0-9A-Za-z]+(?:[.:][0-9A-Za-z]+)*)")
_EU_DAY = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")


def _span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].start_pos or 0, tokens[-1].end_pos or 0


def _numbers(tokens: list[Token], kind: str, cls: Any) -> list[Found]:
    """One citation per number of a list: the first keeps the head word before it, as a list
    of Kamervragen does, the others their own span."""
    numbers = [t for t in tokens if t.type == kind]
    spans = [_span([tokens[0], numbers[0]])] + [_span([n]) for n in numbers[1:]]
    return [Found(cls(number=str(n)), *s) for n, s in zip(numbers, spans, strict=True)]


def zaak(self: Any, tokens: list[Token]) -> list[Found]:
    """ "2023Z17310", "zaaknummer 2023Z17310", a list of them."""
    return _numbers(tokens, "ZAAK", Zaaknummer)


def in_list(before: list[Found], found: Found) -> Found:
    """A zaak number in a list after Kamervragen is one too: "Kamervragen 2019Z12345 en
    2019Z12346" (the sequence reads the second as an item of its own)."""
    previous = before[-1].citation if before else None
    if isinstance(previous, Kamervragen) and isinstance(found.citation, Zaaknummer):
        return Found(Kamervragen(number=found.citation.number), found.start, found.end)
    return found


def tk_document(self: Any, tokens: list[Token]) -> list[Found]:
    """ "2023D41872", "Kamerstuk 2023D40832", a list of them."""
    return _numbers(tokens, "DOCNR", Documentnummer)


def ecli(self: Any, tokens: list[Token]) -> list[Found]:
    """An ECLI as written, or in a link to rechtspraak.nl (URL-encoded or not)."""
    token = tokens[0]
    written = str(token)
    if token.type == "ECLI_URL":
        found = _URL_ECLI.search(written)
        assert found is not None  # the terminal ends in id=ECLI...
        written = urllib.parse.unquote(found.group(1))
    return [Found(ECLI.parse(written), *_span(tokens))]


def bwb(self: Any, tokens: list[Token]) -> list[Found]:
    """A BWB id, a JCI reference, or a link to wetten.overheid.nl (its date and article)."""
    token = tokens[0]
    written = str(token)
    if token.type == "WETTEN_URL":
        found = _WETTEN_PATH.search(written)
        assert found is not None
        citation = _wetten_path(found.group(1))
    else:
        citation = BWB.parse(written)
    return [Found(citation, *_span(tokens))]


def _wetten_path(path: str) -> BWB:
    """``BWBR0004770/2021-01-01/0#Hoofdstuk2_Artikel6`` or a JCI reference, as a BWB citation."""
    if path.startswith("jci"):
        return BWB.parse(path)
    code, *rest = path.split("#", 1)[0].strip("/").split("/")
    day = rest[0] if rest and _ISO_DAY.fullmatch(rest[0]) else None
    article = _ARTICLE.findall(path)
    location = [("artikel", article[-1])] if article else []
    return BWB(code=code, date=day, location=location)


def cvdr(self: Any, tokens: list[Token]) -> list[Found]:
    """A CVDR id, or a link to it on lokaleregelgeving.overheid.nl."""
    written = str(tokens[0]).rstrip("/")
    if tokens[0].type == "CVDR_URL":
        written = written[written.index("CVDR") :]
    return [Found(CVDR.parse(written), *_span(tokens))]


def celex(self: Any, tokens: list[Token]) -> list[Found]:
    """A CELEX number after "CELEX", alone (the commonest shapes), or in a link to EUR-Lex."""
    token = tokens[-1]
    written = str(token)
    if token.type == "EURLEX_URL":
        found = _URL_CELEX.search(written)
        assert found is not None
        written = urllib.parse.unquote(found.group(1))
    return [Found(CELEX.parse(written), *_span(tokens))]


def _eu_day(token: str) -> dt.date:
    found = _EU_DAY.fullmatch(token)
    assert found is not None
    day, month, year = (int(g) for g in found.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InvalidValue(f"date {token}: no such day") from None


def _fields(tokens: list[Token]) -> dict[str, Any]:
    """Series, year, numbers, page and date of a Publicatieblad citation, from its tokens."""
    fields: dict[str, Any] = {"numbers": []}
    for token in tokens:
        kind = token.type
        if kind == "PB_SERIES":
            fields["series"] = str(token)
        elif kind == "YEAR":
            fields["year"] = int(token)
        elif kind == "NUM":
            fields["numbers"].append(str(token))
        elif kind == "PAGES":
            fields["page"] = squash(token)
        elif kind == "DATE":
            fields["date"] = long_date(str(token))
        elif kind == "PB_DATE":
            fields["date"] = _eu_day(str(token))
    return fields


def publicatieblad(self: Any, tokens: list[Token]) -> list[Found]:
    """ "PbEU 2016, L 119/1", "PB L 119 van 4.5.2016, blz. 1" (the year from the date)."""
    fields = _fields(tokens)
    number, *page = fields.pop("numbers")
    if page and "page" not in fields:
        fields["page"] = page[0]  # "L 119/1": issue 119, page 1
    if "year" not in fields:
        fields["year"] = fields["date"].year
    return [Found(Publicatieblad(number=number, **fields), *_span(tokens))]


def publicatieblad_act(self: Any, tokens: list[Token]) -> list[Found]:
    """ "PbEU L 2023/2854": an act of the Official Journal published on its own (since October
    2023), numbered per year."""
    fields = _fields(tokens)
    (number,) = fields.pop("numbers")
    return [Found(Publicatieblad(number=number, act=True, **fields), *_span(tokens))]
