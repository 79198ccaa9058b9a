"""The kinds of citation, in groups, and which of them :func:`kamerstuk.find` reads by default.

By default find() reads what it read before the registers beside KOOP's were added: the
parliamentary papers (with the Tweede Kamer's zaak numbers) and the official gazettes. The
identifiers of those registers (Tweede Kamer document numbers, ECLI, BWB, CVDR, CELEX, the EU's
Publicatieblad) are read when asked for: ``find(text, kinds="all")``, or by name
(docs/citations.md says why).

>>> sorted(kinds_of(["ecli", "celex"]))
['celex', 'ecli']
>>> kinds_of("all") - kinds_of(None) == set(REGISTERS)
True
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "DEFAULT_KINDS",
    "GROUPS",
    "KINDS",
    "PARLIAMENT",
    "PUBLICATIONS",
    "REGISTERS",
    "kinds_of",
]

#: The papers of the Staten-Generaal, and the Tweede Kamer's numbers of its zaken (read before
#: as Kamervragen).
PARLIAMENT = (
    "kamerstuk",
    "bijlage",
    "handelingen",
    "aanhangsel",
    "kamervragen",
    "agenda",
    "niet_dossierstuk",
    "zaak",
)
#: The official gazettes (KOOP's bladen).
PUBLICATIONS = (
    "staatsblad",
    "staatscourant",
    "tractatenblad",
    "gemeenteblad",
    "provinciaal_blad",
    "waterschapsblad",
    "blad_gemeenschappelijke_regeling",
)
#: The registers beside KOOP's publications: the Tweede Kamer's documents, case law, national and
#: local legislation, EU law.
REGISTERS = ("document", "ecli", "bwb", "cvdr", "celex", "publicatieblad")
#: Every kind a citation can be.
KINDS = PARLIAMENT + PUBLICATIONS + REGISTERS
#: What find() reads when no kinds are given.
DEFAULT_KINDS = frozenset(PARLIAMENT + PUBLICATIONS)
#: Names that stand for several kinds at once.
GROUPS: dict[str, frozenset[str]] = {
    "all": frozenset(KINDS),
    "default": DEFAULT_KINDS,
    "parliament": frozenset(PARLIAMENT),
    "publications": frozenset(PUBLICATIONS),
    "registers": frozenset(REGISTERS),
}


def kinds_of(selection: str | Iterable[str] | None) -> frozenset[str]:
    """The kinds ``selection`` names: None for :data:`DEFAULT_KINDS`, a kind or a group
    (``"all"``, ``"default"``, ``"parliament"``, ``"publications"``, ``"registers"``), a
    comma-separated string of them, or several. An unknown name is a ValueError naming the kinds.

    >>> sorted(kinds_of("default,ecli")) == sorted(DEFAULT_KINDS | {"ecli"})
    True
    """
    if selection is None:
        return DEFAULT_KINDS
    names = selection.split(",") if isinstance(selection, str) else list(selection)
    chosen: set[str] = set()
    for name in names:
        key = str(name).strip().lower().replace("-", "_")
        if key in GROUPS:
            chosen |= GROUPS[key]
        elif key in KINDS:
            chosen.add(key)
        else:
            raise ValueError(
                f"unknown kind {name!r}: choose from {', '.join(GROUPS)} or {', '.join(KINDS)}"
            )
    return frozenset(chosen)
