"""The commonest citations, read along a path of tokens known in advance.

Most citations in real text take one of a few forms: ``Kamerstuk 33694, nr. 20`` is the tokens
KST_WORD DOSSIER NRKW NUM, ``33694-49`` is DOSSIER SEG, ``2019Z12345`` is ZAAK. For such a run of
token types the LALR parser's moves are always the same, so they are worked out once, from the
grammar's own table (:meth:`Paths.add`): which lexer state each token is read in, and which
rule's callback gets the tokens in the end. Reading one is then lexing along the path and one
call of that callback, without the parser's stacks. A form that more than one rule reads (a
short list, a citation in brackets) replays the parser's reductions over its tokens instead:
the same callbacks in the same order, without the lexer's and the table's work between them.

A path is only taken when the engine would end the citation where it does: when the parser
cannot take the next token, or takes it but gets stuck (the tokens after the path run through
the table by their states only) before the text is a whole citation again. A value the models
reject gives way to the longest shorter path, as the engine gives way to its last snapshot
(in a replayed form, where the engine may meet the error before the path's end, to the engine).
Where the parser could go on to a longer citation, or the path reaches a point where the grammar
may end a citation that no path ends at, the engine reads the citation as always. The tests
compare the two on every real text and on near misses (tests/test_paths.py).

>>> from kamerstuk.grammar.parsing import engine
>>> found, end = engine().paths.read("zie 33694-49 en", 4, 15)
>>> found[0].citation.identifier, end
('kst-33694-49', 12)
"""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING, Any

import attrs

from ..model.errors import InvalidValue, NoIdentifier, ParseError
from .lexer import NOTHING, SPACE, Lexeme

if TYPE_CHECKING:
    from .engine import Engine, Stuck

__all__ = ["Paths"]

_END = "$END"
_new_str = str.__new__
# Rules whose callback passes one citation's value on unchanged, when it gets only that value.
_PASS_ON = frozenset({"sequence", "start"})
#: The longest run of tokens, and the most runs, :meth:`Paths.learn` tries.
LEARNED_LONGEST = 16
LEARNED_MOST = 2048


@attrs.define(eq=False)
class _Node:
    """A point on the paths: the parser's stack of states there, the lexer state to read the
    next token in, the callback when a path ends here, and which next tokens the parser takes."""

    stack: list[int]
    #: The lexer of the state on top of the stack (Lexer.scanners).
    scanner: tuple[Any, ...]
    #: True where the grammar may end a citation (the engine keeps a snapshot there).
    whole: bool = False
    callback: Any = None
    children: dict[str, _Node] = attrs.Factory(dict)
    # Token type -> True when the parser could take it here (then the engine must read on).
    goes_on: dict[str, bool] = attrs.Factory(dict)

    @property
    def state(self) -> int:
        return self.stack[-1]


class Paths:
    """The paths of an :class:`Engine`, and reading a citation along one."""

    def __init__(self, engine: Engine, transformer: Any = None) -> None:
        self._engine = engine
        self._scanners = engine.lexer.scanners
        self._root = _Node([engine.start_state], self._scanners[engine.start_state])
        #: What :meth:`learn` makes paths with (None: it learns nothing).
        self._transformer = transformer
        self._tried: set[tuple[str, ...]] = set()

    def add(self, types: tuple[str, ...], transformer: Any) -> None:
        """Take the run of token ``types`` as a path. The grammar must read it as one whole
        citation (else ValueError, and the paths are as they were). Where all its tokens go to
        one method of ``transformer``, reading it is one call of that method; else (a list,
        citations in brackets) the engine's reductions are made over its tokens
        (:class:`_Replay`)."""
        engine, stack = self._engine, self._root.stack
        # Per token, the reductions the parser makes before it takes it; last, those at the end.
        program: list[list[tuple[int, Any, str]]] = []
        stacks = []
        for kind in types:
            program.append([])
            stack = engine.shifted(stack, kind, program[-1])  # type: ignore[assignment]
            if stack is None:
                raise ValueError(f"the grammar takes no {kind} in {' '.join(types)}")
            stacks.append(stack)
        program.append([])
        if engine.shifted(stack, _END, program[-1]) is None:
            raise ValueError(f"{' '.join(types)} is not a whole citation of the grammar")
        callback = self._callback(program, transformer)
        node = self._root
        for kind, stack in zip(types, stacks, strict=True):
            child = node.children.get(kind)
            if child is None:
                scanner = self._scanners[stack[-1]]
                child = node.children[kind] = _Node(stack, scanner, engine.whole(stack[-1]))
            node = child
        node.callback = callback

    def _callback(self, program: list[list[tuple[int, Any, str]]], transformer: Any) -> Any:
        """What a path's tokens are read with: the one method of ``transformer`` that gets them
        all, or the engine's reductions (:class:`_Replay`)."""
        # Inlined rules ("_x") splice their tokens into their parent, and a sequence or start of
        # one citation (one value) passes it on: where one method is left, it gets every token.
        # A start with parentheses around its citation marks it, so it is a method of its own.
        methods = [(self._engine.method(r), r[0]) for steps in program for r in steps]
        named = {
            m for m, count in methods if not (m.startswith("_") or (m in _PASS_ON and count == 1))
        }
        if len(named) != 1:
            return _Replay(program)
        method = getattr(transformer, named.pop())
        # The method without its error-locating wrapper: an error here only sends the citation
        # to the engine, which locates it if it must.
        return getattr(method, "__wrapped__", method).__get__(transformer)

    def learn(self, types: list[str]) -> None:
        """Take the run of token ``types`` the engine read a whole citation as for a path, if
        the grammar reads it as one (:meth:`add`; tried once per run). The next citation of
        that form is read along it: the commonest forms of every genre, not only those
        :data:`~kamerstuk.grammar.parsing.PATHS` names, without the parser's stacks. A path
        gives what the engine gives whichever paths there are (it is taken only where the
        engine would end the citation where it does), so what is learned changes the cost of
        a reading, never its result."""
        key = tuple(types)
        if self._transformer is None or key in self._tried:
            return
        if len(key) > LEARNED_LONGEST or len(self._tried) >= LEARNED_MOST:
            return  # a list, or text of endless forms: memory stays bounded
        self._tried.add(key)
        with contextlib.suppress(ValueError):
            self.add(key, self._transformer)

    def read(self, text: str, start: int, end: int) -> tuple[Any, int] | Stuck | None:
        """The documents a citation at ``start`` names and where it ends, when one of the paths
        reads it whole; where there is no citation, the :class:`Stuck` the engine would stop
        with, when the path knows it; None when the engine must read it."""
        node, pos = self._root, start
        nodes: list[_Node] = []
        tokens: list[Any] = []
        # Where the path stopped as the engine would, made into a Stuck only if it is needed.
        stop: tuple[_Node, int, re.Match[str] | None] | None = None
        lexer = self._engine.lexer
        ignore, space = lexer.ignore, SPACE.match
        while True:
            # The lexer's match (Lexer.match), inline: this loop runs for most tokens of a text.
            scanner = node.scanner
            found = None
            while pos < end:
                if scanner[2] and text[pos].isspace():  # \s is what str.isspace() says
                    if text[pos] == " " and pos + 1 < end and not text[pos + 1].isspace():
                        pos += 1  # one space, the commonest: what SPACE matches, without it
                    else:
                        skipped = space(text, pos, end)
                        if skipped:
                            pos = skipped.end()
                            if pos >= end:
                                break
                dispatch = scanner[0]
                pattern = dispatch.get(text[pos]) or dispatch.pattern(text, pos, end)
                found = pattern.match(text, pos, end) if pattern is not NOTHING else None
                if found is None or found.lastgroup not in ignore:
                    break
                pos = found.end()
                found = None
            if found is None:
                if pos < end:  # the lexer reads nothing more: the parser stops here
                    stop = (node, pos, None)
                break
            kind = found.lastgroup or ""  # every terminal is a named group: never ""
            child = node.children.get(kind)
            if child is None:
                if not self._goes_on(node, kind):
                    stop = (node, pos, found)
                elif not self._stops(node, kind, text, found, end):
                    return None
                break
            after = found.end()
            token = _new_str(Lexeme, found.group())
            token.type, token.start_pos, token.end_pos = kind, pos, after
            tokens.append(token)
            nodes.append(node)
            node, pos = child, after
        return self._value(node, nodes, tokens, stop)

    def _value(
        self,
        node: _Node,
        nodes: list[_Node],
        tokens: list[Any],
        stop: tuple[_Node, int, re.Match[str] | None] | None,
    ) -> tuple[Any, int] | Stuck | None:
        """The value of the path read up to ``node``: as the engine does, the longest whole
        citation along it whose value can be built; where there is none, the Stuck at ``stop``
        (where the lexer read nothing, or the token the parser has no action for). None where
        the engine must decide: a point on the way where the grammar may end a citation that
        no path ends at."""
        while True:
            if node.callback is not None:
                try:
                    return node.callback(tokens), tokens[-1].end_pos
                except (InvalidValue, NoIdentifier, ParseError, ValueError):
                    # An impossible value: a shorter citation, as the engine would; but where
                    # it is one of several rules', the engine may have met it before the end.
                    if type(node.callback) is _Replay:
                        return None
            elif node.whole:
                return None
            if not nodes:
                # Nothing whole: the engine would stop where the path did (a path has no
                # callback before its end, so none can fail on the way), unless it stopped
                # after reductions or tokens the path did not follow (stop is None then).
                return None if stop is None else self._stuck(*stop)
            node = nodes.pop()
            tokens = tokens[: len(nodes)]

    def _stuck(self, node: _Node, pos: int, found: re.Match[str] | None) -> Stuck | None:
        token = (
            None
            if found is None
            else Lexeme(found.lastgroup or "", found.group(), pos, found.end())
        )
        return self._engine.stuck(node.stack[-1], pos, token)

    def _stops(self, node: _Node, kind: str, text: str, found: re.Match[str], end: int) -> bool:
        """True when the parser, taking the ``kind`` token ``found`` after ``node``'s path, gets
        stuck before the text so far is a whole citation again: then the engine, too, ends the
        citation where the path does. The tokens after the path are lexed and run through the
        grammar's table by their states only (no values, no callbacks)."""
        engine = self._engine
        stack = engine.shifted(node.stack, kind)
        pos = found.end()
        while stack is not None:
            if engine.whole(stack[-1]):
                return False  # a longer citation may end here: the engine reads it
            lexed = engine.token(stack[-1], text, pos, end)
            if lexed is None:
                return True
            lexeme, pos = lexed
            stack = engine.shifted(stack, lexeme.type)
        return True

    def _goes_on(self, node: _Node, kind: str) -> bool:
        known = node.goes_on.get(kind)
        if known is None:
            known = node.goes_on[kind] = self._engine.shifted(node.stack, kind) is not None
        return known


class _Replay:
    """The value of a path whose tokens more than one rule reads (a list, citations in
    brackets): the engine's reductions, made over the tokens as its loop makes them (the same
    callbacks, in the same order), without lexing, tables or snapshots. ``program`` holds, for
    each token, the reductions made before it is taken, and last those at the end of the text.

    A value that cannot be built sends the citation to the engine: the rule it fails in may
    be reduced before the path's end, where the engine stops with that error.
    """

    __slots__ = ("_program",)

    def __init__(self, program: list[list[tuple[int, Any, str]]]) -> None:
        self._program = [[(count, callback) for count, callback, _ in steps] for steps in program]

    def __call__(self, tokens: list[Any]) -> Any:
        program = self._program
        values: list[Any] = []
        # The program is one longer than the tokens: its last steps are those at the end.
        for token, steps in zip(tokens, program, strict=False):
            for count, callback in steps:
                _reduce(values, count, callback)
            values.append(token)
        for count, callback in program[len(tokens)]:
            _reduce(values, count, callback)
        return values[-1]


def _reduce(values: list[Any], count: int, callback: Any) -> None:
    children = values[-count:] if count else []
    if count:
        del values[-count:]
    values.append(callback(children))
