"""How a command stops when asked: SIGTERM and SIGHUP as an exception, like Ctrl-C.

By default SIGTERM (what ``timeout``, CI cancellation and ``kill`` send) and SIGHUP (a closed
terminal) end a process on the spot: an output half written, worker processes left waiting on
a pipe nobody reads. While a command runs under :func:`stoppable`, they raise
:class:`Terminated` where the command is instead, as SIGINT raises KeyboardInterrupt, so that
what it was writing is removed (:func:`kamerstuk.text.outputs.replacing`) and its workers are
stopped on the way out; the exit status is then 128 + the signal's number (143 for SIGTERM), as
a shell reports a process the signal ended. A second such signal ends the process at once.

>>> with stoppable():
...     signal.raise_signal(signal.SIGTERM)
Traceback (most recent call last):
...
kamerstuk.cli.stopping.Terminated: 15
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

__all__ = ["STOPPING", "Terminated", "stoppable"]

#: The signals that stop a command the way Ctrl-C does (those the platform has).
STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Terminated(BaseException):
    """A signal asked the command to stop; ``status`` is the exit status that says so.

    A BaseException, as KeyboardInterrupt is, so that no ``except Exception`` swallows it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.status = 128 + signum


@contextlib.contextmanager
def stoppable() -> Iterator[None]:
    """:data:`STOPPING` signals raise :class:`Terminated` in the block; the handlers before it
    are put back after. A signal that is ignored (``nohup`` ignores SIGHUP) stays ignored, and
    only the main thread may set handlers: elsewhere nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        signal.signal(signum, signal.SIG_DFL)  # a second one ends the process at once
        raise Terminated(signum)

    # A signal this process was started to ignore (nohup, SIGHUP) stays ignored.
    ours = [n for n in STOPPING if signal.getsignal(n) not in (signal.SIG_IGN, None)]
    before = {signum: signal.signal(signum, stop) for signum in ours}
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
