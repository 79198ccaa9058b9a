"""The characters a regular expression can begin a match with, so a lexer tries only the
terminals that can start at the character in front of it.

A lexer that tries every terminal of its state at every token spends most of its time failing:
``re`` tries the alternatives of a combined pattern one after the other. Knowing that
``DOSSIER`` starts with a digit and ``NRKW`` with a comma, a space or an n, the engine tries, at
a digit, only the terminals that can start with one. The answer is conservative: ``None`` means
"any character" wherever the analysis is unsure (a negated set, a class such as ``\\w``, an empty
match), so the subset tried always includes every terminal that could match.

>>> sorted(first_chars(r"[0-9]{4}|nr"))
['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'n']
>>> sorted(first_chars(r"(?i:nr)\\.?"))
['N', 'n']
>>> first_chars(r"\\w+") is None
True
>>> "\\n" in first_chars(r"[^\\S\\n]+x"), " " in first_chars(r"[^\\S\\n]+x")
(False, True)
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, NamedTuple

if sys.version_info >= (3, 11):
    import re._constants as _c
    import re._parser as _parser
else:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _parser

__all__ = ["SKIPPED", "first_after_skipped", "first_chars"]

# The whitespace \s matches in str patterns (Unicode: what str.isspace() says, U+3000 the last
# of it), to expand it where a pattern starts with it. Written out: working it out over every
# character cost 1.5 ms of start-up (tests/test_firsts.py checks it).
_SPACES = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: What many terminals may open with before their keyword: a comma and spaces (", nr.", " VIII").
SKIPPED = frozenset({","}) | _SPACES
# Sets larger than this are taken as "any character": they would not narrow the choice.
_MAX = 512
_ANY = None


@functools.cache
def _parsed(pattern: str) -> tuple[list[Any], int] | None:
    """``pattern`` parsed by re's own parser (its items and flags), once for both analyses;
    None where it cannot be parsed."""
    try:
        parsed: Any = _parser.parse(pattern)
    except Exception:  # an unparsable pattern: assume anything
        return None
    state = getattr(parsed, "state", None) or parsed.pattern  # 3.11 renamed it
    return list(parsed), state.flags


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with; None for any (or unsure)."""
    return _analysed(pattern, _FIRST)


def _set(items: list[Any], flags: int) -> set[str] | None:
    if items and items[0][0] is _c.NEGATE:
        return _negated(items[1:])
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE:
            low, high = av
            if high - low > _MAX:
                return None
            out.update(chr(c) for c in range(low, high + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_SPACE:
            out |= _SPACES
        else:  # a negation, \w, \d: too wide to narrow anything
            return None
    return _cased(out, flags)


def _negated(items: list[Any]) -> set[str] | None:
    """``[^\\S\\n]``: the spaces but a newline (the one negated set the grammar uses); others:
    anything."""
    spaces = [av for op, av in items if op is _c.CATEGORY and av is _c.CATEGORY_NOT_SPACE]
    literals = {chr(av) for op, av in items if op is _c.LITERAL}
    if not spaces or len(spaces) + len(literals) != len(items):
        return None
    return set(_SPACES - literals)


def _cased(chars: set[str], flags: int) -> set[str]:
    if not flags & _c.SRE_FLAG_IGNORECASE:
        return chars
    return chars | {c.lower() for c in chars} | {c.upper() for c in chars}


def first_after_skipped(pattern: str) -> frozenset[str] | None:
    """The characters that can be the first one not in :data:`SKIPPED` in the text where a match
    of ``pattern`` begins: ``,? *(?i:nr)`` can match only where that character is an n. None for
    any (or unsure): a match that may be commas and spaces only, whatever follows it.

    A lookahead counts: where the pattern has read only commas and spaces, the text after them
    must begin as the lookahead says (``,(?=[0-9])`` needs a digit there). This lets the lexer
    leave out, at a comma or a space, the terminals that cannot match what comes after it.

    >>> sorted(first_after_skipped(r",?[^\\S\\n]*(?i:nr)"))
    ['N', 'n']
    >>> sorted(first_after_skipped(r",[ ]*(?=[0-9])"))
    ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']
    >>> first_after_skipped(r",[ ]*") is None
    True
    """
    return _analysed(pattern, _AFTER)


# What an analysis says of a run of a pattern's items: the characters that count which it can
# begin with (None: any, or unsure), and whether it can match without one (nothing at all, or
# only characters that do not count), so that what follows it counts too.
_Said = tuple[set[str] | None, bool]


class _Analysis(NamedTuple):
    """How the two analyses differ: which of a literal's or a set's characters count, and what
    a lookahead says."""

    #: The characters that count of ``chars``, and whether ``chars`` has some that do not.
    counted: Callable[[set[str]], _Said]
    #: Whether a lookahead, where nothing that counts was read yet, decides what comes next.
    lookahead: bool


# first_chars: every character counts, and a lookahead is zero-width like any assertion.
_FIRST = _Analysis(lambda chars: (chars, False), lookahead=False)
# first_after_skipped: commas and spaces do not count, and a lookahead that needs a character
# that counts says what the text's first such character is.
_AFTER = _Analysis(lambda chars: (chars - SKIPPED, bool(chars & SKIPPED)), lookahead=True)


def _analysed(pattern: str, analysis: _Analysis) -> frozenset[str] | None:
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    chars, passes = _run(*parsed, analysis)
    return None if chars is None or passes else frozenset(chars)


def _run(items: list[Any], flags: int, analysis: _Analysis) -> _Said:
    """What a run of items can begin with, and whether the whole run can match nothing that
    counts."""
    out: set[str] = set()
    for op, av in items:
        chars, passes = _item(op, av, flags, analysis)
        if chars is None:
            return None, False
        out |= chars
        if not passes:
            return out, False
    return out, True


def _item(op: Any, av: Any, flags: int, analysis: _Analysis) -> _Said:
    if op is _c.LITERAL or op is _c.IN:
        chars = _cased({chr(av)}, flags) if op is _c.LITERAL else _set(av, flags)
        return (None, False) if chars is None else analysis.counted(chars)
    if op is _c.BRANCH:
        out: set[str] = set()
        passes = False
        for branch in av[1]:
            chars, through = _run(list(branch), flags, analysis)
            if chars is None:
                return None, False
            out |= chars
            passes = passes or through
        return out, passes
    if op is _c.SUBPATTERN:
        _, add, remove, inner = av
        return _run(list(inner), (flags | add) & ~remove, analysis)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _, inner = av
        chars, passes = _run(list(inner), flags, analysis)
        return chars, passes or low == 0
    if op is _c.ASSERT and av[0] == 1 and analysis.lookahead:
        # A lookahead where nothing that counts was read: the text's first character that
        # counts is the lookahead's (when the lookahead needs one).
        chars, passes = _run(list(av[1]), flags, analysis)
        return (set(), True) if chars is None or passes else (chars, False)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero-width: what follows decides (conservatively, all of it)
    return None, False  # ANY, NOT_LITERAL, group references, ...: anything
