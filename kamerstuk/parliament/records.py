"""The Gegevensmagazijn's JSON read: pages of records, timestamps, placeholders and errors.

A page is ``{"@odata.context": …, "value": [records], "@odata.nextLink": …}``; the next link is
followed as the service writes it. Records marked ``"Verwijderd": true`` are placeholders (every
other field null) and are left out wherever they turn up. Timestamps come with 0 to 7 digits of
fractional seconds and an offset (``+02:00``) or ``Z``, which ``datetime.fromisoformat`` reads
only from Python 3.11 on, so they are read here.

>>> timestamp("2025-10-03T15:55:38.3711949Z")
datetime.datetime(2025, 10, 3, 15, 55, 38, 371194, tzinfo=datetime.timezone.utc)
>>> day("2025-10-02T00:00:00+02:00")
datetime.date(2025, 10, 2)
>>> odata_error(b'{"error": {"code": "", "message": "An error has occurred."}}')
'An error has occurred.'
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from typing import Any

import attrs

from ..model.errors import ResolveError

__all__ = ["Page", "Record", "day", "live", "odata_error", "read_page", "timestamp"]

#: One record as the service gives it: the entity's properties and any expanded navigation.
Record = dict[str, Any]

_TIMESTAMP = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,7}))?)?)?(Z|[+-]\d\d:\d\d)?"
)
#: Characters of the service's error message kept in ours.
_MESSAGE = 300


@attrs.frozen
class Page:
    """The records of one page (placeholders left in) and the link to the next, if any."""

    records: tuple[Record, ...]
    next_link: str | None


def read_page(body: bytes, url: str) -> Page:
    """The page ``body`` holds; ResolveError where it is no OData collection."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as err:  # JSONDecodeError and bad UTF-8 are ValueErrors
        raise ResolveError(f"malformed JSON from the service: {err}", url) from err
    values = data.get("value") if isinstance(data, dict) else None
    if not isinstance(values, list) or not all(isinstance(v, dict) for v in values):
        raise ResolveError("not an OData answer (no list of records under 'value')", url)
    link = data.get("@odata.nextLink")
    if link is not None and not isinstance(link, str):
        raise ResolveError(f"not an OData answer (a next link of {type(link).__name__})", url)
    return Page(tuple(values), link)


def live(records: Iterable[Any]) -> list[Record]:
    """``records`` without the deleted placeholders (and without anything that is no record)."""
    return [r for r in records if isinstance(r, dict) and r.get("Verwijderd") is not True]


def timestamp(value: object) -> dt.datetime | None:
    """A timestamp of the service, as an aware datetime (None where there is none).

    Fractional seconds beyond six digits are cut (Python keeps microseconds); a timestamp
    without an offset is taken as UTC, as the service's ``ApiGewijzigdOp`` is.

    >>> timestamp("2025-10-02T23:20:21.473+02:00").isoformat()
    '2025-10-02T23:20:21.473000+02:00'
    >>> timestamp("2025-10-02"), timestamp(None), timestamp("gisteren")
    (datetime.datetime(2025, 10, 2, 0, 0, tzinfo=datetime.timezone.utc), None, None)
    """
    match = _TIMESTAMP.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    year, month, date, hour, minute, second, fraction, offset = match.groups()
    if offset in (None, "Z"):
        zone = dt.timezone.utc
    else:
        sign = -1 if offset[0] == "-" else 1
        zone = dt.timezone(sign * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[4:])))
    try:
        return dt.datetime(
            int(year), int(month), int(date), int(hour or 0), int(minute or 0),
            int(second or 0), int((fraction or "0")[:6].ljust(6, "0")), tzinfo=zone,
        )  # fmt: skip
    except ValueError:  # a 31 September, a 25th hour, an offset of a day
        return None


def day(value: object) -> dt.date | None:
    """The date of a timestamp as it is written, in its own offset (a meeting on 2 October at
    00:00+02:00 is on 2 October, not on 1 October in UTC)."""
    moment = timestamp(value)
    return moment.date() if moment else None


def odata_error(body: bytes) -> str | None:
    """The message of an OData error body (``{"error": {"code": …, "message": …}}``), shortened,
    or None where the body is no such error.

    >>> odata_error(b"<html>Service Unavailable</html>") is None
    True
    """
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    error = data.get("error") if isinstance(data, dict) else None
    message = error.get("message") if isinstance(error, dict) else None
    if isinstance(message, dict):  # the OData v3 form: {"lang": "en-US", "value": "…"}
        message = message.get("value")
    if not isinstance(message, str) or not message.strip():
        return None
    text = " ".join(message.split())
    return text if len(text) <= _MESSAGE else text[: _MESSAGE - 1] + "…"
