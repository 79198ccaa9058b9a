"""Files written whole or not at all: a temporary file beside the target, renamed over it.

What ``kamerstuk find --out``, ``kamerstuk graph --out`` and :class:`kamerstuk.frame.parquet.
ParquetSink` write goes first to ``.NAME.kamerstuk-PID-XXXXXXXX.tmp`` in the target's folder,
and is renamed over the target (``os.replace``, atomic within a file system) only when it is
complete and on disk. An error, Ctrl-C or a caught signal while it is written removes the
temporary file and leaves the target as it was: a reader never sees half a table, or a Parquet
file whose footer says it holds every row when it holds a part. A process killed outright
(SIGKILL) leaves its temporary file; the next write to the same target removes it.

A target that is there and is not a regular file (``/dev/null``, ``/dev/stdout``, a FIFO) is
written directly, since it cannot be replaced; a folder is refused at once, before any work.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with replacing(folder / "out.csv") as temporary:
...     _ = pathlib.Path(temporary).write_text("a,b\\n", encoding="utf-8")
...     sorted(p.name for p in folder.iterdir()) != ["out.csv"]
True
>>> sorted(p.name for p in folder.iterdir()), (folder / "out.csv").read_text(encoding="utf-8")
(['out.csv'], 'a,b\\n')
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from collections.abc import Iterator

__all__ = ["TEMPORARY", "replacing", "shown"]

#: The name of a temporary file: the target's name, the writing process's id, a random part.
TEMPORARY = ".{name}.kamerstuk-{pid}-{token}.tmp"


@contextlib.contextmanager
def replacing(target: str | os.PathLike[str]) -> Iterator[str]:
    """The path to write instead of ``target``, renamed over it when the block ends without an
    exception; on any exception (KeyboardInterrupt included) removed, and the exception raised.

    An OSError that says why (``IsADirectoryError``, ``PermissionError``, ENOSPC) comes before
    the block starts where it can: a folder as the target, a folder one may not write in.
    """
    path = os.fspath(target)
    if os.path.islink(path):
        path = os.path.realpath(path)  # the file the link names is replaced, the link kept
    info = _stat(path)
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
    if info is not None and not stat.S_ISREG(info.st_mode):
        yield path  # a device or a FIFO: there is nothing to replace
        return
    remove_stale(path)
    temporary, fd = _create(path)
    try:
        os.close(fd)
        yield temporary
        _settle(temporary, info)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def shown(name: str) -> str:
    r"""A file name as kamerstuk writes it in its output: each byte of the name that is not
    UTF-8 (which Python keeps as a lone surrogate, ``os.fsdecode``) as ``\xNN``, so that every
    output (text, JSON, CSV, Parquet) holds valid UTF-8 and the bytes can still be told.

    >>> shown("caf\udce9.txt"), shown("café.txt")
    ('caf\\xe9.txt', 'café.txt')
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def remove_stale(target: str) -> None:
    """Remove the temporary files of earlier writes to ``target`` whose process is gone."""
    folder, name = os.path.split(target)
    pattern = re.compile(rf"\.{re.escape(name)}\.kamerstuk-(\d+)-\w+\.tmp")
    with contextlib.suppress(OSError), os.scandir(folder or ".") as entries:
        for entry in entries:
            found = pattern.fullmatch(entry.name)
            if found and not _alive(int(found.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _create(target: str) -> tuple[str, int]:
    """A new temporary file beside ``target``, created with the mode a new file gets (the
    umask applies), and its descriptor."""
    folder, name = os.path.split(target)
    while True:
        token = secrets.token_hex(4)
        temporary = os.path.join(folder, TEMPORARY.format(name=name, pid=os.getpid(), token=token))
        try:
            return temporary, os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue


def _settle(temporary: str, replaced: os.stat_result | None) -> None:
    """On disk, and with the mode of the file it replaces (where there is one)."""
    fd = os.open(temporary, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    if replaced is not None:
        os.chmod(temporary, stat.S_IMODE(replaced.st_mode))


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill(pid, 0) asks nothing on Windows: keep the file
    if pid == os.getpid():
        return False  # this process writes one file to a target at a time
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # there, and another user's
    return True
