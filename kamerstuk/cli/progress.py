"""The progress bar of ``kamerstuk find`` and ``kamerstuk check``: tqdm on stderr, over the
bytes of the input files.

It shows when asked (``--progress``), or by default when stderr is a terminal and the input is
large (``large`` bytes) or many files; ``--no-progress`` hides it. tqdm is imported only then.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from typing import Any

__all__ = ["Progress", "add_progress_option"]


def add_progress_option(
    parser: argparse.ArgumentParser, when: str = "large and a terminal"
) -> None:
    """``--progress``/``--no-progress`` on a command; by default (None) the bar shows ``when``."""
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"show a progress bar on stderr (default: when {when})",
    )


class Progress:
    """A bar over the input files; does nothing when it is not shown.

    ``add(n)`` counts bytes read (find reads in chunks); ``start``/``update``/``done`` follow
    one file whose text is worked through by offset (check), scaled to the file's bytes.
    """

    def __init__(
        self, desc: str, files: Iterable[str], wanted: bool | None, large: int = 20 << 20
    ) -> None:
        self._bar: Any = None
        self._sizes: dict[str, int] = {}
        self._base = 0.0
        self._scale = 0.0
        self._size = 0
        if wanted is False or (wanted is None and not sys.stderr.isatty()):
            return  # no bar: the files (the walk of a folder) are not looked at
        names = list(files)
        self._sizes = {f: os.path.getsize(f) for f in names if f != "-" and os.path.isfile(f)}
        total = sum(self._sizes.values())
        if wanted or total >= large or len(names) > 20:
            from tqdm import tqdm  # only when a bar is shown: it is not needed otherwise

            self._bar = tqdm(
                total=total or None, unit="B", unit_scale=True, desc=desc, file=sys.stderr
            )

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()

    def add(self, count: int) -> None:
        """``count`` more bytes done."""
        if self._bar is not None and count:
            self._bar.update(count)

    def start(self, name: str, characters: int) -> None:
        """Work on the file ``name`` begins; its text has ``characters`` characters."""
        self._size = self._sizes.get(name, 0)
        self._base = self._bar.n if self._bar is not None else 0
        self._scale = self._size / characters if characters else 0.0

    def update(self, offset: int) -> None:
        """The work on the current file has reached ``offset`` in its text."""
        if self._bar is not None:
            self.add(int(self._base + offset * self._scale) - self._bar.n)

    def done(self) -> None:
        """The current file is done."""
        if self._bar is not None:
            self.add(int(self._base + self._size) - self._bar.n)
