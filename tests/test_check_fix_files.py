"""``kamerstuk check --fix`` and the files it rewrites: what it refuses, what it keeps, what it
leaves behind (nothing), and ``--diff`` (which writes nothing, whatever else is given)."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kamerstuk.checks.fixes import Fixed, fix_text
from kamerstuk.cli.main import main

UNFIXED = "Zie Kamerstuk 33694, Nr. 20.\n"
FIXED = "Zie Kamerstukken 33694, nr. 20.\n"

pytestmark = pytest.mark.usefixtures("strict_checks")


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "brief.txt"
    path.write_text(UNFIXED, encoding="utf-8")
    return path


def fix(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main(["check", "--fix", *map(str, args)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def one_line(err: str, *words: str) -> None:
    assert err.count("\n") == 1, err
    assert err.startswith("kamerstuk check: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in err, err


def test_diff_never_writes_even_with_fix(capsys: pytest.CaptureFixture[str], letter: Path) -> None:
    assert main(["check", "--diff", "--fix", str(letter)]) == 1
    assert letter.read_text(encoding="utf-8") == UNFIXED
    assert "+Zie Kamerstukken 33694, nr. 20." in capsys.readouterr().out


def test_fix_of_stdin_always_echoes_the_text(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Piped through `check --fix -`, a text with nothing to fix must come out as it went in.
    monkeypatch.setattr(sys, "stdin", io.StringIO("Geen verwijzingen.\n"))
    status = main(["check", "--fix", "-"])
    assert (status, capsys.readouterr().out) == (0, "Geen verwijzingen.\n")


def test_a_file_changed_meanwhile_is_not_overwritten(
    capsys: pytest.CaptureFixture[str], letter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow_fix(text: str, **options: Any) -> Fixed:
        letter.write_text("Iemand anders schreef dit. " + UNFIXED, encoding="utf-8")
        return fix_text(text, **options)

    monkeypatch.setattr("kamerstuk.cli.check.fix_text", slow_fix)
    status, _, err = fix(capsys, letter)
    assert status == 2
    one_line(err, str(letter), "changed")
    assert letter.read_text(encoding="utf-8").startswith("Iemand anders")


@pytest.mark.skipif(not hasattr(os, "chown") or os.geteuid() != 0, reason="needs root")
def test_owner_and_mode_are_kept(capsys: pytest.CaptureFixture[str], letter: Path) -> None:
    os.chown(letter, 65534, 65534)
    os.chmod(letter, 0o640)
    assert fix(capsys, letter)[0] == 0
    info = letter.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (65534, 65534, 0o640)
    assert letter.read_text(encoding="utf-8") == FIXED


# fmt: off
@pytest.mark.parametrize(("make", "why"), [
    (lambda path: os.link(path, path.with_name("ook.txt")), "hard link"),
    (lambda path: os.chmod(path, 0o444), "read-only"),
], ids=["hard-linked", "read-only"])
def test_refused_without_force(
    capsys: pytest.CaptureFixture[str], letter: Path, make: Callable[[Path], None], why: str
) -> None:
    make(letter)
    mode = letter.stat().st_mode
    status, _, err = fix(capsys, letter)
    assert status == 2
    one_line(err, str(letter), why, "--force")
    assert letter.read_text(encoding="utf-8") == UNFIXED
    # With --force it is written (a hard-linked file in place, so every link sees the fix).
    assert fix(capsys, "--force", letter)[0] == 0
    assert {p.read_text(encoding="utf-8") for p in letter.parent.iterdir()} == {FIXED}
    assert letter.stat().st_mode == mode
# fmt: on


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_and_stays_a_fifo(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)

    # A writer in case the command reads it after all, so that the test cannot hang.
    def write() -> None:
        with contextlib.suppress(OSError):  # the reader below goes at once: a broken pipe
            fifo.write_text(UNFIXED, encoding="utf-8")

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    status, _, err = fix(capsys, fifo)
    if writer.is_alive():  # the command did not open it: let the writer go
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
    writer.join(5)
    assert status == 2
    one_line(err, str(fifo), "not a regular file")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_directory_it_cannot_write_in_is_one_line(
    capsys: pytest.CaptureFixture[str], letter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*args: object, **options: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", str(letter.parent))

    monkeypatch.setattr("kamerstuk.cli.rewrite.tempfile.mkstemp", refused)
    status, _, err = fix(capsys, letter)
    assert status == 2
    one_line(err, str(letter), "Permission denied")
    assert letter.read_text(encoding="utf-8") == UNFIXED


def test_no_temporary_file_is_left_behind(capsys: pytest.CaptureFixture[str], letter: Path) -> None:
    # One left by a run that was killed (its process is gone), and one of a run still going.
    dead = letter.with_name(f".{letter.name}.kamerstuk-{_dead_pid()}-x1.tmp")
    alive = letter.with_name(f".{letter.name}.kamerstuk-{os.getppid()}-x2.tmp")
    dead.write_text("half", encoding="utf-8")
    alive.write_text("busy", encoding="utf-8")
    assert fix(capsys, letter)[0] == 0
    assert sorted(p.name for p in letter.parent.iterdir()) == sorted([letter.name, alive.name])


def _dead_pid() -> int:
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except PermissionError:
            pass
        pid += 1


def test_a_failed_write_leaves_the_file_and_no_temporary(
    capsys: pytest.CaptureFixture[str], letter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kamerstuk.cli.rewrite.os.fsync", full)
    status, _, err = fix(capsys, letter)
    assert status == 2
    one_line(err, str(letter), "No space left")
    assert letter.read_text(encoding="utf-8") == UNFIXED
    assert [p.name for p in letter.parent.iterdir()] == [letter.name]
