"""``votes_frame()``: the votes on the zaken behind many citations, a row per party or member.

>>> from kamerstuk.parliament.models import Besluit, Vote, Zaak
>>> votes = (Vote("Voor", "A", 3), Vote("Tegen", "B", 5))
>>> z = Zaak(number="2099Z00001", id="x",
...          besluiten=(Besluit(id="b", soort="Stemmen - verworpen", votes=votes),))
>>> votes_frame([z])[["zaak", "result", "vote", "party", "seats"]]
         zaak           result   vote party  seats
0  2099Z00001  verworpen, 3-5   Voor     A      3
1  2099Z00001  verworpen, 3-5  Tegen     B      5
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..koop.cache import CacheOption
from ..koop.session import DEFAULT_IN_FLIGHT, DEFAULT_RATE, DEFAULT_TIMEOUT
from ..model.citations import Citation
from ..model.errors import KamerstukError
from ..model.found import Match
from ..parliament.client import DEFAULT_DEADLINE, DEFAULT_WORKERS, Timeout, TweedeKamer
from ..parliament.models import Zaak
from ..parliament.rows import ROW_KEYS, label, rows
from .schema import BOOL, DATE, INT, STRING, Schema, record_batch, to_pandas

if TYPE_CHECKING:
    import requests

__all__ = ["VOTES", "votes_frame"]

#: The columns of :func:`votes_frame` and their dtypes.
VOTES: Schema = {
    name: {"seats": INT, "mistake": BOOL, "date": DATE}.get(name, STRING) for name in ROW_KEYS
}


def votes_frame(
    items: Iterable[Citation | Match | Zaak | str],
    *,
    workers: int = DEFAULT_WORKERS,
    session: requests.Session | None = None,
    tk_url: str | None = None,
    cache: CacheOption = True,
    timeout: Timeout = DEFAULT_TIMEOUT,
    deadline: float | None = DEFAULT_DEADLINE,
    offline: bool = False,
    rate: float | None = DEFAULT_RATE,
    in_flight: int = DEFAULT_IN_FLIGHT,
) -> pd.DataFrame:
    """One row per vote on the zaak each item names, with the columns of :data:`VOTES`.

    ``items`` are Kamerstuk citations (or their text, or :func:`kamerstuk.find`'s matches),
    document numbers, zaak numbers, or :class:`kamerstuk.Zaak` values already looked up (asked
    for again never). Each is looked up as :func:`kamerstuk.zaak` does, with its options;
    ``workers`` at once, at the pace the politeness allows. Nothing is raised for one item: its
    row says its ``error``. A zaak without votes has one row, its vote columns empty.
    """
    inputs = list(items)
    asked = [i for i in inputs if not isinstance(i, Zaak)]
    found: list[Zaak | KamerstukError] = []
    if asked:
        client = TweedeKamer(
            session=session, tk_url=tk_url, cache=cache, timeout=timeout, deadline=deadline,
            offline=offline, rate=rate, in_flight=in_flight,
        )  # fmt: skip
        found = client.zaken(asked, workers=workers)
    answers = iter(found)
    table: list[tuple[Any, ...]] = []
    for item in inputs:
        outcome = item if isinstance(item, Zaak) else next(answers)
        for row in rows(label(item), outcome):
            date = row["date"]
            row["date"] = dt.date.fromisoformat(date) if date else None
            table.append(tuple(row[k] for k in ROW_KEYS))
    return to_pandas(record_batch(table, VOTES), VOTES)
