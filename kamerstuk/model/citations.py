"""The citation models: one frozen attrs class per kind of publication.

Every citation is a value: equal and hashable by its fields, picklable, ordered (kind, then the
fields with their numbers as numbers: :mod:`kamerstuk.model.order`), normalised by converters on
the way in.
They share :class:`Citation`'s contract: ``kind``, ``identifier``, ``url``,
``format()``, ``str()`` and a flat, JSON-ready ``to_dict()``.

>>> from kamerstuk.model.citations import Kamerstuk
>>> c = Kamerstuk(dossier="35 300 VIII", ondernummer=5, chamber="TK", vergaderjaar="2019/20")
>>> c.identifier, str(c)
('kst-35300-VIII-5', 'Kamerstukken II 2019/20, 35300 VIII, nr. 5')
>>> c.to_dict()["vergaderjaar"]
'2019-2020'
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any, ClassVar

import attrs

from ._construct import reduce_fields
from .fields import to_date, to_part, to_required_part
from .order import natural, sort_key
from .values import (
    Chamber,
    Dossier,
    Vergaderjaar,
    to_chamber,
    to_ondernummer,
    to_page,
    to_vergaderjaar,
)

__all__ = [
    "DICT_KEYS",
    "FIELD_KEYS",
    "WRITERS",
    "Aanhangsel",
    "Agenda",
    "Bijlage",
    "Citation",
    "Handelingen",
    "Kamerstuk",
    "Kamervragen",
    "NietDossierstuk",
    "natural",
    "sort_key",
]

#: The keys of :meth:`Citation.to_dict`, in order (docs/architecture.md, "The public contract").
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
    "why_no_identifier",
    "issuer",
    "afdeling",
    # The registers beside KOOP's (kamerstuk.model.registers): an ECLI's country (its court is
    # its issuer), a BWB reference's article, the Publicatieblad's series, a CELEX number's
    # document type.
    "country",
    "article",
    "series",
    "type",
)
#: The keys of :data:`DICT_KEYS` that are a citation's own fields (or properties such as
#: ``suffix``): all but the kind and what its identifier gives.
FIELD_KEYS = tuple(
    key for key in DICT_KEYS if key not in {"kind", "identifier", "url", "why_no_identifier"}
)


#: How a citation is written out: ``identifier``, ``url``, ``links`` (the two together) and
#: ``format`` functions, each taking the citation. :mod:`kamerstuk.model.identifiers` and
#: :mod:`kamerstuk.model.formatting` fill it when :mod:`kamerstuk.model` is imported, so the
#: models never import the code that writes them.
WRITERS: dict[str, Callable[..., Any]] = {}


def _to_dossier(value: Dossier | str) -> Dossier:
    return value if isinstance(value, Dossier) else Dossier.parse(str(value))


def _to_optional_dossier(value: Dossier | str | None) -> Dossier | None:
    return None if value is None else _to_dossier(value)


def _plain(value: object) -> object:
    """A field's value as :meth:`Citation.to_dict` gives it: a str, an int or a bool."""
    if isinstance(value, Chamber):
        return value.value
    if isinstance(value, Dossier):
        return value.number
    if isinstance(value, Vergaderjaar):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _held(cls: type[Citation]) -> tuple[str, ...]:
    """The keys of :data:`DICT_KEYS` that a kind of citation has (a field or a property such
    as ``suffix``), worked out once per class: to_dict() runs for every match a table holds."""
    held = _HELD.get(cls)
    if held is None:
        held = _HELD[cls] = tuple(key for key in FIELD_KEYS if hasattr(cls, key))
    return held


_HELD: dict[type, tuple[str, ...]] = {}


@attrs.frozen(kw_only=True)
class Citation:
    """What every citation has: a pinpoint ``page``, a ``date`` written with it, a ``variant``.

    ``variant`` is the KOOP version suffix of an identifier (``h1``, ``n1``, ``v1``, ``b1``), kept
    so that :func:`kamerstuk.from_identifier` round-trips; citations in text have none.
    """

    kind: ClassVar[str] = "citation"

    page: str | None = attrs.field(default=None, converter=to_page)
    date: dt.date | None = attrs.field(default=None, converter=to_date)
    variant: str | None = attrs.field(default=None, converter=to_part)

    @property
    def identifier(self) -> str | None:
        """The KOOP identifier (``kst-33694-20``), or None where the citation does not fix it."""
        identifier: str | None = WRITERS["identifier"](self)
        return identifier

    @property
    def url(self) -> str | None:
        """The zoek.officielebekendmakingen.nl page (the dossier page for a whole dossier)."""
        url: str | None = WRITERS["url"](self)
        return url

    def format(self, style: str = "aanwijzingen") -> str:
        """The citation written in ``style``: ``aanwijzingen`` (default), ``kort`` or
        ``identifier``."""
        text: str = WRITERS["format"](self, style)
        return text

    def __str__(self) -> str:
        return self.format()

    def to_dict(self) -> dict[str, Any]:
        """A flat, JSON-ready dict with exactly :data:`DICT_KEYS` (None where not applicable).

        ``why_no_identifier`` says, where ``identifier`` is None, why the citation fixes none
        (a whole dossier, Handelingen before 2010-2011, a Staatscourant before July 2009 ...);
        it is None where there is an identifier.
        """
        out: dict[str, Any] = dict.fromkeys(DICT_KEYS)
        out["kind"] = self.kind
        for key in _held(type(self)):
            value = getattr(self, key)
            if value is not None:
                out[key] = _plain(value)
        out["identifier"], out["url"], out["why_no_identifier"] = WRITERS["links"](self)
        return out

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as its fields' values, rebuilt by a fast constructor (find_many's workers);
        # every kind of citation inherits this.
        return reduce_fields(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Citation):
            return NotImplemented
        return sort_key(self) < sort_key(other)

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Citation):
            return NotImplemented
        return sort_key(self) <= sort_key(other)

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Citation):
            return NotImplemented
        return sort_key(self) > sort_key(other)

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Citation):
            return NotImplemented
        return sort_key(self) >= sort_key(other)

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
    36200-A, or Eerste Kamer stuk A of dossier 36200); the dossier reading is the one kept. It
    says how the text was read, not which document it names, so it takes no part in equality:
    a link to the dossier's page (not ambiguous) and ``Kamerstukken 36200 A`` are the same
    citation. An Eerste Kamer Roman dossier (``CXXIV``) has letter stukken only.
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
    ambiguous: bool = attrs.field(default=False, eq=False)
    legacy: bool = False
    rijkswet_in_id: bool = False

    @ondernummer.validator
    def _check_ondernummer(self, _: Any, value: str | None) -> None:
        self.dossier.check_stuk(value)

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
    number: str | None = attrs.field(default=None, converter=to_part)
    legacy: bool = False

    @ondernummer.validator
    def _check_ondernummer(self, _: Any, value: str | None) -> None:
        if self.dossier is not None:
            self.dossier.check_stuk(value)

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
    number: str | None = attrs.field(default=None, converter=to_part)
    item: str | None = attrs.field(default=None, converter=to_part)
    legacy: bool = False


@attrs.frozen(kw_only=True)
class Aanhangsel(Citation):
    """An Aanhangsel Handelingen (answers to written questions), numbered per vergaderjaar.

    ``legacy`` marks the old identifiers with a bare number and no chamber (``ah-1106586``).
    """

    kind: ClassVar[str] = "aanhangsel"

    chamber: Chamber | None = attrs.field(default=None, converter=to_chamber)
    vergaderjaar: Vergaderjaar | None = attrs.field(default=None, converter=to_vergaderjaar)
    number: str | None = attrs.field(default=None, converter=to_part)
    legacy: bool = False


@attrs.frozen(kw_only=True)
class Kamervragen(Citation):
    """Written questions, known by their zaak number ``2019Z12345``.

    ``legacy`` marks the old identifiers without a chamber (``kv-2000100840``, ``kv-2009Z03159``).
    """

    kind: ClassVar[str] = "kamervragen"

    number: str = attrs.field(converter=to_required_part)
    chamber: Chamber | None = attrs.field(default=Chamber.II, converter=to_chamber)
    legacy: bool = False


@attrs.frozen(kw_only=True)
class Agenda(Citation):
    """The agenda of a chamber for one day (``date``), or an old one known by ``number``.

    Text seldom cites agendas, but KOOP publishes them (``ag-ek-1995-02-01``), so
    :func:`kamerstuk.from_identifier` gives a citation for each. ``legacy`` marks the 17
    identifiers with the date reversed (``ag-tk-02-04-2010``).

    >>> Agenda(chamber="TK", date="2010-04-02", legacy=True).identifier
    'ag-tk-02-04-2010'
    """

    kind: ClassVar[str] = "agenda"

    chamber: Chamber | None = attrs.field(default=None, converter=to_chamber)
    number: str | None = attrs.field(default=None, converter=to_part)
    legacy: bool = False


@attrs.frozen(kw_only=True)
class NietDossierstuk(Citation):
    """A paper outside any dossier, by its Tweede Kamer document number or an old number.

    ``chamber`` is None for the old identifiers that name none (``nds-vws0300264-b1``).

    >>> NietDossierstuk(chamber="TK", number="2013D38756").identifier
    'nds-tk-2013D38756'
    """

    kind: ClassVar[str] = "niet_dossierstuk"

    number: str = attrs.field(converter=to_required_part)
    chamber: Chamber | None = attrs.field(default=None, converter=to_chamber)
