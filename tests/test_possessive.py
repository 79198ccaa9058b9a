"""text/possessive.py: the lookahead it writes for Python 3.10 matches what a possessive repeat
matches (compared where re reads both, Python 3.11 on), and the package's patterns compile."""

from __future__ import annotations

import re

import pytest

from kamerstuk.text.possessive import HAS_POSSESSIVE, possessive

# A repeat, what follows it in the pattern, and the texts each form is matched at.
_CASES = [
    (r"[^\S\n]*", "[*_]", ["  *", "   x", "", " \n*"]),
    ("[0-9]+", "[0-9]", ["123", "1", "12a"]),  # a possessive run keeps every digit
    ("[0-9OolI]+", "(?![a-z])", ["12O3 ", "12Ob", "1l"]),
    ("[A-Z]{1,2}", "(?![A-Za-z])", ["AB ", "ABC", "A1"]),
    ("[.,@:;]?", "[.,]", [".,", ",", ";"]),
    ("(?:[a-c]|[0-9]+(?![a-z]))*", "(?P<end>[0-9]*x)", ["ab12x", "12bx", "a1b2x", "12x", "x"]),
]


def _result(pattern: str, text: str) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    found = re.match(pattern, text)
    if found is None:
        return None
    return found.span(), {k: v for k, v in found.groupdict().items() if not k.startswith("_p")}


@pytest.mark.skipif(not HAS_POSSESSIVE, reason="re reads possessive repeats from Python 3.11")
@pytest.mark.parametrize(("repeat", "after", "texts"), _CASES)
def test_the_lookahead_matches_as_possessive_does(
    repeat: str, after: str, texts: list[str]
) -> None:
    native = possessive(repeat, native=True) + after
    written = possessive(repeat, native=False) + after
    assert "(?=(?P<_p" in written  # the form Python 3.10 gets
    for text in texts:
        assert _result(written, text) == _result(native, text), text


def test_a_possessive_run_gives_nothing_back() -> None:
    """What makes it possessive: both forms fail where a greedy run would give a digit back."""
    for native in (False, True) if HAS_POSSESSIVE else (False,):
        assert re.match(possessive("[0-9]+", native=native) + "[0-9]", "123") is None
    assert re.match("[0-9]+[0-9]", "123") is not None


def test_each_lookahead_has_a_name_of_its_own() -> None:
    """Two in one pattern must not share a group name (re would reject the pattern)."""
    twice = "".join(possessive("[a-z]*", native=False) for _ in range(2))
    assert re.fullmatch(twice, "abc") is not None
    names = re.findall(r"\(\?P<(\w+)>", twice)
    assert len(set(names)) == len(names) == 2
    assert all(name.startswith("_p") for name in names)
