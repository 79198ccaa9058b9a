"""Hypothesis strategies shared by the tests: citations of every kind, as KOOP identifies them."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import strategies as st

from kamerstuk import (
    Aanhangsel,
    Agenda,
    Bijlage,
    BladGemeenschappelijkeRegeling,
    Chamber,
    Gemeenteblad,
    Handelingen,
    Kamerstuk,
    Kamervragen,
    NietDossierstuk,
    ProvinciaalBlad,
    Staatsblad,
    Staatscourant,
    Tractatenblad,
    Vergaderjaar,
    Waterschapsblad,
)
from kamerstuk.model.values import Dossier

from support import DATA, ROOT, read_jsonl

K, H, A, B = Kamerstuk, Handelingen, Aanhangsel, Bijlage
KV, NDS, AG = Kamervragen, NietDossierstuk, Agenda
STB, STCRT, TRB = Staatsblad, Staatscourant, Tractatenblad

VARIANTS = st.none() | st.sampled_from(["h1", "n1", "n2", "v1", "b1", "b13"])
CHAMBERS = st.sampled_from(list(Chamber))
ONDER = st.integers(1, 9999).map(str) | st.from_regex(
    r"[1-9][0-9]{0,2}[a-z]|[A-Z]{1,2}", fullmatch=True
)
# fmt: on
# KOOP files no stuk under more than one dossier suffix (none of its 5.5 million identifiers).
SUFFIXES = st.lists(
    st.sampled_from(["VIII", "XVII", "IIA", "IXB", "A", "F", "02", "20", "R1975"]), max_size=1
)
DOSSIER = st.builds(Dossier, st.from_regex(r"[1-9][0-9]{4}", fullmatch=True), SUFFIXES.map(tuple))
VJ = st.builds(Vergaderjaar, st.integers(1994, 2009))
VJ_NEW = st.builds(Vergaderjaar, st.integers(2010, 2030))


@st.composite
def kamerstukken(draw: st.DrawFn) -> Kamerstuk:
    dossier = draw(DOSSIER)
    rijkswet = dossier.is_rijkswet
    if draw(st.booleans()):
        return K(
            dossier=dossier,
            ondernummer=draw(ONDER),
            variant=draw(VARIANTS),
            rijkswet_in_id=rijkswet,
        )
    # Legacy ids: an ondernummer, or a whole dossier without suffixes (the only unambiguous forms).
    onder = draw(st.none() | ONDER)
    dossier = dossier if onder else Dossier(dossier.number)
    return K(dossier=dossier, ondernummer=onder, vergaderjaar=draw(VJ), legacy=True,
             variant=draw(VARIANTS), rijkswet_in_id=dossier.is_rijkswet)  # fmt: skip


NUMBER = st.integers(1, 99999).map(str)
YEAR = st.integers(1951, 2030)
BLADEN = st.sampled_from(
    [
        STB,
        TRB,
        Gemeenteblad,
        ProvinciaalBlad,
        Waterschapsblad,
        BladGemeenschappelijkeRegeling,
    ]
)
CITATIONS = st.one_of(
    kamerstukken(),
    st.builds(H, chamber=CHAMBERS, vergaderjaar=VJ_NEW, number=NUMBER, item=NUMBER, variant=VARIANTS),
    st.builds(A, chamber=st.sampled_from([Chamber.I, Chamber.II]), vergaderjaar=VJ, number=NUMBER, variant=VARIANTS),
    st.builds(A, number=NUMBER, legacy=st.just(True)),
    st.builds(KV, number=st.from_regex(r"20[0-2][0-9]Z[0-9]{5}", fullmatch=True), variant=VARIANTS),
    st.builds(KV, number=NUMBER, chamber=st.just(Chamber.I)),
    st.builds(KV, number=NUMBER, chamber=st.none(), legacy=st.just(True)),
    st.builds(B, number=NUMBER, variant=VARIANTS),
    # A decentral blad has an identifier from the year KOOP began to publish it (first_year).
    BLADEN.flatmap(lambda cls: st.builds(cls, year=st.integers(cls.first_year or 1951, 2030), number=NUMBER, variant=VARIANTS)),
    # Before 2008 a Staatscourant number is a daily issue, which KOOP does not identify as such.
    st.builds(STCRT, year=st.integers(2008, 2030), number=NUMBER, variant=VARIANTS),
    st.builds(STCRT, year=YEAR, number=NUMBER, page=st.none() | NUMBER, item=st.from_regex(r"SC[0-9]{1,5}", fullmatch=True), variant=VARIANTS),
    st.builds(AG, chamber=CHAMBERS, date=st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31)), variant=VARIANTS),
    st.builds(AG, number=NUMBER),
    st.builds(NDS, number=st.from_regex(r"20[12][0-9]D[0-9]{5}", fullmatch=True), chamber=st.none() | CHAMBERS, variant=VARIANTS),
)  # fmt: skip


def near_misses(pieces: tuple[str, ...], size: int) -> st.SearchStrategy[str]:
    """Text of up to ``size`` of the ``pieces`` citations are made of, joined in any order: most
    draws are near misses of a citation, which is where a reader goes wrong."""
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


# Every notation of docs/citations.md and of the tests' table, written with odd numbers (issue
# 18.4): what a value the models reject looks like in text.
_ROW = re.compile(r"^\| `(?P<text>[^`]+)` \| \w+ \|")
NOTATIONS = sorted(
    {
        m.group("text")
        for line in (ROOT / "docs" / "citations.md").read_text(encoding="utf-8").splitlines()
        if (m := _ROW.match(line))
    }
    | {r["text"] for r in read_jsonl(DATA / "notations.jsonl")}
)
# Numbers no document has, and numbers written in other scripts.
ODD = st.one_of(
    st.sampled_from(["0", "00", "000", "0000", "012", "0b", "007", "00000"]),
    st.integers(0, 10**12).map(str),
    st.sampled_from(["\u0663\u0664", "\U0001d7d1", "\u0969", "\uff11\uff12", "1\u00b2"]),
)
BACK = st.sampled_from(
    [
        "Zie ook stuk nr. {n}.",
        "nr. {n} van dit wetsvoorstel",
        "nr. {n} van hetzelfde dossier",
        "t.a.p., p. {n}",
        "ibid.",
        "(aldaar)",
        "idem, p. {n}",
        "Zij krijgt nr. {n} ({n} {n}).",
        "stuk nr. {n} ({n})",
    ]
)
CONTEXTS = st.sampled_from([None, "kst-36200-VII-3", "Kamerstuk 33694, nr. 20"])


@st.composite
def odd_texts(draw: st.DrawFn) -> str:
    """A notation with each of its numbers replaced by a drawn one, and a back-reference."""
    notation = draw(st.sampled_from(NOTATIONS))
    varied = re.sub(r"[0-9]+", lambda _: draw(ODD), notation)
    back = draw(BACK).replace("{n}", draw(ODD))
    glue = draw(st.sampled_from([" ", ". ", "; ", "\n", ", en "]))
    return draw(st.sampled_from([varied, notation])) + glue + back
