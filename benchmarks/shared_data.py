"""Where the benchmarks find ../shared, and a clean skip where it is absent, as the tests do.

A fresh clone has no ../shared beside it: a benchmark that reads real text from there says which
path is absent and exits with status 0, so that ``make bench`` runs on to the next one.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["SHARED", "absent", "have", "shared_path"]

#: The workplace's shared material beside the clone (absent in a user's fresh clone).
SHARED = Path(__file__).resolve().parents[2] / "shared"


def have(*parts: str) -> bool:
    """True when ``../shared/<parts>`` is there."""
    return SHARED.joinpath(*parts).exists()


def absent(*parts: str) -> str:
    """The line that says ``../shared/<parts>`` is absent, and why it matters."""
    path = SHARED.joinpath(*parts)
    return f"{path} is absent: this benchmark reads real text kept beside the clone in ../shared"


def shared_path(*parts: str) -> Path:
    """``../shared/<parts>``; where it is absent, say so and exit with status 0 (skipped)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        print(f"skipped: {absent(*parts)}")
        raise SystemExit(0)
    return path
