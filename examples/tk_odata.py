"""The part of OData v4's query language the Tweede Kamer stand-in (tk_standin.py) answers.

What it shows: how the ``$filter`` and ``$expand`` options kamerstuk sends are read, as a small
recursive-descent parser over the records of a :class:`Graph` (anything with ``prop``, ``nav``
and ``kind``): comparisons (``eq``, ``ne``, ``gt``, ``ge``, ``lt``, ``le``) of properties and
navigation paths with strings (``'…'``, ``''`` inside), integers, GUIDs (bare), ``null``,
``true`` and ``false``; ``and``, ``or``, ``not`` and parentheses; ``Nav/any(d:…)`` and
``Nav/all(d:…)``. ``$expand`` items with nested ``$filter``, ``$expand`` and ``$select``,
separated by ``;``. Anything else is a :class:`QueryError`, which the stand-in answers with a
400 and an OData error body, as the real service does.

>>> test = parse_filter("Nummer eq 'x''y' and not (Volgnummer lt 3)")
>>> test(lambda entity, path: entity[path[0]], {"Nummer": "x'y", "Volgnummer": 5}, {})
True
>>> [(e.name, e.select) for e in parse_expand("Zaak($select=Id,Nummer),Fractie")]
[('Zaak', ('Id', 'Nummer')), ('Fractie', None)]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

__all__ = ["Expand", "QueryError", "Test", "parse_expand", "parse_filter", "split_top"]

#: A path's value from an entity: a property (a str, int, bool or None), or the entities along
#: a navigation (a list for a collection).
Lookup = Callable[[Any, tuple[str, ...]], Any]
#: A parsed filter: given how to look a path up, the entity and the lambdas' variables, whether
#: it holds for that entity.
Test = Callable[[Lookup, Any, dict[str, Any]], bool]

_TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:[^']|'')*')"
    r"|(?P<guid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\b"
    r"|(?P<num>-?[0-9]+)\b"
    r"|(?P<word>[A-Za-z_]\w*(?:/[A-Za-z_]\w*)*)"
    r"|(?P<punct>[():]))"
)
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "gt": lambda a, b: a is not None and b is not None and a > b,
    "ge": lambda a, b: a is not None and b is not None and a >= b,
    "lt": lambda a, b: a is not None and b is not None and a < b,
    "le": lambda a, b: a is not None and b is not None and a <= b,
}
_LITERALS = {"null": None, "true": True, "false": False}


class QueryError(ValueError):
    """A query the stand-in cannot read (the real service answers 400 as well)."""


class Expand(NamedTuple):
    """One ``$expand`` item: the navigation and its own options."""

    name: str
    filter: Test | None = None
    expand: tuple[Expand, ...] = ()
    select: tuple[str, ...] | None = None


def split_top(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` outside parentheses and quotes.

    >>> split_top("A(x;y),B", ",")
    ['A(x;y)', 'B']
    """
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(text):
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch in "()":
            depth += 1 if ch == "(" else -1
        elif not quoted and depth == 0 and ch == separator:
            parts.append(text[start:i])
            start = i + 1
    if depth or quoted:
        raise QueryError(f"unbalanced parentheses or quotes in {text!r}")
    return [*parts, text[start:]]


def parse_expand(text: str) -> tuple[Expand, ...]:
    """The items of an ``$expand`` option."""
    items = []
    for part in split_top(text, ","):
        match = re.fullmatch(r"\s*(\w+)\s*(?:\((.*)\))?\s*", part, re.DOTALL)
        if not match:
            raise QueryError(f"cannot read $expand item {part!r}")
        name, inner = match.groups()
        options: dict[str, str] = {}
        for option in split_top(inner, ";") if inner else []:
            key, _, value = option.partition("=")
            options[key.strip()] = value
        unknown = set(options) - {"$filter", "$expand", "$select"}
        if unknown:
            raise QueryError(f"$expand option {sorted(unknown)[0]} is not answered here")
        items.append(
            Expand(
                name,
                parse_filter(options["$filter"]) if "$filter" in options else None,
                parse_expand(options["$expand"]) if "$expand" in options else (),
                tuple(s.strip() for s in options["$select"].split(","))
                if "$select" in options
                else None,
            )
        )
    return tuple(items)


def parse_filter(text: str) -> Test:
    """A ``$filter`` expression as a test of one record (QueryError where it cannot be read)."""
    tokens = _tokens(text)
    test, rest = _or(tokens)
    if rest:
        raise QueryError(f"unexpected {rest[0][1]!r} in $filter")
    return test


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    text = text.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            raise QueryError(f"cannot read $filter at {text[position : position + 20]!r}")
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


Tokens = list[tuple[str, str]]


def _or(tokens: Tokens) -> tuple[Test, Tokens]:
    return _chain(tokens, "or", _and, any)


def _and(tokens: Tokens) -> tuple[Test, Tokens]:
    return _chain(tokens, "and", _not, all)


def _chain(
    tokens: Tokens,
    word: str,
    below: Callable[[Tokens], tuple[Test, Tokens]],
    combine: Callable[[Any], bool],
) -> tuple[Test, Tokens]:
    tests = []
    test, tokens = below(tokens)
    tests.append(test)
    while tokens and tokens[0] == ("word", word):
        test, tokens = below(tokens[1:])
        tests.append(test)
    if len(tests) == 1:
        return tests[0], tokens
    return (lambda look, it, scope: combine(t(look, it, scope) for t in tests)), tokens


def _not(tokens: Tokens) -> tuple[Test, Tokens]:
    if tokens and tokens[0] == ("word", "not"):
        inner, rest = _not(tokens[1:])
        return (lambda look, it, scope: not inner(look, it, scope)), rest
    if tokens and tokens[0] == ("punct", "("):
        inner, rest = _or(tokens[1:])
        if not rest or rest[0] != ("punct", ")"):
            raise QueryError("a ( without its )")
        return inner, rest[1:]
    if tokens and tokens[0][0] == "word" and re.search(r"/(any|all)$", tokens[0][1]):
        return _lambda(tokens)
    return _comparison(tokens)


def _lambda(tokens: Tokens) -> tuple[Test, Tokens]:
    path, _, which = tokens[0][1].rpartition("/")
    if len(tokens) < 4 or tokens[1] != ("punct", "(") or tokens[3] != ("punct", ":"):
        raise QueryError(f"cannot read {which}() after {path}")
    variable = tokens[2][1]
    body, rest = _or(tokens[4:])
    if not rest or rest[0] != ("punct", ")"):
        raise QueryError(f"{which}( without its )")
    members = _path(path)
    quantifier = any if which == "any" else all

    def test(look: Lookup, it: Any, scope: dict[str, Any]) -> bool:
        return quantifier(
            body(look, it, {**scope, variable: m}) for m in members(look, it, scope) or []
        )

    return test, rest[1:]


Operand = Callable[[Lookup, Any, dict[str, Any]], Any]


def _path(text: str) -> Operand:
    """A path's value: from a lambda's variable (``d/Nummer``) or from the entity itself."""
    steps = tuple(text.split("/"))

    def lookup(look: Lookup, it: Any, scope: dict[str, Any]) -> Any:
        found = look(scope[steps[0]], steps[1:]) if steps[0] in scope else look(it, steps)
        # GUIDs compare in any case, as the service compares them.
        return found.lower() if isinstance(found, str) and _is_guid(found) else found

    return lookup


def _operand(token: tuple[str, str]) -> Operand:
    kind, value = token
    if kind == "str":
        text = value[1:-1].replace("''", "'")
        return lambda look, it, scope: text
    if kind == "guid":
        return lambda look, it, scope: value.lower()
    if kind == "num":
        return lambda look, it, scope: int(value)
    if kind == "word" and value in _LITERALS:
        return lambda look, it, scope: _LITERALS[value]
    if kind == "word":
        return _path(value)
    raise QueryError(f"unexpected {value!r} in $filter")


def _is_guid(text: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}", text))


def _comparison(tokens: Tokens) -> tuple[Test, Tokens]:
    if len(tokens) < 3 or tokens[1] not in {("word", op) for op in _COMPARE}:
        raise QueryError(f"cannot read a comparison at {' '.join(t[1] for t in tokens[:3])!r}")
    left, compare, right = _operand(tokens[0]), _COMPARE[tokens[1][1]], _operand(tokens[2])
    return (
        lambda look, it, scope: bool(compare(left(look, it, scope), right(look, it, scope)))
    ), tokens[3:]
