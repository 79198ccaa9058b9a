"""Fixtures shared by the test modules (helpers that are not fixtures live in support.py)."""

from __future__ import annotations

import pytest

from kamerstuk.checks import validate


@pytest.fixture
def strict_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Internal errors in a check fail the test instead of being skipped quietly."""
    monkeypatch.setattr(validate, "STRICT", True)
