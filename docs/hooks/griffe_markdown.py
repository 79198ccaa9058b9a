"""Griffe extension: kamerstuk's docstrings, written for doctest and Sphinx, read as Markdown.

The docstrings are plain text with doctest examples (run by ``pytest --doctest-modules``) and
Sphinx roles (``:class:`Match```). Rendered as Markdown unchanged, ``>>>`` would become nested
quotes and the roles would show their colons. This turns each doctest block into a ``pycon`` code
block and each role into inline code, on the copy the API reference renders; the source is not
touched, so the examples stay the ones the tests run.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_FLAGS = re.compile(r"\s*#\s*doctest:.*$")
_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|data|mod|exc|obj|const):`~?([^`]+)`")


def markdown(text: str) -> str:
    """``text`` with doctest blocks fenced as ``pycon`` (without doctest flags) and Sphinx roles as
    inline code."""
    text = _ROLE.sub(lambda m: f"`{m.group(1).rsplit('.', 1)[-1]}`", text)
    out: list[str] = []
    in_block = False
    for line in text.splitlines():
        if not in_block and line.lstrip().startswith(">>>"):
            out.extend(["", "```pycon"])
            in_block = True
        elif in_block and not line.strip():
            out.extend(["```", ""])
            in_block = False
            continue
        # "# doctest: +ELLIPSIS" is for the test runner, not the reader.
        out.append(_FLAGS.sub("", line) if in_block and line.lstrip().startswith(">>>") else line)
    if in_block:
        out.append("```")
    return "\n".join(out)


class DoctestMarkdown(griffe.Extension):
    """Rewrite every docstring that griffe loads (see :func:`markdown`)."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
