"""docs/cli.md states what every command does when something fails, in one table: each row's
command is run here, and its exit status and the start of its stderr must be the row's."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support import DATA, ROOT, load_module

ROW = re.compile(
    r"^\| `(?P<command>kamerstuk [^`]*)` \| (?P<when>.*?) \| (?P<exit>[012]) \| (?P<err>.*) \|$"
)


def _rows() -> list[tuple[str, int, str]]:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    rows = []
    for line in page.splitlines():
        if m := ROW.match(line):
            err = m["err"].strip("`") if m["err"].startswith("`") else ""
            rows.append((m["command"], int(m["exit"]), err))
    return rows


def test_the_table_covers_every_command() -> None:
    commands = {command.split()[1] for command, _, _ in _rows()}
    assert commands == {"parse", "find", "check", "resolve", "votes"}
    statuses = {(command.split()[1], status) for command, status, _ in _rows()}
    assert {("check", 0), ("check", 1), ("check", 2), ("find", 0), ("find", 2)} <= statuses


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files the rows name."""
    root = tmp_path_factory.mktemp("cli")
    shutil.copyfile(DATA / "check-brief-in-orde.txt", root / "brief.txt")
    shutil.copyfile(DATA / "check-brief-met-fouten.txt", root / "fouten.txt")
    (root / "latin1.txt").write_bytes("Zie Stb. 2019, 123, één brief.\n".encode("latin-1"))
    (root / "utf16.txt").write_bytes("Zie Stb. 2019, 123.\n".encode("utf-16-le"))
    shutil.copyfile(root / "fouten.txt", root / "readonly.txt")
    os.chmod(root / "readonly.txt", 0o444)
    shutil.copyfile(root / "fouten.txt", root / "links.txt")
    os.link(root / "links.txt", root / "ook.txt")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pijp")
    for folder in ("stukken", "gemengd"):
        (root / folder).mkdir()
        shutil.copyfile(root / "brief.txt", root / folder / "brief.txt")
        (root / folder / "kst-1-1.xml").write_text(KOOP_XML, encoding="utf-8")
        (root / folder / "pagina.html").write_text(PAGE, encoding="utf-8")
    shutil.copyfile(root / "latin1.txt", root / "gemengd" / "oud.txt")
    (root / "kapot.xml").write_text(KOOP_XML.replace("</al>", ""), encoding="utf-8")
    return root


KOOP_XML = "<officiele-publicatie><kamerstuk><al>Zie Stb. 2019, 123.</al></kamerstuk></officiele-publicatie>"
PAGE = "<html><body><p>Zie <i>Trb.</i> 2008, 175</p></body></html>"


@pytest.fixture(scope="module")
def koop() -> Iterator[Any]:
    standin = load_module(ROOT / "examples" / "koop_standin.py", "koop_standin")
    with standin.StandIn() as running:
        yield running


@pytest.mark.parametrize(("command", "status", "err"), _rows(), ids=lambda v: str(v)[:50])
def test_every_row_of_the_failure_table(
    command: str, status: int, err: str, folder: Path, koop: Any
) -> None:
    if "pijp" in command and not (folder / "pijp").exists():
        pytest.skip("FIFOs need POSIX")
    # The kamerstuk command of the environment running the tests, offline: the stand-in.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    env = {**os.environ, **koop.environ, "PATH": path}
    done = subprocess.run(
        ["bash", "-c", command + " --no-cache" * command.startswith("kamerstuk resolve ")],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == status, done.stderr
    assert done.stderr.startswith(err), done.stderr
    if not err:
        assert done.stderr == ""
