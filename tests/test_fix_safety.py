"""A fix never loses text (issue 19): it keeps every number, re-reads as the same documents, and
a second fix changes nothing, on every real text and on generated citation-like text."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamerstuk import fix_text, validate
from kamerstuk.checks.digits import lost, numbers
from kamerstuk.checks.fixes import same_documents

from support import DATA, ROOT, SHARED, between_citations

TODAY = dt.date(2026, 1, 1)


# ---------------------------------------------------------------- the numbers a text states

# fmt: off
NUMBERS = [
    ("2019/20", ["2019", "2020"]),
    ("2019-2020", ["2019", "2020"]),
    ("2019–2020", ["2019", "2020"]),
    ("20192020", ["2019", "2020"]),
    ("1999/00", ["1999", "2000"]),
    ("1993/94-1996/97", ["1993", "1994", "1996", "1997"]),
    ("p. 1990-1995", ["1990", "1995"]),
    ("35 300", ["35300"]),
    ("35.300", ["35300"]),
    ("35\u00a0300", ["35300"]),
    ("nr. 05", ["5"]),
    ("3 oktober 2019", ["3", "10", "2019"]),
    ("3 okt. 2019", ["3", "10", "2019"]),
    ("03-10-2019", ["3", "10", "2019"]),
    ("2019-10-03", ["3", "10", "2019"]),
    ("Kamerstukken 11, 2001/2002", ["2001", "2002"]),  # 11: OCR of II, read as the chamber
    ("nr. 11, p. 3", ["11", "3"]),  # 11 before no vergaderjaar is a number
    ("188b", ["188"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_numbers_are_read_as_the_grammar_reads_them(text: str, expected: list[str]) -> None:
    assert sorted(numbers(text).elements()) == sorted(expected)


# fmt: off
REWRITES = [
    ("Kamerstuk 33694-49 d.d. 03-10-2019", "Kamerstukken 33694, nr. 49 van 3 oktober 2019", []),
    ("TK 2010-2011, 32500, nummer 3, bladzijde 12 - 14", "Kamerstukken II 2010/11, 32500, nr. 3, p. 12-14", []),
    ("TK 1991-1992, 1991-1992, 22 443, nr. 3", "Kamerstukken II 1991/92, 1991-1992, nr. 3", ["22443"]),
    ("Stb. 2019, 123 en 124", "Stb. 2019, 123", ["124"]),
    ("nr. 7, 7", "nr. 7", ["7"]),  # each as often as it is stated
]
# fmt: on


@pytest.mark.parametrize(("before", "after", "missing"), REWRITES)
def test_lost_names_what_a_rewrite_drops(before: str, after: str, missing: list[str]) -> None:
    assert lost(before, after) == missing


# ---------------------------------------------------------------- the probe's cases


def test_a_misread_citation_gets_no_fix_that_drops_a_number() -> None:
    text = "Zie TK 1991-1992, 1991-1992, 22 443, nr. 3, p. 8."
    [problem] = [p for p in validate(text) if p.code == "KS301"]
    assert problem.fix is None
    assert "22443" in problem.message
    assert fix_text(text).text == text


@pytest.mark.parametrize(
    "text", ["Zie Kamerstukken CXXIV, A.", "Zie Kamerstukken CXLII, letter D, en verder."]
)
def test_fixing_twice_changes_nothing(text: str) -> None:
    once = fix_text(text).text
    assert fix_text(once).text == once
    assert once.count("Kamerstukken") == text.count("Kamerstukken")


def test_a_fix_that_another_fix_must_come_first_waits_for_it() -> None:
    # KS102 corrects the dropped digit and says so; the style fix waits for it, not the other way.
    text = "Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 844"
    by_code = {p.code: p for p in validate(text)}
    assert by_code["KS102"].fix == "2022–2023"
    assert by_code["KS301"].fix is None
    assert fix_text(text).text == "Aanhangsel Handelingen 2022/23, nr. 844"


# ---------------------------------------------------------------- the property, on real text


def _real_texts() -> Iterator[tuple[str, str]]:
    files = [*sorted(DATA.glob("*.txt")), *sorted((ROOT / "examples").glob("*.txt"))]
    for path in files:
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
    for corpus in sorted((SHARED / "corpus").glob("*.jsonl")):
        lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        for number, line in enumerate(lines, 1):
            record = json.loads(line)
            yield f"{corpus.name}:{record.get('id', number)}", record["text"]
    for path in sorted((SHARED / "seed").glob("*.txt")):
        yield str(path.relative_to(SHARED)), path.read_text(encoding="utf-8")


# A fix that corrects a number names it in its message ("2022–203" -> "2022–2023", KS102).
_CORRECTING = {"KS102"}


def _assert_safe(name: str, text: str, style: str) -> None:
    fixed = fix_text(text, style=style, today=TODAY)
    corrected = " ".join(p.message for p in fixed.applied if p.code in _CORRECTING)
    dropped = [n for n in lost(text, fixed.text) if not re.search(rf"\b{n}\b", corrected)]
    if style == "kort":  # kort leaves the vergaderjaar out on purpose (its identifier keeps)
        dropped = [n for n in dropped if not re.fullmatch(r"(?:1[89]|2[01])\d\d", n)]
    assert dropped == [], name
    assert same_documents(text, fixed.text, style), name
    assert between_citations(fixed.text) == between_citations(text), name
    assert fix_text(fixed.text, style=style, today=TODAY).text == fixed.text, name


@pytest.mark.parametrize("style", ["aanwijzingen", "kort"])
def test_fixing_real_text_keeps_every_number_and_is_idempotent(style: str) -> None:
    texts = list(_real_texts())
    assert texts  # the repository's own texts at least, with or without ../shared
    for name, text in texts:
        _assert_safe(name, text, style)


@pytest.mark.shared
def test_the_real_texts_include_the_shared_corpora() -> None:
    if not (SHARED / "corpus" / "dev2.jsonl").exists():
        pytest.skip(f"{SHARED} is absent: the corpora live there")
    names = {name.split(":")[0] for name, _ in _real_texts()}
    assert {"dev.jsonl", "dev2.jsonl"} <= names


# ---------------------------------------------------------------- the property, generated

_HEADS = ["Kamerstuk", "Kamerstukken II", "TK", "Handelingen II", "Stb.", "Stcrt.", "Zie", ""]
_NUMBERS = ["1991-1992", "2019/20", "2019-2020", "33694", "22 443", "CXXIV", "VIII", "5", "49"]
_GLUE = [", ", " ", "-", ", nr. ", ", p. ", " d.d. 3 oktober 2019", ", A", ". "]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_HEADS), st.sampled_from(_NUMBERS), st.sampled_from(_GLUE)),
        min_size=1,
        max_size=5,
    )
)
def test_fixing_generated_citations_is_safe(parts: list[tuple[str, str, str]]) -> None:
    text = " ".join(f"{head} {number}{glue}" for head, number, glue in parts)
    _assert_safe("generated", text, "aanwijzingen")


def test_the_repository_texts_are_there() -> None:
    assert Path(DATA / "check-brief-met-fouten.txt").exists()
