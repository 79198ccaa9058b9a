"""The official gazettes: Staatsblad, Staatscourant, Tractatenblad and the decentral bladen.

Each gazette numbers its publications per year, so a citation is a year and a number
(``Stb. 2019, 123``). The classes differ only in name and identifier prefix.

>>> Staatsblad(year=2019, number="123").identifier
'stb-2019-123'
>>> BLADEN["gmb"].kind
'gemeenteblad'
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from .citations import Citation
from .fields import to_part, to_required_part, to_year

__all__ = [
    "BLADEN",
    "Blad",
    "BladGemeenschappelijkeRegeling",
    "Gemeenteblad",
    "ProvinciaalBlad",
    "Staatsblad",
    "Staatscourant",
    "Tractatenblad",
    "Waterschapsblad",
]


@attrs.frozen(kw_only=True)
class Blad(Citation):
    """A numbered official gazette issue: ``Stb. 2019, 123`` is year 2019, number 123.

    ``item`` names one announcement in a 1994-1998 Staatscourant issue (``stcrt-1994-5-p0-SC1741``
    is issue 5, ``page`` 0, item ``SC1741``). ``glued`` marks the four identifiers with the variant
    glued to the number (``stb-2004-288v1``).

    The gazettes differ only in name and prefix, so they subclass this without fields or an
    attrs decorator of their own (each decorated class costs start-up time).
    """

    kind: ClassVar[str] = "blad"
    #: The KOOP identifier prefix of this gazette.
    prefix: ClassVar[str] = ""

    year: int = attrs.field(converter=to_year)
    number: str = attrs.field(converter=to_required_part)
    item: str | None = attrs.field(default=None, converter=to_part)
    glued: bool = False


class Staatsblad(Blad):
    """Staatsblad: ``Stb. 2019, 123``."""

    kind: ClassVar[str] = "staatsblad"
    prefix: ClassVar[str] = "stb"
    __slots__ = ()


class Staatscourant(Blad):
    """Staatscourant: ``Stcrt. 2019, 12345``."""

    kind: ClassVar[str] = "staatscourant"
    prefix: ClassVar[str] = "stcrt"
    __slots__ = ()


class Tractatenblad(Blad):
    """Tractatenblad: ``Trb. 2008, 175``."""

    kind: ClassVar[str] = "tractatenblad"
    prefix: ClassVar[str] = "trb"
    __slots__ = ()


class Gemeenteblad(Blad):
    """Gemeenteblad: ``Gmb. 2023, 174296``."""

    kind: ClassVar[str] = "gemeenteblad"
    prefix: ClassVar[str] = "gmb"
    __slots__ = ()


class ProvinciaalBlad(Blad):
    """Provinciaal blad: ``Prb. 2017, 1003``."""

    kind: ClassVar[str] = "provinciaal_blad"
    prefix: ClassVar[str] = "prb"
    __slots__ = ()


class Waterschapsblad(Blad):
    """Waterschapsblad: ``Wsb. 2013, 1000``."""

    kind: ClassVar[str] = "waterschapsblad"
    prefix: ClassVar[str] = "wsb"
    __slots__ = ()


class BladGemeenschappelijkeRegeling(Blad):
    """Blad gemeenschappelijke regeling: ``Bgr. 2024, 715``."""

    kind: ClassVar[str] = "blad_gemeenschappelijke_regeling"
    prefix: ClassVar[str] = "bgr"
    __slots__ = ()


#: Every gazette class by its identifier prefix.
BLADEN: dict[str, type[Blad]] = {
    cls.prefix: cls
    for cls in (
        Staatsblad,
        Staatscourant,
        Tractatenblad,
        Gemeenteblad,
        ProvinciaalBlad,
        Waterschapsblad,
        BladGemeenschappelijkeRegeling,
    )
}
