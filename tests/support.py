"""Test helpers: where ../shared is, and skipping cleanly where it is absent."""

from __future__ import annotations

import contextlib
import csv
import importlib.util
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from kamerstuk import Citation, find
from kamerstuk.text import extract
from kamerstuk.text import stretches as stretching

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
#: The workplace's shared material beside the clone (absent in a user's fresh clone).
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path in ../shared, or a clean skip saying what is missing and why."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{path} is absent: this test reads real text kept beside the clone in ../shared"
        )
    return path


def between_citations(text: str) -> list[str]:
    """The pieces of ``text`` outside every citation find() reads, in order (what a fix must
    never touch)."""
    pieces, position = [], 0
    for match in find(text):
        if match.start >= position:
            pieces.append(text[position : match.start])
        position = max(position, match.end)
    return [*pieces, text[position:]]


def rows_of(out: str, fmt: str) -> list[dict[str, Any]]:
    """The rows a command wrote in ``--format`` ``json``, ``jsonl`` or ``csv``."""
    if fmt == "json":
        rows: list[dict[str, Any]] = json.loads(out)
        return rows
    if fmt == "jsonl":
        return [json.loads(line) for line in out.split("\n") if line]
    return list(csv.DictReader(io.StringIO(out)))


def fresh_python(code: str) -> list[str]:
    """The words a fresh interpreter (this one's, in a process of its own) prints running
    ``code``: for what happens at start-up, such as which modules an import loads."""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return run.stdout.split()


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON-lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_module(path: Path, name: str) -> Any:
    """The Python file at ``path`` (a benchmark, ../shared's evaluate.py) loaded as a module, with
    its folder on the import path while it loads (a benchmark imports its neighbours)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def repo_texts() -> list[str]:
    """The real text kept in the repository: the letters in examples/ and tests/data/."""
    paths = sorted((ROOT / "examples").glob("*.txt")) + sorted(DATA.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def shared_texts() -> list[str]:
    """Every passage of the labelled corpora and the seed letter in ../shared (or a clean skip)."""
    corpus = shared_path("corpus")
    texts = [r["text"] for name in ("dev.jsonl", "dev2.jsonl") for r in read_jsonl(corpus / name)]
    seed = shared_path("seed", "kamerbrief-nucleaire-risicobeperking.txt")
    return [*texts, seed.read_text(encoding="utf-8")]


def with_breaks(text: str, every: int) -> str:
    """``text`` with a word broken over a line about every ``every`` characters, as
    benchmarks/memory.py breaks them."""
    bench = load_module(ROOT / "benchmarks" / "memory.py", "bench_memory")
    broken: str = bench.with_breaks(text, every)
    return broken


def broken_letter(size: int) -> str:
    """The seed letter of examples/ with a word broken over a line ("Kamer-\\nstuk") in each
    copy, repeated to about ``size`` characters: a large text to read in stretches."""
    letter = (ROOT / "examples" / "kamerbrief-nucleaire-risicobeperking.txt").read_text(
        encoding="utf-8"
    )
    copy = letter.replace("Kamerstuk", "Kamer-\nstuk", 1) + "\n\n"
    return copy * (size // len(copy))


@contextlib.contextmanager
def small(stretch: int, context: int = extract.CONTEXT) -> Iterator[None]:
    """find() and validate() in stretches of ``stretch`` characters with ``context`` around
    each (a large text with words broken over lines is read so)."""
    with (
        mock.patch.object(stretching, "STRETCH", stretch),
        mock.patch.object(extract, "CONTEXT", context),
    ):
        yield


def key(citation: Citation) -> str:
    """The identifier, else ``kind:field=value,...`` of the fields that are set."""
    if citation.identifier:
        return citation.identifier
    fields = citation.to_dict()
    shown = ("chamber", "vergaderjaar", "dossier", "suffix", "ondernummer", "number", "year",
             "item", "page", "date")  # fmt: skip
    return citation.kind + ":" + ",".join(f"{k}={fields[k]}" for k in shown if fields[k])


_DOC_FIELDS = ("chamber", "vergaderjaar", "dossier", "suffix", "ondernummer", "number", "year",
               "item", "page")  # fmt: skip


def doc(citation: Citation) -> str:
    """The document a citation names: its identifier, else ``kind:field=value,...`` of the fields
    that tell documents apart (``key`` without the date, which a writer may add or leave out)."""
    if citation.identifier:
        return citation.identifier
    fields = citation.to_dict()
    return citation.kind + ":" + ",".join(f"{k}={fields[k]}" for k in _DOC_FIELDS if fields[k])


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, key(m.citation)) for m in find(text)]


def keys(text: str) -> list[str]:
    return [key(m.citation) for m in find(text)]
