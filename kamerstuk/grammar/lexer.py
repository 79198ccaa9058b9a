"""The engine's lexer: per parser state, the token at a place, trying only the terminals that
can start with the character there.

Lark's contextual lexer tries a state's terminals as one combined pattern, and ``re`` tries its
alternatives one by one; most fail at their first character. :class:`Dispatch` keeps, per state
and first character, a combined pattern of only the terminals that can start with it
(:mod:`kamerstuk.grammar.firsts`), in the state's own order, made on first use; the states that
take the same terminals share one.

>>> from kamerstuk.grammar.parsing import engine
>>> lexer = engine().lexer
>>> lexer.token(engine().start_state, "zie 33694-49", 4, 12)
(Lexeme('DOSSIER', '33694', 4), 9)
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

__all__ = ["KEPT", "NOTHING", "SPACE", "SPACE_LED", "Dispatch", "Lexeme", "Lexer"]

# Spaces between tokens, with at most one line break: a blank line ends a citation (grammar.lark's
# _S, which Lark's own parser skips, is the same).
SPACE = re.compile(r"(?:[^\S\n]|\n(?![^\S\n]*\n))+")
#: Terminals whose match may begin with a space that is part of them.
SPACE_LED = frozenset({"SEG", "JOINTSEP", "STUK_NUM", "STUK_LETTER", "ROMAN_LETTER", "ALSO_SEG"})


class Lexeme(str):
    """A token: its text, its terminal's name (``type``) and its span in the text.

    The part of Lark's ``Token`` that the transformer uses, at a fraction of its cost to make.
    """

    __slots__ = ("end_pos", "start_pos", "type")

    type: str
    start_pos: int
    end_pos: int

    def __new__(cls, kind: str, value: str, start: int, end: int) -> Lexeme:
        token = super().__new__(cls, value)
        token.type, token.start_pos, token.end_pos = kind, start, end
        return token

    def __repr__(self) -> str:
        return f"Lexeme({self.type!r}, {str(self)!r}, {self.start_pos})"


# A pattern that never matches: a state none of whose terminals can start with a character.
NOTHING = re.compile(r"(?!)")
# The commas and spaces a token may open with (firsts.SKIPPED, as a pattern).
_SKIPPED = re.compile(r"[,\s]*")


class _Terminals(NamedTuple):
    """What every state's lexer shares: each terminal's regexp, the characters it can start
    with and its first character past commas and spaces (None: any), the patterns made."""

    regexps: dict[str, str]
    firsts: dict[str, frozenset[str] | None]
    after: dict[str, frozenset[str] | None]
    made: dict[tuple[str, ...], re.Pattern[str]]


#: How many first characters a state's lexer keeps the pattern of (beyond them, it is made
#: again from the kept subsets at each token: text of many scripts cannot fill memory).
KEPT = 256


class _Second(dict[str, re.Pattern[str]]):
    """At a comma or a space: the patterns by the first character past them; the terminals
    that can start there, and the characters any of them needs past the commas and spaces."""

    def __init__(self, names: tuple[str, ...], needed: frozenset[str]) -> None:
        super().__init__()
        self.names = names
        self.needed = needed


class Dispatch(dict[str, re.Pattern[str]]):
    """The lexer of the states that take one set of terminals, by the character a token starts
    with: a combined pattern of only the terminals that can start with it
    (kamerstuk.grammar.firsts), in the states' own order, made on first use and kept. ``re``
    tries the alternatives of a combined pattern one by one, so leaving out those that cannot
    match at this character makes each token cheaper.

    At a comma or a space, where many terminals may start (", nr.", ", p.", ", letter D" and
    the separators of lists), the first character after the commas and spaces chooses among
    them too (:func:`~kamerstuk.grammar.firsts.first_after_skipped`); such a character is never
    a key of the dict itself, so the lexer's ``get`` misses and :meth:`pattern` looks further.
    """

    def __init__(self, names: tuple[str, ...], terminals: _Terminals) -> None:
        super().__init__()
        self._names = names  # in the order Lark's lexer tries them
        # Shared by every state's lexer: the terminals' analyses, and the patterns made (the
        # same subsets recur).
        self._regexps, self._firsts, self._after, self._made = terminals
        self._second: dict[str, _Second] = {}

    def pattern(self, text: str, pos: int, end: int) -> re.Pattern[str]:
        """The combined pattern of the terminals that can match at ``text[pos]`` (kept: for
        the first :data:`KEPT` characters seen, so that text of every script keeps it small)."""
        char = text[pos]
        second = self._second.get(char)
        if second is not None:
            return self._past_skipped(char, second, text, pos, end)
        names = self._starting(char)
        # A comma or a space (firsts.SKIPPED: str.isspace() is what \s matches).
        skipped = char == "," or char.isspace()
        if skipped and sum(self._after[n] is not None for n in names) > 1:
            # Worth a look past the commas and spaces: several terminals need a given character
            # there. The next token at this character comes back here.
            tried = {n: a for n in names if (a := self._after[n]) is not None}
            self._second[char] = _Second(names, frozenset().union(*tried.values()))
            return self.pattern(text, pos, end)
        made = self._combined(names)
        if len(self) < KEPT:
            self[char] = made
        return made

    def _past_skipped(
        self, char: str, second: _Second, text: str, pos: int, end: int
    ) -> re.Pattern[str]:
        skipped = _SKIPPED.match(text, pos, end)
        at = skipped.end() if skipped else pos
        # A character none of the terminals needs there chooses what any other such one does.
        after = text[at] if at < end and text[at] in second.needed else ""
        made = second.get(after)
        if made is None:
            chosen = (n for n in second.names if (a := self._after[n]) is None or after in a)
            made = second[after] = self._combined(tuple(chosen))
        return made

    def _starting(self, char: str) -> tuple[str, ...]:
        return tuple(n for n in self._names if (f := self._firsts[n]) is None or char in f)

    def _combined(self, names: tuple[str, ...]) -> re.Pattern[str]:
        made = self._made.get(names)
        if made is None:
            alternatives = "|".join(f"(?P<{n}>{self._regexps[n]})" for n in names)
            made = self._made[names] = re.compile(alternatives) if names else NOTHING
        return made


def _analysed(
    terminals: dict[str, str],
) -> dict[str, tuple[frozenset[str] | None, frozenset[str] | None]]:
    # Imported here: the shipped tables hold the analyses, so most runs never need them.
    from .firsts import first_after_skipped, first_chars

    return {name: (first_chars(r), first_after_skipped(r)) for name, r in terminals.items()}


class Lexer:
    """The lexers of a parser's states: ``scanners[state]`` is (Dispatch, the terminals it
    takes but the ignored ones, whether spaces may be skipped before a token)."""

    def __init__(
        self,
        scanners: dict[int, tuple[tuple[str, ...], frozenset[str]]],
        terminals: dict[str, str],
        ignore: frozenset[str],
        starts: dict[str, tuple[frozenset[str] | None, frozenset[str] | None]] | None = None,
    ) -> None:
        used = {name for names, _ in scanners.values() for name in names}
        # What each terminal's matches start with (Tables.starts), worked out here if not given.
        analysed = starts if starts is not None and used <= starts.keys() else _analysed(terminals)
        shared = _Terminals(
            {name: terminals[name] for name in used},
            {name: first for name, (first, _) in analysed.items()},
            {name: after for name, (_, after) in analysed.items()},
            {},
        )
        self.ignore = ignore
        # Most states share their terminals with others (the grammar has ten times as many
        # states as lexers): those share one lexer, made once and filled by each of them.
        made: dict[tuple[tuple[str, ...], frozenset[str]], tuple[Any, ...]] = {}
        self.scanners: dict[int, tuple[Any, ...]] = {}
        for state, terms in scanners.items():
            scanner = made.get(terms)
            if scanner is None:
                names, allowed = terms
                scanner = (Dispatch(names, shared), allowed - ignore, not (allowed & SPACE_LED))
                made[terms] = scanner
            self.scanners[state] = scanner

    def token(self, state: int, text: str, pos: int, end: int) -> tuple[Lexeme, int] | None:
        """The next token the lexer of ``state`` reads at ``pos`` (after what it ignores), and
        where it ends; None where it reads none."""
        found, pos = self.match(self.scanners[state], text, pos, end)
        if found is None:
            return None
        # Every terminal is a named group of the pattern, so lastgroup names the one that matched.
        return Lexeme(found.lastgroup or "", found.group(), pos, found.end()), found.end()

    def match(
        self, scanner: tuple[Any, ...], text: str, pos: int, end: int
    ) -> tuple[re.Match[str] | None, int]:
        """The match of the next terminal ``scanner`` (one of :attr:`scanners`) reads at ``pos``
        after the spaces and what it ignores, and where it starts; (None, where the lexer stopped)
        where it reads none: at ``end``, or where no terminal matches. The engine's loop does the
        same, inline."""
        ignore = self.ignore
        while pos < end:
            if scanner[2] and text[pos].isspace():  # \s is what str.isspace() says
                space = SPACE.match(text, pos, end)
                if space:
                    pos = space.end()
                    if pos >= end:
                        break
            dispatch = scanner[0]
            pattern = dispatch.get(text[pos]) or dispatch.pattern(text, pos, end)
            found = pattern.match(text, pos, end) if pattern is not NOTHING else None
            if found is None or found.lastgroup not in ignore:
                return found, pos
            pos = found.end()
        return None, pos
        return None
