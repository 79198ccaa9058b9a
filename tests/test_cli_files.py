"""Bad files and failing writes, as the commands meet them (issue 19): a file that cannot be read
is one line on stderr and the run goes on (exit 1); an output that cannot be written is one line
and exit 2, with nothing left behind; a file name that is not UTF-8 is written escaped."""

from __future__ import annotations

import errno
import io
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kamerstuk.cli import output, reading
from kamerstuk.cli.main import main

from support import DATA, ROOT, rows_of

LETTER = DATA / "check-brief-met-fouten.txt"
EIO = "/proc/self/mem"  # opens, and reading its first page fails with EIO
needs_eio = pytest.mark.skipif(not os.path.exists(EIO), reason="Linux's /proc/self/mem")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def one_line(err: str, command: str, *words: str) -> None:
    assert err.count("\n") == 1, err
    assert err.startswith(f"kamerstuk {command}: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in err, err


# --- reading -------------------------------------------------------------------------------


@needs_eio
@pytest.mark.parametrize(
    "args",
    [
        ["find"],
        ["find", "-j", "2"],
        ["find", "--format", "parquet", "--out", "{tmp}/c.parquet"],
        ["check"],
        ["check", "-j", "2"],
    ],
    ids=" ".join,
)
def test_a_read_error_after_open_is_one_line_and_the_run_goes_on(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if "parquet" in args:
        pytest.importorskip("pyarrow")
    command = [a.format(tmp=tmp_path) for a in args]
    status, out, err = run(capsys, *command, EIO, LETTER, EIO)
    assert status == 1
    assert err.splitlines() == [f"kamerstuk {args[0]}: {EIO}: Input/output error"] * 2
    if "parquet" not in args:
        assert f"{LETTER}:" in out  # the readable file between is done


class _Failing(io.BufferedReader):
    """A file whose second read fails, as a disk that goes bad halfway does."""

    reads = 0

    def read1(self, size: int = -1) -> bytes:
        self.reads += 1
        if self.reads == 2:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return super().read1(min(size, 64))


@pytest.mark.parametrize("command", ["find", "check"])
def test_a_read_error_halfway_keeps_what_was_read(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "slecht.txt"
    bad.write_text("Zie Kamerstuk 33694, Nr. 20." + " en verder" * 5000, encoding="utf-8")
    real = open

    def fake(name: Any, *args: Any, **kwargs: Any) -> Any:
        if str(name) == str(bad):
            return _Failing(io.FileIO(name))
        return real(name, *args, **kwargs)

    monkeypatch.setattr(reading, "open", fake, raising=False)
    status, out, err = run(capsys, command, bad, LETTER)
    assert status == 1
    one_line(err, command, f"{bad}: Input/output error")
    assert f"{LETTER}:" in out  # the next file is done


def test_a_missing_file_under_fix_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "brief.txt"
    shutil.copyfile(LETTER, letter)
    status, _, err = run(capsys, "check", "--fix", tmp_path / "nope.txt", letter)
    assert status == 1
    one_line(err, "check", "No such file or directory")
    assert letter.read_text(encoding="utf-8") != LETTER.read_text(encoding="utf-8")  # fixed


# --- writing -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "csv", "parquet"])
def test_a_folder_as_out_is_one_line_before_any_work(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    status, _, err = run(capsys, "find", "--format", fmt, "--out", tmp_path, LETTER)
    assert status == 2
    one_line(err, "find", f"{tmp_path}: not written: Is a directory")
    assert list(tmp_path.iterdir()) == []


def test_out_in_a_folder_that_is_not_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nope" / "c.csv"
    status, _, err = run(capsys, "find", "--format", "csv", "--out", target, LETTER)
    assert status == 2
    one_line(err, "find", f"{target}: not written: No such file or directory")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_out_in_a_folder_one_may_not_write_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tmp_path.chmod(0o555)
    try:
        status, _, err = run(capsys, "find", "--out", tmp_path / "c.txt", LETTER)
    finally:
        tmp_path.chmod(0o755)
    assert status == 2
    one_line(err, "find", "not written: Permission denied")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="Linux's /dev/full")
@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_a_full_disk_is_one_line(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "find", "--format", fmt, "--out", "/dev/full", LETTER)
    assert status == 2
    one_line(err, "find", "/dev/full: not written: No space left on device")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="Linux's /dev/full")
@pytest.mark.parametrize("command", [["find"], ["check"], ["parse", "Stb. 2019, 1"]])
def test_standard_output_on_a_full_disk_is_one_line(command: list[str]) -> None:
    args = [*command, str(LETTER)] if command[0] != "parse" else command
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(
            [sys.executable, "-m", "kamerstuk", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 2
    one_line(done.stderr, command[0], "standard output: not written: No space left on device")


class _Full(io.TextIOWrapper):
    """A text file on a disk that fills up after its first 100 bytes."""

    def write(self, text: str, /) -> int:
        if self.tell() > 100:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write(text)


def test_a_write_error_halfway_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = open

    def full(name: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" not in mode:
            return real(name, mode, *args, **kwargs)
        return _Full(real(name, "wb"), encoding="utf-8", newline="")

    monkeypatch.setattr(output, "open", full, raising=False)
    target = tmp_path / "c.jsonl"
    status, _, err = run(capsys, "find", "--format", "jsonl", "--out", target, LETTER, LETTER)
    assert status == 2
    one_line(err, "find", f"{target}: not written: No space left on device")
    assert list(tmp_path.iterdir()) == []


def _limited(limit: int) -> Callable[[], None]:
    def limit_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails (EFBIG) instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_size


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="POSIX file size limits")
@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["find", "--format", "csv", "--out", "{out}", str(DATA)], "c.csv"),
        (["find", "-j", "2", "--format", "parquet", "--out", "{out}", str(DATA)], "c.parquet"),
        (["graph", "--out", "{out}", "{koop}"], "e.csv"),
        (["graph", "--out", "{out}", "{koop}"], "e.parquet"),
        (["check", "--format", "json", "{koop}"], "-"),
    ],
    ids=lambda v: v if isinstance(v, str) else " ".join(v[:4]),
)
def test_a_write_error_of_a_real_file_leaves_nothing(
    args: list[str], name: str, tmp_path: Path
) -> None:
    pytest.importorskip("pyarrow")
    koop = tmp_path / "koop"
    koop.mkdir()
    for number in range(1, 200):
        shutil.copyfile(LETTER, koop / f"kst-1-{number}.txt")
    out = tmp_path / "out"
    out.mkdir()
    command = [a.format(out=out / name, koop=koop) for a in args]
    with (out / "stdout").open("wb") as stdout:  # standard output: a file of its own
        done = subprocess.run(
            [sys.executable, "-m", "kamerstuk", *command],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            preexec_fn=_limited(4096),
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert done.returncode == 2, done.stderr
    shown = "standard output" if name == "-" else out / name
    assert done.stderr.splitlines()[-1] == (
        f"kamerstuk {args[0]}: {shown}: not written: File too large"
    )
    assert "Traceback" not in done.stderr
    assert [p.name for p in out.iterdir()] == ["stdout"]


# --- names ---------------------------------------------------------------------------------

LATIN = b"caf\xe9.txt"


@pytest.fixture
def named(tmp_path: Path) -> Path:
    """A folder with a file whose name is Latin-1 bytes, which are not UTF-8."""
    if sys.platform == "darwin" or os.name != "posix":
        pytest.skip("file names are bytes on Linux and the BSDs")
    try:
        fd = os.open(os.path.join(os.fsencode(tmp_path), LATIN), os.O_WRONLY | os.O_CREAT)
    except OSError:
        pytest.skip("the file system takes UTF-8 names only")
    os.write(fd, b"Zie Stb. 2019, 123.\n")
    os.close(fd)
    shutil.copyfile(LETTER, tmp_path / "brief.txt")
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_a_name_that_is_not_utf8_is_written_escaped(
    fmt: str, named: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "find", "--format", fmt, named)
    assert (status, err) == (0, "")
    escaped = f"{named}/caf\\xe9.txt"
    if fmt == "text":
        assert f"{escaped}:1:5\tStb. 2019, 123\tStb. 2019, 123\tstb-2019-123\t" in out
    else:
        assert escaped in {row["file"] for row in rows_of(out, fmt)}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_name_that_is_not_utf8_in_parquet(
    jobs: str, named: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path_factory.mktemp("out") / "c.parquet"
    assert main(["find", "-j", jobs, "--format", "parquet", "--out", str(out), str(named)]) == 0
    table = pd.read_parquet(out)
    assert f"{named}/caf\\xe9.txt" in set(table["id"])
    assert len(table) > 1


def test_a_name_that_is_not_utf8_in_citations_frame(named: Path) -> None:
    pytest.importorskip("pandas")
    from kamerstuk.frame import citations_frame
    from kamerstuk.text.inputs import documents

    names, texts = zip(*documents([named]), strict=True)
    assert os.fsencode(names[1]).endswith(LATIN)  # the name as found, to open again
    table = citations_frame(list(texts), ids=list(names))
    assert f"{named}/caf\\xe9.txt" in set(table["id"])


# --- graph ---------------------------------------------------------------------------------


def test_graph_leaves_out_bad_koop_files_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pandas")
    koop = tmp_path / "koop"
    koop.mkdir()
    (koop / "kst-1-1.xml").write_bytes(b"")
    (koop / "kst-1-2.xml").write_text("<a><b></a>", encoding="utf-8")
    entity = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "Stb. 2019, 1">]><a>&e;</a>'
    (koop / "kst-1-3.xml").write_text(entity, encoding="utf-8")
    (koop / "kst-1-3.txt").write_text("Zie Stb. 2019, 3.", encoding="utf-8")  # read instead
    (koop / "kst-1-4.txt").write_text("Zie Stb. 2019, 4.", encoding="utf-8")
    for name in ("metadata.xml", "a.txt", "b.txt", "c.txt", "d.txt"):
        (koop / name).write_text("Zie Stb. 2019, 9.", encoding="utf-8")
    (koop / "sub").mkdir()
    (koop / "sub" / "metadata.xml").write_text("<metadata/>", encoding="utf-8")
    out = tmp_path / "e.csv"
    status, _, err = run(capsys, "graph", koop, "--out", out)
    assert status == 1
    assert err.splitlines() == [
        f"kamerstuk graph: {koop}/kst-1-1.xml: not well-formed XML (no element found: line 1,"
        " column 0); left out",
        f"kamerstuk graph: {koop}/kst-1-2.xml: not well-formed XML (mismatched tag: line 1,"
        " column 8); left out",
        f"kamerstuk graph: {koop}/kst-1-3.xml: XML that declares entities is not read"
        " (EntitiesForbidden(name='e', system_id=None, public_id=None)); left out",
        "kamerstuk graph: left out 6 files whose name is no KOOP identifier (such as"
        " kst-32545-143.xml): metadata.xml (2), a.txt, b.txt and 2 other names",
        f"kamerstuk graph: 2 documents, 2 edges -> {out}",
    ]
    assert out.read_text(encoding="utf-8").splitlines()[1:] == [
        "kst-1-3,stb-2019-3,staatsblad,1,4,16",
        "kst-1-4,stb-2019-4,staatsblad,1,4,16",
    ]
