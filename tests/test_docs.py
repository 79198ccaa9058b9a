"""The documentation cannot drift from the code: its tables and examples are run here."""

from __future__ import annotations

import contextlib
import doctest
import re
from pathlib import Path
from typing import Any

import pytest

import kamerstuk

import koop_standin
import tk_standin
from support import ROOT, load_module

PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
ROW = re.compile(
    r"^\| `(?P<text>[^`]+)` \| (?P<kind>\w+) \| `(?P<canon>[^`]+)` \| `(?P<kort>[^`]+)` \| (?P<ident>`[^`]+`|\(none\)) \|$"
)


def _rows() -> list[tuple[str, ...]]:
    page = (ROOT / "docs" / "citations.md").read_text(encoding="utf-8")
    return [m.groups() for line in page.splitlines() if (m := ROW.match(line))]


def test_the_notation_table_has_rows() -> None:
    assert len(_rows()) >= 50


@pytest.mark.parametrize(
    ("text", "kind", "canon", "kort", "ident"), _rows(), ids=lambda v: str(v)[:40]
)
def test_every_row_of_the_notation_table(
    text: str, kind: str, canon: str, kort: str, ident: str
) -> None:
    citation = kamerstuk.parse(text)
    assert citation.kind == kind
    assert citation.format() == canon
    assert citation.format("kort") == kort
    assert (f"`{citation.identifier}`" if citation.identifier else "(none)") == ident


# A page may say, in HTML comments its readers do not see, what its examples need:
# `<!-- doctest: needs pandas -->` skips the page where pandas is not installed (it comes with the
# docs extra, which `make docs` installs and then runs this file); `<!-- doctest: koop stand-in -->`
# runs the page with KAMERSTUK_SRU_URL/KAMERSTUK_ZOEK_URL pointing at the local stand-in of the
# KOOP services (examples/koop_standin.py) and the cache in a temporary folder, so that its
# `kamerstuk.resolve(...)` examples run offline exactly as a reader would write them;
# `<!-- doctest: tk stand-in -->` likewise points KAMERSTUK_TK_URL at the stand-in of the Tweede
# Kamer's service (examples/tk_standin.py) serving the real records of ../shared/tk-fixtures, and
# skips the page where they are absent.
NEEDS = re.compile(r"<!-- doctest: needs (\w+) -->")
STANDIN = "<!-- doctest: koop stand-in -->"
TK_STANDIN = "<!-- doctest: tk stand-in -->"


def _standin() -> Any:
    return koop_standin.StandIn()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_code_examples_in_the_docs_run(
    page: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = page.read_text(encoding="utf-8")
    for module in NEEDS.findall(text):
        pytest.importorskip(
            module, reason=f"{page.name} needs {module}: the docs extra (make docs)"
        )
    with contextlib.ExitStack() as stack:
        if STANDIN in text:
            koop = _standin()
            stack.callback(koop.stop)
            for name, value in koop.environ.items():
                monkeypatch.setenv(name, value)
            monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
        if TK_STANDIN in text:
            fixtures = tk_standin.FIXTURES
            if not fixtures.is_dir():
                pytest.skip(f"{page.name} shows the real records of {fixtures}, absent here")
            tk = tk_standin.StandIn(fixtures)
            stack.callback(tk.stop)
            for name, value in tk.environ.items():
                monkeypatch.setenv(name, value)
            monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
        result = doctest.testfile(
            str(page),
            module_relative=False,
            optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        )
    assert result.failed == 0


def test_a_notebook_is_linked_as_a_download_that_says_so() -> None:
    # The site once linked the tour notebook to its raw JSON.
    pytest.importorskip("mkdocs", reason="the docs extra (make docs) is not installed")
    from types import SimpleNamespace

    hook = load_module(ROOT / "docs" / "hooks" / "repo_links.py", "repo_links")
    config = SimpleNamespace(docs_dir=str(ROOT / "docs"))
    page = SimpleNamespace(file=SimpleNamespace(src_uri="start-researcher.md"))
    text = (ROOT / "docs" / "start-researcher.md").read_text(encoding="utf-8")
    site = hook.on_page_markdown(text, page, config)
    links = re.findall(r'\[([^\]]*)\]\(([^)]*\.ipynb)\)(\{: download="tour.ipynb" \})?', site)
    assert links
    for words, target, download in links:
        assert target == "repo/examples/tour.ipynb"
        assert download, words
        assert "download" in words


def test_every_page_says_a_notebook_link_is_a_download() -> None:
    for page in (ROOT / "docs").glob("*.md"):
        for words in re.findall(r"\[([^\]]*)\]\([^)]*\.ipynb\)", page.read_text(encoding="utf-8")):
            assert "download" in words, (page.name, words)
