"""validate() over a large text with words broken over lines, a stretch at a time (issue 13, as
find() reads it): the same problems with the same spans as when the whole text is repaired at
once, and no copy of the whole text."""

from __future__ import annotations

import sys
import tracemalloc
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamerstuk import validate
from kamerstuk.checks import openings
from kamerstuk.checks.openings import head_starts
from kamerstuk.checks.problems import Problem
from kamerstuk.text import extract
from kamerstuk.text import stretches as stretching
from kamerstuk.text.stretches import stretches

from support import ROOT, broken_letter, read_jsonl, repo_texts, shared_texts, small, with_breaks

pytestmark = pytest.mark.usefixtures("strict_checks")

Seen = list[tuple[str, int, int, str, str | None]]


def _seen(problems: list[Problem]) -> Seen:
    return [(p.code, p.start, p.end, p.message, p.fix) for p in problems]


def whole_copy(text: str, **options: Any) -> Seen:
    """validate() as it was: the whole text repaired at once (one stretch as long as the text,
    which :func:`~kamerstuk.text.stretches.stretches` repairs whole), read, spans mapped back."""
    with mock.patch.object(stretching, "STRETCH", len(text) + 1):
        assert len(list(stretches(text, 0, 0))) == 1
        return _seen(validate(text, **options))


def in_stretches(text: str, stretch: int, around: int = extract.CONTEXT, **options: Any) -> Seen:
    """validate() (given ``options``) in stretches of ``stretch`` with ``around`` around each."""
    with small(stretch, around):
        return _seen(validate(text, **options))


def _used(text: str) -> int:
    """The memory validate() takes on ``text`` at its peak, beyond what it keeps."""
    tracemalloc.start()
    try:
        problems = validate(text)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(problems) == len(set(problems))  # kept, and counted apart: they are the answer
    return peak - kept


def test_validate_makes_no_copy_of_the_whole_text() -> None:
    # The seed letter, a word broken in every copy, in two and in six stretches: repairing the
    # whole at once (as validate() did) took more than twice the text's memory. A stretch's
    # work is a fixed cost (about 3 MB here), so what must not grow is the peak with the text:
    # four more stretches may add no more than a tenth of their own size.
    small_text, text = (broken_letter(n * stretching.STRETCH) for n in (2, 6))
    grown = _used(text) - _used(small_text)
    added = sys.getsizeof(text) - sys.getsizeof(small_text)
    assert grown < 0.1 * added, f"{grown / added:.2f}x the text added"


@pytest.mark.parametrize("texts", [repo_texts, shared_texts], ids=["repo", "shared"])
@pytest.mark.parametrize("every", [40, 333])
def test_real_text_broken_over_lines_gives_the_same_problems(texts: Any, every: int) -> None:
    # Every real text, a word broken every `every` characters, in stretches of 256 characters
    # with find()'s own context: exactly what repairing the whole at once gives.
    text = with_breaks("\n\n".join(texts()), every)
    got = in_stretches(text, 256)
    assert len(got) > 10
    assert got == whole_copy(text)
    with_context = in_stretches(text, 256, context="kst-36200-VII-3")
    assert with_context == whole_copy(text, context="kst-36200-VII-3")


# Broken and sound citations, a back-reference to the one before the seam and one to nothing.
CITATIONS = (
    "Zie Kamer-\nstukken II 2019/21, 35 300, nr. 5 en Handelin-\ngen II 2019/20, nr. 45.\n"
    "Zie stuk nr. 12 en Kamerstuk 33694, Nr. 20.\nOok Kamer-\nstuk 33694, nr.\n"
    "Zie t.a.p., p. 3 en Stb. 2019, 12-\n3.\n"
)


@pytest.mark.parametrize("before", range(0, 120, 7))
def test_problems_near_a_stretch_end(before: int) -> None:
    # Stretches of 64 characters end at the first line start at or after 64 where no broken
    # word goes on: the broken citations, their broken words and the back-references fall on
    # either side of one, or across it, as `before` moves them.
    text = "Zie t.a.p., p. 1.\n" + ("Inleiding. " * 12)[:before] + f"\n{CITATIONS}" * 3
    assert len(list(stretches(text, 8, 8, size=64))) > 4
    got = in_stretches(text, 64)
    assert got == whole_copy(text)
    codes = [code for code, *_ in got]
    assert {"KS200", "KS201", "KS101", "KS301", "KS402"} <= set(codes)
    # Only the t.a.p. before any citation refers to nothing: each "stuk nr. 12" refers to the
    # dossier read after the impossible vergaderjaar, each later t.a.p. to "Stb." before it.
    assert codes.count("KS402") == 1
    # The KS201 of the citation broken over a line points at its vergaderjaar in the text given.
    first = next(p for p in got if p[0] == "KS201")
    assert text[first[1] : first[2]] == "2019/21"
    assert all(start <= end <= len(text) for _, start, end, *_ in got)


def test_a_problem_inside_a_broken_word_maps_back_to_the_text_given() -> None:
    filler = "Een regel tekst zonder verwijzing erin.\n" * 40
    text = (
        f"{filler}Zie Kamer-\nstukken II 2019/21, 35 300, nr. 5.\n{filler}Kamer-\nstuk 33694, nr.\n"
    )
    got = in_stretches(text, 300)
    assert got == whole_copy(text)
    spans = {code: text[start:end] for code, start, end, *_ in got}
    assert spans["KS201"] == "2019/21"
    assert spans["KS101"] == "Kamer-\nstuk 33694, nr."


def test_context_reaches_every_stretch() -> None:
    filler = "Een regel tekst zonder verwijzing, met een afgebro-\nken woord.\n" * 60
    text = f"{filler}Het amendement (stuk nr. 12).\n{filler}Nr. 13 van dit wetsvoorstel.\n"
    assert [code for code, *_ in in_stretches(text, 256)] == ["KS402", "KS402"]
    assert in_stretches(text, 256, context="kst-36200-3") == []
    assert whole_copy(text, context="kst-36200-3") == []


# Pieces of citations (whole and broken), words broken over lines, blank lines, invisible
# characters, table bars, back-references.
PIECES = st.sampled_from(
    [
        "Kamerstuk ", "Kamer-\nstukken ", "Handelin-\n  gen ", "Aanhangsel ", "33694", "35 300",
        "-", "49", ", nr. ", "nrs. 3 en 4", "II ", "2019/20", "2019/21", "2022–203", ", p. 3",
        " en ", "; ", "Stb. ", "2019, 123", "2019", "31 februari 2020", "2019Z12345", "(", ")",
        "kst-33694-20", "t.a.p.", " ibid.", "stuk nr. 12", "nr. 12 van dit wetsvoorstel",
        "\n", "\n\n", "\r\n\r\n", "\u00ad", "\u200b", "| Kamerstuk |\n", "| 36 123 |\n",
        "de brief van de minis-\nter ", "Dit is gewone tekst zonder verwijzing. ", ".",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(PIECES, max_size=80).map("".join),
    st.sampled_from([1, 16, 50, 200]),
    st.sampled_from([None, "kst-36200-3"]),
)
def test_validate_in_stretches_gives_what_the_whole_copy_gives(
    text: str, stretch: int, context: str | None
) -> None:
    # Context cut to 300 characters (find() keeps 1,200), so that stretches see only part of
    # these short texts; the checks look at most a WINDOW past a start.
    text += "\nde minis-\nter"  # a broken word: read in stretches
    assert in_stretches(text, stretch, 300, context=context) == whole_copy(text, context=context)


@pytest.mark.parametrize("block", [1, 5, 12, 13, 64, 4096])
def test_head_words_are_found_a_block_at_a_time(block: int) -> None:
    # The text is lower-cased a block at a time (lower() of the whole took seven times the
    # text: CPython lower-cases into a buffer of three 4-byte characters a character); blocks
    # as small as one character find what a search of the whole lower-cased text finds.
    texts = [r["text"] for r in read_jsonl(ROOT / "tests" / "data" / "notations.jsonl")]
    text = "\n".join(texts) + "\nGemeenteblad 2019, 12; Provinciaal blad; waterschapsblad"
    whole = list(head_starts(text))
    assert len(whole) > 50
    with mock.patch.object(openings, "BLOCK", block):
        assert list(head_starts(text)) == whole
        dotted = "\u0130 " + text  # "İ" lower-cases to two characters: searched another way
        assert list(head_starts(dotted)) == [at + 2 for at in whole]
