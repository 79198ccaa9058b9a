"""A lean runner for the LALR tables that Lark builds from grammar.lark.

Lark compiles the grammar, its LALR table and its per-state (contextual) scanners; this module
only drives them, with the transformer's methods as the rules' callbacks. Lark's own runtime
tracks lines and columns, builds a tree builder's wrappers and a lexer thread per call; this
loop does the same work in about half the time (``benchmarks/parse.py``), and it can
also answer "what is the longest citation that starts here?" in one pass, which find() needs.
The tests check that it gives exactly what Lark's own ``parse`` gives.

>>> from kamerstuk.grammar.parsing import parser
>>> from kamerstuk.grammar.transform import CitationTransformer
>>> engine = Engine(lark_tables(parser()), CitationTransformer())
>>> found, end = engine.longest("Kamerstuk 33694, nr. 20). Verder", 0)
>>> end, found[0].citation.identifier
(23, 'kst-33694-20')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from ..model.errors import InvalidValue, NoIdentifier, ParseError
from .lexer import NOTHING as _NOTHING
from .lexer import SPACE as _SPACE
from .lexer import Lexeme, Lexer
from .paths import Paths
from .tables import SUPPORTED_LARK, LarkChanged, Rule, Tables, lark_tables

__all__ = [
    "SUPPORTED_LARK",
    "Engine",
    "LarkChanged",
    "Lexeme",
    "Rule",
    "Stuck",
    "Tables",
    "lark_tables",
]


class _Splice(list[Any]):
    """The values of an inlined rule (``_name``), spliced into the rule that uses it."""


def _flat(children: list[Any]) -> list[Any]:
    out: list[Any] = []
    for child in children:
        if type(child) is _Splice:
            out.extend(child)
        else:
            out.append(child)
    return out


def _splice(children: list[Any]) -> _Splice:
    out = _Splice()
    for child in children:
        if type(child) is _Splice:
            out.extend(child)
        else:
            out.append(child)
    return out


def _callback(rule: Rule, transformer: Any) -> Any:
    """What reducing ``rule`` yields, as Lark's tree builder would give it to ``transformer``:
    "_" rules are spliced into their parent, "?" rules with one child pass it on, the others
    call the transformer's method (named by the alias, if any) with their flattened children."""
    name = rule.origin
    if name.startswith("_"):
        # A rule of terminals only has nothing to splice in: the class itself is the callback.
        return _Splice if rule.terminals_only else _splice
    method = getattr(transformer, rule.alias or name, None)
    if method is None:  # no method: Lark would build a Tree (or pass on a single child)
        from lark import Tree  # only then: find() and parse() run without importing Lark

        method = functools.partial(Tree, rule.alias or name)
    if rule.expand1 and not rule.alias:
        return lambda children: children[0] if len(children) == 1 else method(_flat(children))
    if rule.terminals_only:  # tokens only: nothing to flatten
        return method
    return lambda children: method(_flat(children))


_END = "$END"
_new_str = str.__new__


class Stuck(Exception):
    """The grammar cannot go on at ``offset``; ``expected`` names the terminals it could take."""

    def __init__(self, offset: int, expected: Iterable[str], token: Lexeme | None = None) -> None:
        super().__init__(offset)
        self.offset = offset
        self._expected = expected
        self.token = token

    @property
    def expected(self) -> frozenset[str]:
        # Worked out when asked: find() gets stuck at the end of every citation and never asks.
        return frozenset(k for k in self._expected if k.isupper())


# Stuck by another name, for the annotations inside Engine (whose attribute Stuck shadows it).
_Stopped = Stuck


class Engine:
    """Runs the parse table of a Lark LALR parser with a contextual lexer and inline callbacks."""

    #: What :meth:`parse` raises where the text stops being a citation.
    Stuck = Stuck

    def __init__(self, tables: Tables, transformer: Any) -> None:
        shift = self._shift = True
        # Per rule, what a reduction needs: how many values it takes, its callback, its name
        # (a rule may come as a plain tuple of Rule's fields: the shipped tables hold those).
        rules: dict[tuple[Any, ...], tuple[int, Any, str]] = {}
        # The transformer method each reduction calls (its rule's alias or name): for Paths.
        self._method: dict[int, str] = {}
        for actions in tables.states.values():
            for action, arg in actions.values():
                if action is not shift and arg not in rules:
                    rule = Rule(*arg)
                    done = rules[arg] = (rule.size, _callback(rule, transformer), rule.origin)
                    self._method[id(done)] = rule.alias or rule.origin
        # Each reduction's rule replaced by what it needs, so that the loop never hashes one.
        # A shift is kept as the tables give it (most actions are shifts: no new tuple for them).
        self._states: dict[int, dict[str, tuple[Any, Any]]] = {
            state: {
                kind: move if move[0] is shift else (move[0], rules[move[1]])
                for kind, move in actions.items()
            }
            for state, actions in tables.states.items()
        }
        self._start = tables.start
        self._end = tables.end
        # The states where the text so far may be a whole citation (they take $END).
        self._whole = frozenset(state for state, actions in self._states.items() if _END in actions)
        #: The commonest citations' token paths (:mod:`kamerstuk.grammar.paths`), where given.
        self.paths: Paths | None = None
        self.lexer = Lexer(tables.scanners, tables.terminals, tables.ignore, tables.starts)
        self._scanners = self.lexer.scanners
        self.token = self.lexer.token

    @property
    def start_state(self) -> int:
        """The parser's state before the first token."""
        return self._start

    def whole(self, state: int) -> bool:
        """True where the parser, in ``state``, may take the end of the text: the text read so
        far may be a whole citation (the engine keeps a snapshot there)."""
        return state in self._whole

    def stuck(self, state: int, offset: int, token: Lexeme | None = None) -> _Stopped | None:
        """The :class:`Stuck` the engine raises in ``state`` where its lexer reads nothing at
        ``offset`` or the parser cannot take ``token``; None where the parser would first
        reduce with the token (what then follows is the engine's to find out)."""
        if token is None:
            return Stuck(offset, self._scanners[state][1])
        actions = self._states[state]
        return None if token.type in actions else Stuck(offset, actions, token)

    def shifted(
        self, stack: list[int], kind: str, reductions: list[tuple[int, Any, str]] | None = None
    ) -> list[int] | None:
        """The stack of states after the parser takes a ``kind`` token (``$END``: the end of the
        text) with ``stack``, or None when it cannot take one there; the reductions it makes
        first are added to ``reductions`` (each: how many values it takes, its callback, its
        rule's name; :meth:`method` names the transformer method it calls). States only: no
        values, no callbacks called."""
        table, stack = self._states, list(stack)
        while stack[-1] != self._end:
            action = table[stack[-1]].get(kind)
            if action is None:
                return None
            if action[0] is self._shift:
                stack.append(action[1])
                return stack
            count, _, origin = action[1]
            if reductions is not None:
                reductions.append(action[1])
            if count:
                del stack[-count:]
            stack.append(table[stack[-1]][origin][1])
        return stack

    def method(self, reduction: tuple[int, Any, str]) -> str:
        """The transformer method a reduction (from :meth:`shifted`) calls: its rule's alias or
        name ("_x" for an inlined rule, whose values are spliced into its parent's)."""
        return self._method[id(reduction)]

    def parse(self, text: str, start: int = 0, end: int | None = None) -> Any:
        """The value of the whole of ``text[start:end]``; :class:`Stuck` where it stops being a
        citation. Offsets (in tokens, spans and errors) count from the start of ``text``."""
        end = len(text) if end is None else end
        states, values = self._run(text, start, end, None)
        return self._finish(states, values, end)

    def longest(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        failure: list[Exception] | None = None,
    ) -> tuple[Any, int] | None:
        """The value of the longest whole citation that starts at ``start`` and ends by ``end``,
        and where it ends; None when there is none.

        A prefix whose value cannot be built (an impossible date in it) gives way to the
        longest shorter one. Where the reading stopped before ``end`` (:class:`Stuck`, or a
        value the models reject), the error is appended to ``failure`` if given.
        """
        end = len(text) if end is None else end
        if self.paths is not None:
            along = self.paths.read(text, start, end)
            if type(along) is Stuck:  # no citation here: the path says where the engine stops
                if failure is not None:
                    failure.append(along)
                return None
            if along is not None:
                return along  # type: ignore[return-value]  # a reading, not a Stuck
        snapshots: list[tuple[list[int], list[Any], int, int]] = []
        kinds: list[str] = []  # the tokens' types, for the paths to learn the citation's form
        # Where the text stops being a citation, the snapshots so far are what there is.
        try:
            self._run(text, start, end, snapshots, kinds)
        except (Stuck, InvalidValue, NoIdentifier, ParseError, ValueError) as err:
            if failure is not None:
                failure.append(err)
        for saved_states, saved_values, stop, count in reversed(snapshots):
            try:
                value = self._finish(saved_states, saved_values, stop)
            except (Stuck, InvalidValue, NoIdentifier, ParseError, ValueError):
                continue
            if self.paths is not None:
                self.paths.learn(kinds[:count])
            return value, stop
        return None

    def _run(
        self,
        text: str,
        pos: int,
        size: int,
        snapshots: list[tuple[list[int], list[Any], int, int]] | None,
        kinds: list[str] | None = None,
    ) -> tuple[list[int], list[Any]]:
        """Lex and parse ``text[pos:size]`` in one loop (the hot path of find()).

        Each token is lexed by the scanner of the parser's state, then shifted after the
        reductions it calls for. With ``snapshots``, the stacks are saved at every point where
        the text so far is a whole citation, with the number of tokens read; ``kinds`` gets
        each token's type.
        """
        table, scanners, shift, whole = self._states, self._scanners, self._shift, self._whole
        ignore, space = self.lexer.ignore, _SPACE.match
        states: list[int] = [self._start]
        values: list[Any] = []
        while pos < size:
            scanner = scanners[states[-1]]
            # The lexer's match (Lexer.match), inline: this loop runs for every token.
            while True:
                if scanner[2] and text[pos].isspace():  # \s is what str.isspace() says
                    if text[pos] == " " and pos + 1 < size and not text[pos + 1].isspace():
                        pos += 1  # one space, the commonest: what SPACE matches, without it
                    else:
                        skipped = space(text, pos, size)
                        if skipped:
                            pos = skipped.end()
                            if pos >= size:
                                found = None
                                break
                dispatch = scanner[0]
                pattern = dispatch.get(text[pos]) or dispatch.pattern(text, pos, size)
                # pos/endpos, not a slice: lookaheads stop at ``size``, offsets stay those of text.
                found = pattern.match(text, pos, size) if pattern is not _NOTHING else None
                if found is None or found.lastgroup not in ignore:
                    break
                pos = found.end()
                if pos >= size:
                    found = None
                    break
            if found is None:
                if pos >= size:
                    break
                raise Stuck(pos, scanner[1])
            kind = found.lastgroup or ""  # every terminal is a named group: never ""
            end = found.end()
            # Lexeme(kind, ...) without the call: this line runs for every token of every text.
            token = _new_str(Lexeme, found.group())
            token.type, token.start_pos, token.end_pos = kind, pos, end
            pos = end
            if kinds is not None:
                kinds.append(kind)
            while True:
                try:
                    action, arg = table[states[-1]][kind]
                except KeyError:
                    raise Stuck(token.start_pos, table[states[-1]], token) from None
                if action is shift:
                    states.append(arg)
                    values.append(token)
                    break
                count, callback, origin = arg
                children = values[-count:] if count else []
                if count:
                    del states[-count:]
                    del values[-count:]
                values.append(callback(children))
                states.append(table[states[-1]][origin][1])
            if snapshots is not None and states[-1] in whole:
                snapshots.append((states[:], values[:], end, len(kinds) if kinds else 0))
        return states, values

    def _finish(self, states: list[int], values: list[Any], offset: int) -> Any:
        """Reduce at the end of the text until the start rule is complete."""
        table, end = self._states, self._end
        while True:
            try:
                action, rule = table[states[-1]][_END]
            except KeyError:
                raise Stuck(offset, table[states[-1]]) from None
            if action is self._shift:
                return values[-1]
            # The reduction, inline as in _run: this loop runs for every citation found.
            count, callback, origin = rule
            children = values[-count:] if count else []
            if count:
                del states[-count:]
                del values[-count:]
            values.append(callback(children))
            states.append(table[states[-1]][origin][1])
            if states[-1] == end:
                return values[-1]
