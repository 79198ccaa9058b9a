"""Files written whole or not at all (kamerstuk.text.outputs, ParquetSink): the target holds the
old file or the new one, never a part, and no temporary file is left beside it (issue 19)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kamerstuk.text.outputs import TEMPORARY, replacing, shown


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_the_file_is_put_in_place_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with replacing(target) as temporary:
        Path(temporary).write_text("a,b\n", encoding="utf-8")
        assert not target.exists()  # nothing there while it is written
        assert Path(temporary).parent == tmp_path
    assert target.read_text(encoding="utf-8") == "a,b\n"
    assert _temporaries(tmp_path) == []


@pytest.mark.parametrize("stop", [RuntimeError, KeyboardInterrupt, SystemExit])
@pytest.mark.parametrize("before", [None, "old\n"])
def test_an_exception_leaves_the_target_as_it_was(
    tmp_path: Path, stop: type[BaseException], before: str | None
) -> None:
    target = tmp_path / "out.csv"
    if before is not None:
        target.write_text(before, encoding="utf-8")

    def half() -> None:
        with replacing(target) as temporary:
            Path(temporary).write_text("half", encoding="utf-8")
            raise stop()

    with pytest.raises(stop):
        half()
    assert (target.read_text(encoding="utf-8") if target.exists() else None) == before
    assert _temporaries(tmp_path) == []


def test_a_folder_or_a_missing_folder_is_refused_before_any_work(tmp_path: Path) -> None:
    worked = []
    with pytest.raises(IsADirectoryError), replacing(tmp_path):
        worked.append(1)
    with pytest.raises(FileNotFoundError), replacing(tmp_path / "nope" / "out.csv"):
        worked.append(2)
    assert worked == []
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="POSIX devices")
def test_a_device_is_written_directly() -> None:
    with replacing("/dev/null") as temporary:
        assert temporary == "/dev/null"
        Path(temporary).write_text("weg", encoding="utf-8")
    assert os.path.exists("/dev/null")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_modes_a_new_file_by_the_umask_a_replaced_one_its_own(tmp_path: Path) -> None:
    umask = os.umask(0o027)
    try:
        with replacing(tmp_path / "new.csv") as temporary:
            Path(temporary).write_text("x", encoding="utf-8")
        old = tmp_path / "old.csv"
        old.write_text("old", encoding="utf-8")
        old.chmod(0o604)
        with replacing(old) as temporary:
            Path(temporary).write_text("new", encoding="utf-8")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o640
    assert stat.S_IMODE(old.stat().st_mode) == 0o604


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_link_keeps_pointing_at_the_new_file(tmp_path: Path) -> None:
    (tmp_path / "real.csv").write_text("old", encoding="utf-8")
    (tmp_path / "link.csv").symlink_to("real.csv")
    with replacing(tmp_path / "link.csv") as temporary:
        Path(temporary).write_text("new", encoding="utf-8")
    assert (tmp_path / "link.csv").is_symlink()
    assert (tmp_path / "real.csv").read_text(encoding="utf-8") == "new"


@pytest.mark.skipif(os.name != "posix", reason="process ids")
def test_the_temporary_file_of_a_dead_process_is_removed(tmp_path: Path) -> None:
    dead = _dead_pid()
    stale = tmp_path / TEMPORARY.format(name="out.csv", pid=dead, token="0badcafe")
    alive = tmp_path / TEMPORARY.format(name="out.csv", pid=os.getppid(), token="0badcafe")
    other = tmp_path / TEMPORARY.format(name="other.csv", pid=dead, token="0badcafe")
    for path in (stale, alive, other):
        path.write_text("half", encoding="utf-8")
    with replacing(tmp_path / "out.csv") as temporary:
        Path(temporary).write_text("x", encoding="utf-8")
    assert _temporaries(tmp_path) == sorted([alive.name, other.name])


def _dead_pid() -> int:
    code = "import os; print(os.getpid())"
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return int(done.stdout)


def test_names_with_bytes_that_are_not_utf8_are_shown_escaped() -> None:
    name = os.fsdecode(b"caf\xe9.txt") if os.name == "posix" else "caf\udce9.txt"
    assert shown(name) == "caf\\xe9.txt"
    assert shown(name).encode("utf-8")
    assert shown("café.txt") == "café.txt"


def test_a_parquet_sink_stopped_halfway_leaves_nothing(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from kamerstuk.frame import citations_frame, citations_schema
    from kamerstuk.frame.parquet import ParquetSink

    target = tmp_path / "citations.parquet"

    def half() -> None:
        with ParquetSink(target, citations_schema()) as sink:
            sink.write(citations_frame(["Stb. 2019, 1"]))
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        half()
    assert list(tmp_path.iterdir()) == []
    with ParquetSink(target, citations_schema()) as sink:
        sink.write(citations_frame(["Stb. 2019, 1"]))
        assert list(tmp_path.iterdir()) != [target]  # a temporary file until it is complete
    assert pd.read_parquet(target)["identifier"].tolist() == ["stb-2019-1"]
    assert _temporaries(tmp_path) == []
