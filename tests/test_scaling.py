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
