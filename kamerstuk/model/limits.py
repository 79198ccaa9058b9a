"""Plausibility limits derived from the real KOOP identifier list (``model/data/limits.json``).

The file is made by ``tools/derive_limits.py`` from the 2025 list of 5.5 million identifiers; its
``source`` field says where that list comes from. It is read once, on first use.

>>> limits().dossier_bound(Vergaderjaar.parse("2019/20"))
35570
>>> limits().aanhangsel_max(Chamber.II, Vergaderjaar.parse("2022/23"))
3668
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from typing import Any

from .values import Chamber, Vergaderjaar, prinsjesdag

__all__ = ["Limits", "limits"]


class Limits:
    """Queries over the derived limits; None where the data says nothing."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        snapshot = data["snapshot"]
        self.snapshot_year: int = snapshot["year"]
        self.snapshot_vergaderjaar = Vergaderjaar.parse(snapshot["vergaderjaar"])
        self.dossier_max: int = snapshot["dossier_max"]
        self.growth: int = data["dossier_growth"]
        self._begrotingen = {
            Vergaderjaar.parse(vj).start: dossier for vj, dossier in data["begrotingen"].items()
        }

    def dossier_bound(self, vj: Vergaderjaar) -> int | None:
        """The begroting dossier that opens the vergaderjaar after ``vj``: every dossier of ``vj``
        is below it, as dossier numbers run on in order. None outside the data's years."""
        return self._begrotingen.get(vj.last + 1)

    def dossier_ceiling(self, today: dt.date) -> int:
        """A dossier number no dossier can have reached by ``today``: the highest in the snapshot
        plus a year's growth for every year since the snapshot's vergaderjaar began, plus one."""
        since = prinsjesdag(self.snapshot_vergaderjaar.start)
        years = max(0.0, (today - since).days / 365.25)
        return self.dossier_max + round(self.growth * (years + 1))

    def complete(self, vj: Vergaderjaar) -> bool:
        """True when the snapshot holds the whole of ``vj`` (it ended before the snapshot's)."""
        return vj.last < self.snapshot_vergaderjaar.start

    def aanhangsel_max(self, chamber: Chamber | None, vj: Vergaderjaar) -> int | None:
        """The highest Aanhangsel number of ``vj`` (of both chambers when ``chamber`` is None)."""
        return self._per_chamber(self.data["aanhangsel"], chamber, str(vj))

    def handelingen_max(self, chamber: Chamber | None, vj: Vergaderjaar, field: str) -> int | None:
        """The highest Handelingen ``number`` or ``item`` of ``vj``."""
        table = {
            name: {year: entry[field] for year, entry in years.items()}
            for name, years in self.data["handelingen"].items()
        }
        return self._per_chamber(table, chamber, str(vj))

    def blad_max(self, prefix: str, year: int) -> int | None:
        """The highest number of gazette ``prefix`` (``stb``, ``gmb`` ...) in ``year``."""
        if year >= self.snapshot_year:
            return None
        found: int | None = self.data["bladen"].get(prefix, {}).get(str(year))
        return found

    def _per_chamber(
        self, table: dict[str, dict[str, int]], chamber: Chamber | None, vj: str
    ) -> int | None:
        if chamber is Chamber.VV:
            return None
        # Without a chamber, the higher of the two: the Tweede Kamer's, in practice.
        names = [chamber.value] if chamber is not None else list(table)
        found = [v for v in (table.get(name, {}).get(vj) for name in names) if v is not None]
        return max(found) if found else None


@functools.lru_cache(maxsize=1)
def limits() -> Limits:
    """The limits shipped with the package, read on first use (find() asks for the highest
    dossier number there can be by now, so this is part of its first call)."""
    try:
        with open(os.path.join(os.path.dirname(__file__), "data", "limits.json"), "rb") as handle:
            raw = handle.read()
    except OSError:  # installed in a zip: importlib.resources, whose import costs a few ms
        from importlib import resources

        raw = resources.files("kamerstuk.model").joinpath("data/limits.json").read_bytes()
    return Limits(json.loads(raw))
