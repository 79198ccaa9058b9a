"""validate() and find() do the same work per citation however long the text (linear time).

Not timed tests (the machine is shared and noisy; benchmarks/check_speed.py has the figures):
the Python calls made are counted, and a text eight times as long must take about eight times as
many; work done inside C (copying a prefix, counting its lines) is caught by what each parse
attempt is given to read.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

import kamerstuk
from kamerstuk.checks.fixes import fix_text
from kamerstuk.checks.validate import validate
from kamerstuk.grammar.parsing import parse_found
from kamerstuk.text.extract import WINDOW

from support import DATA

# Broken citations of every family, and sound ones, a few hundred bytes.
BROKEN = (DATA / "check-brief-met-fouten.txt").read_text(encoding="utf-8")
LETTER = (DATA / "kamerbrief-nucleaire-risicobeperking.txt").read_text(encoding="utf-8")


def calls(work: Callable[[], object]) -> int:
    """How many Python calls (and generator steps) ``work`` makes."""
    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "call":
            count += 1

    work()  # the grammar and the data are loaded once, outside the count
    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


# fmt: off
@pytest.mark.parametrize(("name", "work"), [
    ("validate, broken citations", lambda text: validate(text)),
    ("validate, a letter", lambda text: validate(text, style="aanwijzingen")),
    ("fix_text, broken citations", lambda text: fix_text(text, style="kort")),
    ("find, a letter", lambda text: list(kamerstuk.find(text))),
])
def test_work_grows_linearly(name: str, work: Callable[[str], object]) -> None:
    base = BROKEN if "broken" in name else LETTER
    small, large = base * 10, base * 80
    ratio = calls(lambda: work(large)) / calls(lambda: work(small))
    assert ratio < 8.8, f"{name}: eight times the text took {ratio:.1f} times the calls"
# fmt: on


def test_an_attempt_to_read_a_broken_citation_sees_a_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each attempt once got the whole text and an offset: copying the text before the offset
    # and counting its lines for the error made validate() quadratic.
    seen: list[int] = []
    real = parse_found

    def spy(text: str, start: int = 0, end: int | None = None) -> Any:
        seen.append(len(text))
        return real(text, start, end)

    monkeypatch.setattr("kamerstuk.checks.scan.parse_found", spy)
    validate(BROKEN * 60)
    assert seen
    assert max(seen) <= WINDOW


# Lists of citations each with its own head, longer than find()'s window: the window cuts one
# of them, and the reading goes on from the end of the last whole one.
LONG_LISTS = {
    "Kamerstuk": lambda i: f"Kamerstuk 35300, nr. {i}",
    "compact": lambda i: f"35300-{i}",
    "identifier": lambda i: f"kst-35300-{i}",
    "Staatsblad": lambda i: f"Stb. 2019, {i}",
    "Handelingen": lambda i: f"Handelingen II 2019/20, nr. {i}, item 3",
    "Kamervragen": lambda i: f"2019Z{10000 + i}",
}


@pytest.mark.parametrize("separator", [" en ", ", ", "; "])
@pytest.mark.parametrize("form", sorted(LONG_LISTS))
def test_a_list_of_citations_past_the_window_is_read_whole(form: str, separator: str) -> None:
    items = [LONG_LISTS[form](i) for i in range(1, 301)]
    text = "Zie " + separator.join(items) + "."
    assert len(text) > 2 * WINDOW
    assert [m.citation for m in kamerstuk.find(text)] == [kamerstuk.parse(i) for i in items]


def test_a_list_of_citations_past_the_window_takes_linear_work() -> None:
    # Every start inside such a list was read to its window's end again (and 16 seams more,
    # none of which ends a citation): 400 of them took seconds, and most were lost.
    def text(n: int) -> str:
        return " en ".join(LONG_LISTS["Kamerstuk"](i) for i in range(1, n + 1))

    small, large = text(100), text(800)
    ratio = calls(lambda: list(kamerstuk.find(large))) / calls(lambda: list(kamerstuk.find(small)))
    assert ratio < 8.8, f"eight times the list took {ratio:.1f} times the calls"
