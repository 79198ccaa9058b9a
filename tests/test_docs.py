"""The documentation cannot drift from the code: its tables and examples are run here."""

from __future__ import annotations

import doctest
import re

import pytest

import kamerstuk

from support import ROOT

PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
ROW = re.compile(r"^\| `(?P<text>[^`]+)` \| (?P<kind>\w+) \| `(?P<canon>[^`]+)` \| `(?P<kort>[^`]+)` \| (?P<ident>`[^`]+`|\(none\)) \|$")


def _rows() -> list[tuple[str, ...]]:
    page = (ROOT / "docs" / "citations.md").read_text(encoding="utf-8")
    return [m.groups() for line in page.splitlines() if (m := ROW.match(line))]


def test_the_notation_table_has_rows() -> None:
    assert len(_rows()) >= 50


@pytest.mark.parametrize(("text", "kind", "canon", "kort", "ident"), _rows(), ids=lambda v: str(v)[:40])
def test_every_row_of_the_notation_table(text: str, kind: str, canon: str, kort: str, ident: str) -> None:
    citation = kamerstuk.parse(text)
    assert citation.kind == kind
    assert citation.format() == canon
    assert citation.format("kort") == kort
    assert (f"`{citation.identifier}`" if citation.identifier else "(none)") == ident


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_code_examples_in_the_docs_run(page: object) -> None:
    result = doctest.testfile(
        str(page), module_relative=False, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    )
    assert result.failed == 0
