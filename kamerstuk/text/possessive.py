"""Possessive repeats on every Python kamerstuk supports (3.10 on).

A possessive repeat (``[^\\S\\n]*+``) takes what it can and never gives any of it back: where
what follows fails, ``re`` does not try the shorter runs, one character at a time. Python's
``re`` has them from 3.11. On 3.10, :func:`possessive` writes the same match as a lookahead,
which ``re`` never goes back into once it has matched, and a backreference to what the
lookahead took: ``(?=(?P<_p1>[^\\S\\n]*))(?P=_p1)``. Each such group gets a name of its own
(``_p`` and a number), which no code reads.

>>> import re
>>> pattern = re.compile(possessive("[0-9]+") + "[0-9]")
>>> pattern.match("123") is None  # the run keeps every digit: none is left for the last
True
"""

from __future__ import annotations

import itertools
import sys

__all__ = ["HAS_POSSESSIVE", "possessive", "possessive_around"]

#: Whether this Python's re reads possessive repeats itself.
HAS_POSSESSIVE = sys.version_info >= (3, 11)
_NAMES = itertools.count(1)


def possessive(repeat: str, native: bool = HAS_POSSESSIVE) -> str:
    """``repeat`` (a greedy repeat: ``X*``, ``X+``, ``X?``, ``X{m,n}``) made possessive:
    written so (``X*+``) where re reads it, else as the lookahead that matches the same.

    >>> possessive("[a-z]*", native=True)
    '[a-z]*+'
    >>> possessive("[a-z]*", native=False)  # doctest: +ELLIPSIS
    '(?=(?P<_p...>[a-z]*))(?P=_p...)'
    """
    opening, closing = possessive_around("", native)
    return opening + repeat + closing


def possessive_around(quantifier: str, native: bool = HAS_POSSESSIVE) -> tuple[str, str]:
    """What to write before and after a group (``(?:...)``) to repeat it by ``quantifier``
    possessively, where the group is written over several lines.

    >>> possessive_around("*", native=True)
    ('', '*+')
    >>> opening, closing = possessive_around("*", native=False)
    >>> opening + "(?:ab|c)" + closing  # doctest: +ELLIPSIS
    '(?=(?P<_p...>(?:ab|c)*))(?P=_p...)'
    """
    if native:
        return "", quantifier + "+"
    name = f"_p{next(_NAMES)}"
    return f"(?=(?P<{name}>", f"{quantifier}))(?P={name})"
