"""The commonest citations, read along a path of tokens known in advance.

Most citations in real text take one of a few forms: ``Kamerstuk 33694, nr. 20`` is the tokens
KST_WORD DOSSIER NRKW NUM, ``33694-49`` is DOSSIER SEG, ``2019Z12345`` is ZAAK. For such a run of
token types the LALR parser's moves are always the same, so they are worked out once, from the
grammar's own table (:meth:`Paths.add`): which lexer state each token is read in, and which
rule's callback gets the tokens in the end. Reading one is then lexing along the path and one
call of that callback, without the parser's stacks.

A path is only taken when the parser would have stopped where it ends: the next token must be
one that the parser cannot take after the path (it is then where :meth:`Engine.longest` stops
too); where the parser could go on, or the callback refuses a value, the engine reads the
citation as always. The tests compare the two on every real text (tests/test_engine.py).

>>> from kamerstuk.grammar.parsing import engine
>>> found, end = engine().paths.read("zie 33694-49 en", 4, 15)
>>> found[0].citation.identifier, end
('kst-33694-49', 12)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from ..model.errors import InvalidValue, NoIdentifier, ParseError

if TYPE_CHECKING:
    from .engine import Engine

__all__ = ["Paths"]

_END = "$END"
# Rules whose callback passes one citation's value on unchanged.
_PASS_ON = frozenset({"sequence", "start"})


@attrs.define(eq=False)
class _Node:
    """A point on the paths: the parser's stack of states there, the lexer state to read the
    next token in, the callback when a path ends here, and which next tokens the parser takes."""

    stack: list[int]
    callback: Any = None
    children: dict[str, _Node] = attrs.Factory(dict)
    # Token type -> True when the parser could take it here (then the engine must read on).
    goes_on: dict[str, bool] = attrs.Factory(dict)

    @property
    def state(self) -> int:
        return self.stack[-1]


class Paths:
    """The paths of an :class:`Engine`, and reading a citation along one."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._root = _Node([engine.start_state])

    def add(self, types: tuple[str, ...], transformer: Any) -> None:
        """Take the run of token ``types`` as a path. The grammar must read it as one whole
        citation, all of whose tokens go to one method of ``transformer`` (else ValueError)."""
        engine, node = self._engine, self._root
        methods: list[str] = []
        for kind in types:
            child = node.children.get(kind)
            stack = engine.shifted(node.stack, kind, methods)
            if stack is None:
                raise ValueError(f"the grammar takes no {kind} in {' '.join(types)}")
            if child is None:
                child = node.children[kind] = _Node(stack)
            node = child
        if engine.shifted(node.stack, _END, methods) is None:
            raise ValueError(f"{' '.join(types)} is not a whole citation of the grammar")
        # Inlined rules ("_x") splice their tokens into their parent, and a sequence or start of
        # one citation passes it on: the one method left gets every token.
        named = {m for m in methods if not m.startswith("_") and m not in _PASS_ON}
        if len(named) != 1:
            raise ValueError(f"{' '.join(types)} is read by {sorted(named)}, not one rule")
        method = getattr(transformer, named.pop())
        # The method without its error-locating wrapper: an error here only sends the citation
        # to the engine, which locates it if it must.
        node.callback = getattr(method, "__wrapped__", method).__get__(transformer)

    def read(self, text: str, start: int, end: int) -> tuple[Any, int] | None:
        """The documents a citation at ``start`` names and where it ends, when one of the paths
        reads it whole; None when the engine must read it."""
        token, node, pos = self._engine.token, self._root, start
        tokens: list[Any] = []
        while True:
            found = token(node.stack[-1], text, pos, end)
            if found is None:  # the lexer reads nothing more: the parser stops here
                break
            lexeme, pos = found
            child = node.children.get(lexeme.type)
            if child is None:
                if self._goes_on(node, lexeme.type):
                    return None
                break
            tokens.append(lexeme)
            node = child
        if node.callback is None:
            return None
        try:
            return node.callback(tokens), tokens[-1].end_pos
        except (InvalidValue, NoIdentifier, ParseError, ValueError):
            return None  # the engine gives way to a shorter citation; let it

    def _goes_on(self, node: _Node, kind: str) -> bool:
        known = node.goes_on.get(kind)
        if known is None:
            known = node.goes_on[kind] = self._engine.shifted(node.stack, kind) is not None
        return known
