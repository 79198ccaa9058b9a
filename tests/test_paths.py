"""The token paths (kamerstuk.grammar.paths) read exactly what the engine reads without them."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import kamerstuk
from kamerstuk.grammar.engine import Stuck
from kamerstuk.grammar.parsing import engine
from kamerstuk.text.extract import WINDOW, reads

from support import repo_texts, shared_texts

# Near misses of the commonest citations: a path's end followed by what may or may not go on
# ("nr. 20 en 21", "nr. 20 en verder"), impossible values that make the engine give way to a
# shorter citation, identifiers that are no identifier.
pieces = st.sampled_from(
    [
        "Kamerstuk",
        "Kamerstukken II 2019/20,",
        "Bijlage bij",
        " 33694",
        " 35 300 VIII",
        "-49",
        "-0",
        ", nr. 20",
        ", nr. 0",
        ", nrs. 3",
        " en",
        " 21",
        " en verder",
        " van",
        " 31 februari 2020",
        " 3 oktober 2019",
        " d.d.",
        ", p. 3",
        ", ",
        " Stb. 2019, 123",
        " 2019Z12345",
        " kst-33694-20",
        " ah-tk-17066907-12",
        " Handelingen II 2019/20, nr. 45, item 6",
        ".",
        "\n\n",
        " (",
        ")",
        ", letter D",
        ", A",
        " https://zoek.officielebekendmakingen.nl/kst-33694-20.html",
    ]
)


def _both(text: str, start: int, end: int) -> tuple[Any, Any]:
    """The engine's reading with and without the paths; where there is none, why it stopped
    (the checks ask: where, what it expected, at which token)."""
    runner = engine()
    failures: tuple[list[Exception], list[Exception]] = ([], [])
    with_paths = runner.longest(text, start, end, failures[0])
    paths, runner.paths = runner.paths, None
    try:
        without = runner.longest(text, start, end, failures[1])
    finally:
        runner.paths = paths
    if with_paths is None:
        return [_why(f) for f in failures[0]], [_why(f) for f in failures[1]]
    return with_paths, without


def _why(failure: Exception) -> Any:
    if not isinstance(failure, Stuck):
        return type(failure).__name__, str(failure)
    token = failure.token
    return failure.offset, failure.expected, token and (token.type, str(token), token.start_pos)


@settings(max_examples=400, deadline=None)
@given(st.lists(pieces, min_size=1, max_size=8).map("".join))
def test_the_paths_read_what_the_engine_reads(text: str) -> None:
    start = len(text) - len(text.lstrip())
    with_paths, without = _both(text, start, len(text))
    assert with_paths == without


def test_the_paths_read_what_the_engine_reads_at_every_start_of_real_text() -> None:
    checked = 0
    for text in [*repo_texts(), *shared_texts()]:
        for read in reads(text):
            with_paths, without = _both(text, read.start, min(len(text), read.start + WINDOW))
            assert with_paths == without, text[read.start : read.start + 80]
            checked += 1
    assert checked > 400


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Kamerstuk 33694, nr. 20 en verder", 23),  # "en" goes on, then stops: the path's end
        ("Kamerstuk 33694, nr. 20 en 21 verder", 29),  # a list: the engine reads on
        ("Kamerstuk 33694, nr. 20 van 31 februari 2020", 23),  # no such day: the date is left
        ("Kamerstuk 33694, nr. 0 en verder", 15),  # no stuk 0: the dossier alone, as the engine
    ],
)
def test_where_a_path_reading_ends(text: str, end: int) -> None:
    result = engine().longest(text)
    assert result is not None
    assert result[1] == end
    assert _both(text, 0, len(text))[1] == result


@pytest.mark.parametrize(
    ("types", "why"),
    [
        ("KST_WORD NRKW", "takes no NRKW"),
        ("KST_WORD", "not a whole citation"),
    ],
)
def test_a_path_the_grammar_does_not_read_as_a_citation_is_refused(types: str, why: str) -> None:
    from kamerstuk.grammar.paths import Paths
    from kamerstuk.grammar.transform import CitationTransformer

    with pytest.raises(ValueError, match=why):
        Paths(engine()).add(tuple(types.split()), CitationTransformer())


def _fresh() -> Any:
    """The engine with a Paths that knows no path yet and learns (restored by the caller)."""
    from kamerstuk.grammar.paths import Paths
    from kamerstuk.grammar.transform import CitationTransformer

    runner = engine()
    return runner, runner.paths, Paths(runner, CitationTransformer())


@pytest.mark.parametrize(
    ("text", "learned"),
    [
        ("Kamerstuk 33694, nr. 20 en verder", True),
        ("Stb. 2019, 123.", True),
        ("35 300 VII\nVaststelling van de begroting", True),  # a heading: no path names it
        # Forms more than one rule reads: the engine's reductions are made along the path.
        ("Kamerstuk 33694, nr. 20 en Stb. 2019, 123", True),  # two citations: a list
        ("(34556) is", True),  # the brackets make the number a dossier: start's own rule
        ("Stb. 2019, 123 en kst-33694-20, p. 3", True),
    ],
)
def test_the_engine_teaches_the_paths_the_forms_it_reads(text: str, learned: bool) -> None:
    runner, kept, fresh = _fresh()
    runner.paths = fresh
    try:
        assert fresh.read(text, 0, len(text)) is None  # nothing known: the engine reads it
        read = runner.longest(text, 0)
        assert read is not None
        along = fresh.read(text, 0, len(text))
    finally:
        runner.paths = kept
    # Learned, the next reading of the form goes along the path, with the engine's result.
    assert along == (read if learned else None)


@pytest.mark.parametrize(
    ("learned", "text"),
    [
        ("(Kamerstuk 33694, nr. 20) is", "(Kamerstuk 33694, nr. 0) is"),  # no stuk 0
        ("Stb. 2019, 1 en Kamerstuk 33694, nr. 20.", "Stb. 2019, 1 en Kamerstuk 33694, nr. 0."),
    ],
)
def test_a_form_of_several_rules_whose_value_fails_is_the_engines_to_read(
    learned: str, text: str
) -> None:
    runner, kept, fresh = _fresh()
    runner.paths = fresh
    try:
        runner.longest(learned, 0)
        assert fresh.read(learned, 0, len(learned)) is not None  # the form is known
        along = fresh.read(text, 0, len(text))
        read = _both(text, 0, len(text))
    finally:
        runner.paths = kept
    assert along is None  # a value inside failed: where the engine stops is its to say
    assert read[0] == read[1]


def test_the_paths_learn_a_bounded_number_of_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    from kamerstuk.grammar import paths

    monkeypatch.setattr(paths, "LEARNED_MOST", 1)
    runner, kept, fresh = _fresh()
    runner.paths = fresh
    try:
        for text in ("Stb. 2019, 123", "Kamerstuk 33694, nr. 20"):
            runner.longest(text, 0)
        known = [
            fresh.read(t, 0, len(t)) is not None for t in ("Stb. 2019, 1", "Kamerstuk 33695, nr. 2")
        ]
    finally:
        runner.paths = kept
    assert known == [True, False]


# Lists: the forms of their items, written with numbers of the item's place in the list (so no
# two lists of a test share their text), and what may stand between two items.
_ITEMS = [
    lambda n: f"{33000 + n}-{n + 1}",
    lambda n: f"2019Z{10000 + n}",
    lambda n: f"Kamerstuk {33000 + n}, nr. {n + 2}",
    lambda n: f"Stb. {1990 + n % 30}, {n + 5}",
    lambda n: f"kst-{33000 + n}-{n + 3}",
    lambda n: f"Handelingen II 2019/20, nr. {n + 4}, item {n % 9 + 1}",
    lambda n: f"Kamerstukken II 2019/20, {35000 + n} VIII, nr. {n + 1}",
    lambda n: f"{33000 + n}, nr. {n + 7}",
]
_SEPARATORS = ["; ", ", ", " en ", ", en "]


def _list(forms: list[int], separator: str, copies: int, offset: int) -> str:
    """``copies`` times the items of ``forms`` (indices into _ITEMS), as one list."""
    items = [_ITEMS[form](offset + i) for i, form in enumerate(forms * copies)]
    return separator.join(items) + " en verder."


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, len(_ITEMS) - 1), min_size=1, max_size=3),
    st.sampled_from(_SEPARATORS),
    st.integers(5, 14),
)
def test_a_list_of_a_length_never_seen_is_read_along_the_paths(
    forms: list[int], separator: str, copies: int
) -> None:
    # Learned from one list of the items four times over, the paths read the items any number
    # of times over: the list's points loop (from the third item on, the stack after an item is
    # the stack after the one before, and the fourth's separator is the third's).
    runner, kept, fresh = _fresh()
    runner.paths = fresh
    try:
        learned = runner.longest(_list(forms, separator, 4, 0), 0)
        text = _list(forms, separator, copies, 100)
        along = fresh.read(text, 0, len(text))
        runner.paths = None
        read = runner.longest(text, 0)
    finally:
        runner.paths = kept
    # Some runs of items are no list ("33100-1, 33101, nr. 8": one stuk of two dossiers).
    assume(learned is not None and len(learned[0]) == 4 * len(forms))
    assert read is not None
    assert len(read[0]) == copies * len(forms)  # the engine reads the longer list as a list
    assert along == read


def test_a_longer_list_of_known_items_makes_no_new_points() -> None:
    from kamerstuk.grammar.paths import Paths
    from kamerstuk.grammar.transform import CitationTransformer

    transformer = CitationTransformer()
    paths = Paths(engine(), transformer)
    item = "DOSSIER SEG ITEMSEP ZAAK ITEMSEP "
    paths.add(tuple((item * 2 + "DOSSIER SEG").split()), transformer)
    points = len(paths._points)
    paths.add(tuple((item * 40 + "DOSSIER SEG").split()), transformer)
    assert len(paths._points) == points
    # A run of forms not seen before does make new ones.
    paths.add(tuple((item * 2 + "KST_WORD DOSSIER NRKW NUM").split()), transformer)
    assert len(paths._points) > points


@pytest.mark.parametrize(
    "text",
    [
        # An impossible value in an item far along a known loop: the engine stops there.
        "; ".join(f"{33000 + n}-{n + 1}" for n in range(12)) + "; 33694-0; 33694-9 en verder",
        "; ".join(f"{33000 + n}-{n + 1}" for n in range(12)) + "; 31 februari 2020",
        # The list goes on after the loop in a form it does not know: the engine reads on.
        "; ".join(f"{33000 + n}-{n + 1}" for n in range(12)) + "; Stb. 2019, 4.",
    ],
)
def test_a_list_along_a_loop_that_ends_otherwise_is_the_engines_to_read(text: str) -> None:
    runner, kept, fresh = _fresh()
    runner.paths = fresh
    try:
        runner.longest("; ".join(f"3369{n}-{n + 1}" for n in range(5)) + ".", 0)
        both = _both(text, 0, len(text))
    finally:
        runner.paths = kept
    assert both[0] == both[1]


def test_the_paths_learn_a_bounded_number_of_points(monkeypatch: pytest.MonkeyPatch) -> None:
    from kamerstuk.grammar import paths

    runner, kept, fresh = _fresh()
    runner.paths = fresh
    try:
        runner.longest("Stb. 2019, 123", 0)
        monkeypatch.setattr(paths, "LEARNED_POINTS", len(fresh._points))
        runner.longest("Kamerstuk 33694, nr. 20", 0)
        known = [
            fresh.read(t, 0, len(t)) is not None for t in ("Stb. 2019, 1", "Kamerstuk 33695, nr. 2")
        ]
    finally:
        runner.paths = kept
    assert known == [True, False]


@pytest.mark.parametrize(
    ("separator", "count"),
    [("; ", 40), ("; ", 150), ("; ", 400), (", ", 150), (", ", 400), (" en ", 40), (" en ", 400)],
)
def test_find_reads_a_list_past_its_window_along_the_paths_as_the_engine_does(
    separator: str, count: int
) -> None:
    # A list longer than find()'s window is read up to a separator inside it (extract's seams),
    # each stretch by several readings of the list's start: along the loop as by the engine.
    from kamerstuk import find

    forms = [_ITEMS[0], _ITEMS[1], _ITEMS[7]]
    text = "Zie " + separator.join(forms[n % 3](n) for n in range(count)) + " en verder."
    runner = engine()
    along = [(m.start, m.end, m.citation) for m in find(text)]
    paths, runner.paths = runner.paths, None
    try:
        read = [(m.start, m.end, m.citation) for m in find(text)]
    finally:
        runner.paths = paths
    assert along == read
    assert len(read) >= count // 2  # the list is read (by the engine too), not left


def test_a_rejected_value_after_a_learned_path_is_the_engines_error() -> None:
    """A path learned from a valid identifier, then one whose value the models reject with no
    shorter citation: the engine's error (the value's), not the Stuck where the path stopped."""
    text = "zie ah-tk-20192020-12, Kamerstuk 33694, nr. 20 en ah-tk-20202021-13, KamerstukKamerstuk"
    assert len(list(kamerstuk.find(text))) >= 3  # the paths learn the identifier's run here
    rejected = " ah-tk-17066907-12, KamerstukKamerstuk"
    with_paths, without = _both(rejected, 1, len(rejected))
    assert with_paths == without
    assert with_paths[0][0] == "ParseError"
