"""No pattern find() runs lets two unbounded runs of one character meet (tests/meeting_runs.py):
where they meet, a long run of spaces (PDF text, tables) makes ``re`` try every way to share it,
and find() takes hours on a few thousand spaces. The patterns of every proposer, every pattern
at module level in kamerstuk.text and kamerstuk.grammar, and every terminal of the grammar."""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
from collections.abc import Iterator
from types import FrameType

import pytest
from meeting_runs import meetings, starts_with_run

import kamerstuk.grammar
import kamerstuk.text
from kamerstuk import find
from kamerstuk.grammar.tables import load
from kamerstuk.model.kinds import kinds_of
from kamerstuk.text import anchors as anchors_module
from kamerstuk.text.anchors import anchors
from kamerstuk.text.heads import heads
from kamerstuk.text.lazy_patterns import LazyPattern
from kamerstuk.text.registers import register_proposers
from kamerstuk.text.shortforms import short_forms

#: Patterns let through, each with why its meeting runs cost nothing (name: reason).
ALLOWED: dict[str, str] = {}


def _proposers() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Every pattern the scan for starts may pass over a text with (kamerstuk.text.candidates),
    the rare characters' too."""
    rare = [entry for _, entry in anchors_module._rare_anchors()]
    groups = {
        "heads": heads(),
        "anchors": anchors(),
        "rare_anchors": rare,
        "short_forms": short_forms(),
        "registers": register_proposers(kinds_of("all")),
    }
    for group, proposers in groups.items():
        for index, (pattern, _) in enumerate(proposers):
            yield f"{group}[{index}]", pattern


def _module_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for package in (kamerstuk.text, kamerstuk.grammar):
        for module in pkgutil.iter_modules(package.__path__):
            name = f"{package.__name__}.{module.name}"
            for attribute, value in vars(importlib.import_module(name)).items():
                yield from _held(f"{name}.{attribute}", value)


def _held(name: str, value: object) -> Iterator[tuple[str, re.Pattern[str]]]:
    """A pattern, and the patterns in a dict, list or tuple of them (each by its place)."""
    if isinstance(value, re.Pattern):
        yield name, value
    elif isinstance(value, LazyPattern):  # compiled on first use (kamerstuk.text.lazy_patterns)
        yield name, value.compiled()
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _held(f"{name}[{key!r}]", item)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _held(f"{name}[{index}]", item)


def _all_patterns() -> dict[str, tuple[str, int]]:
    found = {name: (p.pattern, p.flags) for name, p in [*_proposers(), *_module_patterns()]}
    found.update((f"grammar {name}", (regexp, 0)) for name, regexp in load().terminals.items())
    return found


def test_the_patterns_are_all_there() -> None:
    """The walk finds what it is meant to: the proposers, the grammar's terminals, the
    module-level patterns (a walk that found nothing would let every test below pass)."""
    names = _all_patterns()
    assert sum(name.startswith("heads[") for name in names) == len(heads()) >= 8
    assert {"grammar CHAMBER", "grammar KST_WORD", "grammar NRKW"} <= set(names)
    assert {"kamerstuk.text.heads._DATE_BEFORE", "kamerstuk.text.leads._SESSION_BEFORE"} <= set(
        names
    )
    assert len(names) > 250


def test_no_runs_meet() -> None:
    flagged = {
        name: found
        for name, (pattern, flags) in _all_patterns().items()
        if (found := meetings(pattern, flags)) and name not in ALLOWED
    }
    assert flagged == {}


def test_allowed_are_still_flagged() -> None:
    """An entry of the allow-list that is no longer flagged (or no longer there) is removed."""
    patterns = _all_patterns()
    stale = [name for name in ALLOWED if name not in patterns or not meetings(*patterns[name])]
    assert stale == []


def test_no_proposer_opens_with_a_run() -> None:
    """A proposer's pass (finditer) tries every place of a run its pattern may open with, and
    scans the rest of the run from each."""
    opening = [name for name, p in _proposers() if starts_with_run(p.pattern, p.flags)]
    assert opening == []


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"[^\S\n]*,?[^\S\n]*x", 1),
        (r"\s*\(?\s*:?\s*x", 2),
        (r"(?:[^\S\n]+\n?|\n)[^\S\n]*x", 1),
        (r"[^\S\n]*(?:\n[^\S\n]*)?,?[^\S\n]*(?:\n[^\S\n]*)?x", 1),
        (r"a[^\S\n]+(?=[^\S\n]*[0-9])", 1),  # the lookahead runs again at each place
        (r"(?:[^\S\n]+a?)+", 1),
        (r"[\w:-]*[^>]*>", 1),
        (r"[^\S\n]*(?:,[^\S\n]*)?x", 0),
        (r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)x", 0),
        (r"[^\S\n]*(?:\n[^\S\n]*){0,2}x", 0),
        (r"[\w:-]*(?![\w:-])[^>]*>", 0),
        (r"[0-9]+[^\S\n]+[0-9]+", 0),
        (r"[^\S\n]{0,3}[^\S\n]{0,3}", 0),  # bounded: at most 16 ways
    ],
)
def test_the_detector(pattern: str, expected: int) -> None:
    assert len(meetings(pattern)) == expected


class _TooSlow(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _TooSlow


# A head word (or keyword) followed by a long run of spaces: every proposer and terminal that
# looks for spaces after one of them. (On 72f916e "TK" and 1,100 spaces took 7.7 s, and the time
# grew with the cube of the run.)
_WORDS = [
    "Zie TK",
    "De Tweede Kamer",
    "EERSTE KAMER",
    "Kamerstukken II",
    "Kenmerk",
    "Handelingen",
    "Aanhangsel",
    "Stb. 2019",
    "Wet van 12 mei 1994",
    "Kamerstuk 33694, nr.",
    "Zie stuk nr. 5 van",
    "zitting 1990-1991",
    "Wijziging van de Wet -",
    "\n35 300",
    "(",
    "Zie Gemeenteblad van",
]


_TAILS = [" " * 20_000 + "x.", " " * 3_000 + "\n\n" + " " * 3_000 + "x."]


@pytest.mark.parametrize("tail", _TAILS, ids=["20000 spaces", "blank line"])
@pytest.mark.parametrize("word", _WORDS)
def test_find_on_long_runs_of_spaces(word: str, tail: str) -> None:
    """find() ends (within seconds, where meeting runs took hours) on a word and a run of spaces
    longer than its window (extract.WINDOW), and reads it as it reads the word at the end of
    the text: the reading stops at the window's edge."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(10)
    try:
        found = [m.text for m in find(word + tail)]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert found == [m.text for m in find(word)]
