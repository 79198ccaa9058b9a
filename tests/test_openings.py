"""The scan for starts runs a head or anchor proposer only on text with the literal its pattern
opens with (kamerstuk.text.candidates.opening): the literal must be one every match opens with,
as re's own parse of the pattern says, and skipping the proposers whose literal a text lacks
must leave every start in place.

The texts are the labelled corpora in ../shared (each passage alone: a short passage lacks many
literals), and strings written for these tests."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from kamerstuk.text.anchors import ANCHOR_SOURCES, anchors, rare_anchors
from kamerstuk.text.candidates import _in_order, opening, starts
from kamerstuk.text.heads import HEAD_SOURCES, heads

from support import shared_texts

# (re's parser is private; it is the one place that says what a pattern opens with.)
_PARSER: Any = importlib.import_module("re._parser")
_CONSTANTS: Any = importlib.import_module("re._constants")
SOURCES = [source for source, _ in (*HEAD_SOURCES, *ANCHOR_SOURCES)]


def parsed_opening(pattern: str) -> str:
    """The literals re's parse puts first in ``pattern`` ("": none)."""
    run = []
    for op, arg in _PARSER.parse(pattern):
        if op is not _CONSTANTS.LITERAL:
            break
        run.append(chr(arg))
    return "".join(run)


@pytest.mark.parametrize("source", SOURCES, ids=[s[:12] for s in SOURCES])
def test_a_proposers_opening_is_the_literal_re_reads_first(source: str) -> None:
    first = opening(source)
    assert first is None or (first and parsed_opening(source).startswith(first))


def test_most_proposers_have_an_opening() -> None:
    # (Only the pattern anchored at the start of the text runs on every text.)
    assert sum(opening(source) is None for source in SOURCES) == 1


@pytest.mark.parametrize(
    "pattern", ["s?tuk", "x*y", "(?:b|c)", "[ab]c", "\\A(?:x)", ".x", "\\(?x", "\\u2013+x", ",?x"]
)
def test_no_opening_where_a_match_may_open_otherwise(pattern: str) -> None:
    assert opening(pattern) is None
    assert parsed_opening(pattern) == ""


@pytest.mark.parametrize("pattern", ["ab|cd", "m(?:x)|n", "Zx|\\(y"])
def test_the_parse_catches_an_alternation_opening_does_not_see(pattern: str) -> None:
    # (opening() reads the source's first character only; an alternation at the top level of a
    # proposer's pattern would fail the test against the parse above.)
    assert not parsed_opening(pattern).startswith(opening(pattern) or "")


def _every_proposer(text: str) -> list[int]:
    return list(_in_order(text, [*heads(), *anchors(), *rare_anchors(text)], 0, iter(())))


def test_skipping_absent_literals_keeps_every_start_in_real_text() -> None:
    texts = shared_texts()
    assert texts
    for text in texts:
        assert list(starts(text)) == _every_proposer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kamerstuk 33694, nr. 20",
        "Zie 33694-49 hier.",
        "Stb. 2019, 12",
        "Gemeenteblad 2019, nr. 123456",
        "(34556)",
        "2019Z12345",
        "Handelingen II 2019/20, nr. 31, item 5",
        "33 694\u201349",
        "36 123, letter D",
        "https://zoek.officielebekendmakingen.nl/kst-35300-5.html",
        "1. 33694 Wijziging\n2. 35300 Begroting",
    ],
)
def test_skipping_absent_literals_keeps_every_start(text: str) -> None:
    assert list(starts(text)) == _every_proposer(text)
    assert list(starts(text))  # (each of these has a start: the comparison is not of two empties)
