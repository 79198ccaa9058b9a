"""kamerstuk.text.leads.SP, the spaces the proposers' and the repair's patterns allow between
words and inside numbers, is re's ``\\s``: it takes every space writers and PDF text put there,
the no-break, thin and narrow no-break spaces with the others, and nothing else.

The characters are all of Unicode's."""

from __future__ import annotations

import re
import sys

from kamerstuk.text.leads import SP

# The spaces SP named beside \s before it was \s alone: "[\s\u00a0\u2009\u202f]".
NAMED = "\u00a0\u2009\u202f"


def test_sp_takes_each_space_and_nothing_else() -> None:
    single = re.compile(SP)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(single.fullmatch(char)) is char.isspace(), hex(code)


def test_sp_takes_the_spaces_it_once_named() -> None:
    old = re.compile(r"[\s\u00a0\u2009\u202f]")
    for char in NAMED + " \t\n":
        assert re.fullmatch(SP, char)
        assert old.fullmatch(char)
    assert not re.fullmatch(SP, "x")
    assert not re.fullmatch(SP, "\u200b")  # a zero-width space is none
    assert re.fullmatch(rf"35{SP}300", "35\u202f300")
    assert not re.fullmatch(rf"35{SP}300", "35-300")
