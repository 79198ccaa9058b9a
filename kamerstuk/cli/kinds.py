"""``--kinds``: which kinds of citation ``kamerstuk find`` and ``kamerstuk check`` read.

As ``find(text, kinds=...)`` takes them (:func:`kamerstuk.model.kinds.kinds_of`): kind names
and groups, comma-separated; by default the parliamentary papers, the Tweede Kamer's zaak
numbers and the gazettes; ``all`` adds the registers: Tweede Kamer document numbers, ECLI, BWB,
CVDR, CELEX and the Publicatieblad.

>>> sorted(kinds_option("ecli,celex"))
['celex', 'ecli']
"""

from __future__ import annotations

import argparse
from typing import Any

from ..model.kinds import DEFAULT_KINDS, kinds_of

__all__ = ["add_kinds_option", "kinds_option"]


def add_kinds_option(parser: Any) -> None:
    """Add ``--kinds KINDS`` to a command's parser."""
    parser.add_argument(
        "--kinds",
        type=kinds_option,
        default=DEFAULT_KINDS,
        metavar="KINDS",
        help=(
            "the kinds of citation to read, comma-separated: kind names (ecli, bwb, cvdr, celex,"
            " publicatieblad, zaak, document, kamerstuk, ...) or groups (default, all, parliament,"
            " publications, registers); default: the parliamentary papers and the gazettes"
        ),
    )


def kinds_option(value: str) -> frozenset[str]:
    """The kinds a ``--kinds`` names; a usage error that lists the kinds when one is unknown."""
    try:
        return kinds_of(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
