"""kamerstuk.text.lazy_patterns: a LazyPattern answers as the pattern re.compile makes, compiles
nothing until asked, and then hands out the compiled pattern's own methods.

The patterns and strings are written for these tests."""

from __future__ import annotations

import re

import pytest

from kamerstuk.text.lazy_patterns import LazyPattern

CASES = [
    (r"(?P<dossier>[1-9][0-9]{4})(?:-(?P<nr>[0-9]+))?", 0),
    (r"nrs?\.?", re.IGNORECASE),
    (r"\s+", 0),
    (r"(?<![\w])van$", 0),
]
STRINGS = ["Zie 33694-49 en 29911-226.", "NR. 5, nrs 6 en Nr.7", "a  b\tc\n", "wet van", ""]


def _same(left: re.Match[str] | None, right: re.Match[str] | None) -> bool:
    if left is None or right is None:
        return left is right
    return left.span() == right.span() and left.groups() == right.groups()


@pytest.mark.parametrize(("pattern", "flags"), CASES)
@pytest.mark.parametrize("string", STRINGS)
def test_it_answers_as_the_compiled_pattern(pattern: str, flags: int, string: str) -> None:
    compiled = re.compile(pattern, flags)
    for fresh in (True, False):  # before its first call (compiling) and after it
        lazy = LazyPattern(pattern, flags)
        if not fresh:
            lazy.compiled()
        for pos, end in [(0, len(string)), (2, len(string)), (1, 5)]:
            assert _same(lazy.search(string, pos, end), compiled.search(string, pos, end))
            assert _same(lazy.match(string, pos, end), compiled.match(string, pos, end))
            assert _same(lazy.fullmatch(string, pos, end), compiled.fullmatch(string, pos, end))
            found = [m.span() for m in lazy.finditer(string, pos, end)]
            assert found == [m.span() for m in compiled.finditer(string, pos, end)]
            assert lazy.findall(string, pos, end) == compiled.findall(string, pos, end)
        assert lazy.sub("#", string) == compiled.sub("#", string)
        assert lazy.sub(lambda m: m.group().upper(), string, 1) == compiled.sub(
            lambda m: m.group().upper(), string, 1
        )
        assert lazy.split(string, 1) == compiled.split(string, 1)


def test_it_compiles_on_first_use_only() -> None:
    lazy = LazyPattern(r"K(?=amerstuk)")
    assert "search" not in vars(lazy)  # nothing compiled yet
    assert lazy.search("Kamerstuk") is not None
    made = lazy.compiled()
    assert made is lazy.compiled()  # compiled once
    assert made.pattern == lazy.pattern
    assert getattr(lazy.search, "__self__", None) is made  # the compiled pattern's own method


def test_a_bad_pattern_fails_at_first_use() -> None:
    lazy = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")
