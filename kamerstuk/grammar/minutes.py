"""Handelingen and Aanhangsels from the tokens the grammar matched: vergaderingen, items, pages.

One citation may name several debates ("nr. 12, item 4 en nr. 14, item 7") or Aanhangsels
("nrs. 2210 en 2211"); each becomes one :class:`Found` with the span of the whole citation. The
numbers of vergaderingen, items and Aanhangsels are checked here: a number no such document has
("nr. 0", "0K" glued to the next word) is an InvalidValue, which leaves the citation unread.

>>> from kamerstuk.grammar.parsing import parse_found
>>> [f.citation.identifier for f in parse_found("Handelingen II 2021/22, nr. 12, item 4 en 5")]
['h-tk-20212022-12-4', 'h-tk-20212022-12-5']
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING, Any

from ..model.citations import Aanhangsel, Handelingen, Kamerstuk
from ..model.errors import InvalidValue
from ..model.found import Found
from ..model.values import Vergaderjaar
from .tokens import chamber, expand, read, segments

if TYPE_CHECKING:
    from lark import Token  # the engine's tokens are Lexemes, Lark's own parser's Tokens

__all__ = ["BIJLAGEN_UNTIL", "aanhangsels", "compact", "debated", "handelingen", "oud", "verslag"]

#: The first vergaderjaar (1995-1996) whose Kamerstukken are no longer cited as Bijlagen of the
#: Handelingen (docs/citations.md, "How ambiguity was decided").
BIJLAGEN_UNTIL = 1995
#: The highest vergadernummer a chamber reaches in a year is about 110; a first number above
#: this in "Handelingen II 1996/97, 4211-4215" is a page.
_MAX_VERGADERNUMMER = 200
# The numbers of vergaderingen and their items, and of Aanhangsels ("10a" is one): from 1, in
# digits; others ("nr. 0", "0K" glued to the next word, a letter) are no numbers of theirs.
_VERGADERNUMMER = re.compile(r"[1-9][0-9]*")
_AANHANGSEL_NUMBER = re.compile(r"[0-9]*[1-9][0-9]*[a-z]?")
# A page: "1624", "12a" (the NUM of "36-1624" may have a capital glued to it: "1624C" is no page).
_PAGE = re.compile(r"[0-9]+[a-z]?")


def _span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].start_pos or 0, tokens[-1].end_pos or 0


def _numbered(value: str, shape: re.Pattern[str] = _VERGADERNUMMER) -> str:
    """``value`` as the number of a vergadering, an item or an Aanhangsel (``shape``); an
    InvalidValue for a number no such document has."""
    if not shape.fullmatch(value):
        raise InvalidValue(f"number {value!r}: no vergadering, item or Aanhangsel is numbered so")
    return str(value)


def handelingen(tokens: list[Token]) -> list[Found]:
    """ "Handelingen II 2019/20, nr. 45, item 6, p. 3" and the debates listed after it."""
    first, *more = segments(tokens)
    parts = read(first)
    if not (parts.chamber or parts.vergaderjaar or _dated(parts)):
        # "de verboden handelingen, nr. 4", "handelingen 2019, nr. 45", "Handelingen 2:38" (the
        # Acts of the Apostles), "in de Handelingen van 26 mei 2021": the word, a book of the
        # Bible or the debates in prose, not the Handelingen, which a citation names with its
        # chamber or vergaderjaar, or with its day and its number or page.
        raise InvalidValue("'Handelingen' without a chamber, vergaderjaar or numbered day")
    span = _span(tokens)
    named = _chamber_after(tokens, parts.chamber)
    # The sitting's day gives its vergaderjaar where none is written: "Handelingen II 12 mei
    # 2020, nr. 74" is of 2019-2020 (Prinsjesdag opens the next one).
    year = parts.vergaderjaar or _of_day(parts.date)
    found = _minutes(named, year, first, span)
    for segment in more:
        # "nr. 12, item 4 en nr. 14, item 7": another debate of the same vergaderjaar; of the
        # same chamber and year, which one placed by its day alone does not give the next.
        if not (named or parts.vergaderjaar or _dated(read(segment))):
            raise InvalidValue("a debate after one placed by its day alone, without its own day")
        found += _minutes(named, year, segment, span)
    return found


def _of_day(day: dt.date | None) -> Vergaderjaar | None:
    """The vergaderjaar of a sitting's ``day`` (None without one)."""
    return None if day is None else Vergaderjaar.of(day)


def _chamber_after(tokens: list[Token], before: Any) -> Any:
    """The chamber of a Handelingen: the one after its head word, or the one in brackets at
    its end ("..., item 5 (Tweede Kamer)"); an InvalidValue where the two differ."""
    last = tokens[-1]
    if last.type != "HCHAMBER_AFTER":
        return before
    named = chamber(str(last))
    if before is not None and named != before:
        raise InvalidValue(f"chambers {before} and {named}: two chambers")
    return named


def _dated(parts: Any) -> bool:
    """True where a day and a vergadernummer or page place the Handelingen without a chamber
    or vergaderjaar: "Handelingen 18 juni 2020, nr. 87" (not "de Handelingen van 18 juni")."""
    return parts.date is not None and (
        parts.page is not None or bool(parts.lists.get("nr") or parts.lists.get("head"))
    )


def _minutes(
    chamber: Any, vergaderjaar: Any, tokens: list[Token], span: tuple[int, int]
) -> list[Found]:
    """The Handelingen of one "nr. 12, item 4, p. 3" run, one per item (of its own vergaderjaar
    where it has one: "...; 2020/21, nr. 12, item 3")."""
    parts = read(tokens)
    vergaderjaar = parts.vergaderjaar or vergaderjaar
    # The vergadernummer follows "nr." or, without it, the vergaderjaar ("2019/20, 45").
    numbers = parts.lists.get("nr") or parts.lists.get("head")
    items: list[str | None] = [_numbered(i) for i in expand(_items(parts.lists))]
    page = parts.page
    if numbers and _page_alone(numbers, parts.lists, items, page):
        # "Handelingen II 1990-1991, 3456": no vergadering is numbered so high; it is a page.
        page = _numbered(numbers[0], _PAGE)
        numbers = []
    if not items and vergaderjaar is not None and len(parts.lists.get("nr", ())) > 1:
        # "nrs. 45 en 46": a vergadering each, of the same vergaderjaar (without one, the
        # first only, as before: "handelingen, nr. 4 en 5 van de lijst" may be no citation).
        return [
            Found(
                Handelingen(
                    chamber=chamber,
                    vergaderjaar=vergaderjaar,
                    number=_numbered(n),
                    page=page,
                    date=parts.date,
                ),
                *span,
            )
            for n in expand(parts.lists["nr"])
        ]
    number = _numbered(numbers[0]) if numbers else None
    return [
        Found(
            Handelingen(
                chamber=chamber,
                vergaderjaar=vergaderjaar,
                number=number,
                item=item,
                page=page,
                date=parts.date,
            ),
            *span,
        )
        for item in items or [None]
    ]


def _items(lists: dict[str, Any]) -> list[Any]:
    """The tokens of the items ("4, 5 en 6", "4-6", "4 t/m 6"); an InvalidValue for a range
    that runs on ("item 4-6-12": no list of items, perhaps a compact nr-item-page)."""
    tokens = lists.get("item", [])
    dashes = [i for i, t in enumerate(tokens) if t.type == "DASH"]
    if any(later - earlier == 2 for earlier, later in itertools.pairwise(dashes)):
        raise InvalidValue(f"items {' '.join(tokens)}: a range that runs on")
    return list(tokens)


def _page_alone(numbers: Any, lists: dict[str, Any], items: list[Any], page: str | None) -> bool:
    """True for a number after the vergaderjaar, without "nr.", an item or a page, that no
    vergadering has (above :data:`_MAX_VERGADERNUMMER`): the page of an old Handelingen."""
    if not numbers or "nr" in lists or items or page is not None:
        return False
    value = str(numbers[0])
    return value.isdigit() and int(value) > _MAX_VERGADERNUMMER


def verslag(tokens: list[Token]) -> list[Found]:
    """ "(2021/2022 nr. 19)": the heading of an Eerste Kamer verslag names no chamber."""
    parts = read(tokens)
    number = _numbered(parts.lists["nr"][0])
    return [Found(Handelingen(vergaderjaar=parts.vergaderjaar, number=number), *_span(tokens))]


def oud(tokens: list[Token]) -> list[Found]:
    """ "Handelingen I 23 juni 2009, 36-1624": vergadernummer 36, page 1624 (docs/koop.md §4)."""
    parts = read(tokens)
    number, _, page = parts.lists["head"]
    citation = Handelingen(
        chamber=parts.chamber,
        vergaderjaar=_of_day(parts.date),
        number=_numbered(number),
        page=_numbered(page, _PAGE),
        date=parts.date,
    )
    return [Found(citation, *_span(tokens))]


def compact(tokens: list[Token]) -> list[Found]:
    """ "Handelingen II 2019/20, 45-6-12" and its kin (:func:`_compact_minutes`), and a list of
    them ("45-6 en 46-3"), each of the vergaderjaar before the first."""
    first, *more = segments(tokens)
    parts = read(first)
    if not (parts.chamber or parts.vergaderjaar or parts.date):
        # "Hand., 1987-1988": no Handelingen without a chamber, vergaderjaar or day (as above).
        raise InvalidValue("'Handelingen' without a chamber, vergaderjaar or day")
    found = _compact(parts.chamber, parts.vergaderjaar, first, _span(tokens))
    for segment in more:
        # As in handelingen(): one placed by its day alone does not place the next.
        if not (parts.chamber or parts.vergaderjaar or read(segment).date):
            raise InvalidValue("a debate after one placed by its day alone, without its own day")
        found += _compact(parts.chamber, parts.vergaderjaar, segment, _span(tokens))
    return found


def _compact(
    chamber: Any, vergaderjaar: Any, tokens: list[Token], span: tuple[int, int]
) -> list[Found]:
    """The Handelingen of one "45-6-12" (with its pinpoint or date after it)."""
    parts = read(tokens)
    vergaderjaar = vergaderjaar or _of_day(parts.date)  # as handelingen() takes it
    numbers = [_numbered(t) for t in tokens if t.type == "NUM"]
    fields = _compact_minutes(numbers, vergaderjaar is not None and vergaderjaar.start >= 2010)
    if parts.page is not None:
        if "page" in fields:
            # "45-6-12, p. 3": two pinpoints for one place; the citation ends before "p.".
            raise InvalidValue(f"pages {fields['page']} and {parts.page}: two pinpoints")
        fields["page"] = parts.page
    citation = Handelingen(chamber=chamber, vergaderjaar=vergaderjaar, date=parts.date, **fields)
    return [Found(citation, *span)]


def _compact_minutes(numbers: list[str], items: bool) -> dict[str, Any]:
    """The fields of "45-6-12" (nr-item-page), "11-4" (nr-item, since 2010-2011), "31-2410"
    (nr-page, before) and "4211-4215" (pages only: no vergadernummer is that high)."""
    if len(numbers) == 3:
        return {"number": numbers[0], "item": numbers[1], "page": numbers[2]}
    first, second = numbers
    if int(first) > _MAX_VERGADERNUMMER:
        return {"page": f"{first}-{second}"}
    return {"number": first, "item": second} if items else {"number": first, "page": second}


def debated(tokens: list[Token], found: list[Found]) -> list[Found]:
    """The documents of "Handelingen ..., dossier, nr. N", ``found`` as a Kamerstuk citation.

    "Handelingen II 1993/94, 23 490, nr. 7" is a Kamerstuk printed in the Bijlagen of the
    Handelingen; from 1995-1996 on the Kamerstukken are cited as such, and "Handelingen II
    2012/13, 33 410, nr. 88" is vergadering nr. 88, in which dossier 33 410 was debated. A
    letter or a reprint is an Eerste Kamer stuk, a dossier alone a dossier, in any year.
    """
    vergaderjaar = read(tokens).vergaderjaar
    if vergaderjaar is None or vergaderjaar.start < BIJLAGEN_UNTIL:
        return found
    if not all(_debate(f) for f in found):
        return found
    return [_vergadering(f) for f in found]


def _debate(found: Found) -> bool:
    citation = found.citation
    assert isinstance(citation, Kamerstuk)
    number = citation.ondernummer
    return number is not None and number.isdigit() and citation.variant is None


def _vergadering(found: Found) -> Found:
    c = found.citation
    assert isinstance(c, Kamerstuk)
    minutes = Handelingen(
        chamber=c.chamber,
        vergaderjaar=c.vergaderjaar,
        number=c.ondernummer,
        page=c.page,
        date=c.date,
    )
    return Found(minutes, found.start, found.end)


def aanhangsels(tokens: list[Token]) -> list[Found]:
    """ "Aanhangsel Handelingen II 2019/20, nr. 1234", one per number of a list (and of the
    next vergaderjaar's: "...; 2020/21, nr. 567")."""
    first, *more = segments(tokens)
    parts = read(first)
    span = _span(tokens)
    runs = [parts, *(read(segment) for segment in more)]
    return [
        Found(
            Aanhangsel(
                chamber=parts.chamber,
                vergaderjaar=run.vergaderjaar or parts.vergaderjaar,
                number=_numbered(n, _AANHANGSEL_NUMBER),
                page=run.page,
                date=run.date,
            ),
            *span,
        )
        for run in runs
        for n in expand(run.lists.get("nr") or run.lists.get("head") or [])
    ] or [Found(_paged(parts), *span)]


def _paged(parts: Any) -> Aanhangsel:
    """ "Aanh. Hand. II 1991/92, p. 709": an Aanhangsel known by its page (before 2010-2011)."""
    return Aanhangsel(chamber=parts.chamber, vergaderjaar=parts.vergaderjaar, page=parts.page)
