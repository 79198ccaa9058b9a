"""The citation models: one frozen attrs class per kind of publication.

Every citation is a value: equal and hashable by its fields, picklable, normalised by converters on
the way in. They share :class:`Citation`'s contract: ``kind``, ``identifier``, ``url``,
``format()``, ``str()`` and a flat, JSON-ready ``to_dict()``.

>>> from kamerstuk.citations import Kamerstuk
>>> c = Kamerstuk(dossier="35 300 VIII", ondernummer=5, chamber="TK", vergaderjaar="2019/20")
>>> c.identifier, str(c)
('kst-35300-VIII-5', 'Kamerstukken II 2019/20, 35300 VIII, nr. 5')
>>> c.to_dict()["vergaderjaar"]
'2019-2020'
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any, ClassVar

import attrs

from .values import (
    Chamber,
    Dossier,
    Vergaderjaar,
    to_chamber,
    to_date,
    to_ondernummer,
    to_page,
    to_vergaderjaar,
)

__all__ = [
    "DICT_KEYS",
    "Aanhangsel",
    "Bijlage",
    "Blad",
    "BladGemeenschappelijkeRegeling",
    "Citation",
    "Gemeenteblad",
    "Handelingen",
    "Kamerstuk",
    "Kamervragen",
    "ProvinciaalBlad",
    "Staatsblad",
    "Staatscourant",
    "Tractatenblad",
    "Waterschapsblad",
]

#: The keys of :meth:`Citation.to_dict`, in order (design.md, "The contract").
DICT_KEYS = (
    "kind",
    "chamber",
    "vergaderjaar",
    "dossier",
    "suffix",
    "ondernummer",
    "number",
    "year",
    "item",
    "page",
    "date",
    "identifier",
    "url",
)


def _to_dossier(value: Dossier | str) -> Dossier:
    return value if isinstance(value, Dossier) else Dossier.parse(str(value))


def _to_optional_dossier(value: Dossier | str | None) -> Dossier | None:
    return None if value is None else _to_dossier(value)


def _to_stripped(value: str | int) -> str:
    return str(value).strip()


def _to_text(value: str | int | None) -> str | None:
    return None if value is None else str(value).strip() or None


@attrs.frozen(kw_only=True)
class Citation:
    """What every citation has: a pinpoint ``page``, a ``date`` written with it, a ``variant``.

    ``variant`` is the KOOP version suffix of an identifier (``h1``, ``n1``, ``v1``, ``b1``), kept
    so that :func:`kamerstuk.from_identifier` round-trips; citations in text have none.
    """

    kind: ClassVar[str] = "citation"

    page: str | None = attrs.field(default=None, converter=to_page)
    date: dt.date | None = attrs.field(default=None, converter=to_date)
    variant: str | None = attrs.field(default=None, converter=_to_text)

    @property
    def identifier(self) -> str | None:
        """The KOOP identifier (``kst-33694-20``), or None where the citation does not fix it."""
        from .identifiers import identifier_of

        return identifier_of(self)

    @property
    def url(self) -> str | None:
        """The zoek.officielebekendmakingen.nl page (the dossier page for a whole dossier)."""
        from .identifiers import url_of

        return url_of(self)

    def format(self, style: str = "aanwijzingen") -> str:
        """The citation written in ``style``: ``aanwijzingen`` (default), ``kort`` or
        ``identifier``."""
        from .formatting import format_citation

        return format_citation(self, style)

    def __str__(self) -> str:
        return self.format()

    def to_dict(self) -> dict[str, Any]:
        """A flat, JSON-ready dict with exactly :data:`DICT_KEYS` (None where not applicable)."""
        out: dict[str, Any] = dict.fromkeys(DICT_KEYS)
        out["kind"] = self.kind
        for key in DICT_KEYS[1:-2]:
            value = getattr(self, key, None)
            if isinstance(value, Chamber):
                value = value.value
            elif isinstance(value, (Vergaderjaar, Dossier)):
                value = value.number if isinstance(value, Dossier) else str(value)
            elif isinstance(value, dt.date):
                value = value.isoformat()
            out[key] = value
        out["identifier"] = self.identifier
        out["url"] = self.url
        return out

    def _repr_html_(self) -> str:
        """How Jupyter shows a citation: its canonical text, linked where it has a URL."""
        text = html.escape(self.format())
        url = self.url
        link = f'<a href="{html.escape(url)}">{text}</a>' if url else text
        return f"<span class='kamerstuk-citation' title='{self.kind}'>{link}</span>"


@attrs.frozen(kw_only=True)
class Kamerstuk(Citation):
    """A parliamentary paper: dossier, ondernummer (None for the whole dossier), chamber, year.

    ``ambiguous`` is True where the text could also mean another paper (``36 200 A``: dossier
    36200-A, or Eerste Kamer stuk A of dossier 36200); the dossier reading is the one kept.
    ``legacy`` marks an identifier written with its vergaderjaar (``kst-19951996-23700-188b``).
    ``rijkswet_in_id`` is True when KOOP's identifier keeps the Rijkswet number
    (``kst-33183-R1975-11``); most Rijkswet stukken are filed without it (``kst-34417-7``), so a
    citation from text, where it is False, has no identifier until resolved.
    """

    kind: ClassVar[str] = "kamerstuk"

    dossier: Dossier = attrs.field(converter=_to_dossier)
    ondernummer: str | None = attrs.field(default=None, converter=to_ondernummer)
    chamber: Chamber | None = attrs.field(default=None, converter=to_chamber)
    vergaderjaar: Vergaderjaar | None = attrs.field(default=None, converter=to_vergaderjaar)
    ambiguous: bool = False
    legacy: bool = False
    rijkswet_in_id: bool = False

    @property
    def suffix(self) -> str | None:
        """The dossier suffixes joined with ``-`` (``VIII``, ``21501-07`` gives ``07``)."""
        return self.dossier.suffix


@attrs.frozen(kw_only=True)
class Bijlage(Citation):
    """An annex: ``blg-1183891`` (``number``), or "Bijlage bij" a Kamerstuk (its fields).

    ``legacy`` marks the ten old identifiers named after the Kamerstuk (``blg-26241-10B``).
    """

    kind: ClassVar[str] = "bijlage"

    dossier: Dossier | None = attrs.field(default=None, converter=_to_optional_dossier)
    ondernummer: str | None = attrs.field(default=None, converter=to_ondernummer)
    chamber: Chamber | None = attrs.field(default=None, converter=to_chamber)
    vergaderjaar: Vergaderjaar | None = attrs.field(default=None, converter=to_vergaderjaar)
    number: str | None = attrs.field(default=None, converter=_to_text)
    legacy: bool = False

    @property
    def suffix(self) -> str | None:
        """The suffixes of the dossier the annex belongs to."""
        return self.dossier.suffix if self.dossier else None

    @property
    def parent(self) -> Kamerstuk | None:
        """The Kamerstuk this annex belongs to, where the citation names it."""
        if self.dossier is None:
            return None
        return Kamerstuk(
            dossier=self.dossier,
            ondernummer=self.ondernummer,
            chamber=self.chamber,
            vergaderjaar=self.vergaderjaar,
        )


@attrs.frozen(kw_only=True)
class Handelingen(Citation):
    """Minutes: vergadernummer ``number`` and, since 2010-2011, the debate ``item``.

    ``legacy`` marks an identifier from before 2010-2011, filed by page range
    (``h-tk-19961997-1012-1042``: ``page`` ``1012-1042``), or by a bare number (``h-11592``).
    """

    kind: ClassVar[str] = "handelingen"

    chamber: Chamber | None = attrs.field(default=None, converter=to_chamber)
    vergaderjaar: Vergaderjaar | None = attrs.field(default=None, converter=to_vergaderjaar)
    number: str | None = attrs.field(default=None, converter=_to_text)
    item: str | None = attrs.field(default=None, converter=_to_text)
    legacy: bool = False


@attrs.frozen(kw_only=True)
class Aanhangsel(Citation):
    """An Aanhangsel Handelingen (answers to written questions), numbered per vergaderjaar.

    ``legacy`` marks the old identifiers with a bare number and no chamber (``ah-1106586``).
    """

    kind: ClassVar[str] = "aanhangsel"

    chamber: Chamber | None = attrs.field(default=None, converter=to_chamber)
    vergaderjaar: Vergaderjaar | None = attrs.field(default=None, converter=to_vergaderjaar)
    number: str | None = attrs.field(default=None, converter=_to_text)
    legacy: bool = False


@attrs.frozen(kw_only=True)
class Kamervragen(Citation):
    """Written questions, known by their zaak number ``2019Z12345``.

    ``legacy`` marks the old identifiers without a chamber (``kv-2000100840``, ``kv-2009Z03159``).
    """

    kind: ClassVar[str] = "kamervragen"

    number: str = attrs.field(converter=str)
    chamber: Chamber | None = attrs.field(default=Chamber.II, converter=to_chamber)
    legacy: bool = False


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

    year: int = attrs.field(converter=int)
    number: str = attrs.field(converter=_to_stripped)
    item: str | None = attrs.field(default=None, converter=_to_text)
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
