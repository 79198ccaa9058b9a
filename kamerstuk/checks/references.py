"""KS402: a back-reference ("t.a.p.", "ibid.", "stuk nr. 12") that refers to nothing.

find() turns a back-reference into the citation it stands for and leaves it out when there is
none; the check says so instead, following them with find()'s own
:class:`~kamerstuk.text.backrefs.Trail`.

>>> import kamerstuk
>>> [(p.code, p.start, p.end) for p in kamerstuk.validate("Zie t.a.p., p. 7.")]
[('KS402', 4, 16)]
>>> kamerstuk.validate("Stb. 2019, 123; t.a.p., p. 7.")
[]
"""

from __future__ import annotations

from ..grammar.short import ShortForm
from ..model.citations import Kamerstuk
from ..model.found import Match
from ..text.backrefs import Trail
from ..text.extract import Read
from .problems import Problem

__all__ = ["unreferenced"]


def unreferenced(trail: Trail, text: str, read: Read, shift: int = 0) -> list[Problem]:
    """KS402 for each back-reference of ``read`` that refers to nothing; the full citations
    it took are remembered in ``trail`` for the back-references after them. ``text`` is the
    trail's (``trail.text``), ``shift`` where it stands in the whole (``trail.base``): a
    back-reference to a work find() does not read (a ruling, a journal, a case file) refers
    to something, and is passed by as find() passes it by."""
    out = []
    for found in read.found:
        start, end = found.start + shift, found.end + shift
        match = Match(found.citation, start, end, text[found.start : found.end])
        if not read.taken and not isinstance(found.citation, ShortForm):
            continue  # an extra start that read a whole citation find() did not take
        if trail.follow(match) is None and not trail.elsewhere(match):
            out.append(Problem.of("KS402", _message(match, trail), found.start, found.end))
    return out


def _message(match: Match, trail: Trail) -> str:
    short = match.citation
    assert isinstance(short, ShortForm)
    if short.refers == "citation":
        return f"{match.text!r} refers to the citation before it, and there is none"
    last = trail.last.citation if trail.last is not None else None
    if last is not None and not isinstance(last, Kamerstuk):
        what = f"the citation before it is a {last.kind}, not a Kamerstuk"
    else:
        what = "no Kamerstuk is cited before it"
    return (
        f"{match.text!r} names a stuk of a dossier, and {what}"
        " (validate(text, context=...) or `kamerstuk check --context` names the Kamerstuk"
        " being read)"
    )
