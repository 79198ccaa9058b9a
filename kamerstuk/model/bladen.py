"""The official gazettes: Staatsblad, Staatscourant, Tractatenblad and the decentral bladen.

Each gazette numbers its publications per year, so a citation is a year and a number
(``Stb. 2019, 123``). The national ones differ only in name and identifier prefix; the bladen of
municipalities, provinces, water boards and joint arrangements (:class:`DecentraalBlad`) may
also name who issued them and, in a municipality's own blad, its section.

>>> Staatsblad(year=2019, number="123").identifier
'stb-2019-123'
>>> BLADEN["gmb"].kind
'gemeenteblad'
>>> Gemeenteblad(year=2016, number="31077", issuer="gemeente Breda").issuer
'Breda'
"""

from __future__ import annotations

import re
from typing import ClassVar

import attrs

from .citations import Citation
from .fields import to_part, to_required_part, to_year

__all__ = [
    "BLADEN",
    "BLAD_HEADS",
    "Blad",
    "BladGemeenschappelijkeRegeling",
    "DecentraalBlad",
    "Gemeenteblad",
    "ProvinciaalBlad",
    "Staatsblad",
    "Staatscourant",
    "Tractatenblad",
    "Waterschapsblad",
]


def to_optional_year(value: str | int | None) -> int | None:
    """Converter: :func:`~kamerstuk.model.fields.to_year`, or None where no year is given."""
    return None if value is None else to_year(value)


# The words a citation puts before the issuer's name: "van de gemeente Breda" is Breda.
_ISSUER_WORDS = re.compile(
    r"^(?:van\s+)?(?:(?:de|het)\s+(?=(?:gemeente|provincie|waterschap|hoogheemraadschap)\s))?"
    r"(?:(?:gemeente|provincie)\s+(?:van\s+)?)?",
    re.IGNORECASE,
)


_NAME_START = re.compile("['\u2019]|[A-Z\u00c0-\u00d6\u00d8-\u00de]")
# A water board's name written with its kind in lower case ("waterschap Vallei en Veluwe"): the
# kind is part of the name, which is written with a capital.
_BOARD = re.compile(
    "(?:waterschap|hoogheemraadschap) (?:van )?(?=['\u2019]|[A-Z\u00c0-\u00d6\u00d8-\u00de])"
)


def to_issuer(value: str | None) -> str | None:
    """Converter: who issued a decentral blad, by name: "van de gemeente Breda" is ``Breda``
    (the blad says what kind of body it is); a water board keeps its full name.

    >>> to_issuer("van de  gemeente Breda"), to_issuer("van Waterschap De Dommel"), to_issuer(" ")
    ('Breda', 'Waterschap De Dommel', None)
    >>> to_issuer("Van de Velde"), to_issuer("van waterschap Vallei en Veluwe")
    ('Van de Velde', 'Waterschap Vallei en Veluwe')
    >>> to_issuer("van het hoogheemraadschap van Delfland"), to_issuer("Van Van")
    ('Hoogheemraadschap van Delfland', None)
    """
    if value is None:
        return None
    written = " ".join(str(value).split())
    name = _ISSUER_WORDS.sub("", written)
    if _BOARD.match(name):
        name = name[0].upper() + name[1:]
    if name.lower() == "van":
        return None  # "van" alone names no one (and would be written as a year's "van")
    # A name starts with a capital, as the grammar reads one (ISSUER): where the words taken off
    # leave none, they were the name ("Van de Velde" is no "van" and "de Velde").
    return (name if not name or _NAME_START.match(name) else written) or None


def to_afdeling(value: str | int | None) -> str | None:
    """Converter: a section of a municipality's own blad, its letter in capitals (``3A``)."""
    part = to_part(value)
    return None if part is None else part.upper()


@attrs.frozen(kw_only=True)
class Blad(Citation):
    """A numbered official gazette issue: ``Stb. 2019, 123`` is year 2019, number 123.

    ``year`` is None only where the citation does not say it (``Gemeenteblad afdeling 2,
    nr. 402``), and then there is no identifier. ``item`` names one announcement in a 1994-1998
    Staatscourant issue (``stcrt-1994-5-p0-SC1741`` is issue 5, ``page`` 0, item ``SC1741``).
    ``glued`` marks the four identifiers with the variant glued to the number
    (``stb-2004-288v1``).

    The gazettes differ only in name and prefix, so they subclass this (or
    :class:`DecentraalBlad`) without fields or an attrs decorator of their own (each decorated
    class costs start-up time).
    """

    kind: ClassVar[str] = "blad"
    #: The KOOP identifier prefix of this gazette.
    prefix: ClassVar[str] = ""
    #: The first year KOOP publishes this gazette in, where its numbers before then were not
    #: KOOP's (None: all the years it has).
    first_year: ClassVar[int | None] = None

    year: int | None = attrs.field(default=None, converter=to_optional_year)
    number: str = attrs.field(converter=to_required_part)
    item: str | None = attrs.field(default=None, converter=to_part)
    glued: bool = False


@attrs.frozen(kw_only=True)
class DecentraalBlad(Blad):
    """The blad of a municipality, province, water board or joint arrangement.

    ``issuer`` is who issued it, by name (``Breda``, ``Overijssel``, ``Waterschap De Dommel``):
    since KOOP publishes these bladen (2013; 2015 for the joint arrangements) a number is
    counted over all issuers and the identifier has no issuer (KOOP's metadata names it);
    before, each issuer numbered its own blad, so ``Provinciaal Blad van Overijssel 2008, 112``
    and the 112th of Zeeland are different documents, neither in KOOP's collection.
    ``afdeling`` is a section of a municipality's own blad (Amsterdam's Gemeenteblad had
    afdeling 1, 2, 3A ..., each numbered per year), which KOOP never published either.

    >>> ProvinciaalBlad(year=2008, number="112", issuer="van Overijssel").identifier is None
    True
    >>> Gemeenteblad(year=2019, number="1234", issuer="Alkmaar").identifier
    'gmb-2019-1234'
    """

    kind: ClassVar[str] = "decentraal_blad"
    first_year: ClassVar[int | None] = 2013

    issuer: str | None = attrs.field(default=None, converter=to_issuer)
    afdeling: str | None = attrs.field(default=None, converter=to_afdeling)


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


class Gemeenteblad(DecentraalBlad):
    """Gemeenteblad: ``Gmb. 2023, 174296``."""

    kind: ClassVar[str] = "gemeenteblad"
    prefix: ClassVar[str] = "gmb"
    __slots__ = ()


class ProvinciaalBlad(DecentraalBlad):
    """Provinciaal blad: ``Prb. 2017, 1003``."""

    kind: ClassVar[str] = "provinciaal_blad"
    prefix: ClassVar[str] = "prb"
    __slots__ = ()


class Waterschapsblad(DecentraalBlad):
    """Waterschapsblad: ``Wsb. 2013, 1000``."""

    kind: ClassVar[str] = "waterschapsblad"
    prefix: ClassVar[str] = "wsb"
    __slots__ = ()


class BladGemeenschappelijkeRegeling(DecentraalBlad):
    """Blad gemeenschappelijke regeling: ``Bgr. 2024, 715``."""

    kind: ClassVar[str] = "blad_gemeenschappelijke_regeling"
    prefix: ClassVar[str] = "bgr"
    first_year: ClassVar[int | None] = 2015
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

#: Each gazette's identifier prefix by its head word as text writes it, in lower case, spaces
#: squashed and the dot after it left off (grammar.lark's BLAD_WORD, STCRT_WORD, LOCAL_WORD).
BLAD_HEADS: dict[str, str] = {
    "stb": "stb",
    "staatsblad": "stb",
    "staatsblad van het koninkrijk der nederlanden": "stb",
    "stcrt": "stcrt",
    "staatscourant": "stcrt",
    "staatscourant van het koninkrijk der nederlanden": "stcrt",
    "trb": "trb",
    "tractatenblad": "trb",
    "tractatenblad van het koninkrijk der nederlanden": "trb",
    "gmb": "gmb",
    "gemeenteblad": "gmb",
    "prb": "prb",
    "provinciaal blad": "prb",
    "provincieblad": "prb",
    "prov. blad": "prb",
    "prov.blad": "prb",
    "wsb": "wsb",
    "waterschapsblad": "wsb",
    "bgr": "bgr",
    "blad gemeenschappelijke regeling": "bgr",
    # The longer abbreviations of older and local writing.
    "stbl": "stb",
    "staatsbl": "stb",
    "tractatenbl": "trb",
    "stct": "stcrt",
    "staatscour": "stcrt",
    "gemeentebl": "gmb",
    "waterschapsbl": "wsb",
    "prov. bl": "prb",
    "prov.bl": "prb",
    "stcr": "stcrt",
    "trbl": "trb",
    "provinciaalblad": "prb",
    "staatsblad van het koninkrijk": "stb",
    "tractatenblad van het koninkrijk": "trb",
    "staatscourant van het koninkrijk": "stcrt",
    "st.crt": "stcrt",
    "st. crt": "stcrt",
    "st.ct": "stcrt",
    "st. ct": "stcrt",
}
# "Blad gemeenschappelijke regeling" abbreviated: "Blad gemeensch. regeling", "Blad gem. reg."
# (the dot of "reg." left off as above; a space after the first dot or none).
BLAD_HEADS.update(
    {
        f"blad {word}{space}{rule}": "bgr"
        for word in ("gem.", "gemeensch.", "gemeenschap.", "gemeenschappelijke")
        for space in (" ", "" if word.endswith(".") else " ")
        for rule in ("regeling", "reg")
    }
)
