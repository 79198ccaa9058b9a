"""A value the models reject leaves a citation unread, or its reading shorter: never an exception
(issues 18.4 and 19). Generated inputs: every notation of docs/citations.md and of the tests'
table with its numbers replaced by odd ones (0, leading zeros, huge, non-ASCII digits), followed
by back-references with odd numbers, read with and without a context through every public path:
find(), parse(), validate(), fix_text(), annotate(), find_many() and citations_frame().
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import kamerstuk
from kamerstuk.grammar.short import ShortForm
from kamerstuk.model.found import Match
from kamerstuk.text.backrefs import Trail

from strategies import CONTEXTS, odd_texts

ODD_SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@ODD_SETTINGS
@given(odd_texts(), CONTEXTS)
def test_find_and_its_paths_never_raise(text: str, context: str | None) -> None:
    matches = list(kamerstuk.find(text, context=context))
    for m in matches:
        assert text[m.start : m.end] == m.text
    # The other ways to the same reading agree with it.
    assert list(kamerstuk.find_many([text], jobs=1, contexts=[context])) == [matches]
    plain = list(kamerstuk.find(text))  # annotate() reads without a context
    assert kamerstuk.annotate(text).count('class="kamerstuk"') == len(
        {(m.start, m.end) for m in plain if m.citation.url}
    )


@ODD_SETTINGS
@given(odd_texts(), CONTEXTS)
def test_the_checks_never_raise(text: str, context: str | None) -> None:
    for problem in kamerstuk.validate(text, context=context):
        assert 0 <= problem.start <= problem.end <= len(text)
    assert isinstance(kamerstuk.fix_text(text).text, str)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(odd_texts(), CONTEXTS)
def test_the_frame_never_raises(text: str, context: str | None) -> None:
    pytest.importorskip("pandas")
    frame = kamerstuk.frame.citations_frame([text], contexts=[context])
    assert len(frame) == len(list(kamerstuk.find(text, context=context)))


@ODD_SETTINGS
@given(odd_texts().map(lambda t: t.split(" ", 1)[-1]))
def test_parse_raises_only_parse_error(text: str) -> None:
    error: kamerstuk.ParseError | None = None
    try:
        kamerstuk.parse_all(text)
    except kamerstuk.ParseError as err:
        error = err
    assert error is None or 0 <= error.offset <= len(text)


# fmt: off
@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Kamerstuk 31 066, nr. 4. Zie ook stuk nr. 0.", None, ["kst-31066-4"]),
        ("Kamerstuk 31 066, nr. 4. Zie ook stuk nr. 012.", None, ["kst-31066-4"]),
        ("Zie nr. 0 van dit wetsvoorstel.", "kst-36200-VII-3", []),
        ("Zie nr. 00 van hetzelfde dossier.", "kst-36200-VII-3", []),
        ("Zij krijgt nr. 0 (36 410).", None, []),
        # Two pinpoints of one place: the citation ends before the second.
        ("Handelingen II 2008/09, 31-2410, p. 5", None, ["handelingen:31:2410"]),
        ("Handelingen II 2019/20, 45-6-12, p. 3", None, ["h-tk-20192020-45-6"]),
    ],
)
def test_known_crashes_are_readings(text: str, context: str | None, expected: list[str]) -> None:
    found = [
        m.citation.identifier or f"{m.citation.kind}:{m.citation.number}:{m.citation.page}"  # type: ignore[attr-defined]
        for m in kamerstuk.find(text, context=context)
    ]
    assert found == expected
# fmt: on


def test_parse_names_the_second_pinpoint() -> None:
    with pytest.raises(kamerstuk.ParseError, match="two pinpoints"):
        kamerstuk.parse("Handelingen II 2019/20, 45-6-12, p. 3")


def test_a_back_reference_the_models_reject_refers_to_nothing() -> None:
    # A short form whose number slipped past the grammar's check (built here without its
    # converters) makes the trail give nothing, not an exception.
    short = ShortForm(refers="dossier", ondernummer="12")
    object.__setattr__(short, "ondernummer", "0")
    trail = Trail(context=kamerstuk.parse("Kamerstuk 36200, nr. 3"))  # type: ignore[arg-type]
    assert trail.follow(Match(short, 0, 9, "stuk nr. 0")) is None
    good = attrs.evolve(short, ondernummer="12")
    followed = trail.follow(Match(good, 0, 10, "stuk nr. 12"))
    assert followed is not None
    assert followed.citation.identifier == "kst-36200-12"
