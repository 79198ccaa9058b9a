"""The grammar's LALR tables, read out of Lark once and shipped with the package.

Lark takes about 90 ms to analyse grammar.lark into its tables and lexers, and importing Lark
and loading a parser it saved still takes about 30 ms. The engine needs neither: it runs plain
tables (:class:`Tables`: dicts of states, terminal names, regular expressions and rules), which
:func:`lark_tables`, the one reader of Lark's internals, reads out of Lark's parser.
``tools/ship_tables.py`` saves them beside the grammar as ``grammar.tables``, after a fingerprint
of the grammar's text; :func:`load` loads them (a few milliseconds, without importing Lark) when
the fingerprint is the grammar's, and makes them with Lark otherwise (an edited grammar). The
tests check that the shipped tables are the grammar's, and that the engine running them parses
as Lark's own parser does.

>>> "KST_WORD" in load().terminals
True
"""

from __future__ import annotations

import functools
import io
import marshal
import os
import zlib
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from lark import Lark

__all__ = [
    "OPTIONS",
    "SUPPORTED_LARK",
    "LarkChanged",
    "Rule",
    "Tables",
    "fingerprint",
    "lark",
    "lark_tables",
    "load",
    "saved",
    "shipped",
]

#: How the parser is made: LALR with the contextual lexer (kamerstuk.grammar.engine runs it).
OPTIONS = {"parser": "lalr", "lexer": "contextual", "maybe_placeholders": False}
_PACKAGE = "kamerstuk.grammar"
_SHIPPED = "grammar.tables"
# The layout of the shipped file: a new one when Tables or Rule change.
_FORMAT = "kamerstuk-tables-4"


class Rule(NamedTuple):
    """What the engine needs of a grammar rule: its name (``origin``), the alias it is reduced
    as, how many symbols it takes, whether it passes a lone child on (``?rule``) and whether
    it is made of terminals only."""

    origin: str
    alias: str | None
    size: int
    expand1: bool
    terminals_only: bool


class LarkChanged(RuntimeError):
    """The installed Lark no longer has the internals the engine reads (see :func:`lark_tables`)."""


#: The Lark releases whose internals :func:`lark_tables` was checked against (pyproject.toml pins
#: the same range; CI runs the engine tests on the lowest and the newest of it).
SUPPORTED_LARK = ">=1.1.9,<1.4"


class Tables(NamedTuple):
    """What the engine needs of a Lark LALR parser, in plain Python values (the package ships
    them: see :func:`saved`).

    ``states`` maps a parser state and a terminal name to ``(True, next state)`` (shift) or
    ``(False, rule)`` (reduce); ``scanners`` maps a state to its contextual lexer: the names of
    the terminals it tries, in order, and the same as a set.
    """

    states: dict[int, dict[str, tuple[bool, Any]]]
    start: int
    end: int
    scanners: dict[int, tuple[tuple[str, ...], frozenset[str]]]
    ignore: frozenset[str]
    #: Every terminal's regular expression, by name (the grammar's, as Lark compiles it).
    terminals: dict[str, str]
    #: Per terminal, the characters its matches start with and the first one past commas and
    #: spaces (kamerstuk.grammar.firsts; None: any), for the lexer's dispatch. Worked out when the
    #: tables are made: re's parser takes 5 ms over all the terminals, at every start-up else.
    starts: dict[str, tuple[frozenset[str] | None, frozenset[str] | None]]


def lark_tables(lark: Lark) -> Tables:
    """Read the parse table and the per-state scanners out of ``lark`` (LALR, contextual lexer).

    This is the only function in kamerstuk that touches Lark's internals (attributes that are not
    its documented API); when a Lark release renames one, it raises :class:`LarkChanged` saying
    which, rather than the engine failing somewhere in its loop.
    """
    # Imported here: only tables being made need the analyses (a millisecond of start-up).
    from .firsts import first_after_skipped, first_chars

    try:
        from lark.parsers.lalr_analysis import Shift

        frontend: Any = lark.parser
        table = frontend.parser.parser.parse_table
        # Plain str keys (Lark's may be Tokens, whose Python-level __eq__ would slow every
        # lookup) and plain rules (Lark's hash in Python too).
        states = {
            state: {
                str(kind): (True, arg) if action is Shift else (False, _rule(arg))
                for kind, (action, arg) in actions.items()
            }
            for state, actions in table.states.items()
        }
        scanners = {}
        for state, lexer in frontend.lexer.lexers.items():
            # The state's terminals in the order Lark's lexer tries them (sorted by priority when
            # it is made); the engine compiles its own patterns of them (see _Dispatch), so
            # Lark's combined ones are never built.
            names = tuple(t.name for t in lexer.terminals)
            scanners[state] = (names, frozenset(names))
        terminals = {t.name: t.pattern.to_regexp() for t in lark.terminals}
        return Tables(
            states,
            table.start_states["start"],
            table.end_states["start"],
            scanners,
            frozenset(lark.lexer_conf.ignore),
            terminals,
            {
                name: (first_chars(regexp), first_after_skipped(regexp))
                for name, regexp in terminals.items()
            },
        )
    except (AttributeError, ImportError, KeyError, TypeError, ValueError) as err:
        raise LarkChanged(
            f"kamerstuk's engine cannot read the tables of lark {_lark_version()} ({err!r});"
            f" it supports lark{SUPPORTED_LARK}: install one of those"
        ) from err


def _rule(rule: Any) -> Rule:
    return Rule(
        str(rule.origin.name),
        None if rule.alias is None else str(rule.alias),
        len(rule.expansion),
        bool(rule.options.expand1),
        all(symbol.is_term for symbol in rule.expansion),
    )


def _lark_version() -> str:
    import lark

    return str(getattr(lark, "__version__", "?"))


def fingerprint() -> tuple[str, str]:
    """What tables must be made from to be this grammar's: the CRC-32 and length of grammar.lark
    (enough to tell an edited grammar, and zlib loads in a tenth of hashlib's 2.5 ms), and the
    layout of the file they are saved in."""
    grammar = _read("grammar.lark")
    return f"crc32 {zlib.crc32(grammar):08x} {len(grammar)}", _FORMAT


def _read(name: str) -> bytes:
    """A file of this package: beside this module, or (from a zip) through importlib.resources,
    whose import costs a few ms of start-up, so it is only the fallback."""
    try:
        with open(os.path.join(os.path.dirname(__file__), name), "rb") as handle:
            return handle.read()
    except OSError:
        from importlib import resources

        return resources.files(_PACKAGE).joinpath(name).read_bytes()


def _made() -> Lark:
    """The grammar's LALR parser, made by Lark from grammar.lark (about 90 ms)."""
    from lark import Lark

    return Lark.open_from_package(_PACKAGE, "grammar.lark", **OPTIONS)  # type: ignore[arg-type]


def saved() -> bytes:
    """The shipped file: a three-line fingerprint (the grammar's, the layout's, the Lark release
    that made it), then the engine's tables as plain values and Lark's own saved parser, in
    marshal's format (loaded in a millisecond, where importing pickle alone takes more)."""
    import lark as lark_module

    parser = _made()
    out = io.BytesIO()
    parser.save(out)
    tables = lark_tables(parser)
    # Equal tuples saved as one object: marshal writes each repeat as a reference to the first
    # (a rule is reduced in many states, a lexer shared by many), which halves the tables and
    # their loading time at start-up. The values loaded are the same.
    one: dict[Any, Any] = {}
    plain = tables._replace(
        states={
            state: {
                kind: one.setdefault(move := (shift, arg if shift else tuple(arg)), move)
                for kind, (shift, arg) in acts.items()
            }
            for state, acts in tables.states.items()
        },
        scanners={state: one.setdefault(lexer, lexer) for state, lexer in tables.scanners.items()},
    )
    body = marshal.dumps((tuple(plain), out.getvalue()))
    head = [*fingerprint(), str(lark_module.__version__)]
    return "\n".join(head).encode() + b"\n" + body


def shipped() -> tuple[tuple[str, str, str], bytes]:
    """The fingerprint (grammar, layout, Lark release) and the body of the shipped file (empty
    where there is none)."""
    try:
        data = _read(_SHIPPED)
    except OSError:
        return ("", "", ""), b""
    grammar, layout, made_by, body = data.split(b"\n", 3)
    return (grammar.decode(), layout.decode(), made_by.decode()), body


@functools.cache
def _body() -> tuple[Tables, bytes] | None:
    """What the shipped file holds when it is this grammar's and in this layout; None if not.
    (Its rules are plain tuples there: the engine reads them as :class:`Rule`.)"""
    made_from, body = shipped()
    if made_from[:2] != fingerprint():
        return None
    try:
        plain, parser = marshal.loads(body)
        return Tables(*plain), parser
    except (EOFError, ValueError, TypeError):  # written by a Python whose marshal differs
        return None


@functools.cache
def load() -> Tables:
    """The engine's tables: the shipped ones (without importing Lark) when they are this
    grammar's, else read out of the parser Lark makes of it."""
    body = _body()
    return body[0] if body is not None else lark_tables(lark())


@functools.cache
def lark() -> Lark:
    """The grammar's parser (no transformer): Lark's own, saved in the shipped file, when that is
    this grammar's and this Lark release made it, else made from the grammar."""
    import lark as lark_module
    from lark import Lark

    body = _body()
    if body is not None and shipped()[0][2] == str(lark_module.__version__):
        return Lark.load(io.BytesIO(body[1]))
    return _made()
