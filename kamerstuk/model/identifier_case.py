"""The case of a KOOP identifier's parts, for identifiers written in another case.

KOOP writes ``kst-35300-VIII-5``, ``kv-tk-2019Z12345`` and ``stcrt-1994-5-p0-SC1741``; sites
link ``.../kst-cxxiv-g.html`` and people type ``KST-33694-20``. :func:`by_role` gives each part
of an identifier the case its role has in KOOP's own identifiers (docs/koop.md §1.4):

- capitals: a part that starts with a letter (Roman dossiers ``CXXIV``, dossier suffixes
  ``VIII`` and ``R1975``, Eerste Kamer letters ``A`` and ``AK``, Staatscourant items ``SC1741``,
  the ``VV`` of a Verenigde Vergadering, ``AH2134``), and the letter between the digits of a
  Kamervraag's or a niet-dossierstuk's number (``2019Z12345``, ``2009D27141``);
- small: the prefix and the chamber (``kst``, ``h-tk``), a part that starts with a digit
  (ondernummer ``188b``, aanhangsel ``10a``, Tractatenblad ``120k``), version suffixes (``n1``,
  ``h1``, ``v1``, ``b1``, also glued: ``288v1``), Staatscourant pages (``p10``), Tractatenblad
  months (``augustus``) and the other letters of a Kamervraag's or niet-dossierstuk's number
  (``buza030067``).

:func:`from_identifier` applies it to an identifier with no capital after its prefix (a link in
lower case) and to one whose prefix is not in lower case (typed in capitals); one with a small
prefix and a capital after it is taken as written, as KOOP writes its own, so that KOOP's few
odd ones (``kst-29800-VIIi-151-b1``) read back byte for byte.

>>> by_role(["kst", "cxxiv", "g"])
['kst', 'CXXIV', 'G']
>>> by_role(["KST", "35300", "VIII", "5", "N1"])
['kst', '35300', 'VIII', '5', 'n1']
"""

from __future__ import annotations

import re

from .values import MONTHS

__all__ = ["by_role", "needs_case"]

_CHAMBERS = frozenset({"tk", "ek", "vv"})
_SMALL = re.compile(r"[hnvb]\d{1,2}|p\d+|\d+v\d")  # versions, pages, glued versions
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[a-z](?=\d)")
_NUMBERED = frozenset({"kv", "nds"})  # prefixes whose numbers hold a letter between digits
_SMALL_WORD = re.compile(r"-[a-z]+(?=-|$)")  # a part of small letters only


def needs_case(s: str, prefix: str) -> bool:
    """True when ``s`` is read by role (:func:`by_role`): its prefix is not in small letters,
    or nothing after it is a capital and something after it is a letter.

    >>> needs_case("kst-35300-VIII-5", "kst"), needs_case("kst-cxxiv-g", "kst")
    (False, True)
    >>> needs_case("stb-2019-123", "stb"), needs_case("KST-33694-20", "KST")
    (False, True)
    >>> needs_case("kst-3-z-V", "kst"), needs_case("kst-29800-VIIi-151-b1", "kst")
    (True, False)
    """
    if not prefix.islower():
        return True
    rest = s[len(prefix) :]
    # None of KOOP's Kamerstuk identifiers holds a part of small letters only beside capitals
    # (none of the 5.5 million): in "kst-3-z-V" the "z" is a suffix typed small, read by role.
    if prefix == "kst" and _SMALL_WORD.search(rest):
        return True
    # str.islower() is False for a rest without letters: "2019-123" is read as written (fast).
    return rest.islower()


def by_role(parts: list[str]) -> list[str]:
    """The parts of an identifier (split on its dashes) in the case of their roles."""
    prefix = parts[0].lower()
    out = [prefix]
    for i, part in enumerate(parts[1:], 1):
        small = part.lower()
        out.append(small if _stays_small(prefix, i, small) else _capitals(prefix, small))
    return out


def _stays_small(prefix: str, i: int, part: str) -> bool:
    if i == 1 and part in _CHAMBERS and prefix != "kst":
        return True
    if not part[:1].isalpha():
        return prefix not in _NUMBERED or not _BETWEEN_DIGITS.search(part)
    month = prefix == "trb" and part in MONTHS
    return bool(_SMALL.fullmatch(part)) or month or prefix in _NUMBERED


def _capitals(prefix: str, part: str) -> str:
    if prefix in _NUMBERED:
        return _BETWEEN_DIGITS.sub(lambda m: m.group().upper(), part)
    return part.upper()
