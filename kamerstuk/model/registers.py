"""Citations by an identifier of a register beside KOOP's publications.

The Tweede Kamer's zaak and document numbers, ECLI (case law), BWB (national legislation, with
article and date where a JCI reference or a wetten.overheid.nl link carries them), CVDR (local
legislation); the EU's CELEX numbers and Official Journal are in :mod:`kamerstuk.model.eu`. Each
is a frozen value normalised by converters, with ``parse()`` for its written form, and knows its
canonical text, its identifier in its own register and its URL (:meth:`Register.links`).

>>> ECLI.parse("ecli:nl:rvs:2021:1234").format()
'ECLI:NL:RVS:2021:1234'
>>> BWB.parse("jci1.3:c:BWBR0004770&artikel=6&g=2021-01-01").article
'6'
>>> CVDR.parse("CVDR641201/1").identifier
'CVDR641201_1'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from .citations import Citation
from .errors import InvalidValue
from .register_fields import (
    to_bwb_code,
    to_country,
    to_court,
    to_cvdr_number,
    to_document_number,
    to_ecli_number,
    to_year4,
    to_zaak_number,
)

__all__ = [
    "BWB",
    "CVDR",
    "ECLI",
    "EURLEX",
    "Documentnummer",
    "Links",
    "Register",
    "Zaaknummer",
]

#: (identifier, url, why there is no identifier): what :meth:`Register.links` gives.
Links = tuple[str | None, str | None, str | None]

_TK = "https://www.tweedekamer.nl/kamerstukken/detail"
EURLEX = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri="
_WETTEN = "https://wetten.overheid.nl"


@attrs.frozen(kw_only=True)
class Register(Citation):
    """A citation by an identifier of a register beside KOOP's: what every such kind has."""

    kind: ClassVar[str] = "register"
    #: Whether the canonical text carries a page: only an issue of the Official Journal has
    #: pages; a pinpoint on any other register ("2019Z12345, p. 8") names no page of it.
    PAGED: ClassVar[bool] = False

    def __attrs_post_init__(self) -> None:
        if self.page is not None and not self.PAGED:
            raise InvalidValue(f"a {self.kind} citation has no pages (page {self.page!r})")

    def links(self) -> Links:
        """The identifier, the URL, and why there is no identifier (None when there is one)."""
        raise NotImplementedError

    def text(self) -> str:
        """The canonical text, which the grammar reads back as this citation."""
        raise NotImplementedError

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> Register:
        """The citation whose :meth:`to_dict` gave ``values`` (a table's row, a JSON record):
        its fields by name, and where a field is no key, what the identifier or URL says.

        >>> c = BWB.parse("jci1.3:c:BWBR0004770&lid=2&artikel=6")
        >>> BWB.from_dict(c.to_dict()) == c
        True
        """
        names = {f.name for f in attrs.fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names and v is not None})


@attrs.frozen(kw_only=True)
class Zaaknummer(Register):
    """A Tweede Kamer zaak (case) number: ``2023Z17310``. Written questions are zaken too, but a
    zaak number is Kamervragen only where the text says so (:class:`~kamerstuk.Kamervragen`).

    >>> z = Zaaknummer(number="2023z17310")
    >>> z.number, z.year, z.url
    ('2023Z17310', 2023, 'https://www.tweedekamer.nl/kamerstukken/detail?id=2023Z17310')
    """

    kind: ClassVar[str] = "zaak"

    number: str = attrs.field(converter=to_zaak_number)

    @property
    def year(self) -> int:
        """The year the zaak was opened, the first four digits of its number."""
        return int(self.number[:4])

    def links(self) -> Links:
        return self.number, f"{_TK}?id={self.number}", None

    def text(self) -> str:
        return self.number


@attrs.frozen(kw_only=True)
class Documentnummer(Register):
    """A Tweede Kamer document number: ``2023D41872`` (every document the Kamer registers).

    >>> Documentnummer(number="2023D41872").url
    'https://www.tweedekamer.nl/kamerstukken/detail?id=2023D41872&did=2023D41872'
    """

    kind: ClassVar[str] = "document"

    number: str = attrs.field(converter=to_document_number)

    @property
    def year(self) -> int:
        """The year the document was registered, the first four digits of its number."""
        return int(self.number[:4])

    def links(self) -> Links:
        return self.number, f"{_TK}?id={self.number}&did={self.number}", None

    def text(self) -> str:
        return self.number


@attrs.frozen(kw_only=True)
class ECLI(Register):
    """A European Case Law Identifier: ``ECLI:NL:RVS:2021:1234`` is decision 1234 of 2021 of the
    Raad van State (RVS) of the Netherlands. ``issuer`` is the court's code (the key that also
    names who issued a blad); known countries and courts are checked by
    :func:`kamerstuk.validate`, not here: the lists grow.

    >>> ECLI.parse("EU:C:2015:235").url
    'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=ecli:ECLI:EU:C:2015:235'
    """

    kind: ClassVar[str] = "ecli"

    country: str = attrs.field(converter=to_country)
    issuer: str = attrs.field(converter=to_court)
    year: int = attrs.field(converter=to_year4)
    number: str = attrs.field(converter=to_ecli_number)

    @classmethod
    def parse(cls, text: str) -> ECLI:
        """``ECLI:NL:HR:2019:123``, in any case; ``EU:C:2015:235`` (the EU courts' own style)."""
        parts = re.sub(r"[\s\u00a0]+", "", text).split(":")
        if parts[0].upper() == "ECLI":
            parts = parts[1:]
        if len(parts) != 4:
            raise InvalidValue(
                f"ECLI {text!r}: expected five parts, ECLI:country:court:year:number"
                f" (ECLI:NL:HR:2019:123), got {len(parts) + 1}"
            )
        country, court, year, number = parts
        return cls(country=country, issuer=court, year=year, number=number)

    @property
    def identifier_text(self) -> str:
        return f"ECLI:{self.country}:{self.issuer}:{self.year}:{self.number}"

    def links(self) -> Links:
        ecli = self.identifier_text
        if self.country == "NL":
            return ecli, f"https://deeplink.rechtspraak.nl/uitspraak?id={ecli}", None
        if self.country == "EU":
            return ecli, f"{EURLEX}ecli:{ecli}", None
        return ecli, None, None

    def text(self) -> str:
        return self.identifier_text


_JCI_KEYS = re.compile(r"[a-z]+")


def _location(value: object) -> tuple[tuple[str, str], ...]:
    pairs = tuple((str(k).strip().lower(), str(v).strip()) for k, v in value)  # type: ignore[attr-defined]
    for key, part in pairs:
        if not _JCI_KEYS.fullmatch(key) or not part or "&" in part or "=" in part:
            raise InvalidValue(f"JCI part {key}={part!r}: expected a name and a value")
    return pairs


@attrs.frozen(kw_only=True)
class BWB(Register):
    """A regulation of the Basiswettenbestand (national legislation on wetten.overheid.nl) by its
    BWB id, ``BWBR0004770``, with the place in it (``article``, the other parts of a JCI
    reference in ``location``) and the day its text is cited as (``date``, JCI's ``g``).

    >>> c = BWB(code="BWBR0004770", location=[("artikel", "6")], date="2021-01-01")
    >>> c.format(), c.url
    ('jci1.3:c:BWBR0004770&artikel=6&g=2021-01-01', 'https://wetten.overheid.nl/jci1.3:c:BWBR0004770&artikel=6&g=2021-01-01')
    """

    kind: ClassVar[str] = "bwb"

    code: str = attrs.field(converter=to_bwb_code)
    location: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_location)

    @property
    def article(self) -> str | None:
        """The article the reference points at (JCI's ``artikel``)."""
        return next((v for k, v in self.location if k == "artikel"), None)

    @classmethod
    def parse(cls, text: str) -> BWB:
        """``BWBR0004770``, or a JCI reference ``jci1.3:c:BWBR0004770&artikel=6&g=2021-01-01``."""
        head, *params = text.strip().split("&")
        code = head.rsplit(":", 1)[-1]
        pairs = [p.split("=", 1) for p in params]
        if any(len(p) != 2 for p in pairs):
            raise InvalidValue(f"JCI reference {text!r}: expected name=value after each '&'")
        date = next((v for k, v in pairs if k == "g"), None)
        location = [(k, v) for k, v in pairs if k != "g"]
        return cls(code=code, location=location, date=date)

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> BWB:
        url = values.get("url") or ""
        jci = url.rsplit("/", 1)[-1]
        if jci.startswith("jci"):
            return cls.parse(jci)  # every part of the reference, in order
        return cls(code=values["identifier"])

    def text(self) -> str:
        if not self.location and self.date is None:
            return self.code
        parts = [f"{k}={v}" for k, v in self.location]
        if self.date is not None:
            parts.append(f"g={self.date.isoformat()}")
        return "&".join([f"jci1.3:c:{self.code}", *parts])

    def links(self) -> Links:
        return self.code, f"{_WETTEN}/{self.text()}", None


@attrs.frozen(kw_only=True)
class CVDR(Register):
    """A local regulation in the Centrale Voorziening Decentrale Regelgeving: ``CVDR641201``, a
    version of it ``CVDR641201/1`` (its ``variant``), on lokaleregelgeving.overheid.nl.

    >>> c = CVDR.parse("CVDR641201/1")
    >>> c.identifier, c.format(), c.url
    ('CVDR641201_1', 'CVDR641201/1', 'https://lokaleregelgeving.overheid.nl/CVDR641201/1')
    """

    kind: ClassVar[str] = "cvdr"

    number: str = attrs.field(converter=to_cvdr_number)

    @classmethod
    def parse(cls, text: str) -> CVDR:
        """``CVDR641201``, ``CVDR641201/1`` or ``CVDR641201_1``."""
        found = re.fullmatch(r"(?i:cvdr)\s*([0-9]+)(?:[/_]([0-9]+))?", text.strip())
        if found is None:
            raise InvalidValue(f"CVDR id {text!r}: expected CVDR and digits, CVDR641201/1")
        return cls(number=found.group(1), variant=found.group(2))

    def text(self) -> str:
        version = f"/{self.variant}" if self.variant else ""
        return f"CVDR{self.number}{version}"

    def links(self) -> Links:
        version = f"_{self.variant}" if self.variant else ""
        return f"CVDR{self.number}{version}", f"https://lokaleregelgeving.overheid.nl/{self}", None
