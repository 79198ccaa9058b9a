"""Putting a fixed text in place of a file, carefully: what ``kamerstuk check --fix`` writes.

The new text goes to a temporary file beside the old one, flushed to disk, given the old file's
mode and owner, and renamed over it (``os.replace`` is atomic within a file system), so a crash
or a full disk leaves the old file or the new one, never half of one. Just before the rename the
old file is read again: when another program changed it meanwhile, nothing is written.

Some files are refused (:func:`refusal`): anything but a regular file (a FIFO, a device), and,
unless ``force`` is given, a read-only file, a file with hard links (a new file would not be
theirs; with ``force`` it is rewritten in place, which keeps them but is not atomic) and a file
of another owner that could not be given back to them.

A temporary file is named ``.NAME.kamerstuk-PID-XXXX.tmp``; one whose process is gone (killed
during the write) is removed by the next ``--fix`` of the same file.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from pathlib import Path

__all__ = ["Refused", "refusal", "replace"]

_FORCE = "--force rewrites it anyway"


class Refused(Exception):
    """The file was not written; ``str(err)`` says why, in one line."""


def refusal(path: Path, force: bool = False) -> str | None:
    """Why ``path`` must not be rewritten, or None; a file that is not there is for the reader
    to report."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file: --fix rewrites regular files only"
    if force:
        return None
    if info.st_nlink > 1:
        return (
            f"has {info.st_nlink} hard links, which a new file would not keep;"
            " --force rewrites it in place"
        )
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(
        path, os.W_OK
    ):
        return f"is read-only; {_FORCE}"
    return None


def replace(path: Path, old: bytes, new: bytes, force: bool = False) -> None:
    """Write ``new`` in place of ``path``, which must still hold ``old``; :class:`Refused` (or
    OSError) when it cannot, with the file left as it was and no temporary file left behind."""
    reason = refusal(path, force)
    if reason is not None:
        raise Refused(reason)
    target = path.resolve()
    _remove_stale(target)
    info = target.stat()
    if info.st_nlink > 1:
        _rewrite_in_place(target, old, new)
        return
    fd, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.kamerstuk-{os.getpid()}-", suffix=".tmp"
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(new)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        _give_back(temporary, info, force)
        if target.read_bytes() != old:
            raise Refused("changed while it was being checked; not written")
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _give_back(temporary: str, info: os.stat_result, force: bool) -> None:
    """The old file's owner and group for the new one (root can; a user only their own)."""
    mine = os.stat(temporary)
    if (mine.st_uid, mine.st_gid) == (info.st_uid, info.st_gid) or not hasattr(os, "chown"):
        return
    try:
        os.chown(temporary, info.st_uid, info.st_gid)
    except PermissionError:
        if not force:
            raise Refused(
                f"belongs to {info.st_uid}:{info.st_gid}, and a rewritten file would belong to"
                f" you; {_FORCE}"
            ) from None


def _rewrite_in_place(target: Path, old: bytes, new: bytes) -> None:
    with open(target, "r+b") as handle:
        if handle.read() != old:
            raise Refused("changed while it was being checked; not written")
        handle.seek(0)
        handle.write(new)
        handle.truncate()
        handle.flush()
        os.fsync(handle.fileno())


def _remove_stale(target: Path) -> None:
    """Remove the temporary files of earlier runs on ``target`` whose process is gone."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.kamerstuk-(\d+)-\w+\.tmp")
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            found = pattern.fullmatch(entry.name)
            if found and not _alive(int(found.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill(pid, 0) is not a question on Windows: keep the file
    if pid == os.getpid():
        return False  # this process is writing no other file of the same name now
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True
