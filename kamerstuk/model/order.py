"""The order of citations: the kind, then the fields that tell documents apart, each with its
numbers as numbers, so that ``kst-33694-9`` sorts before ``kst-33694-10``.

>>> sorted(["10", "9", "10a", "A"], key=natural)
['9', '10', '10a', 'A']
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from .values import Chamber, Dossier, Vergaderjaar

__all__ = ["ORDER", "natural", "sort_key"]

#: The fields citations sort on, most significant first (after the kind); any other field
#: follows, by name, so that the order is total.
ORDER = ("dossier", "ondernummer", "chamber", "year", "vergaderjaar", "number", "item", "page")
_CHAMBERS = tuple(Chamber)
_PARTS = re.compile(r"[0-9]+|[^0-9]+")


def natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """``text`` as a key in which its numbers count as numbers: ``9`` before ``10``.

    >>> sorted(["10", "9", "10a", "A"], key=natural)
    ['9', '10', '10a', 'A']
    """
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in _PARTS.findall(text))


def _field_key(value: object) -> tuple[Any, ...]:
    # (rank, key): None first; each field holds values of one type, so keys meet their like.
    if value is None:
        return (0,)
    if isinstance(value, Chamber):
        return (1, _CHAMBERS.index(value))
    if isinstance(value, Dossier):
        return (1, natural(value.number), tuple(natural(s) for s in value.suffixes), str(value))
    if isinstance(value, Vergaderjaar):
        return (1, value.start, value.last)
    if isinstance(value, bool | int):
        return (1, int(value))
    if isinstance(value, dt.date):
        return (1, value.toordinal())
    text = str(value)
    return (1, natural(text), text)  # the text itself last: "07" and "7" are not equal


def sort_key(citation: Any) -> tuple[Any, ...]:
    """What citations (any :class:`~kamerstuk.model.citations.Citation`) sort by: the kind,
    then :data:`ORDER`, then every other field, each with its numbers as numbers
    (``kst-33694-9`` before ``kst-33694-10``). A total order: two citations with equal keys
    are equal.

    >>> from kamerstuk import parse
    >>> sorted([parse("Stb. 2019, 10"), parse("Stb. 2019, 9")])[0].number
    '9'
    """
    names = [f.name for f in attrs.fields(type(citation)) if f.eq]
    order = [n for n in ORDER if n in names] + sorted(n for n in names if n not in ORDER)
    return (citation.kind, *(_field_key(getattr(citation, n)) for n in order))
