"""The lean LALR runner gives exactly what Lark's own parser gives for the same grammar."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from lark import UnexpectedInput

import kamerstuk
from kamerstuk.grammar.engine import SUPPORTED_LARK, LarkChanged, Stuck, lark_tables
from kamerstuk.grammar.parsing import engine, parser
from kamerstuk.grammar.tables import fingerprint, shipped
from kamerstuk.model.errors import KamerstukError

from strategies import near_misses
from support import DATA, ROOT, fresh_python, read_jsonl, shared_path


def _lark(text: str) -> Any:
    try:
        return ("ok", parser().parse(text))
    except UnexpectedInput:
        return ("error", None)
    except (KamerstukError, ValueError) as err:
        return ("invalid", type(err).__name__)


def _ours(text: str) -> Any:
    try:
        return ("ok", engine().parse(text))
    except Stuck:
        return ("error", None)
    except (KamerstukError, ValueError) as err:
        return ("invalid", type(err).__name__)


NOTATION_TEXTS = [row["text"] for row in read_jsonl(DATA / "notations.jsonl")]


@pytest.mark.parametrize("text", NOTATION_TEXTS, ids=lambda t: t[:50] or "empty")
def test_same_result_as_lark_on_every_notation(text: str) -> None:
    assert _ours(text) == _lark(text)


def test_same_result_as_lark_on_real_citations() -> None:
    rows = read_jsonl(shared_path("corpus", "dev.jsonl"))
    surfaces = [c["surface"] for row in rows for c in row["citations"]]
    assert [_ours(s) for s in surfaces] == [_lark(s) for s in surfaces]


# Text made of the pieces citations are made of, so that most draws are near misses.
PIECES = (
    "Kamerstuk",
    "Kamerstukken",
    " II",
    " I",
    " 2019/20",
    ",",
    " ",
    "\n",
    " 33694",
    " 35 300",
    " VIII",
    "-",
    "49",
    " nr.",
    " nrs.",
    " 5",
    " en",
    " 7",
    " A",
    " p.",
    " 3-5",
    " d.d.",
    " 3 oktober 2019",
    ";",
    " Handelingen",
    " item",
    " Aanhangsel Handelingen",
    " Stb.",
    " 2019Z12345",
    " kst-33694-20",
    " (R1975)",
    "(",
    ")",
    " vergaderjaar",
    " Trb. 2009",
)


@settings(max_examples=300, deadline=None)
@given(near_misses(PIECES, 14))
def test_same_result_as_lark_on_near_misses(text: str) -> None:
    assert _ours(text) == _lark(text)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Kamerstuk 33694, nr. 20). Verder", 23),
        ("Kamerstuk 33694, nr. en verder", 15),
        ("Stb. 2019, 123 en 124, zie ook", 21),
        ("Kamerstuk 33694, nr. 5 van 31 februari 2020", 22),
        ("Handelingen in de Kamer", None),
    ],
)
def test_longest_citation_ends_where_the_grammar_stops(text: str, end: int | None) -> None:
    result = engine().longest(text)
    assert (result[1] if result else None) == end


def test_the_lark_range_is_the_one_pyproject_pins() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"lark{SUPPORTED_LARK}"' in text


def test_lark_tables_reads_every_state() -> None:
    tables = lark_tables(parser())
    assert tables.start in tables.states
    assert set(tables.scanners) == set(tables.states)
    assert all(names for names, _ in tables.scanners.values())


def test_the_engine_tries_the_terminals_in_larks_order() -> None:
    # The engine compiles its own per-character patterns from each state's terminals, in the
    # order Lark's lexer has them; Lark's own compiled lexer must try them in that same order
    # (and retype no match: no "unless" callbacks, which the engine does not repeat).
    lark = parser()
    tables = lark_tables(lark)
    for state, lexer in lark.parser.lexer.lexers.items():
        built = [
            name
            for pattern in lexer.scanner._mres
            for name, _ in sorted(
                (pattern if hasattr(pattern, "groupindex") else pattern[0]).groupindex.items(),
                key=lambda item: item[1],
            )
        ]
        assert built == list(tables.scanners[state][0]), state
        assert not lexer.callback, state


def test_a_changed_lark_is_reported_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    lark = parser()
    # As if a Lark release renamed the parse table: the engine must say so, not crash deep inside.
    monkeypatch.setattr(lark.parser.parser.parser, "parse_table", None)
    with pytest.raises(LarkChanged, match=r"supports lark>=1\.1\.9,<1\.4"):
        lark_tables(lark)


def test_the_shipped_tables_are_the_grammars() -> None:
    # Lark's saved tables differ from run to run in their order (hash seeds), not in what they
    # parse: the fingerprint says which grammar they were made from, and the engine's tests
    # (which run on them) that they parse as Lark does.
    made_from, body = shipped()
    grammar, _ = fingerprint()
    assert made_from[0] == grammar, "grammar.lark changed: run python tools/ship_tables.py"
    assert body


def test_find_and_parse_run_without_importing_lark() -> None:
    # The engine runs the shipped tables (kamerstuk/grammar/tables.py): a fresh process finds and
    # parses without loading Lark, which costs about 30 ms of the first call.
    code = (
        "import sys, kamerstuk\n"
        "found = [m.citation.identifier for m in kamerstuk.find('Zie Kamerstuk 33694, nr. 20.')]\n"
        "print(found, kamerstuk.parse('Stb. 2019, 123').identifier, 'lark' in sys.modules)\n"
    )
    assert fresh_python(code) == ["['kst-33694-20']", "stb-2019-123", "False"]


def test_the_lexers_stay_small_on_text_of_every_script() -> None:
    # The lexer keeps a pattern per state and character: text with thousands of different
    # characters (after a comma, where it looks past it too) must not grow that without bound.
    from kamerstuk.grammar.lexer import KEPT

    text = " ".join(f"Kamerstuk 33694, {chr(c)}{chr(c)} {chr(c)}" for c in range(0x4E00, 0x5600))
    assert [m.text for m in kamerstuk.find(text)][:1] == ["Kamerstuk 33694"]
    dispatches = [scanner[0] for scanner in engine().lexer.scanners.values()]
    assert max(len(d) for d in dispatches) <= KEPT
    seconds = [second for d in dispatches for second in d._second.values()]
    assert seconds
    assert all(len(second) <= len(second.needed) + 1 for second in seconds)
