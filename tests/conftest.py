"""Fixtures shared by the test modules (helpers that are not fixtures live in support.py)."""

from __future__ import annotations

import pytest

from kamerstuk.checks import validate
from kamerstuk.text import many


@pytest.fixture
def strict_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Internal errors in a check fail the test instead of being skipped quietly."""
    monkeypatch.setattr(validate, "STRICT", True)


@pytest.fixture(autouse=True)
def workers_for_any_input(monkeypatch: pytest.MonkeyPatch) -> None:
    """``jobs`` > 1 starts its workers whatever the size of the input, so that the tests of
    find_many, citations_frame and the commands with ``jobs=2`` run their small inputs through
    worker processes; by default a small input is read in this process instead
    (:data:`kamerstuk.text.many.SERIAL_BELOW`), which tests/test_many.py tests by itself."""
    monkeypatch.setattr(many, "SERIAL_BELOW", 0)
    monkeypatch.setattr(many, "SERIAL_BELOW_SPAWNED", 0)
