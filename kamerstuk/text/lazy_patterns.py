"""Regular expressions compiled on first use, not at import.

The proposers' tracers and the lines' checks look with some seventy patterns; compiling them all
took a quarter of ``import kamerstuk`` (50 ms of 200), and a short text meets few of them. A
:class:`LazyPattern` compiles its pattern the first time it is asked to look, then hands the
compiled pattern's own methods out: after that first call, a look costs what it did before
(the methods sit in the instance, found before the class's). The proposers' own patterns are
compiled by :func:`compiled`, when a text first has the literal one opens with
(:mod:`kamerstuk.text.candidates`).

>>> year = LazyPattern(r"(?:19|20)[0-9]{2}")
>>> year.search("Wet van 1994").group(), year.search("Wet van 1994").group()
('1994', '1994')
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["LazyPattern", "compiled"]


@functools.cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A proposer's ``pattern``, compiled once, when first asked for (re's own cache may drop
    it: the package compiles more patterns than that cache keeps)."""
    return re.compile(pattern)


class LazyPattern:
    """``re.compile(pattern, flags)``, made on first use: search, match, fullmatch, finditer,
    sub, findall and split as a compiled pattern's; ``compiled()`` is the compiled pattern."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"

    def compiled(self) -> re.Pattern[str]:
        made = re.compile(self.pattern, self.flags)
        # (The instance's attributes shadow the class's methods: from now on a call goes
        # straight to the compiled pattern's.)
        vars(self).update(
            search=made.search,
            match=made.match,
            fullmatch=made.fullmatch,
            finditer=made.finditer,
            sub=made.sub,
            findall=made.findall,
            split=made.split,
            compiled=lambda: made,
        )
        return made

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)
