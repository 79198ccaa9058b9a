"""Every command in the README, the getting-started pages and the command's page (cli.md) runs
as written and prints what the page says it prints, as a new user on a fresh clone would find.

The convention of the pages: commands stand in ```console blocks after ``$ ``; the lines up to
the next ``$`` are what the command prints (standard output and error together), compared as
doctest compares (``...`` stands for any text, runs of whitespace are equal). Each page's commands
run in order, in bash, in a scratch folder holding a copy of ``examples/`` and ``tests/data/``,
as in the root of a clone; ``make`` commands run in the checkout itself. A tab is not like other
whitespace: where a command prints a tab (the columns of ``find``, ``parse`` and ``resolve``),
the page must show a tab, and a tab the page shows must be printed (:func:`tabs_shown`). The ``kamerstuk``
command and ``python`` are those of the environment running the tests.

Offline: ``kamerstuk resolve`` goes to the local stand-in of the KOOP services
(``examples/koop_standin.py``) through ``KAMERSTUK_SRU_URL``/``KAMERSTUK_ZOEK_URL``, with the
cache in the scratch folder; the pages show by ``...`` where its made-up titles differ from the
real service's. The few commands not run are listed in ``NOT_RUN``, each with the reason.
"""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import koop_standin
from support import ROOT

PAGES = [
    ROOT / "README.md",
    ROOT / "docs" / "index.md",
    ROOT / "docs" / "cli.md",
    *sorted((ROOT / "docs").glob("start-*.md")),
]
BLOCK = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)
CHECKER = doctest.OutputChecker()
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

#: Commands shown but not run (matched by their start), and why.
NOT_RUN = {
    "make test": "runs the whole test suite, this test included: it would run itself",
    "python -m pip install": "installs from the package index: needs the network",
}


def commands(page: Path) -> list[tuple[str, str]]:
    """``(command, expected output)`` for every ``$`` line of the page's console blocks."""
    found: list[tuple[str, list[str]]] = []
    for block in BLOCK.findall(page.read_text(encoding="utf-8")):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append((line[2:], []))
            else:
                assert found, f"{page.name}: output before any command in a console block"
                found[-1][1].append(line)
    return [(command, "".join(f"{line}\n" for line in out)) for command, out in found]


def tabs_shown(text: str) -> str:
    r"""``text`` with each tab (and the spaces beside it) as a visible mark between spaces, so
    that NORMALIZE_WHITESPACE, which equates a tab with spaces, keeps it apart.

    >>> tabs_shown("a\tb  c")
    'a ⇥ b  c'
    """
    return re.sub(r" *\t *", " \u21e5 ", text)


def _not_run(command: str) -> str | None:
    return next((why for start, why in NOT_RUN.items() if command.startswith(start)), None)


@pytest.fixture(scope="module")
def standin() -> Iterator[Any]:
    with koop_standin.StandIn() as koop:
        yield koop


def _scratch(tmp_path: Path) -> Path:
    """A folder laid out like the root of a clone, for commands that read and write files."""
    root = tmp_path / "clone"
    shutil.copytree(
        ROOT / "examples", root / "examples", ignore=shutil.ignore_patterns(".*", "__pycache__")
    )
    shutil.copytree(ROOT / "tests" / "data", root / "tests" / "data")
    (root / ".venv").symlink_to(sys.prefix)  # for `source .venv/bin/activate`
    return root


def _make_is_ready() -> bool:
    # `make demo` installs first when .venv is missing or stale: that needs the network.
    done = subprocess.run(["make", "-q", ".venv/.installed"], cwd=ROOT, capture_output=True)
    return done.returncode == 0


def test_the_pages_show_commands_and_the_not_run_list_is_current() -> None:
    shown = [command for page in PAGES for command, _ in commands(page)]
    assert len(shown) >= 20
    for start in NOT_RUN:
        assert any(c.startswith(start) for c in shown), f"NOT_RUN lists {start!r}, no page shows it"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_command_prints_what_the_page_says(page: Path, tmp_path: Path, standin: Any) -> None:
    root = _scratch(tmp_path)
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        **standin.environ,
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PYTHONIOENCODING": "utf-8",
        "COLUMNS": "100",
    }
    ran = 0
    for command, want in commands(page):
        if _not_run(command):
            continue
        cwd = root
        if command.startswith("make "):
            if not _make_is_ready():
                continue  # said below if it leaves the page with nothing run
            cwd = ROOT
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=300,
        )
        got = done.stdout
        assert done.returncode in (0, 1), (
            f"{page.name}: `{command}` exited {done.returncode}:\n{got}"
        )
        assert CHECKER.check_output(tabs_shown(want), tabs_shown(got), FLAGS), (
            f"{page.name}: `{command}` printed\n{got}\nbut the page says\n{want}"
        )
        ran += 1
    if not ran:
        pytest.skip(
            f"{page.name}: its only command is `make`, and .venv is stale (make would install)"
        )
