"""The one error hierarchy of kamerstuk.

Every error the package raises on purpose derives from :class:`KamerstukError`. Errors about the
input (a string that is not a citation, an impossible value) also derive from :class:`ValueError`,
so callers can write ``except ValueError``.

>>> import kamerstuk
>>> try:
...     kamerstuk.parse("Kamerstuk 33694, nr.")
... except ValueError as err:
...     print(type(err).__name__, err.line, err.column)
ParseError 1 21
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

__all__ = [
    "Ambiguous",
    "InvalidValue",
    "KamerstukError",
    "NoIdentifier",
    "NotFound",
    "ParseError",
    "ResolveError",
    "kept",
    "missing_extra",
    "plain_list",
]


class KamerstukError(Exception):
    """Root of every error kamerstuk raises on purpose.

    Errors are values: two are equal when they are of one class with the same arguments and
    attributes, and they pickle whole (``args`` are what the constructor takes), so that a
    process pool hands back the error a worker raised.

    >>> import pickle
    >>> err = ParseError("the citation stops short", "Stb. 2019", 9, ("a number",))
    >>> pickle.loads(pickle.dumps(err)) == err
    True
    """

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, KamerstukError)
        return self.args == other.args and vars(self) == vars(other)

    def __hash__(self) -> int:
        return hash((type(self), str(self)))


class InvalidValue(KamerstukError, ValueError):
    """A value that cannot exist, such as vergaderjaar ``2019/21`` or ondernummer ``0``.

    >>> from kamerstuk.model.values import Vergaderjaar
    >>> Vergaderjaar.parse("2019/21")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kamerstuk.InvalidValue: vergaderjaar '2019/21': the second year must follow ...
    """


class NoIdentifier(KamerstukError, ValueError):
    """A citation whose KOOP identifier the citation alone does not fix (the reason says why)."""


class ParseError(KamerstukError, ValueError):
    """Text that is not a citation: says where (offset, line, column), what was expected and why.

    ``str(err)`` ends with the offending line and a caret under the problem.
    """

    def __init__(
        self,
        message: str,
        text: str,
        offset: int,
        expected: tuple[str, ...] = (),
    ) -> None:
        # The arguments as given, so that the error pickles and compares whole.
        super().__init__(message, text, offset, expected)
        self.message = message
        self.text = text
        self.offset = max(0, min(offset, len(text)))
        self.expected = expected
        self.line = text.count("\n", 0, self.offset) + 1
        self.column = self.offset - (text.rfind("\n", 0, self.offset) + 1) + 1

    def __str__(self) -> str:
        start = self.text.rfind("\n", 0, self.offset) + 1
        end = self.text.find("\n", self.offset)
        end = len(self.text) if end < 0 else end
        # Long lines are clipped around the problem so the message stays readable.
        lo = max(start, self.offset - 60)
        hi = min(end, self.offset + 60)
        shown = self.text[lo:hi].replace("\t", " ")
        shown = "".join(ch if ch.isprintable() else "\N{REPLACEMENT CHARACTER}" for ch in shown)
        caret = " " * (self.offset - lo) + "^"
        where = f"line {self.line}, column {self.column}"
        wanted = f"; expected {plain_list(self.expected)}" if self.expected else ""
        return f"{self.message} at {where}{wanted}\n  {shown}\n  {caret}"


def plain_list(items: tuple[str, ...]) -> str:
    """Items as a sentence says them.

    >>> plain_list(("a",)), plain_list(("a", "b")), plain_list(("a", "b", "c"))
    ('a', 'a or b', 'a, b or c')
    """
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


#: Each extra: what needs it and the packages it brings (pyproject.toml's optional dependencies).
EXTRAS = {
    "frame": ("kamerstuk.frame", "pandas and pyarrow"),
    "dask": ("kamerstuk.dask", "dask and distributed"),
    "plot": ("drawing the citation graph", "matplotlib"),
}


def missing_extra(extra: str) -> ImportError:
    """The one error for an extra that is not installed, whichever way it is reached (an
    import, ``kamerstuk graph``, ``kamerstuk find --format parquet``): one line, with the pip
    command that installs it.

    >>> print(missing_extra("frame"))
    kamerstuk.frame needs pandas and pyarrow, the frame extra: pip install 'kamerstuk[frame]'
    """
    what, packages = EXTRAS[extra]
    return ImportError(
        f"{what} needs {packages}, the {extra} extra: pip install 'kamerstuk[{extra}]'"
    )


class ResolveError(KamerstukError):
    """The network part failed: says which URL and what status, raised from the cause."""

    def __init__(self, message: str, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message, url, status)
        self.message = message
        self.url = url
        self.status = status

    def __str__(self) -> str:
        status = f" (HTTP {self.status})" if self.status is not None else ""
        return self.message + status + (f" for {self.url}" if self.url else "")


class NotFound(ResolveError):
    """The document does not exist at officielebekendmakingen.nl."""


class Ambiguous(ResolveError):
    """More than one document matches; ``candidates`` lists their identifiers."""

    def __init__(
        self, message: str, candidates: tuple[str, ...] = (), url: str | None = None
    ) -> None:
        super().__init__(f"{message}: {', '.join(candidates)}" if candidates else message, url)
        self.args = (message, candidates, url)  # what this constructor takes, for pickling
        self.candidates = candidates


# The errors are public under kamerstuk's own name, which tracebacks then show
# ("kamerstuk.ParseError"); kamerstuk re-exports every one of them.
for _error in (
    KamerstukError,
    InvalidValue,
    NoIdentifier,
    ParseError,
    ResolveError,
    NotFound,
    Ambiguous,
):
    _error.__module__ = "kamerstuk"


_Value = TypeVar("_Value")


def kept(maxsize: int) -> Callable[[Callable[[str], _Value]], Callable[[str], _Value]]:
    """A cache of what a function of one string gives, that keeps its failures too: a value
    the models reject ("vergaderjaar 2022\u2013608", "ah-tk-17066907-3649") is read by a path,
    by the engine and again for each shorter reading the engine tries, and text repeats it (a
    page header). A failure is kept as its class and arguments and raised anew each time (one
    exception raised again would gather tracebacks that keep their frames alive, and callers
    set its offset); one that its arguments do not rebuild equal is raised, not kept.

    >>> @kept(maxsize=8)
    ... def number(token: str) -> int:
    ...     raise InvalidValue(f"number {token!r}: not digits")
    >>> for _ in range(2):
    ...     try:
    ...         number("1x")
    ...     except InvalidValue as err:
    ...         print(err, number.cache_info().misses)
    number '1x': not digits 1
    number '1x': not digits 1
    """

    def keep(function: Callable[[str], _Value]) -> Callable[[str], _Value]:
        @functools.lru_cache(maxsize=maxsize)
        def outcome(
            text: str,
        ) -> tuple[_Value | None, type[KamerstukError] | None, tuple[object, ...]]:
            try:
                return function(text), None, ()
            except KamerstukError as err:
                if type(err)(*err.args) != err:
                    raise  # more than its arguments say (an attribute set later): not kept
                return None, type(err), err.args

        @functools.wraps(function)
        def cached(text: str) -> _Value:
            value, failed, args = outcome(text)
            if failed is not None:
                raise failed(*args)
            return value  # type: ignore[return-value]  # no failure: the value

        cached.cache_info = outcome.cache_info  # type: ignore[attr-defined]
        cached.cache_clear = outcome.cache_clear  # type: ignore[attr-defined]
        return cached

    return keep
