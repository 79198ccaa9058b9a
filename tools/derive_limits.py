"""Derive ``kamerstuk/model/data/limits.json``, the plausibility limits the checks use, from
the real KOOP identifier list (5.5 million identifiers, a 2025 snapshot).

    python tools/derive_limits.py ../shared/koop-identifiers/op_keylist.xz \
        kamerstuk/model/data/limits.json

What it derives, and how (every number in the output comes from the list, none is typed in):

- ``begrotingen``: the dossier of the Rijksbegroting presented on Prinsjesdag, per vergaderjaar.
  A begroting dossier is one with at least 12 budget chapters (``kst-35300-VIII-5``: Roman
  numerals, optionally with A/B) and at least 500 stukken; there is exactly one a year (the
  suppletoire begrotingen and jaarverslagen have as many chapters but under 250 stukken). Its
  vergaderjaar is the earliest one that the legacy identifiers (``kst-20092010-32123-…``, 1994-2010)
  give for it; each later one is a year after the one before. Dossier numbers run on in order,
  so the stukken of vergaderjaar Y are in dossiers below the begroting of Y+1.
- ``snapshot``: the newest vergaderjaar (of Handelingen) and year (of Kamervragen zaak numbers) in
  the list, and the highest dossier number in it; ``dossier_growth``: dossiers opened a year, the
  mean over the last ten begrotingen. Together they bound the dossier numbers that can exist today.
- ``aanhangsel``, ``handelingen``, ``bladen``: the highest Aanhangsel number, Handelingen
  vergadernummer and item (since 2010-2011, when items began), and the number of each gazette per
  vergaderjaar or year and chamber, without the few stray values far above the rest
  (``ah-tk-20182019-36548`` in a year that ends at 4005).

The script also checks its own output against the legacy identifiers (every legacy dossier of a
vergaderjaar is below the next begroting) and prints what it set aside to stderr.
"""

from __future__ import annotations

import argparse
import collections
import json
import lzma
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

SOURCE = (
    "op_keylist.xz: 5,533,825 identifiers of officielebekendmakingen.nl (KOOP, snapshot 2025) from "
    "WetSuiteLeiden/wetsuite-core src/wetsuite/tests/testfiles/op_keylist.xz "
    "@ 0c175ca934d9d7d6bf4b373028486967e8f8de54"
)

_LEGACY_KST = re.compile(r"kst-(\d{8})-(\d{5})(?:-|$)")
_KST = re.compile(r"kst-(\d{5})-")
_CHAPTER = re.compile(r"kst-(?:\d{8}-)?(\d{5})-([IVX]+[AB]?)-")
_HANDELINGEN = re.compile(r"h-(tk|ek)-(\d{8})-(\d+)-(\d+)(?:-|$)")
_AANHANGSEL = re.compile(r"ah-(tk|ek)-(\d{8})-(\d+)[a-z]?(?:-|$)")
# Staatsblad and Tractatenblad only: their numbers run densely from 1 each year. The
# Staatscourant changed numbering in 2009 and its older ids mix issue and item numbers.
_BLAD = re.compile(r"(stb|trb|stcrt|gmb|prb|wsb|bgr)-(\d{4})-(\d+)(?:-|$)")
_ZAAK = re.compile(r"kv-tk-(\d{4})Z\d{5}")
_CHAMBERS = {"tk": "II", "ek": "I"}

#: Thresholds that tell a begroting from the other dossiers with budget chapters.
MIN_CHAPTERS = 12
MIN_STUKKEN = 500


def vergaderjaar(compact: str) -> str:
    """``20192020`` -> ``2019-2020``."""
    return f"{compact[:4]}-{compact[4:]}"


def robust_max(values: Iterable[int], label: str = "") -> int:
    """The highest value, after setting aside stray values far above the next one.

    A value counts as stray when it is more than 2 % (and more than 20) above the next value
    down: numbering runs without big jumps, so such a value is a typo in the source.
    """
    ordered = sorted(set(values), reverse=True)
    while len(ordered) > 1 and ordered[0] - ordered[1] > max(20, ordered[1] // 50):
        if label:
            print(f"set aside {label}: {ordered[0]} (next {ordered[1]})", file=sys.stderr)
        ordered.pop(0)
    return ordered[0]


class Tally:
    """What one pass over the identifiers collects."""

    def __init__(self) -> None:
        self.count = 0
        self.legacy: dict[str, list[int]] = collections.defaultdict(list)
        self.legacy_of: dict[int, set[str]] = collections.defaultdict(set)
        self.dossiers: set[int] = set()
        self.chapters: dict[int, set[str]] = collections.defaultdict(set)
        self.stukken: collections.Counter[int] = collections.Counter()
        self.handelingen: dict[tuple[str, str], list[tuple[int, int]]] = collections.defaultdict(
            list
        )
        self.aanhangsel: dict[tuple[str, str], list[int]] = collections.defaultdict(list)
        self.bladen: dict[tuple[str, str], list[int]] = collections.defaultdict(list)
        self.zaak_years: collections.Counter[int] = collections.Counter()

    def add(self, ident: str) -> None:
        self.count += 1
        if ident.startswith("kst-"):
            self._kst(ident)
        elif match := _HANDELINGEN.match(ident):
            chamber, vj, number, item = match.groups()
            self.handelingen[(chamber, vj)].append((int(number), int(item)))
        elif match := _AANHANGSEL.match(ident):
            chamber, vj, number = match.groups()
            self.aanhangsel[(chamber, vj)].append(int(number))
        elif match := _BLAD.match(ident):
            prefix, year, number = match.groups()
            self.bladen[(prefix, year)].append(int(number))
        elif match := _ZAAK.match(ident):
            self.zaak_years[int(match.group(1))] += 1

    def _kst(self, ident: str) -> None:
        if match := _LEGACY_KST.match(ident):
            vj, dossier = match.group(1), int(match.group(2))
            if dossier:
                self.legacy[vj].append(dossier)
                self.legacy_of[dossier].add(vj)
        elif match := _KST.match(ident):
            self.dossiers.add(int(match.group(1)))
        if match := _CHAPTER.match(ident):
            dossier = int(match.group(1))
            self.chapters[dossier].add(match.group(2))
            self.stukken[dossier] += 1


def begrotingen(tally: Tally) -> dict[str, int]:
    """The begroting dossier of each vergaderjaar (see the module docstring)."""
    found = sorted(
        d
        for d, chapters in tally.chapters.items()
        if len(chapters) >= MIN_CHAPTERS and tally.stukken[d] >= MIN_STUKKEN
    )
    out: dict[str, int] = {}
    year: int | None = None
    for dossier in found:
        legacy = sorted(tally.legacy_of.get(dossier, ()))
        start = int(legacy[0][:4]) if legacy else None
        if year is None:
            if start is None:
                raise SystemExit(f"begroting {dossier}: no legacy identifier to anchor its year")
            year = start
        else:
            year += 1
            if start is not None and start != year:
                raise SystemExit(f"begroting {dossier}: legacy year {start}, expected {year}")
        out[f"{year}-{year + 1}"] = dossier
    return out


def check_legacy(tally: Tally, budgets: dict[str, int]) -> None:
    """Every legacy dossier of vergaderjaar Y should be below the begroting of Y+1."""
    for vj, dossiers in sorted(tally.legacy.items()):
        start = int(vj[:4])
        if vj[4:] != str(start + 1):
            print(f"set aside legacy vergaderjaar {vj}: not a pair", file=sys.stderr)
            continue
        bound = budgets.get(f"{start + 1}-{start + 2}")
        if bound is None:
            continue
        over = sorted(d for d in dossiers if d >= bound)
        if over:
            print(f"legacy {vj}: dossiers at or above {bound}: {over}", file=sys.stderr)


def per_chamber(
    table: dict[tuple[str, str], list[int]], since: str = ""
) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {"II": {}, "I": {}}
    for (chamber, vj), numbers in sorted(table.items()):
        if vj[4:] != str(int(vj[:4]) + 1) or vj < since:
            continue
        out[_CHAMBERS[chamber]][vergaderjaar(vj)] = robust_max(numbers, f"{chamber} {vj}")
    return out


def handelingen(tally: Tally) -> dict[str, dict[str, dict[str, int]]]:
    """Highest vergadernummer and item per chamber and vergaderjaar, since items began."""
    out: dict[str, dict[str, dict[str, int]]] = {"II": {}, "I": {}}
    for (chamber, vj), pairs in sorted(tally.handelingen.items()):
        # Items began in 2010-2011 (docs/koop.md §1.2); older ids number pages, not items.
        if vj < "20102011" or vj[4:] != str(int(vj[:4]) + 1):
            continue
        out[_CHAMBERS[chamber]][vergaderjaar(vj)] = {
            "number": robust_max((n for n, _ in pairs), f"h-{chamber} {vj} number"),
            "item": robust_max((i for _, i in pairs), f"h-{chamber} {vj} item"),
        }
    return out


def bladen(tally: Tally) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = collections.defaultdict(dict)
    for (prefix, year), numbers in sorted(tally.bladen.items()):
        if prefix == "stcrt" and year in ("2008", "2009"):
            # The years the Staatscourant went from daily issues (up to ~250) to one number per
            # publication (tens of thousands): two numberings in one year give no one limit.
            continue
        if len(numbers) >= 10:  # a year with a handful of ids is an oddity, not a volume
            out[prefix][year] = robust_max(numbers, f"{prefix} {year}")
    return dict(out)


def derive(lines: Iterable[str]) -> dict[str, object]:
    tally = Tally()
    for line in lines:
        tally.add(line.strip())
    budgets = begrotingen(tally)
    check_legacy(tally, budgets)
    last = sorted(budgets.items())
    growth = round((last[-1][1] - last[-11][1]) / 10)
    vjs = {vj for _, vj in tally.handelingen} | {vj for _, vj in tally.aanhangsel}
    # The snapshot's year: the newest year with a real run of Kamervragen (stray typos aside).
    year = max(y for y, n in tally.zaak_years.items() if n >= 100)
    return {
        "source": SOURCE,
        "derived_by": "tools/derive_limits.py",
        "snapshot": {
            "identifiers": tally.count,
            "vergaderjaar": vergaderjaar(max(v for v in vjs if v[4:] == str(int(v[:4]) + 1))),
            "year": year,
            "dossier_max": robust_max(tally.dossiers, "dossier"),
        },
        "begrotingen": budgets,
        "dossier_growth": growth,
        "aanhangsel": per_chamber(tally.aanhangsel),
        "handelingen": handelingen(tally),
        "bladen": bladen(tally),
    }


def read(path: Path) -> Iterator[str]:
    opener = lzma.open if path.suffix == ".xz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        yield from handle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("keylist", type=Path, help="op_keylist.xz (one identifier a line)")
    parser.add_argument("out", type=Path, help="where to write limits.json")
    args = parser.parse_args()
    data = derive(read(args.keylist))
    args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
