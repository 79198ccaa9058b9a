"""Write kamerstuk/grammar/grammar.tables: the grammar's LALR tables, saved, to load at start-up.

    python tools/ship_tables.py

Run it after editing grammar.lark (tests/test_engine.py says so when the shipped tables are not
the grammar's). The file starts with a fingerprint of the grammar and the Lark release.
"""

from __future__ import annotations

from pathlib import Path

from kamerstuk.grammar.tables import saved

TARGET = Path(__file__).resolve().parents[1] / "kamerstuk" / "grammar" / "grammar.tables"

if __name__ == "__main__":
    TARGET.write_bytes(saved())
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes)")
