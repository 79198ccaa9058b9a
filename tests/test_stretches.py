"""find() over a large text with words broken over lines, a stretch at a time (issue 13): the
same matches as when the whole text is repaired at once, spans exact in the text as given, no
copy of the whole text, and a scan that keeps no list of every start."""

from __future__ import annotations

import re
import sys
import tracemalloc
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamerstuk import find
from kamerstuk.model.found import Match
from kamerstuk.model.kinds import DEFAULT_KINDS
from kamerstuk.text import candidates, extract
from kamerstuk.text import stretches as stretching
from kamerstuk.text.anchors import anchors, short_forms
from kamerstuk.text.backrefs import Trail
from kamerstuk.text.heads import heads
from kamerstuk.text.repair import Repaired
from kamerstuk.text.stretches import stretches

from support import broken_letter, repo_texts, shared_texts, small, with_breaks


def whole_copy(text: str) -> list[Match]:
    """find() as it was: the whole text repaired at once, read, and the spans mapped back (the
    trail looks at the text between citations for another work, as find()'s does)."""
    source, trail, out = Repaired.of(text), Trail(text=text), []
    for read in extract.reads(source.text):
        for found in read.found if read.taken else ():
            start, end = source.original_span(found.start, found.end)
            match = trail.follow(Match(found.citation, start, end, text[start:end]))
            if match is not None and match.citation.kind in DEFAULT_KINDS:  # as find() filters
                out.append(match)
    return out


def test_find_makes_no_copy_of_the_whole_text() -> None:
    # Six stretches of the seed letter, a word broken in every copy: repairing the whole of it
    # at once (as find() did) took twice the text's memory; a stretch at a time takes a third.
    text = broken_letter(6 * stretching.STRETCH)
    assert any("Kamer-\nstuk" in m.text for m in find(text[: len(text) // 6]))  # it is read
    tracemalloc.start()
    try:
        found = sum(1 for _ in find(text))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == len(whole_copy(text))
    assert peak < sys.getsizeof(text), f"find() took {peak / sys.getsizeof(text):.2f}x the text"


def test_the_scan_runs_a_block_ahead_not_the_whole_text() -> None:
    # A list of every start per proposer (as the scan made them) traces every match before the
    # first start is given; the scan now traces one block of text ahead at most.
    text = "Zie Kamerstuk 33694, nr. 20, en de motie 29911-226. " * (4 * candidates.BLOCK // 52)
    traced: list[int] = []

    def counting(trace: Any) -> Any:
        def counted(match: Any, text: str) -> Any:
            traced.append(match.start())
            return trace(match, text)

        return counted

    proposers = [(pattern, counting(trace)) for pattern, trace in [*heads(), *anchors()]]
    with mock.patch.object(candidates, "_present", return_value=proposers):
        first = next(candidates.starts(text))
    assert first == 4
    assert 0 < max(traced) < 2 * candidates.BLOCK


@pytest.mark.parametrize("texts", [repo_texts, shared_texts], ids=["repo", "shared"])
def test_tracers_put_a_start_within_the_disorder_of_their_match(texts: Any) -> None:
    # The scan gives a start once it has passed it by DISORDER: a tracer that reached further
    # back would give starts out of order.
    reach = 0
    for text in texts():
        for pattern, trace in [*heads(), *anchors(), *short_forms()]:
            for match in pattern.finditer(text):
                start = trace(match, text)
                for one in (start,) if isinstance(start, int) else start or ():
                    reach = max(reach, match.start() - one)
    assert 0 < reach <= candidates.DISORDER


def _spans(matches: list[Match]) -> list[tuple[int, int, str, Any]]:
    return [(m.start, m.end, m.text, m.citation) for m in matches]


CITATION = "de Kamer-\nstukken II 2019/20, 35 300, nr. 5 en Handelin-\ngen II 2019/20, nr. 45"


@pytest.mark.parametrize("before", range(0, 120, 7))
def test_a_citation_broken_over_a_line_near_a_stretch_end(before: int) -> None:
    # Stretches of 64 characters end at the first line start at or after 64 where no broken
    # word goes on: the citation, its broken words and the back-reference after it fall on
    # either side of one, or across it, as `before` moves them.
    text = ("Inleiding. " * 12)[:before] + f"\nZie {CITATION}.\nZie t.a.p., p. 3.\n" * 3
    with small(64):
        got = list(find(text))
        assert len(list(stretches(text, 8, 8))) > 1
    assert _spans(got) == _spans(whole_copy(text))
    assert [m.text for m in got][:3] == [
        "Kamer-\nstukken II 2019/20, 35 300, nr. 5",
        "Handelin-\ngen II 2019/20, nr. 45",
        "t.a.p., p. 3",
    ]
    assert all(text[m.start : m.end] == m.text for m in got)


LONG_ROW = "| " + "een lange omschrijving " * 200 + "| 36999 |"


# fmt: off
@pytest.mark.parametrize(
    ("rows", "end", "last"),
    [
        (200, "\n\nEinde.\n", "Kamerstukken 36200"),
        (200, "", "Kamerstukken 36200"),
        (0, LONG_ROW, "Kamerstukken 36999"),
    ],
)
def test_a_long_table_is_not_cut_between_its_header_and_its_cells(
    rows: int, end: str, last: str
) -> None:
    # A cell under a Kamerstukken column is read as a bill number only below its header: a
    # stretch must not begin inside a table whose header lies beyond its context, also where
    # the table ends the text, or in a row longer than that context.
    body = "".join(f"| Wet nummer {n} | {36000 + n} |\n" for n in range(1, rows + 1))
    text = f"De minis-\nter schrijft.\n\n| Onderwerp | Kamerstuk |\n| --- | --- |\n{body}{end}"
    with small(256):
        got = list(find(text))
    assert str(got[-1].citation) == last
    assert _spans(got) == _spans(whole_copy(text))
# fmt: on


@pytest.mark.parametrize("texts", [repo_texts, shared_texts], ids=["repo", "shared"])
def test_real_text_broken_over_lines_reads_the_same_in_small_stretches(texts: Any) -> None:
    # Every real text, a word broken every 40 characters, in stretches of 256 characters with
    # find()'s own context: exactly what repairing the whole at once gives.
    text = with_breaks("\n\n".join(texts()), 40)
    with small(256):
        got = list(find(text))
    assert len(got) > 10
    assert _spans(got) == _spans(whole_copy(text))


# Pieces of citations, words broken over lines, blank lines, invisible characters, table bars.
PIECES = st.sampled_from(
    [
        "Kamerstuk ", "Kamer-\nstukken ", "Handelin-\n  gen ", "Aanhangsel ", "33694", "35 300",
        "-", "49", ", nr. ", "nrs. 3 en 4", "II ", "2019/20", ", p. 3", " en ", "; ", "Stb. ",
        "2019, 123", "2019Z12345", "(", ")", "kst-33694-20", "t.a.p.", " ibid.", "stuk nr. 12",
        "\n", "\n\n", "\r\n\r\n", "\u00ad", "\u200b", "| Kamerstuk |\n", "| 36 123 |\n",
        "de brief van de minis-\nter ", "Dit is gewone tekst zonder verwijzing. ",
        # Damage the repair layer undoes: markup, signs, case and OCR (text/layout, spelling).
        "*", "**", "_", "\\)", "\u2212", "stb. ", "STAATSCOURANT ", "Karnerstukken ", "Kamer stukken ",
        "2O19/2O", " mr. ", "nr.\n\n", "l2", "Kamerstukken3 ",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=80).map("".join), st.sampled_from([1, 16, 50, 200]))
def test_find_in_stretches_gives_what_the_whole_copy_gives(text: str, stretch: int) -> None:
    # Context cut to 300 characters (find() keeps 1,200), so that stretches see only part of
    # these short texts; the scan looks at most about 120 characters around a start.
    with small(stretch, context=300):
        got = list(find(text))
    assert _spans(got) == _spans(whole_copy(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from([1, 7, 50]))
def test_find_in_stretches_on_any_text(text: str, stretch: int) -> None:
    with small(stretch, context=300):
        got = list(find(text + "\nde minis-\nter"))  # a broken word: read in stretches
    assert _spans(got) == _spans(whole_copy(text + "\nde minis-\nter"))


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join), st.integers(1, 300), st.integers(0, 40))
def test_stretches_make_up_the_whole_text_repaired(text: str, size: int, context: int) -> None:
    whole = Repaired.of(text)
    parts = list(stretches(text, context, context, size))
    assert "".join(s.source.text[s.first : s.last] for s in parts) == whole.text
    at = 0
    for part in parts:
        assert part.at == at
        at += part.last - part.first
        # Each part has its context (or reaches the end of the text), and maps back exactly.
        assert part.first >= context or part.offset == 0
        reaches_the_end = part.offset + part.source.original_length == len(text)
        assert len(part.source.text) - part.last >= context or reaches_the_end
        start, end = part.source.original_span(part.first, part.last)
        assert whole.original_span(part.at, at) == (start + part.offset, end + part.offset)


def test_a_start_traced_back_across_a_block_edge_comes_in_order() -> None:
    # Blocks of 8 characters, and a proposer whose starts lie 30 characters before its match.
    text = "ab" * 100
    back = (re.compile("b"), lambda m, t: m.start() - 30 if m.start() >= 30 else None)
    here = (re.compile("a"), lambda m, t: m.start())
    with mock.patch.object(candidates, "BLOCK", 8):
        got = list(candidates._in_order(text, [back, here], 0, iter(())))
    assert got == sorted({*range(0, 200, 2), *range(1, 170, 2)})


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join), st.sampled_from([8, 64, 1 << 20]))
def test_the_scan_in_blocks_gives_every_start_in_order(text: str, block: int) -> None:
    proposers = [*heads(), *anchors()]
    everything = sorted(
        {
            one
            for pattern, trace in proposers
            for match in pattern.finditer(text)
            for start in [trace(match, text)]
            for one in ((start,) if isinstance(start, int) else start or ())
        }
    )
    with mock.patch.object(candidates, "BLOCK", block):
        assert list(candidates._in_order(text, proposers, 0, iter(()))) == everything
