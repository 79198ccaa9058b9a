"""The commonest citations, read along a path of tokens known in advance.

Most citations in real text take one of a few forms: ``Kamerstuk 33694, nr. 20`` is the tokens
KST_WORD DOSSIER NRKW NUM, ``33694-49`` is DOSSIER SEG, ``2019Z12345`` is ZAAK. For such a run of
token types the LALR parser's moves are always the same, so they are worked out once, from the
grammar's own table (:meth:`Paths.add`): which lexer state each token is read in, and which
rule's callback gets the tokens in the end. Reading one is then lexing along the path and one
call of that callback, without the parser's stacks. A form that more than one rule reads (a
short list, a citation in brackets) replays the parser's reductions over its tokens instead:
the same callbacks in the same order, without the lexer's and the table's work between them.

The points of the paths are the parser's stacks, not the runs that led to them: two runs that
leave the parser with the same stack, after the same reductions, go on alike, so they share one
point (:meth:`Paths.add`). A list's items reduce, one by one, into the same stack (the grammar's
repetitions are left-recursive), so the paths of a list of four items loop back on themselves:
a list of any length whose items take forms seen before is read along them, not only the
lengths seen before.

A path is only taken when the engine would end the citation where it does: when the parser
cannot take the next token, or takes it but gets stuck (the tokens after the path run through
the table by their states only) before the text is a whole citation again. A value the models
reject gives way to the longest shorter path, as the engine gives way to its last snapshot
(in a replayed form, where the engine may meet the error before the path's end, to the engine).
Every point where the grammar may end a citation is such an end, learned or not: its value is
the reductions the parser makes there. Where the parser could go on to a longer citation, the
engine reads the citation as always. The tests compare the two on every real text, on near
misses and on generated lists (tests/test_paths.py).

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
# _Node.named where the reductions so far call more than one method: a replayed form.
_MANY = "*"
#: The longest run of tokens, the most runs and the most points :meth:`Paths.learn` tries.
LEARNED_LONGEST = 1024
LEARNED_MOST = 2048
LEARNED_POINTS = 16384


@attrs.define(eq=False)
class _Node:
    """A point on the paths: the parser's stack of states there, the lexer state to read the
    next token in, the callback when a path ends here, and which next tokens the parser takes.
    Every run that leaves the parser with this stack after the same reductions shares it."""

    stack: list[int]
    #: The lexer of the state on top of the stack (Lexer.scanners).
    scanner: tuple[Any, ...]
    #: True where the grammar may end a citation (the engine keeps a snapshot there).
    whole: bool = False
    callback: Any = None
    children: dict[str, _Node] = attrs.Factory(dict)
    # Token type -> True when the parser could take it here (then the engine must read on).
    goes_on: dict[str, bool] = attrs.Factory(dict)
    #: The reductions (how many values, callback) the parser makes before it takes the token
    #: that leads here: a replayed form makes them again (:class:`_Replay`).
    steps: tuple[tuple[int, Any], ...] = ()
    #: The transformer method the reductions so far call with a citation's tokens: "" none
    #: yet, _MANY more than one (see :meth:`Paths._named`).
    named: str = ""

    @property
    def state(self) -> int:
        return self.stack[-1]


class Paths:
    """The paths of an :class:`Engine`, and reading a citation along one."""

    def __init__(self, engine: Engine, transformer: Any = None) -> None:
        self._engine = engine
        self._scanners = engine.lexer.scanners
        self._root = _Node([engine.start_state], self._scanners[engine.start_state])
        # Every point, by what makes it: the stack, the reductions before its token, `named`.
        self._points: dict[tuple[Any, ...], _Node] = {}
        #: What :meth:`learn` makes paths with (None: it learns nothing).
        self._transformer = transformer
        # The runs learn() has tried, by their hash (a run may be a list of hundreds of tokens).
        self._tried: set[int] = set()

    def add(self, types: tuple[str, ...], transformer: Any) -> None:
        """Take the run of token ``types`` as a path. The grammar must read it as one whole
        citation (else ValueError, and the paths are as they were). Where all its tokens go to
        one method of ``transformer``, reading it is one call of that method; else (a list,
        citations in brackets) the engine's reductions are made over its tokens
        (:class:`_Replay`). A point where the run leaves the parser as another run did is that
        run's point: a list of four items makes the loop that lists of any length go along.

        >>> from kamerstuk.grammar.parsing import engine
        >>> from kamerstuk.grammar.transform import CitationTransformer
        >>> transformer = CitationTransformer()
        >>> paths = Paths(engine(), transformer)
        >>> paths.add(tuple(("DOSSIER SEG ITEMSEP " * 3 + "DOSSIER SEG").split()), transformer)
        >>> text = "; ".join(f"33694-{n}" for n in range(1, 10)) + " en"  # nine items
        >>> found, end = paths.read(text, 0, len(text))
        >>> len(found), found[-1].citation.identifier, end
        (9, 'kst-33694-9', 79)
        """
        engine, stack = self._engine, self._root.stack
        # Per token, the stack after it and the reductions the parser makes before it takes it.
        moves: list[tuple[str, list[int], list[tuple[int, Any, str]]]] = []
        for kind in types:
            steps: list[tuple[int, Any, str]] = []
            stack = engine.shifted(stack, kind, steps)  # type: ignore[assignment]
            if stack is None:
                raise ValueError(f"the grammar takes no {kind} in {' '.join(types)}")
            moves.append((kind, stack, steps))
        if engine.shifted(stack, _END) is None:
            raise ValueError(f"{' '.join(types)} is not a whole citation of the grammar")
        node = self._root
        for kind, stack, steps in moves:
            child = node.children.get(kind)
            if child is None:
                child = node.children[kind] = self._point(node, stack, steps, transformer)
            node = child

    def _point(
        self,
        parent: _Node,
        stack: list[int],
        steps: list[tuple[int, Any, str]],
        transformer: Any,
    ) -> _Node:
        """The point after ``parent``'s, where the parser's ``stack`` is after the reductions
        ``steps`` and a token: the one there is, or a new one."""
        named = self._named(parent.named, steps)
        key = (tuple(stack), tuple(steps), named)
        node = self._points.get(key)
        if node is None:
            whole = self._engine.whole(stack[-1])
            replayed = tuple((count, callback) for count, callback, _ in steps)
            node = _Node(stack, self._scanners[stack[-1]], whole, steps=replayed, named=named)
            if whole:
                node.callback = self._callback(node, transformer)
            # Shared only once whole: another thread may read along it at once.
            self._points[key] = node
        return node

    def _named(self, named: str, steps: list[tuple[int, Any, str]]) -> str:
        """``named`` after the reductions ``steps``: the one transformer method that gets the
        tokens, if so far there is one. Inlined rules ("_x") splice their tokens into their
        parent, and a sequence or start of one citation (one value) passes it on; a start with
        parentheses around its citation marks it, so it is a method of its own."""
        for reduction in steps:
            method = self._engine.method(reduction)
            if method.startswith("_") or (method in _PASS_ON and reduction[0] == 1):
                continue
            if named and method != named:
                return _MANY
            named = method
        return named

    def _callback(self, node: _Node, transformer: Any) -> Any:
        """What a path that ends at ``node`` is read with: the one method of ``transformer``
        that gets its tokens, or the engine's reductions (:class:`_Replay`); None where the
        parser cannot end a citation there after all (its lookahead sets are LALR's)."""
        end: list[tuple[int, Any, str]] = []
        if self._engine.shifted(node.stack, _END, end) is None:
            return None
        named = self._named(node.named, end)
        if named in ("", _MANY):
            return _Replay(end)
        method = getattr(transformer, named)
        # The method without its error-locating wrapper: an error here only sends the citation
        # to the engine, which locates it if it must.
        return getattr(method, "__wrapped__", method).__get__(transformer)

    def learn(self, types: list[str]) -> None:
        """Take the run of token ``types`` the engine read a whole citation as for a path, if
        the grammar reads it as one (:meth:`add`; tried once per run). The next citation of
        that form is read along it: the commonest forms of every genre, not only those
        :data:`~kamerstuk.grammar.parsing.PATHS` names, without the parser's stacks; and the
        next list whose items take forms of this one, whatever its length. A path gives what
        the engine gives whichever paths there are (it is taken only where the engine would
        end the citation where it does), so what is learned changes the cost of a reading,
        never its result."""
        if self._transformer is None or len(types) > LEARNED_LONGEST:
            return
        if len(self._tried) >= LEARNED_MOST or len(self._points) >= LEARNED_POINTS:
            return  # text of endless forms: memory stays bounded
        # By its hash: two runs of one hash (all but never) leave the second to the engine.
        key = hash(tuple(types))
        if key in self._tried:
            return
        self._tried.add(key)
        with contextlib.suppress(ValueError):
            self.add(tuple(types), self._transformer)

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
        the engine must decide: a replayed value fails, or the parser's table lets a citation
        end at a point where its reductions then cannot (LALR's merged lookaheads)."""
        rejected = False
        while True:
            callback = node.callback
            if callback is not None:
                try:
                    if type(callback) is _Replay:  # the points after each token, for their steps
                        return callback(tokens, [*nodes[1:], node]), tokens[-1].end_pos
                    return callback(tokens), tokens[-1].end_pos
                except (InvalidValue, NoIdentifier, ParseError, ValueError):
                    # An impossible value: a shorter citation, as the engine would; but where
                    # it is one of several rules', the engine may have met it before the end.
                    if type(callback) is _Replay:
                        return None
                    rejected = True
            elif node.whole:
                return None
            if not nodes:
                # Nothing whole (or, read by one method, no value): the engine would stop
                # where the path did, unless it stopped after reductions or tokens the path
                # did not follow (stop is None then). After a rejected value with nothing
                # shorter, the engine's error is the value's, not a Stuck: it decides.
                return None if stop is None or rejected else self._stuck(*stop)
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
    callbacks, in the same order), without lexing, tables or snapshots. Each point of the path
    holds the reductions made before its token is taken (:attr:`_Node.steps`); ``end`` holds
    those at the end of the text, where the path ends.

    A value that cannot be built sends the citation to the engine: the rule it fails in may
    be reduced before the path's end, where the engine stops with that error.
    """

    __slots__ = ("_end",)

    def __init__(self, end: list[tuple[int, Any, str]]) -> None:
        self._end = [(count, callback) for count, callback, _ in end]

    def __call__(self, tokens: list[Any], points: list[_Node]) -> Any:
        values: list[Any] = []
        for token, point in zip(tokens, points, strict=True):
            for count, callback in point.steps:
                _reduce(values, count, callback)
            values.append(token)
        for count, callback in self._end:
            _reduce(values, count, callback)
        return values[-1]


def _reduce(values: list[Any], count: int, callback: Any) -> None:
    children = values[-count:] if count else []
    if count:
        del values[-count:]
    values.append(callback(children))
