"""How well ``kamerstuk.validate()`` finds broken citations, and what it says about sound text.

    python benchmarks/checks.py [--shared ../shared] [--misses 20]

1. Detection. Every labelled citation of ``../shared/corpus/dev.jsonl`` and the seed letter is
   mutated in place, in its passage, in the ways real citations go wrong:

   - wrong vergaderjaar: years that do not follow each other (``2022–2024``, ``2023–2022``),
     a vergaderjaar in the future, one digit dropped (``2022–203``), a vergaderjaar before the
     cited dossier was opened, or one that the citation's own date falls outside;
   - impossible dates: a date that does not exist (``30 februari``, ``31 juni``, ``29 februari``
     of a common year), written in place of the citation's date or added after it as
     ``d.d. ...``, or a date in the future;
   - dropped numbers: the ondernummer, dossier, Aanhangsel number, vergaderjaar or gazette
     number removed and its keyword or separator left (``Kamerstuk 29 383, nr.``, ``33694-``);
   - swapped chamber: II for I and back, or the other chamber added where none was written
     (``Kamerstuk I 29 383, nr. 406``, ``ah-ek-…``);
   - cut-off citations: the citation cut right after a separator or keyword (``,``, ``-``,
     ``nr.``, ``vergaderjaar``, the first year of a vergaderjaar, ``d.d.``) where what is left
     is not itself a whole citation.

   Each case counts as detected when ``validate()`` reports the expected code on a span that
   overlaps the mutated citation (KS101 for cut and dropped parts, KS103 for a broken KOOP
   identifier, KS201/KS202/KS203/KS204/KS102/KS209 for the values, KS207/KS210 for the chamber).
   Mutations a text cannot show to be wrong are not made: a headless bare number cannot take a
   chamber, a Z-number has nothing to drop, a truncation that is itself a whole citation
   (``Kamerstuk 29 383``) is not an error. The script prints the share per kind and the misses.

2. False alarms: every error and warning on the real text of dev.jsonl and the seed letter.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import attrs

from kamerstuk import find, parse_all
from kamerstuk.checks.validate import validate
from kamerstuk.model.errors import KamerstukError
from kamerstuk.model.limits import limits

from shared_data import SHARED

TODAY = dt.date.today()
KINDS = {"kamerstuk", "bijlage", "aanhangsel", "tractatenblad"}

_VJ = re.compile(r"(?<![\d\-])((?:19|20)\d\d)([/\-\u2013])(\d{4}|\d{2})(?![\d/])")
_VJ_ID = re.compile(r"(?<=-)((?:19|20)\d\d)((?:19|20)\d\d)(?=-)")
_DATE = re.compile(r"(\d{1,2})([\s\u00a0]+)([a-z]+)([\s\u00a0]+)(\d{4})")
_DOSSIER = re.compile(r"(?<![\d\-])([1-9]\d[\s\u00a0]?\d{3})(?![\d])")
_NR = re.compile(r"(nrs?\.?[\s\u00a0]*)(\d+[a-z]?)")
_COMPACT_NR = re.compile(r"(\d{5}(?:-(?:\d\d|[IVX]+|\(R\d+\)))*-)(\d+)$")


@attrs.frozen
class Case:
    """One mutated citation in its passage."""

    family: str
    what: str
    text: str
    start: int
    end: int
    expected: frozenset[str]


@attrs.frozen
class Cited:
    """A labelled citation of the corpus, in its passage."""

    passage: str
    text: str
    start: int
    end: int
    label: dict[str, object]

    @property
    def surface(self) -> str:
        return self.text[self.start : self.end]

    def replaced(self, new: str, family: str, what: str, *codes: str) -> Case:
        text = self.text[: self.start] + new + self.text[self.end :]
        end = self.start + max(len(new), 1)
        return Case(family, f"{self.passage}: {what}", text, self.start, end, frozenset(codes))


def corpus(shared: Path) -> Iterator[Cited]:
    """The labelled citations of the kinds a mutation can break."""
    for name in ("corpus/dev.jsonl", "seed/kamerbrief-nucleaire-risicobeperking.jsonl"):
        for line in (shared / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for label in record["citations"]:
                if label["kind"] in KINDS:
                    yield Cited(record["id"], record["text"], label["start"], label["end"], label)


def wrong_vergaderjaar(c: Cited) -> Iterator[Case]:
    s = c.surface
    for match in _VJ.finditer(s):
        first, sep, second = match.groups()
        year = int(first)

        def put(vj: str, what: str, code: str, m: re.Match[str] = match) -> Case:
            return c.replaced(s[: m.start()] + vj + s[m.end() :], "wrong vergaderjaar", what, code)

        wide = 4 if len(second) == 4 else 2
        yield put(f"{year}{sep}{str(year + 2)[-wide:]}", "years two apart", "KS201")
        yield put(f"{year + 1}{sep}{str(year)[-wide:]}", "years swapped", "KS201")
        future = TODAY.year + 5
        yield put(f"{future}{sep}{str(future + 1)[-wide:]}", "in the future", "KS204")
        if wide == 4:
            yield put(f"{year}{sep}{str(year + 1)[:3]}", "digit dropped", "KS102")
        dossier = _dossier(c)
        if dossier and dossier > 25000:
            yield put(f"1995{sep}{'1996'[-wide:]}", "before the dossier", "KS209")
        if c.label.get("date"):
            early = year - 3
            yield put(f"{early}{sep}{str(early + 1)[-wide:]}", "date outside", "KS203")
    for match in _VJ_ID.finditer(s):
        year = int(match.group(1))
        new = s[: match.start()] + f"{year}{year + 2}" + s[match.end() :]
        yield c.replaced(new, "wrong vergaderjaar", "identifier years two apart", "KS201")


def _dossier(c: Cited) -> int | None:
    value = c.label.get("dossier")
    return int(str(value)) if value and str(value).isdigit() else None


_IMPOSSIBLE = (
    "30 februari 2021",
    "31 juni 2019",
    "29 februari 2019",
    "31 april 2023",
    "32 mei 2020",
)


def impossible_dates(c: Cited, index: int) -> Iterator[Case]:
    s = c.surface
    match = _DATE.search(s)
    if match:
        day, sp1, _, sp2, year = match.groups()
        for new_day, month in (("30", "februari"), ("31", "september")):
            new = s[: match.start()] + f"{new_day}{sp1}{month}{sp2}{year}" + s[match.end() :]
            yield c.replaced(new, "impossible date", f"{new_day} {month}", "KS202")
        future = s[: match.start()] + f"{day}{sp1}{match.group(3)}{sp2}{TODAY.year + 3}"
        yield c.replaced(future + s[match.end() :], "impossible date", "future", "KS204")
        return
    # A date belongs to a document: whole-dossier references ("(34556)") get none.
    document = c.label.get("ondernummer") or c.label.get("ondernummers") or c.label.get("number")
    if c.label["kind"] in ("kamerstuk", "aanhangsel") and document and not s.startswith("ah-"):
        impossible = _IMPOSSIBLE[index % len(_IMPOSSIBLE)]
        yield c.replaced(
            f"{s} d.d. {impossible}", "impossible date", f"added {impossible}", "KS202"
        )


def dropped_numbers(c: Cited) -> Iterator[Case]:
    s = c.surface
    if s.startswith("ah-"):
        yield c.replaced(s[: s.rindex("-") + 1], "dropped number", "identifier number", "KS103")
        return
    if nr := _NR.search(s):
        new = s[: nr.start(2)] + s[nr.end(2) :]
        yield c.replaced(new.rstrip(), "dropped number", "number after nr.", "KS101")
    elif compact := _COMPACT_NR.search(s):
        yield c.replaced(s[: compact.end(1)], "dropped number", "compact ondernummer", "KS101")
    head = re.match(r"(?i)(bijlage bij )?kamerstuk(?:ken)?\b", s)
    if head and (dossier := _DOSSIER.search(s, head.end())):
        new = s[: dossier.start()] + s[dossier.end() :]
        yield c.replaced(new, "dropped number", "dossier", "KS101")
    if vj := _VJ.search(s):
        new = s[: vj.start()] + s[vj.end() :]
        yield c.replaced(new, "dropped number", "vergaderjaar", "KS101")
    if blad := re.fullmatch(r"(Trb\.\s*\d{4},)\s*\d+", s):
        yield c.replaced(blad.group(1), "dropped number", "gazette number", "KS101")


def swapped_chamber(c: Cited) -> Iterator[Case]:
    s = c.surface
    kind = c.label["kind"]
    if s.startswith("ah-tk-"):
        yield c.replaced("ah-ek-" + s[6:], "swapped chamber", "ah-tk to ah-ek", "KS210")
        return
    if kind == "aanhangsel":
        head = re.match(r"Aanhangsel(?:\s+van\s+de)?\s+Handelingen", s)
        if head:
            new = s[: head.end()] + " I" + s[head.end() :]
            yield c.replaced(new, "swapped chamber", "Eerste Kamer added", "KS210")
        return
    if " II " in s or "Tweede Kamer" in s:
        new = s.replace(" II ", " I ").replace("Tweede Kamer", "Eerste Kamer")
        yield c.replaced(new, "swapped chamber", "II to I", "KS207")
        return
    head = re.match(r"(?i)(?:bijlage bij )?kamerstuk(?:ken)?\b", s)
    if head and _NR.search(s):
        new = s[: head.end()] + " I" + s[head.end() :]
        yield c.replaced(new, "swapped chamber", "Eerste Kamer added", "KS207")


_NR_WORD = re.compile(r"nrs?\.")
_CUT_AFTER = re.compile(
    r",|(?<=\d)-(?=[\d(IVX])|nrs?\.|vergaderjaar|(?<=\d{4})[\u2013\-/](?=\d)|d\.d\."
)


def cut_off(c: Cited) -> Iterator[Case]:
    s = c.surface
    if s.startswith(("ah-", "kst-")):
        return
    # A bare number with a comma after it ("25 424,") is not a citation at all: a headless
    # citation is cut only where its "nr." stays.
    headless = not re.match(r"(?i)[a-z]", s)
    seen = set()
    for match in _CUT_AFTER.finditer(s):
        cut = s[: match.end()]
        if cut in seen or _whole(cut) or (headless and not _NR_WORD.search(cut)):
            continue
        seen.add(cut)
        yield c.replaced(cut, "cut-off citation", f"cut after {match.group()!r}", "KS101")


def _whole(text: str) -> bool:
    try:
        parse_all(text)
    except KamerstukError:
        return False
    return True


def cases(shared: Path) -> tuple[list[Case], list[Case]]:
    """The mutated cases, and those set aside because the mutated text reads as another whole
    citation ("Kamerstukken II , 29 984, nr. 899" without its vergaderjaar, or a cut "nr."
    that takes the footnote number on the next line: "nr.\n4")."""
    out: list[Case] = []
    for index, c in enumerate(corpus(shared)):
        out.extend(wrong_vergaderjaar(c))
        out.extend(impossible_dates(c, index))
        out.extend(dropped_numbers(c))
        out.extend(swapped_chamber(c))
        out.extend(cut_off(c))
    kept = [case for case in out if not _reads_whole(case)]
    return kept, [case for case in out if _reads_whole(case)]


def _reads_whole(case: Case) -> bool:
    if case.family not in ("dropped number", "cut-off citation"):
        return False
    written = case.text[case.start : case.end]
    if _whole(written):
        return True
    return any(case.start <= m.start < case.end and m.end > case.end for m in find(case.text))


def detected(case: Case) -> tuple[bool, list[str]]:
    """Whether the expected code is reported over the mutated span; and every code there."""
    near = [
        p for p in validate(case.text, today=TODAY) if p.start < case.end and case.start < p.end
    ]
    codes = sorted({p.code for p in near})
    return bool(case.expected & set(codes)), codes


def detection(shared: Path, show: int) -> None:
    all_cases, aside = cases(shared)
    started = time.perf_counter()
    tally: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    misses = []
    for case in all_cases:
        ok, codes = detected(case)
        tally[case.family][0] += ok
        tally[case.family][1] += 1
        if not ok:
            misses.append((case, codes))
    seconds = time.perf_counter() - started
    hits = sum(t[0] for t in tally.values())
    print(f"Detection on {len(all_cases)} mutated citations (judged on {TODAY}):")
    for family, (found, n) in sorted(tally.items()):
        print(f"  {family:20} {found:4}/{n:<4} {found / n:6.1%}")
    print(f"  {'all':20} {hits:4}/{len(all_cases):<4} {hits / len(all_cases):6.1%}")
    print(f"  ({seconds:.1f} s, {1000 * seconds / len(all_cases):.1f} ms a passage)")
    print(f"  ({len(aside)} more set aside: the mutated text reads as another whole citation)")
    for case, codes in misses[:show]:
        written = case.text[case.start : case.end + 12].replace("\n", "\\n")
        wanted = "/".join(sorted(case.expected))
        print(f"  missed {case.family}, {case.what}: {written!r}... wanted {wanted}, got {codes}")


def false_alarms(shared: Path) -> None:
    print("Errors and warnings on the real text (dev.jsonl and the seed letter):")
    count = 0
    for name in ("corpus/dev.jsonl", "seed/kamerbrief-nucleaire-risicobeperking.jsonl"):
        for line in (shared / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            text = record["text"]
            for p in validate(text, today=TODAY):
                count += 1
                span = " ".join(text[p.start : p.end].split())
                print(f"  {record['id']} {p.code} {p.severity}: {span!r}: {p.message}")
    print(f"  {count} in all")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--misses", type=int, default=20, help="misses to list (default 20)")
    args = parser.parse_args(argv)
    for name in ("corpus/dev.jsonl", "seed/kamerbrief-nucleaire-risicobeperking.jsonl"):
        if not (args.shared / name).exists():
            print(f"skipped: {args.shared / name} is absent (give --shared where it is)")
            return 0
    limits()  # load the data before timing
    detection(args.shared, args.misses)
    print()
    false_alarms(args.shared)
    return 0


if __name__ == "__main__":
    sys.exit(main())
