"""``--context``: the Kamerstuk being read, for ``kamerstuk check`` and ``kamerstuk find``.

A back-reference such as "stuk nr. 12" or "nr. 12 van dit wetsvoorstel" may refer to the document
being read; ``--context`` names it, as ``find(text, context=...)`` and ``validate(text,
context=...)`` take it: a citation of a Kamerstuk, or its identifier.

>>> context_of("kst-36200-VII-3").identifier
'kst-36200-VII-3'
"""

from __future__ import annotations

import argparse
from typing import Any

from ..model.citations import Kamerstuk
from ..model.errors import ParseError
from ..text.backrefs import context_citation

__all__ = ["add_context_option", "context_of"]


def add_context_option(parser: Any) -> None:
    """Add ``--context CITATION_OR_IDENTIFIER`` to a command's parser."""
    parser.add_argument(
        "--context",
        type=context_of,
        metavar="CITATION_OR_IDENTIFIER",
        help="the Kamerstuk being read, which 'stuk nr. 12' may refer to (kst-36200-VII-3)",
    )


def context_of(value: str) -> Kamerstuk:
    """The Kamerstuk of a ``--context``, as find(context=) and validate(context=) read it; a
    usage error that says why when it names none."""
    try:
        context = context_citation(value)
    except ParseError as err:
        why = err.message
    except TypeError as err:  # a citation of another kind
        why = str(err)
    else:
        assert context is not None  # a str always names one or raises
        return context
    raise argparse.ArgumentTypeError(
        f"{value!r} names no Kamerstuk being read ({why}): give its citation or its identifier,"
        " such as 'Kamerstuk 36200-VII, nr. 3' or kst-36200-VII-3"
    )
