"""find() gives exactly what it gave before the speed work, on every real text.

tests/data/find-golden.json holds the spans and fields of every match on the passages of
../shared/corpus, the seed letter and examples/*.txt (tools/find_golden.py writes it; facts
only, never the texts). A faster find() must not change a single match.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from support import DATA, SHARED, load_module, shared_path

GOLDEN: dict[str, Any] = json.loads((DATA / "find-golden.json").read_text(encoding="utf-8"))


def _tool() -> Any:
    return load_module(DATA.parents[1] / "tools" / "find_golden.py", "find_golden")


def test_the_golden_file_covers_every_text() -> None:
    shared_path("corpus", "dev.jsonl")
    assert set(_tool().texts()) == set(GOLDEN)


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_find_gives_what_it_gave(name: str) -> None:
    if not SHARED.exists() and not name.startswith("examples/"):
        pytest.skip(f"{SHARED} is absent: the text {name} lives there")
    tool = _tool()
    text = tool.texts()[name]
    assert json.loads(json.dumps(tool.matches(text))) == GOLDEN[name]
