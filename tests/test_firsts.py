"""The lexer's dispatch may leave out only terminals that cannot match: every match of every
terminal of the grammar begins with a character of first_chars(), and its first character past
the commas and spaces is one of first_after_skipped()."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamerstuk.grammar import tables
from kamerstuk.grammar.firsts import SKIPPED, first_after_skipped, first_chars

TERMINALS = {name: re.compile(regexp) for name, regexp in tables.load().terminals.items()}

# Strings made of what the terminals are made of, so that many of them match something.
pieces = st.sampled_from(
    [",", " ", "\u00a0", "\n", ";", "/", "-", "\u2013", "(", ")", ".", "|", "&", "nr", "Nrs",
     "p", "blz", "letter", "en", "EN", "t/m", "d.d.", "van", "hoofdstuk", "item", "was", "stuk",
     "herdruk", "I", "II", "VIII", "A", "BH", "R2068", "3", "12", "2019", "2019/20", "33694",
     "35 300", "2019Z12345", "kst-33694-20", "Kamerstuk", "Stb", "Handelingen", "oktober",
     "jaargang", "t.a.p", "aldaar", "officielebekendmakingen.nl/", "x"]
)  # fmt: skip


def _after(text: str) -> str:
    """The first character of ``text`` that is not a comma or a space ("" for none)."""
    return next((ch for ch in text if ch not in SKIPPED), "")


@settings(max_examples=1500, deadline=None)
@given(st.lists(pieces, min_size=1, max_size=8).map("".join))
def test_no_terminal_matches_where_the_dispatch_leaves_it_out(text: str) -> None:
    for name, pattern in TERMINALS.items():
        if pattern.match(text) is None:
            continue
        starts = first_chars(pattern.pattern)
        assert starts is None or text[0] in starts, name
        after = first_after_skipped(pattern.pattern)
        assert after is None or _after(text) in after, name


@pytest.mark.parametrize(
    ("pattern", "text", "after"),
    [
        (r",?[^\S\n]*(?i:nrs?)\.?", ", nr.", {"n", "N"}),
        (r",[^\S\n]*(?=[0-9])", ", 12", set("0123456789")),
        (r"[;,][^\S\n]*(?:(?i:en)[^\S\n]*)?(?=[1-9])", ", en 35", {";", "e", "E", *"123456789"}),
        (r",[^\S\n]*", ", x", None),  # commas and spaces only: whatever follows
        (r",?(?<=[0-9],)[^\S\n]*[A-Z]", "9, A", set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        (r",.", ", x", None),  # any character: unsure
    ],
)
def test_the_first_character_past_commas_and_spaces(
    pattern: str, text: str, after: set[str] | None
) -> None:
    found = first_after_skipped(pattern)
    assert found == (None if after is None else frozenset(after))


def test_the_spaces_are_every_space_re_knows() -> None:
    from kamerstuk.grammar.firsts import _SPACES

    assert {chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c))} == _SPACES


def test_the_shipped_analyses_are_the_ones_firsts_makes() -> None:
    # grammar.tables holds both analyses of every terminal (start-up): a change to firsts.py must
    # ship them again (python tools/ship_tables.py).
    shipped = tables.load()
    assert shipped.starts == {
        name: (first_chars(regexp), first_after_skipped(regexp))
        for name, regexp in shipped.terminals.items()
    }


def test_a_lexer_without_the_shipped_analyses_works_them_out() -> None:
    # Tables made at run time (an edited grammar) come without them: the lexer must tell the
    # same terminals apart either way.
    from kamerstuk.grammar.lexer import Lexer

    made = tables.load()
    worked_out = Lexer(made.scanners, made.terminals, made.ignore)
    given = Lexer(made.scanners, made.terminals, made.ignore, made.starts)
    for state in made.scanners:
        ours, theirs = worked_out.scanners[state][0], given.scanners[state][0]
        assert (ours._firsts, ours._after) == (theirs._firsts, theirs._after), state
