"""Write (or check) tests/data/find-golden.json: what find() gives on every real text.

    python tools/find_golden.py          # write it from the find() of this checkout
    python tools/find_golden.py --check  # compare, print the differences, exit 1 on any

The texts are the passages of ../shared/corpus/*.jsonl, the seed letter and examples/*.txt; the
file holds, per text, each match's span and citation fields (facts, never the texts), so the
speed work can show that find() gives the same output as before it (tests/test_golden.py).
Regenerate it only for an intended change of find(), and read the diff.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLDEN = ROOT / "tests" / "data" / "find-golden.json"


def texts() -> dict[str, str]:
    """Every real text by a stable name: corpus passages by id, files by path."""
    out: dict[str, str] = {}
    for corpus in sorted((SHARED / "corpus").glob("*.jsonl")):
        lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        for number, line in enumerate(lines, 1):
            row = json.loads(line)
            out[f"{corpus.name}:{row.get('id', number)}"] = row["text"]
    files = [*sorted((SHARED / "seed").glob("*.txt")), *sorted((ROOT / "examples").glob("*.txt"))]
    for path in files:
        out[str(path.relative_to(path.parents[1]))] = path.read_text(encoding="utf-8")
    return out


def matches(text: str) -> list[list[Any]]:
    import kamerstuk

    return [
        [m.start, m.end, m.short_form, sorted((k, v) for k, v in m.citation.to_dict().items() if v)]
        for m in kamerstuk.find(text)
    ]


def snapshot() -> dict[str, list[list[Any]]]:
    return {name: matches(text) for name, text in texts().items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"{SHARED} is absent: nothing to snapshot")
        return 0
    now = json.loads(json.dumps(snapshot()))
    if not args.check:
        GOLDEN.write_text(json.dumps(now, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        count = sum(map(len, now.values()))
        print(f"wrote {GOLDEN.relative_to(ROOT)}: {count} matches in {len(now)} texts")
        return 0
    before = json.loads(GOLDEN.read_text(encoding="utf-8"))
    changed = [name for name in sorted(set(before) | set(now)) if before.get(name) != now.get(name)]
    for name in changed:
        print(f"{name}:\n  before {before.get(name)}\n  now    {now.get(name)}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
