"""What :func:`kamerstuk.zaak` gives: a :class:`Zaak` with its :class:`Besluit` values and their
:class:`Vote` values, frozen, built from the Gegevensmagazijn's records as they say it.

>>> b = Besluit(id="x", soort="Stemmen - aangenomen", tekst="Aangenomen.",
...             stemmingssoort="Met handopsteken",
...             votes=(Vote("Voor", "GroenLinks-PvdA", 25), Vote("Tegen", "PVV", 37),
...                    Vote("Voor", "VVD", 24), Vote("Niet deelgenomen", "FVD", 3)))
>>> b.result, b.voor, b.tegen
('aangenomen, 49-37', 49, 37)
>>> Vote("Voor", "CDA", 1, member="Vedder, E.C.").to_dict()["member"]
'Vedder, E.C.'
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from ..model.citations import Citation, Kamerstuk
from ..model.errors import KamerstukError
from ..model.identifier_parser import from_identifier
from .display import besluit_html, zaak_html
from .records import Record, day, live

__all__ = [
    "BESLUIT_KEYS",
    "VOTE_KEYS",
    "ZAAK_KEYS",
    "Actor",
    "Besluit",
    "Vote",
    "Zaak",
    "ZaakDocument",
]

#: The keys of :meth:`Vote.to_dict`, :meth:`Besluit.to_dict` and :meth:`Zaak.to_dict`.
VOTE_KEYS = ("vote", "party", "seats", "member", "mistake")
BESLUIT_KEYS = ("besluit", "stemmingssoort", "tekst", "result", "voor", "tegen", "date")
ZAAK_KEYS = (
    "zaak", "soort", "titel", "onderwerp", "status", "kabinetsappreciatie", "vergaderjaar",
    "started", "indieners", "medeindieners", "voortouwcommissie", "documents", "besluiten",
    "result",
)  # fmt: skip

#: A count the besluit's text states itself: "Verworpen. (46-101)", "Verworpen (60-89).".
_STATED = re.compile(r"\((\d+)\s*-\s*(\d+)\)")
_VOTING = "Stemmen - "


def _text(record: Record, key: str) -> str | None:
    value = record.get(key)
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _int(record: Record, key: str) -> int | None:
    value = record.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@attrs.frozen
class Vote:
    """One vote: ``soort`` as the record says it ("Voor", "Tegen", "Niet deelgenomen"), the
    ``party`` and its ``seats``; in a roll-call (hoofdelijke stemming) one ``member``'s vote,
    which counts one seat. ``mistake`` is the record's Vergissing: the vote was cast by mistake
    (it still counts, as in the Kamer's own tally)."""

    soort: str
    party: str | None
    seats: int
    member: str | None = None
    mistake: bool = False

    @classmethod
    def from_record(cls, record: Record) -> Vote:
        """The vote of a Stemming record. A party's vote has no person (``Persoon_Id`` and
        ``SidActorLid`` null) and counts its ``FractieGrootte``; a member's counts one."""
        member = record.get("Persoon_Id") is not None or record.get("SidActorLid") is not None
        party = _text(record, "ActorFractie") or (None if member else _text(record, "ActorNaam"))
        return cls(
            soort=_text(record, "Soort") or "",
            party=party,
            seats=1 if member else _int(record, "FractieGrootte") or 0,
            member=_text(record, "ActorNaam") if member else None,
            mistake=record.get("Vergissing") is True,
        )

    def to_dict(self) -> dict[str, Any]:
        """The keys of :data:`VOTE_KEYS`: ``vote`` (the soort), party, seats, member, mistake."""
        return dict(zip(VOTE_KEYS, attrs.astuple(self), strict=True))


@attrs.frozen(kw_only=True)
class Besluit:
    """A decision on a zaak: its ``soort`` ("Stemmen - aangenomen"), ``tekst`` ("Aangenomen."),
    ``stemmingssoort`` ("Met handopsteken", "Hoofdelijk"), the ``agendapunt`` and ``date`` of
    the meeting (where the service gives them) and the ``votes``, in the records' order."""

    id: str
    soort: str | None = None
    tekst: str | None = None
    stemmingssoort: str | None = None
    status: str | None = None
    agendapunt: str | None = None
    date: dt.date | None = None
    volgorde: int | None = None
    votes: tuple[Vote, ...] = ()

    @classmethod
    def from_record(cls, record: Record, votes: tuple[Vote, ...] = ()) -> Besluit:
        """The besluit of a Besluit record (with its Agendapunt and Activiteit expanded)."""
        agendapunt = record.get("Agendapunt")
        agendapunt = agendapunt if isinstance(agendapunt, dict) else {}
        activiteit = agendapunt.get("Activiteit")
        return cls(
            id=str(record.get("Id")),
            soort=_text(record, "BesluitSoort"),
            tekst=_text(record, "BesluitTekst"),
            stemmingssoort=_text(record, "StemmingsSoort"),
            status=_text(record, "Status"),
            agendapunt=_text(agendapunt, "Onderwerp"),
            date=day(activiteit.get("Datum")) if isinstance(activiteit, dict) else None,
            volgorde=_int(record, "AgendapuntZaakBesluitVolgorde"),
            votes=votes,
        )

    @property
    def hoofdelijk(self) -> bool:
        """True for a roll-call: one vote per member."""
        return (self.stemmingssoort or "").casefold() == "hoofdelijk"

    @property
    def outcome(self) -> str | None:
        """The outcome in words, from the soort: "aangenomen", "verworpen", "aangehouden" …
        (None for a besluit that is no vote, such as "Behandelen")."""
        if self.soort and self.soort.startswith(_VOTING):
            return self.soort[len(_VOTING) :].strip() or None
        return None

    def _seats(self, soort: str) -> int:
        return sum(v.seats for v in self.votes if v.soort.casefold() == soort)

    @property
    def voor(self) -> int:
        """Seats (members, in a roll-call) that voted for, counted from the votes."""
        return self._seats("voor")

    @property
    def tegen(self) -> int:
        """Seats (members, in a roll-call) that voted against, counted from the votes."""
        return self._seats("tegen")

    @property
    def stated(self) -> tuple[int, int] | None:
        """The count the tekst states itself, for and against ("Verworpen. (46-101)"), if any."""
        match = _STATED.search(self.tekst or "")
        return (int(match.group(1)), int(match.group(2))) if match else None

    @property
    def result(self) -> str | None:
        """The outcome and the count: "aangenomen, 88-62". The count is the one the tekst
        states where it states one (the Kamer's tally of a roll-call), else the votes' own;
        without votes or a stated count, the outcome (or the tekst) alone."""
        words = self.outcome or self.tekst
        counts = self.stated or ((self.voor, self.tegen) if self.votes else None)
        if counts is None:
            return words
        return f"{words or 'stemming'}, {counts[0]}-{counts[1]}"

    def to_dict(self) -> dict[str, Any]:
        """The keys of :data:`BESLUIT_KEYS` (``besluit`` is the soort)."""
        values = (self.soort, self.stemmingssoort, self.tekst, self.result)
        counts = self.stated or (self.voor, self.tegen)
        date = self.date.isoformat() if self.date else None
        return dict(zip(BESLUIT_KEYS, (*values, *counts, date), strict=True))

    def _repr_html_(self) -> str:
        """The besluit with its vote as a small bar per party (Jupyter)."""
        return besluit_html(self)


@attrs.frozen
class Actor:
    """A member (or committee) named on a zaak, with the party the record gives.

    >>> str(Actor("P.A. Grinwis", "ChristenUnie"))
    'P.A. Grinwis (ChristenUnie)'
    """

    name: str
    party: str | None = None

    def __str__(self) -> str:
        return f"{self.name} ({self.party})" if self.party else self.name


@attrs.frozen(kw_only=True)
class ZaakDocument:
    """A document of a zaak: its ``number`` (``2025D43230``), soort, titel and date, and where it
    is a Kamerstuk its ``dossier``, ``ondernummer`` (None while the Tweede Kamer's Volgnummer
    is -1, before it is numbered) and KOOP ``identifier`` (``kst-32847-1380``)."""

    number: str
    soort: str | None = None
    titel: str | None = None
    date: dt.date | None = None
    dossier: str | None = None
    ondernummer: str | None = None
    identifier: str | None = None

    @classmethod
    def from_record(cls, record: Record) -> ZaakDocument:
        """The document of a Document record (its dossier and current version expanded)."""
        volgnummer = _int(record, "Volgnummer")
        dossiers = live(record.get("Kamerstukdossier") or ())
        version = record.get("HuidigeDocumentVersie")
        return cls(
            number=_text(record, "DocumentNummer") or "",
            soort=_text(record, "Soort"),
            titel=_text(record, "Titel"),
            date=day(record.get("Datum")),
            dossier=_dossier(dossiers[0]) if len(dossiers) == 1 else None,
            ondernummer=str(volgnummer) if volgnummer and volgnummer > 0 else None,
            identifier=_text(version, "ExterneIdentifier") if isinstance(version, dict) else None,
        )

    @property
    def citation(self) -> Citation | None:
        """The citation of this document: from its KOOP identifier, else from its dossier and
        ondernummer (None for a document that is neither)."""
        try:
            if self.identifier:
                return from_identifier(self.identifier)
            if self.dossier and self.ondernummer:
                return Kamerstuk(dossier=self.dossier, ondernummer=self.ondernummer)
        except KamerstukError:  # an identifier or dossier the parser does not know
            return None
        return None


def _dossier(record: Record) -> str | None:
    nummer, toevoeging = _int(record, "Nummer"), _text(record, "Toevoeging")
    if nummer is None:
        return None
    return f"{nummer}-{toevoeging.strip('()')}" if toevoeging else str(nummer)


@attrs.frozen(kw_only=True)
class Zaak:
    """A zaak of the Tweede Kamer (a motion, an amendment, a bill …) as its records say it.

    ``number`` is the zaak number (``2025Z18603``); ``indieners`` and ``medeindieners`` the
    members who submitted it (:class:`Actor`: name and party); ``voortouwcommissie`` the
    committee in charge; ``documents`` its documents; ``besluiten`` its decisions, in the order
    they were taken (the meeting's date, then the order on the agendapunt).
    """

    number: str
    id: str
    soort: str | None = None
    titel: str | None = None
    onderwerp: str | None = None
    status: str | None = None
    kabinetsappreciatie: str | None = None
    vergaderjaar: str | None = None
    started: dt.date | None = None
    indieners: tuple[Actor, ...] = ()
    medeindieners: tuple[Actor, ...] = ()
    voortouwcommissie: str | None = None
    documents: tuple[ZaakDocument, ...] = ()
    besluiten: tuple[Besluit, ...] = ()

    @classmethod
    def from_record(cls, record: Record, votes: dict[str, tuple[Vote, ...]]) -> Zaak:
        """The zaak of a Zaak record with its ZaakActor, Document and Besluit expanded, and the
        ``votes`` of each besluit by its Id."""
        actors = live(record.get("ZaakActor") or ())

        def named(relatie: str) -> tuple[Actor, ...]:
            return tuple(
                Actor(_text(a, "ActorNaam") or "", _text(a, "ActorFractie"))
                for a in actors
                if (_text(a, "Relatie") or "").casefold() == relatie
            )

        committee = named("voortouwcommissie")
        besluiten = [
            Besluit.from_record(b, votes.get(str(b.get("Id")), ()))
            for b in live(record.get("Besluit") or ())
        ]
        return cls(
            number=_text(record, "Nummer") or "",
            id=str(record.get("Id")),
            soort=_text(record, "Soort"),
            titel=_text(record, "Titel"),
            onderwerp=_text(record, "Onderwerp"),
            status=_text(record, "Status"),
            kabinetsappreciatie=_text(record, "Kabinetsappreciatie"),
            vergaderjaar=_text(record, "Vergaderjaar"),
            started=day(record.get("GestartOp")),
            indieners=named("indiener"),
            medeindieners=named("medeindiener"),
            voortouwcommissie=committee[0].name if committee else None,
            documents=tuple(
                ZaakDocument.from_record(d) for d in live(record.get("Document") or ())
            ),
            besluiten=tuple(sorted(besluiten, key=_taken)),
        )

    @property
    def last(self) -> Besluit | None:
        """The last besluit that was a vote (else the last besluit), or None."""
        voted = [b for b in self.besluiten if b.votes or b.stated]
        chosen = voted or list(self.besluiten)
        return chosen[-1] if chosen else None

    def to_dict(self) -> dict[str, Any]:
        """A flat, JSON-ready dict with exactly :data:`ZAAK_KEYS`: names joined with ``"; "``,
        ``documents`` their numbers, ``besluiten`` how many, ``result`` the last vote's."""

        def joined(items: tuple[object, ...]) -> str | None:
            return "; ".join(str(i) for i in items) or None

        last = self.last
        started = self.started.isoformat() if self.started else None
        values = (
            self.number, self.soort, self.titel, self.onderwerp, self.status,
            self.kabinetsappreciatie, self.vergaderjaar, started, joined(self.indieners),
            joined(self.medeindieners), self.voortouwcommissie,
            joined(tuple(d.number for d in self.documents)), len(self.besluiten),
            last.result if last else None,
        )  # fmt: skip
        return dict(zip(ZAAK_KEYS, values, strict=True))

    def _repr_html_(self) -> str:
        """The zaak, its indieners, committee and appraisal, and each besluit (Jupyter)."""
        return zaak_html(self)


def _taken(besluit: Besluit) -> tuple[bool, dt.date, int]:
    # Undated besluiten keep their place after the dated ones (sorted() is stable).
    return (besluit.date is None, besluit.date or dt.date.min, besluit.volgorde or 0)
