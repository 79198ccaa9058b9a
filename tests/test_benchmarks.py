"""The benchmarks in a fresh clone, without ../shared: each says what is absent and exits 0, as
the tests skip (``make bench`` once crashed with FileNotFoundError)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT

# fmt: off
# The scripts that read ../shared, and the arguments that keep the rest of their run short.
NEEDING_SHARED = {
    "parse.py": [],
    "find.py": [],
    "kinds.py": ["--copies", "1", "--rounds", "1"],
    "stages.py": ["--copies", "1", "--rounds", "1", "--baseline", "."],
    "costs.py": ["--copies", "1", "--rounds", "1", "--baseline", "."],
    "identifiers.py": [],
    "checks.py": [],
    "check_speed.py": ["--sizes", "0.01", "--rounds", "1"],
    "scale.py": ["--documents", "10", "--rounds", "1"],
    "contexts.py": ["--documents", "10", "--rounds", "1"],
    "find_memory.py": ["--sizes", "0.1"],
    "check_memory.py": ["--sizes", "0.1"],
    "break_even.py": ["--totals", "4", "--sizes", "1", "--rounds", "1", "--methods", "fork"],
    "memory.py": ["--mb", "0.05", "--methods", "rss", "--calls", "find", "validate"],
}
# fmt: on


def test_every_benchmark_is_listed() -> None:
    # resolve.py serves the tests' fake KOOP; robustness.py and fuzz.py make their own text
    # (tests/test_robustness.py, tests/test_grammar_fuzz.py): none reads ../shared.
    own = {"resolve.py", "robustness.py", "fuzz.py"}
    scripts = {p.name for p in (ROOT / "benchmarks").glob("*.py")} - own
    assert scripts - {"shared_data.py"} == set(NEEDING_SHARED)


@pytest.mark.parametrize("script", sorted(NEEDING_SHARED))
def test_a_benchmark_without_shared_says_so_and_exits_0(script: str, tmp_path: Path) -> None:
    # A copy of the clone's benchmarks and examples with no ../shared beside it.
    clone = tmp_path / "kamerstuk"
    shutil.copytree(ROOT / "benchmarks", clone / "benchmarks")
    shutil.copytree(ROOT / "examples", clone / "examples")
    done = subprocess.run(
        [sys.executable, str(clone / "benchmarks" / script), *NEEDING_SHARED[script]],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    assert f"{tmp_path / 'shared'}" in done.stdout
    assert "absent" in done.stdout
