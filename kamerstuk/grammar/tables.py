"""The grammar's LALR tables, made once and shipped with the package (``grammar.tables``).

Lark takes about 90 ms to analyse grammar.lark into its tables and lexers; loading what it made,
saved, takes about 10 ms. So the tables are saved beside the grammar (``tools/ship_tables.py``
writes them) with a fingerprint of the grammar's text and of the Lark release that made them;
:func:`lark` loads them when both still match, and builds them from the grammar otherwise (an
edited grammar, another Lark release). The tests check that the shipped tables are the grammar's.

>>> lark().terminals[0].name != ""
True
"""

from __future__ import annotations

import functools
import hashlib
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lark import Lark

__all__ = ["OPTIONS", "fingerprint", "lark", "saved", "shipped"]

#: How the parser is made: LALR with the contextual lexer (kamerstuk.grammar.engine runs it).
OPTIONS = {"parser": "lalr", "lexer": "contextual", "maybe_placeholders": False}
_PACKAGE = "kamerstuk.grammar"
_SHIPPED = "grammar.tables"


def fingerprint() -> tuple[str, str]:
    """What tables must be made from to be this grammar's: the sha256 of grammar.lark and the
    Lark release (its tables' layout may differ between releases)."""
    from importlib import resources  # here, not at import: it costs a few ms of start-up

    import lark as lark_module

    grammar = resources.files(_PACKAGE).joinpath("grammar.lark").read_bytes()
    return hashlib.sha256(grammar).hexdigest(), str(lark_module.__version__)


def saved() -> bytes:
    """The tables Lark makes of the grammar now, after a two-line fingerprint: the shipped file."""
    from lark import Lark

    out = io.BytesIO()
    Lark.open_from_package(_PACKAGE, "grammar.lark", **OPTIONS).save(out)  # type: ignore[arg-type]
    return "\n".join(fingerprint()).encode() + b"\n" + out.getvalue()


def shipped() -> tuple[tuple[str, str], bytes]:
    """The fingerprint and the tables of the shipped file (empty where there is none)."""
    from importlib import resources

    try:
        data = resources.files(_PACKAGE).joinpath(_SHIPPED).read_bytes()
    except OSError:
        return ("", ""), b""
    grammar, made_by, body = data.split(b"\n", 2)
    return (grammar.decode(), made_by.decode()), body


@functools.cache
def lark() -> Lark:
    """The grammar's parser (no transformer: the engine calls its own callbacks), loaded from the
    shipped tables when they are this grammar's, else made from it."""
    from lark import Lark

    made_from, body = shipped()
    if made_from == fingerprint():
        return Lark.load(io.BytesIO(body))
    return Lark.open_from_package(_PACKAGE, "grammar.lark", **OPTIONS)  # type: ignore[arg-type]
