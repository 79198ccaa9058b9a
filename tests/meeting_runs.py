"""Where a regular expression lets two unbounded runs of the same characters meet.

Python's ``re`` backtracks: where two runs that can take the same character meet
(``[^\\S\\n]*,?[^\\S\\n]*``), a match that fails after them tries every way to share a run of
those characters between the two, ``n`` ways for ``n`` spaces; three runs make it ``n²`` (and a
pattern tried at each of ``n`` places one power more). Text from PDFs and tables has runs of
hundreds or thousands of spaces, so find() must not hold a pattern with such a meeting. This
module finds them by walking the pattern's parse tree (``re``'s own parser): a *run* is an
unbounded repeat of one character (``[^\\S\\n]*``, ``\\s+``, ``(?:[^\\S\\n]|-)+``), and two runs
*meet* where one can end and the other begin at the same place (what lies between them can
match nothing: an optional comma, a lookahead, another group's end) and some character can be
taken by both. A run that meets the first run of a lookahead after it counts too
(``[^\\S\\n]*(?=[^\\S\\n]*x)``: the lookahead runs again at each place the first gives back).

It looks at the characters of :data:`PROBE` only, and at pairs: it may flag a pair that is
harmless (then say why where the pattern is allowed), and it leaves the ``re`` engine's own
optimisations aside.

>>> meetings(r"[^\\S\\n]*,?[^\\S\\n]*x")
['[^\\\\S\\\\n]* meets [^\\\\S\\\\n]*']
>>> meetings(r"[^\\S\\n]*(?:,[^\\S\\n]*)?x"), meetings(r"\\d+[^\\S\\n]+\\d+")
([], [])
>>> len(meetings(r"(?:[^\\S\\n]+\\n?|\\n)[^\\S\\n]*")), len(meetings(r"(?:a[^\\S\\n]*)+"))
(1, 0)
>>> len(meetings(r"(?:[^\\S\\n]+a?)+"))
1
>>> meetings(r"[,\\s]+(?![,\\s])(?![^\\S\\n]*[0-9])[nN]")
[]
>>> meetings(r"[^\\S\\n]+(?=[1-9]|x)[^\\S\\n]*")
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

try:  # Python 3.11 on
    from re import _constants as const  # type: ignore[attr-defined]
    from re import _parser as sre  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as const
    import sre_parse as sre

__all__ = ["PROBE", "meetings", "starts_with_run"]

#: The characters looked at: the spaces of text (and PDF text), and a few of every other class.
PROBE = " \t\n\r\x0b\x0c\xa0\u2009\u202f\u2003" + "aZx0,.-/;:()*_|'"

_REPEATS = {const.MAX_REPEAT, const.MIN_REPEAT}
_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    const.CATEGORY_SPACE: str.isspace,
    const.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    const.CATEGORY_DIGIT: str.isdigit,
    const.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdigit(),
    const.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    const.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_"),
}
Item = tuple[Any, Any]
Chars = frozenset[str]


def meetings(pattern: str, flags: int = 0) -> list[str]:
    """Each place in ``pattern`` where two unbounded runs of a shared character meet, as
    "RUN meets RUN" (the two runs written as ``re`` would); [] when there is none."""
    found: list[str] = []
    _meets(list(sre.parse(pattern, flags)), found)
    return found


def starts_with_run(pattern: str, flags: int = 0) -> bool:
    """True when a match of ``pattern`` may begin with an unbounded run: a search (or a pass of
    finditer) would then try each place in a run of its characters, and scan the rest of the
    run from each (a proposer must open with something else).

    >>> starts_with_run(r"[^\\S\\n]*nr"), starts_with_run(r"nr[^\\S\\n]*")
    (True, False)
    """
    return bool(_seq_edge(list(sre.parse(pattern, flags)), last=False))


def _chars(item: Item) -> Chars | None:
    """The probe characters ``item`` matches, when it matches exactly one character."""
    op, av = item
    if op == const.LITERAL:
        return frozenset(ch for ch in PROBE if ord(ch) == av)
    if op == const.NOT_LITERAL:
        return frozenset(ch for ch in PROBE if ord(ch) != av)
    if op == const.ANY:
        return frozenset(ch for ch in PROBE if ch != "\n")
    if op == const.CATEGORY:
        return frozenset(filter(_CATEGORIES[av], PROBE)) if av in _CATEGORIES else None
    if op == const.IN:
        return _in(av)
    if op == const.SUBPATTERN:
        return _single(av[-1])
    if op == const.BRANCH:
        each = [_single(branch) for branch in av[1]]
        return None if any(c is None for c in each) else frozenset().union(*each)  # type: ignore[arg-type]
    return None


def _in(av: list[Item]) -> Chars:
    negated = bool(av) and av[0][0] == const.NEGATE
    got: set[str] = set()
    for op, arg in av[1:] if negated else av:
        if op == const.LITERAL:
            got |= {ch for ch in PROBE if ord(ch) == arg}
        elif op == const.RANGE:
            got |= {ch for ch in PROBE if arg[0] <= ord(ch) <= arg[1]}
        elif op == const.CATEGORY and arg in _CATEGORIES:
            got |= set(filter(_CATEGORIES[arg], PROBE))
    return frozenset(set(PROBE) - got) if negated else frozenset(got)


def _single(seq: Iterable[Item]) -> Chars | None:
    """The characters of a sequence that matches one character (lookarounds aside)."""
    items = [item for item in seq if item[0] not in (const.ASSERT, const.ASSERT_NOT, const.AT)]
    return _chars(items[0]) if len(items) == 1 else None


def _run(item: Item) -> Chars | None:
    """The characters of ``item`` when it is an unbounded repeat of one character."""
    op, av = item
    if op in _REPEATS and av[1] == const.MAXREPEAT:
        return _single(av[2])
    return None


def _nullable(item: Item) -> bool:
    op, av = item
    if op in _REPEATS:
        return bool(av[0] == 0) or all(_nullable(i) for i in av[2])
    if op == const.SUBPATTERN:
        return all(_nullable(i) for i in av[-1])
    if op == const.BRANCH:
        return any(all(_nullable(i) for i in branch) for branch in av[1])
    return op in (const.AT, const.ASSERT, const.ASSERT_NOT)


def _edge(item: Item, last: bool) -> list[tuple[Chars, str]]:
    """The runs ``item`` may begin (or, ``last``, end) with: (characters, the run written)."""
    op, av = item
    out = []
    chars = _run(item)
    if chars:
        out.append((chars, _written(item)))
    if op in _REPEATS:
        out += _seq_edge(list(av[2]), last)
    elif op == const.SUBPATTERN:
        out += _seq_edge(list(av[-1]), last)
    elif op == const.BRANCH:
        for branch in av[1]:
            out += _seq_edge(list(branch), last)
    elif op in (const.ASSERT, const.ASSERT_NOT) and av[0] == 1 and not last:
        out += _seq_edge(list(av[1]), last)  # a lookahead looks at what follows
    return out


def _seq_edge(seq: list[Item], last: bool) -> list[tuple[Chars, str]]:
    out = []
    # A lookahead of one character after a run (the guard of ``[,\s]+(?![,\s])``) keeps it from
    # giving back the characters it turns away: only the others can be shared.
    barred: Chars = frozenset()
    for item in reversed(seq) if last else seq:
        runs = _edge(item, last)
        out += [(chars - barred, written) for chars, written in runs]
        if last:
            barred |= _guard(item)
        if not _nullable(item):
            break
    return out


def _guard(item: Item) -> Chars:
    """The characters a lookahead turns away right where it stands: a negative one of one
    character, or a positive one whose first character is one of a known set."""
    op, av = item
    if op not in (const.ASSERT, const.ASSERT_NOT) or av[0] != 1:
        return frozenset()
    chars = _single(av[1]) if op == const.ASSERT_NOT else _first(list(av[1]))
    if chars is None:
        return frozenset()
    return chars if op == const.ASSERT_NOT else frozenset(PROBE) - chars


def _first(seq: list[Item]) -> Chars | None:
    """The characters a match of ``seq`` must begin with (None: any, or it may be empty)."""
    items = [item for item in seq if item[0] not in (const.ASSERT, const.ASSERT_NOT, const.AT)]
    if not items or _nullable(items[0]):
        return None
    op, av = items[0]
    if op in _REPEATS:
        return _first(list(av[2]))
    if op == const.SUBPATTERN:
        return _first(list(av[-1]))
    if op == const.BRANCH:
        each = [_first(list(branch)) for branch in av[1]]
        return None if any(c is None for c in each) else frozenset().union(*each)  # type: ignore[arg-type]
    return _chars(items[0])


def _meets(seq: list[Item], found: list[str]) -> None:
    for k, item in enumerate(seq):
        ends, begins = _seq_edge(seq[:k], last=True), _edge(item, last=False)
        pair = next(((a, b) for ca, a in ends for cb, b in begins if ca & cb), None)
        if pair is not None:
            found.append(f"{pair[0]} meets {pair[1]}")
        op, av = item
        if op in _REPEATS:
            body = list(av[2])
            if av[1] == const.MAXREPEAT and _run(item) is None:
                # An unbounded repeat of more than a character: its end meets its beginning.
                ends, begins = _seq_edge(body, last=True), _seq_edge(body, last=False)
                pair = next(((a, b) for ca, a in ends for cb, b in begins if ca & cb), None)
                if pair is not None:
                    found.append(f"{pair[0]} meets {pair[1]} (repeated)")
            _meets(body, found)
        elif op == const.SUBPATTERN:
            _meets(list(av[-1]), found)
        elif op == const.BRANCH:
            for branch in av[1]:
                _meets(list(branch), found)
        elif op in (const.ASSERT, const.ASSERT_NOT):
            _meets(list(av[1]), found)


def _written(item: Item) -> str:
    """A run as a regular expression (close to how it was written)."""
    op, av = item
    body = _single(av[2])
    assert body is not None
    suffix = {0: "*", 1: "+"}.get(av[0], f"{{{av[0]},}}") + ("?" if op == const.MIN_REPEAT else "")
    return _class(body) + suffix


_NAMED = {"\n": r"\n", "\t": r"\t", "\r": r"\r", "\x0b": r"\x0b", "\x0c": r"\x0c"}


def _class(chars: Chars) -> str:
    spaces = frozenset(ch for ch in PROBE if ch.isspace())
    others = chars - spaces
    if chars & spaces == spaces - {"\n"} and not others:
        return r"[^\S\n]"
    if chars & spaces == spaces and not others:
        return r"\s"
    return "[" + "".join(_NAMED.get(ch, re.escape(ch)) for ch in sorted(chars)) + "]"
