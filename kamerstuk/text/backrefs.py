"""Back-references: what "t.a.p.", "ibid." and "stuk nr. 12" refer to in running text.

The grammar reads a short form as a :class:`~kamerstuk.grammar.transform.ShortForm`; find()
keeps the last full citation and the last Kamerstuk it yielded in a :class:`Trail`, which turns
each short form into the full citation it stands for.

>>> import kamerstuk
>>> text = "Zie Kamerstukken II 2019/20, 35 300, nr. 3, p. 5. Ook t.a.p., p. 7."
>>> [(m.text, m.citation.page, m.short_form) for m in kamerstuk.find(text)]
[('Kamerstukken II 2019/20, 35 300, nr. 3, p. 5', '5', False), ('t.a.p., p. 7', '7', True)]
"""

from __future__ import annotations

import attrs

from ..grammar.parsing import parse
from ..grammar.short import ShortForm
from ..model.citations import Citation, Kamerstuk
from ..model.errors import InvalidValue
from ..model.found import Match
from ..model.identifier_parser import from_identifier
from .intervening import case_file, other_work

__all__ = ["Trail", "context_citation"]


def context_citation(context: Citation | str | None) -> Kamerstuk | None:
    """The Kamerstuk being read, from a citation, its text or its identifier; None otherwise.

    >>> context_citation("kst-36200-VII-3").dossier
    Dossier(number='36200', suffixes=('VII',))
    """
    if context is None:
        return None
    if isinstance(context, str):
        text = context.strip()
        context = from_identifier(text) if text[:4] == "kst-" else parse(text)
    if not isinstance(context, Kamerstuk):
        raise TypeError(f"context must name a Kamerstuk, not a {context.kind}")
    return context


@attrs.define
class Trail:
    """What a short form can refer to: the last full citation, the last Kamerstuk, the context.

    With the ``text`` read, a short form after a work find() does not read (a ruling, a journal,
    a book: :mod:`kamerstuk.text.intervening`) refers to that work, not to the citation before
    it: it is left out. "stuk nr. 12" after a case file's word ("procesdossier") is the case
    file's.

    >>> import kamerstuk
    >>> text = "Kamerstukken II 2019/20, 35 300, nr. 3. Vgl. HR 1 mei 2019, NJ 2019/12; ibid."
    >>> [m.text for m in kamerstuk.find(text)]
    ['Kamerstukken II 2019/20, 35 300, nr. 3']
    """

    context: Kamerstuk | None = None
    last: Match | None = None
    last_kamerstuk: Match | None = None
    text: str = ""
    #: Where ``text`` starts in the whole (a stream's buffer: :mod:`kamerstuk.text.chunks`).
    base: int = 0
    # Where the last match read ends, and the stretches of text between the matches since the
    # last citation and since the last Kamerstuk: looked at only when a short form comes (a
    # search of all text between matches would cost find() some 10 %).
    seen: int = attrs.field(default=0, init=False)
    since_last: list[tuple[int, int]] = attrs.field(factory=list, init=False)
    since_kamerstuk: list[tuple[int, int]] = attrs.field(factory=list, init=False)

    def follow(self, match: Match) -> Match | None:
        """``match`` as it is, or, for a short form, the full citation it stands for (None when
        it refers to nothing); remembers full citations for the short forms after them."""
        if self.text and match.start > self.seen:
            gap = (self.seen, match.start)
            # (Before any citation too: what a short form with none before it refers to.)
            self.since_last.append(gap)
            if self.last_kamerstuk is not None:
                self.since_kamerstuk.append(gap)
        self.seen = max(self.seen, match.end)
        short = match.citation
        if not isinstance(short, ShortForm):
            self.last = match
            self.since_last.clear()
            if isinstance(short, Kamerstuk):
                self.last_kamerstuk = match
                self.since_kamerstuk.clear()
            return match
        if short.refers == "citation":
            return None if self._other_work(self.since_last) else self._same(match, short)
        return self._stuk(match, short)

    def _other_work(self, gaps: list[tuple[int, int]]) -> bool:
        """True when a work find() does not read stands in one of ``gaps``."""
        # (A stream keeps part of the text: a gap is looked at where its buffer still holds it.)
        base = self.base
        return any(
            other_work(self.text, max(0, start - base), end - base)
            for start, end in gaps
            if end > base
        )

    def _same(self, match: Match, short: ShortForm) -> Match | None:
        antecedent = self.last
        if antecedent is None:
            return None
        base = antecedent.citation
        page = short.page if short.page is not None else base.page
        try:
            citation = attrs.evolve(base, page=page)
        except InvalidValue:
            return None  # a pinpoint the antecedent's kind cannot take: it refers to nothing
        if getattr(base, "legacy", False) and citation.identifier != base.identifier:
            # An old Handelingen is known by its pages ("h-tk-19961997-1012-1042"): a page of
            # its own would name another document, so the reference is to the one before.
            citation = base
        return attrs.evolve(match, citation=citation, short_form=True, antecedent=antecedent)

    def _stuk(self, match: Match, short: ShortForm) -> Match | None:
        # "van dit wetsvoorstel": the document being read first; otherwise the last cited.
        antecedent = self.last_kamerstuk
        if not short.this_document and self._covered(match):
            return None  # a ruling's or a book's, or a case file's stuk
        dossier_of: Kamerstuk | None = None
        if short.this_document and self.context is not None:
            antecedent, dossier_of = None, self.context
        elif antecedent is not None:
            assert isinstance(antecedent.citation, Kamerstuk)
            dossier_of = antecedent.citation
        elif self.context is not None:
            dossier_of = self.context
        if dossier_of is None:
            return None
        try:
            citation = Kamerstuk(
                dossier=dossier_of.dossier, ondernummer=short.ondernummer, page=short.page
            )
        except InvalidValue:
            # A value the models reject (the grammar's ShortForm checks them, so this is the
            # guard of last resort): the short form refers to nothing, as find() promises.
            return None
        return attrs.evolve(match, citation=citation, short_form=True, antecedent=antecedent)

    def elsewhere(self, match: Match) -> bool:
        """True when the short form ``match`` refers to a work find() does not read: another
        work stands between it and the citation it would refer to (before it, where there is
        none), or a case file's word before a "stuk nr.". find() leaves such a short form out,
        as one that refers to nothing; it is no broken reference, though (validate's KS402).

        >>> from kamerstuk.text.extract import unfollowed
        >>> text = "Vgl. HR 1 mei 2019, NJ 2019/12; ibid., p. 4."
        >>> trail = Trail(text=text)
        >>> [(trail.follow(m), trail.elsewhere(m)) for m in unfollowed(text, refer_back=True)]
        [(None, True)]
        """
        short = match.citation
        if not self.text or not isinstance(short, ShortForm) or short.this_document:
            return False
        citation = short.refers == "citation"
        # (A stuk with no Kamerstuk before it: the works since the last citation of any kind.)
        if (citation or self.last_kamerstuk is None) and self._other_work(self.since_last):
            return True
        return not citation and self._covered(match)

    def _covered(self, match: Match) -> bool:
        """True when a "stuk nr." back-reference is not the last Kamerstuk's: another work
        stands between them, or the clause before it names a case file."""
        if self._other_work(self.since_kamerstuk):
            return True
        start = self.last_kamerstuk.end if self.last_kamerstuk is not None else 0
        base = self.base
        return bool(self.text) and case_file(self.text, max(0, start - base), match.start - base)
