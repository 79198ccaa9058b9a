"""Citation models for the publications only identifiers name, and a fast constructor.

Text seldom cites agendas or niet-dossierstukken, but KOOP publishes them (``ag-ek-1995-02-01``,
``nds-tk-2013D38756``), so :func:`kamerstuk.from_identifier` must give a citation for each.

>>> from kamerstuk.citations_extra import Agenda, NietDossierstuk
>>> Agenda(chamber="EK", date="1995-02-01").identifier
'ag-ek-1995-02-01'
>>> NietDossierstuk(chamber="TK", number="2013D38756").identifier
'nds-tk-2013D38756'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

import attrs
from attrs import AttrsInstance

from .citations import Citation, _to_text
from .values import Chamber, to_chamber

__all__ = ["Agenda", "NietDossierstuk", "fast_constructor"]

# Any attrs class: the citations, and the value types they hold (Dossier).
C = TypeVar("C", bound=AttrsInstance)


@attrs.frozen(kw_only=True)
class Agenda(Citation):
    """The agenda of a chamber for one day (``date``), or an old one known by ``number``.

    ``legacy`` marks the 17 identifiers with the date reversed (``ag-tk-02-04-2010``).

    >>> Agenda(chamber="TK", date="2010-04-02", legacy=True).identifier
    'ag-tk-02-04-2010'
    """

    kind: ClassVar[str] = "agenda"

    chamber: Chamber | None = attrs.field(default=None, converter=to_chamber)
    number: str | None = attrs.field(default=None, converter=_to_text)
    legacy: bool = False


@attrs.frozen(kw_only=True)
class NietDossierstuk(Citation):
    """A paper outside any dossier, by its Tweede Kamer document number or an old number.

    ``chamber`` is None for the old identifiers that name none (``nds-vws0300264-b1``).

    >>> NietDossierstuk(number="vws0300264", variant="b1").identifier
    'nds-vws0300264-b1'
    """

    kind: ClassVar[str] = "niet_dossierstuk"

    number: str = attrs.field(converter=str)
    chamber: Chamber | None = attrs.field(default=None, converter=to_chamber)


def fast_constructor(cls: type[C], *params: str) -> Callable[..., C]:
    """A constructor taking ``params`` in order, for values already in normal form.

    attrs runs every converter on every construction; at 200,000 identifiers a second those
    calls are half the time of :func:`kamerstuk.from_identifier`. Its hot paths pass only values
    the converters would return unchanged, so this sets the fields directly, as attrs' own
    ``__init__`` does, and gives the other fields their defaults.

    >>> from kamerstuk.citations import Kamervragen
    >>> fast_constructor(Kamervragen, "number")("2019Z12345") == Kamervragen(number="2019Z12345")
    True
    """
    fields = attrs.fields(cls)
    if hasattr(cls, "__attrs_post_init__") or any(
        isinstance(f.default, attrs.Factory) or f.default is attrs.NOTHING  # type: ignore[arg-type]
        for f in fields
        if f.name not in params
    ):
        return lambda *args: cls(**dict(zip(params, args, strict=True)))
    namespace: dict[str, Any] = {
        "new": object.__new__,
        "cls": cls,
        "bind": object.__setattr__.__get__,
    }
    lines = [f"def build({', '.join(params)}):", "    obj = new(cls)", "    set_ = bind(obj)"]
    for f in fields:
        namespace[f"default_{f.name}"] = f.default
        value = f.name if f.name in params else f"default_{f.name}"
        lines.append(f"    set_({f.name!r}, {value})")
    exec("\n".join([*lines, "    return obj"]), namespace)  # our own source, no input in it
    build: Callable[..., C] = namespace["build"]
    return build
