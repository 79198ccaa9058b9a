"""Proposers for citations that open with a head word: "Kamerstuk", "Handelingen", "Stb." ...

Each pattern opens with a case-sensitive literal, which ``re`` skips ahead to quickly, so the
first letter of a word is often left out and checked in Python ("Kk" + "amerst"); words that
share a literal share a pattern (every pattern is a pass over the whole text). ``re`` skips
fastest to a single rare character: a pattern opens with one, and what belongs before it is
checked by a lookbehind ("m(?<=am)er"), what follows by a lookahead ("S(?=t)t"); a literal of
several characters ("amer", "St") is skipped to at half that speed or less (measured). A head
word must have a digit soon after it: "de Kamerstukken van dit jaar" is prose.

>>> pattern, trace = heads()[0]
>>> [trace(m, "Zie Kamerstuk 33694") for m in pattern.finditer("Zie Kamerstuk 33694")]
[4]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .anchors import before_keyword
from .layout import SUPERSCRIPT_CLASS
from .lazy_patterns import LazyPattern, compiled
from .leads import SP, Starts, Tracer

__all__ = ["HEAD_SOURCES", "heads"]

# "TK 2010-2011, 32500": a chamber heads a citation only before a vergaderjaar and a dossier.
# After the year: a dossier, also after a dash ("zitting 1969-1970 - 10 423") or Roman
# ("vergaderjaar 2012-2013, CXXIV, G"), or the Aanhangsel it heads ("vergaderjaar 2015-2016,
# aanhangsel Handelingen, nr. 702"; "Aanhangsel 2" alone is a page footer).
_YEAR_NEXT = (
    rf"(?={SP}*(?:,{SP}*)?(?:(?i:vergaderjaar|zitting){SP}*)?(?:[0-9]{{2}}){{1,2}}{SP}*[/\-\u2013\u2014\u2212]{SP}*[0-9]{{2,4}}"
    rf"(?!\d){SP}*(?:[,\-\u2013\u2014\u2212]{SP}*)?(?:[1-9]|C[LXVI]|XC|LXXX"
    rf"|[Aa]anhangsel{SP}+(?:(?:van|bij){SP}+de{SP}+|der{SP}+)?[Hh]andelingen|[Hh]andelingen{SP}*,"
    rf"|[Kk]amerstuk))"
)
# "EK 34300 VII, E", "TK 32500, nr. 3", "TK 35300-VII-5", "EK CXXIV, G": or before a dossier and
# its stuk.
_STUK_NEXT = (
    rf"(?={SP}+(?:[1-9][0-9](?:{SP}{{1,3}}|\.)?[0-9]{{3}}(?:(?!\d)[^\n;]{{0,10}}?"
    rf"(?:,{SP}*(?:(?:letter|stuk){SP}+)?[A-Z]{{1,2}}(?![\w])|(?i:nrs?|nummers?|nos?)\b)"
    rf"|-(?:(?:[IVX]+[AB]?|[A-M]|[0-9]{{2}})-)?[1-9][0-9]{{0,3}}[a-z]?(?![\w-]))"
    rf"|(?:C[LXVI]+|XC[IVX]*|LXXX[IVX]*)(?:,{SP}*|-|{SP}+)[A-Z]{{1,2}}(?![\w])))"
)
# "EK 35 447 E", "EK 35 300 VII C", "Eerste Kamer, 35 447-E": the Eerste Kamer before a dossier
# and its letter without a comma; "EK 35.447", "EK 35 300 IV." a dossier alone, where the clause
# ends after it (grammar.lark's CHAMBER_HEAD).
_LETTER_NEXT = (
    rf"(?={SP}+[1-9][0-9](?:{SP}{{1,3}}|\.)?[0-9]{{3}}(?:(?:{SP}+|-)[IVX]+[AB]?)?"
    rf"(?:(?:{SP}+|-)[A-Z]{{1,2}}(?![\w-]|\.{SP}?[A-Z])|(?<!\.000){SP}*(?:[.,;:)]|$|\n|en{SP})))"
)
# "HTK 1990/91, p. 1234", "HEK 1995-1996, p. 567": the Handelingen of a chamber, as older legal
# writing abbreviates them, before a vergaderjaar (grammar.lark's HAND_WORD).
_HTK_NEXT = rf"{SP}*(?:,{SP}*)?(?:1[89]|20)[0-9]{{2}}{SP}*[/\-\u2013\u2014\u2212]"
# "Kst II", "Hand TK", "Hand Tweede Kamer": an abbreviation without its dot heads a citation
# only before a chamber (also as OCR reads "II": "Hand Il 2019-2020").
_CHAMBER_NEXT = rf"(?={SP}+(?:II|I|TK|EK|Il|lI|ll|(?i:tweede|eerste){SP}+(?i:kamer))(?![\w]))"
# "Kst 35 300", "Kamerst 35.331": without its dot an abbreviation heads a citation before a
# dossier too.
_DOSSIER_NEXT = rf"(?={SP}+[1-9][0-9](?:{SP}{{1,3}}|\.)?[0-9]{{3}}(?![0-9]))"
# Every citation has a digit soon after its head word ("Aanhangsel van de Handelingen,
# vergaderjaar 2023" is the longest run seen), or after "Kamerstuk(ken)", "EK" or a Bijlage's
# "bij" an Eerste Kamer Roman dossier ("Kamerstukken CXXIV, A", "EK CXXIV, G", "Bijlage bij
# Kamerstukken LXXX"); a head word without either is not worth a parse.
_DIGIT_SOON = (
    r"(?=[^0-9]{0,60}[0-9]"
    r"|(?:(?<=tuk)|(?<=ken)|(?<=EK)|(?<=bij)|(?<=BIJ))[^\n0-9]{0,40}?\b(?:C[LXVI]+|XC[IVX]*|LXXX[IVX]*)\b)"
)
_MONTH = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|(?:jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?"
)
# The act's date or year before its gazette number, which gives the year: "Wet van 12 mei 1994,
# Stb. 331", "Wet van 12 mei 1994 (Stb. 331)", "bij de wet van 1987, Stb. 330"; a footnote
# mark may be glued to the head word (grammar.lark's FOOTMARK: "1994, 81Stb. 331"). The comma
# may be a sign OCR read for it ("12 mei 1994. Stb. 331": text/ocr_separators.py reads it).
_DATE_BEFORE = LazyPattern(
    rf"(?:[0-9]{{1,2}}{SP}+(?i:{_MONTH}){SP}+(?:1[89]|20)[0-9][0-9]"
    rf"|[0-9]{{1,2}}[-/][0-9]{{1,2}}[-/](?:19|20)[0-9][0-9]"
    rf"|(?<![\w])(?i:van){SP}+(?:1[89]|20)[0-9][0-9]){SP}*(?:[,(.;:]{SP}*)?"
    rf"(?:[0-9]{{1,2}}|[{SUPERSCRIPT_CLASS}]{{1,3}})?$"
)
# Where _DATE_BEFORE's match can begin: a digit, or the "v" of "van" in either case.
_DATE_FIRST = LazyPattern(r"[0-9vV]")
# How far before its head word the act's date may start ("28 september 2011, 95").
_DATE_REACH = 28
# Where a gazette's word starts, seen from the "b" of "Gmb" or "blad" that was found (in any
# case: "gemeenteblad", "GEMEENTEBLAD").
_GAZETTE_BEFORE = LazyPattern(
    r"(?i:Tr|Gm|Pr|Ws|St|Tractaten|Gemeente|Provincie|Waterschaps|Staats|Provinciaal[ \u00a0\n]?"
    r"|Prov\.[ \u00a0\n]?)$"
)


def _start(text: str, start: int) -> int | None:
    """``start``, unless a letter of the same word comes before it. A head may follow a glued
    footnote number ("4Kamerstuk"), and a capital head a word glued to it by PDF extraction
    ("ookAanhangsel")."""
    if start < 0:
        return None
    if start and text[start - 1].isalpha():
        return start if text[start - 1].islower() and text[start].isupper() else None
    return start


def _lead(letters: str, skipped: int = 0) -> Tracer:
    """The head starts one before the match (``skipped`` more letters before that), with one
    of ``letters`` ("" : at the match)."""

    def trace(match: re.Match[str], text: str) -> Starts:
        start = match.start() - (1 + skipped if letters else 0)
        if letters and (start < 0 or text[start] not in letters):
            return None
        return _start(text, start)

    return trace


_CAPITAL_LEAD = _lead("KHA")


def _capitals(match: re.Match[str], text: str) -> Starts:
    """A head word in capitals, found by its A: "KAMERSTUK", "HANDELINGEN", "AANHANGSEL",
    "TWEEDE KAMER" before a vergaderjaar, and "BIJLAGE BIJ", which starts four letters before
    its A; "Appendix to the Proceedings" at its A."""
    if match.group("chamber") is not None:
        return _start(text, match.start() - len("TWEEDE K"))
    if match.group("appendix") is not None:
        return _start(text, match.start())
    if match.group("ah") is not None:  # "AH II 2019/20", "Ah. TK 2022/23": the Aanhangsel
        return _start(text, match.start())
    if match.group("annex") is None:
        return _CAPITAL_LEAD(match, text)
    return _start(text, match.start() - len("BIJL"))


def _kamer(match: re.Match[str], text: str) -> Starts:
    """ "Kamerstuk", "kamerbrief", "Kamervragen", and "Tweede Kamer" / "Eerste Kamer" before a
    vergaderjaar (found by their "amer" too); "nummer" before a number; "Parliamentary Papers"
    (English for Kamerstukken) by its "iam"."""
    if match.group("nummer") is not None:
        at = match.start() - len("nu")
        glued = at < 0 or text[at] not in "nN" or (at and text[at - 1].isalpha())
        return None if glued else before_keyword(text, at)  # "telefoonnummer" is none
    if match.group("english") is not None:
        return _start(text, match.start() - len("Parlia"))
    if match.group("chamber") is None:
        head = _kamerwoord(match, text)
        if isinstance(head, int) and text.endswith(", ", 0, head):
            # "vergaderjaar 2019-2020, Kamerstuk 35 300, nr. 3": from the year.
            year = _YEAR_BEFORE.search(text, max(0, head - 24), head)
            return head if year is None else (year.start(), head)
        return head
    # The lookbehind made sure of "weede Ka" or "erste Ka" (perhaps two spaces between): the
    # word starts at its T or E.
    at = match.start() - len("Tweede Ka")
    return _start(text, at if text[at + len("Twee")] in "dt" else at - 1)


def _k(match: re.Match[str], text: str) -> Starts:
    """ "Kst.", "HTK" and "HEK", and "TK" / "EK" before a vergaderjaar or a dossier and its
    stuk; KOOP's field "Kenmerk" where it opens a line or a table cell ("Ons kenmerk" of a
    letter is passed by)."""
    if match.group("kenmerk") is not None:
        at = match.start()
        before = text[max(0, at - 2) : at]
        return at if not at or before[-1:] in ("\n", "|") or before in ("| ", "|\t") else None
    if match.group("htk") is not None:  # "HTK 1990/91": from its H
        return _start(text, match.start() - 2)
    return _start(text, match.start() - (0 if match.group("kst") else 1))


def _gazette(match: re.Match[str], text: str) -> Starts:
    """A gazette's head word, and the act's date or year before it where there is one, which
    gives the year: "Wet van 12 mei 1994, Stb. 331", "de wet van 1987, Stb. 330"."""
    at = match.start()
    if match.lastgroup == "bill":
        return _start(text, at - len("WET"))
    if match.lastgroup == "joint":  # "blad gemeenschappelijke regeling": it starts at its b
        return _start(text, at)
    if match.group()[0] == "b" or match.lastgroup in ("province", "capitals"):
        # "Gmb", "Gemeenteblad", "Provinciaal Blad": the word starts before the "b" or "Blad".
        word = _GAZETTE_BEFORE.search(text, max(0, at - 16), at)
        if word is None or (text[word.start()].islower() and text.startswith("-", match.end())):
            # (A lower-case "gmb-2019-..." is an identifier, proposed by its own pass, which
            # passes by one glued into a link's path: "/stb-2019-123/".)
            return None
        at = word.start()
    head = _start(text, at)
    # The date's first digit (or the "v" of "van"): re would try every place before it.
    first = None if head is None else _DATE_FIRST.search(text, max(0, at - _DATE_REACH), at)
    day = None if first is None else _DATE_BEFORE.search(text, first.start(), at)
    if day is None or head is None:
        return head
    return day.start(), head


_wets = _lead("Ww", skipped=2)


def _s(match: re.Match[str], text: str) -> Starts:
    """ "wetsvoorstel", "wetsontwerp" (a bill's dossier), found by their "s"; the Staatscourant's
    head in lower case ("stcrt.", "staatscourant") by its first letter."""
    if match.group("voorstel") is not None:
        return _start(text, match.start() - 4)
    if text.startswith("sier", match.start() + 1):  # "dossier": from its "d" (or Kamerdossier's k)
        at = match.start() - 2
        return _start(text, at - 5 if text[max(0, at - 5) : at].lower() == "kamer" else at)
    return _wets(match, text) if match.group("wets") is not None else _gazette(match, text)


_kamerwoord = _lead("Kk", skipped=1)
_handelingen = _lead("Hh")
_aanhangsel = _lead("Aa")


def _an(match: re.Match[str], text: str) -> Starts:
    """ "Handelingen", "Hand.", "Aanhangsel ... Handelingen", "Aanh.", found by their "an"; also
    from the year before them ("vergaderjaar 2015-2016, aanhangsel Handelingen")."""
    head = _handelingen(match, text) if match.group()[2] == "d" else _aanhangsel(match, text)
    if not isinstance(head, int):
        return head
    if head > 1 and text[head - 1] in _AH_LAST:
        # "Ah. Hand. II": the Aanhangsel abbreviated, from its "Ah" (grammar.lark's AANH_WORD).
        ah = _AH_BEFORE.search(text, max(0, head - 6), head)
        head = head if ah is None else ah.start()
    elif head and text[head - 1] == "(":
        # "Schriftelijke vragen (Aanhangsel) 2015/16, nr. 2512": from the questions' word
        # (grammar.lark's KV_AANH; "Kamervragen" is proposed by its own pass).
        # (From the bracket too: "Kamervragen (Aanhangsel Handelingen II 2019/20, nr. 2345)".)
        asked = _ASKED_BEFORE.search(text, max(0, head - 24), head)
        if asked is not None:
            return asked.start(), head
    year = _YEAR_BEFORE.search(text, max(0, head - 24), head)
    first = head if year is None else year.start()
    # The chamber before them: "Eerste Kamer, Handelingen 2019/20, nr. 31" (CHAMBER_HEAD).
    chamber = _CHAMBER_BEFORE.search(text, max(0, first - 40), first) if first > 3 else None
    if chamber is not None:
        return chamber.start(), first, head
    return head if year is None else (year.start(), head)


# "Ah. " and "AH" before "Hand.": the Aanhangsel (the characters one may end in first, checked
# before the search).
_AH_BEFORE = LazyPattern(rf"(?<![\w])A[hH]\.?{SP}*$")
_ASKED_BEFORE = LazyPattern(rf"(?<![\w])(?i:schriftelijke{SP}+vragen|kamervragen){SP}*\($")
_AH_LAST = frozenset(". \t\n\u00a0hH")


# "vergaderjaar 2015-2016, " before an Aanhangsel or Handelingen (a chamber before it is proposed
# on its own).
_CHAMBER_BEFORE = LazyPattern(
    rf"(?<![\w])(?:TK|EK|(?i:(?:tweede|eerste){SP}+kamer(?:{SP}+der{SP}+staten-generaal)?)){SP}*,{SP}*$"
)
_YEAR_BEFORE = LazyPattern(
    rf"(?<![\w])(?i:vergaderjaar|zitting){SP}+[0-9]{{4}}{SP}*[/\-\u2013\u2014\u2212]{SP}*[0-9]{{2,4}},?{SP}*$"
)


# "Tweede Kamer" and "Eerste Kamer" before a vergaderjaar, or after a comma before a dossier and
# its stuk ("Tweede Kamer, 31 865, nr. 123"): their "amer" is found with the others.
_CHAMBER = (
    rf"(?P<chamber>(?:(?<=weede{SP}[Kk]amer)|(?<=erste{SP}[Kk]amer)"
    rf"|(?<=weede{SP}{SP}[Kk]amer)|(?<=erste{SP}{SP}[Kk]amer))"
    rf"(?:{SP}+der{SP}+Staten-Generaal)?(?:{_YEAR_NEXT}|,{_STUK_NEXT}"
    rf"|(?<=erste{SP}[Kk]amer),{_LETTER_NEXT}|(?<=Generaal),{_LETTER_NEXT}))"
)
_HEADS: list[tuple[str, Callable[[re.Match[str], str], Starts]]] = [
    # Found by their rarer "m", the "a" before it checked by a lookbehind; "nummer" before a
    # stuk's number too ("stuk nummer 14 (36 410)"), in the same pass.
    (
        rf"m(?<=[au]m)(?:(?<=a.)er(?:st[ue]k|st\.|st{_DOSSIER_NEXT}|brie[fv]|vra(?:ag|gen)|{_CHAMBER})"
        rf"|(?<=um)m(?P<nummer>ers?\.?(?={SP}*[0-9]))"
        rf"|(?<=Parliam)(?P<english>entary{SP}+(?:[Pp]apers|[Dd]ocuments|[Pp]roceedings)))",
        _kamer,
    ),
    # (And KOOP's metadata field "Kenmerk" in the same pass: grammar.lark's KENMERK.)
    (
        rf"K(?:(?P<kst>(?:st|ST)(?:\.|{_CHAMBER_NEXT}|{_DOSSIER_NEXT}))|(?P<htk>(?<=H[TE]K)(?={_HTK_NEXT}))"
        rf"|(?<=[TE]K)(?:{_YEAR_NEXT}|{_STUK_NEXT})|(?<=EK){_LETTER_NEXT}"
        r"|(?P<kenmerk>enmerk(?=[^\S\n]*(?:[:|][^\S\n]*)?[1-9])))",
        _k,
    ),
    # (And the Staatscourant's head in lower case, which no comma after its year brings to the
    # repair's notice, in the same pass: "stcrt. 2019 nr. 12345", "staatscourant 2019 nr. 5";
    # not in an identifier or a link's path: "stcrt-2019-12345".)
    (
        r"s(?:(?<=ets)(?P<wets>voorstel|ontwerp)"
        # ("het voorstel 35 300 VIII": a bill by its dossier after the word alone, from its v)
        # (its "tel" first: a look behind at every "s" of a text cost 0.8 ms per 0.37 MB)
        r"|(?P<voorstel>tel)(?<=[Hh]et voorstel|[Dd]it voorstel|[Dd]at voorstel)"
        rf"(?={SP}+[1-9][0-9])"
        r"|t(?:crt|ct|aatscour(?:ant)?|\. ?cr?t)(?![a-z\-])"
        # ("dossier" before a dossier's number, from its first s: "Dossier 36 200 XIII",
        # "Dossier- en ondernummer 35 896 nr. G", "Kamerdossier 35 510"; grammar.lark's KST_FIELD)
        # (no named group: sre's mark for it at every "s" cost 12% of the pass)
        rf"|(?:sier(?<=[Dd]ossier)(?:nummers?|nrs?\.?|-{SP}+en{SP}+ondernummers?)?(?:{SP}*:)?"
        rf"{_DOSSIER_NEXT}))",
        _s,
    ),
    # "Handelingen" and "Hand.", "Aanhangsel(s) (van de, bij de, der) Handelingen" and "Aanh.
    # Hand." (mixed too: "Aanh. Handelingen", "Aanhangsel Hand."): one pass for their "an".
    (
        rf"an(?:d(?:elingen|\.(?<=Hand\.)|(?<=Hand){_CHAMBER_NEXT})|h(?:angsels?(?:{SP}+(?:van|bij|der)"
        rf"(?:{SP}+de)?)?{SP}+[Hh]and(?:elingen|\.)|angsel\)(?<=\([Aa]anhangsel\))"
        # (the word alone before its number, after a vergaderjaar: "2020-2021, Aanhangsel, nr. 5")
        rf"|angsel(?={SP}*(?:,{SP}*)?(?i:nrs?|nummers?)(?![a-z])\.?{SP}*[0-9]|{SP}+(?:II|I|TK|EK){_HTK_NEXT})"
        # (or before a chamber and a vergaderjaar: "Aanhangsel TK 2019/20, 1234")
        rf"(?<=[Aa]anhangsel)|\.(?<=[Aa]anh\.|AANH\.)"
        rf"|(?<=[Aa]anh)(?={SP}+[Hh]and(?:elingen)?(?![a-z]))))",
        _an,
    ),
    # Words in capitals, one pattern for all ("BIJLAGE BIJ" by its A too).
    (
        # (Grouped by the letter after the A: most As fail at that letter.)
        rf"A(?:M(?:ERST|ER(?:(?<=TWEEDE{SP}KAMER)|(?<=EERSTE{SP}KAMER))(?P<chamber>){_YEAR_NEXT})"
        rf"|N(?:DELINGEN|D(?<=HAND)(?:\.|{_CHAMBER_NEXT})|H(?<=AANH)\.?{SP}+(?:HAND(?:ELINGEN)?|Hand(?:elingen)?)(?![A-Za-z])"
        rf"|HANGSELS?{SP}+(?:(?:VAN|BIJ|DER){SP}+(?:DE{SP}+)?)?(?:HAND|Hand)(?:ELINGEN|elingen|\.))"
        rf"|(?P<ah>[Hh]\.?(?={SP}+(?:II|I|TK|EK){_HTK_NEXT}))"
        rf"|(?<=BIJLA)(?P<annex>GE{SP}+(?:[0-9]+{SP}+)?(?:BEHORENDE{SP}+)?BIJ)"
        rf"|(?P<appendix>ppendix{SP}+to{SP}+the{SP}+(?:[Pp]arliamentary{SP}+)?[Pp]roceedings))",
        _capitals,
    ),
    # "Proceedings II" (English for the Handelingen), only before a chamber; "Parl. Papers".
    (
        rf"P(?=roceedings{SP}+(?:II|I|TK|EK)(?![\w])"
        rf"|arl\.{SP}*(?:[Pp]apers|[Dd]ocuments|[Pp]roceedings))",
        _lead(""),
    ),
    # "Bijlage (2) bij" an annex, "Bijl. Hand." / "Bijlagen Handelingen" old Kamerstukken.
    (
        rf"j(?<=ij)l(?:age{SP}+(?:[0-9]+{SP}+)?(?:behorende{SP}+)?bij"
        rf"|(?:agen|\.)?{SP}*(?:bij de{SP}+)?Hand)",
        _lead("Bb", skipped=1),
    ),
    # The gazettes: "Stb.", "Stcrt.", "Staatsblad", "Staatscourant" (and "Stbl.", "Stct.",
    # "Staatsbl.", "Staatscour.", "St.crt.", "St. ct."); the others by their "b" ("Gemeentebl."
    # too).
    # A bill's word in capitals by its S too, in the same pass: "WETSVOORSTEL 34.202".
    (
        r"S(?:(?=t)t(?:bl?|crt|ct|cr\.|aatsbl(?:ad)?|aatscour(?:ant)?|\. ?[Cc]r?t)(?![a-z])"
        r"|(?<=WETS)(?P<bill>VOORSTEL(?:LEN)?|ONTWERP(?:EN)?)(?![A-Z])"
        # (And the Staatscourant and Staatsblad in capitals: "STCRT. 2019 nr. 12345".)
        r"|T(?:CRT\.?|CT\.|B\.|AATSCOURANT|\. ?CR?T)(?![A-Za-z]))",
        _gazette,
    ),
    # (In lower case too, which no comma after the number brings to the repair's notice:
    # "gemeenteblad 2019 nr. 123456", "stb. 2019 nr. 123", "blad gemeenschappelijke regeling
    # 2019 nr. 45", abbreviated "blad gemeensch. regeling", "blad gem. reg."; "Stb" is the S
    # pass's.)
    (
        # (Most b's fail at the "l" of "lad"; the letters before a "b" are checked by one class,
        # the word by _gazette: "Gmb", "prb", "stb", not "Tsb".)
        r"b(?:lad(?:(?<=[Tt]ractatenblad)|(?<=[Gg]emeenteblad)"
        r"|(?<=[Pp]rovincieblad)|(?<=[Ww]aterschapsblad)|(?<=[Pp]rovinciaal blad)|(?<=staatsblad)"
        r"|(?<=Prov. blad)|(?<=Prov.blad)|(?<=[Pp]rovinciaalblad)|(?<=[Pp]rovinciaal\nblad)"
        r"|(?<=Prov.\nblad)"
        r"|(?<=Provinciaal\u00a0blad)"
        r"|(?P<joint>(?<!\wblad)(?=[ \n]gem(?:eenschappelijke|eensch\.|eenschap\.|\.))))"
        r"|(?<=[TtGgPpWws][rmst]b)"
        r"|l\.(?<=ntebl\.|tenbl\.|apsbl\.|v\. bl\.|ov\.bl\.)|l\.(?<=[Tt]rbl\.))(?![a-z])",
        _gazette,
    ),
    # (And the bladen in capitals, as they head their own pages: "TRACTATENBLAD VAN HET
    # KONINKRIJK DER NEDERLANDEN Jaargang 2020 Nr. 12", "GEMEENTEBLAD 2019 nr. 123456".)
    (
        r"B(?:gr(?![a-z])|lad[ \n]gem(?:eenschappelijke|eensch\.|eenschap\.|\.)"
        r"|lad(?:(?<=Provinciaal Blad)|(?<=Prov. Blad)"
        r"|(?<=Provinciaal\nBlad)|(?<=ProvinciaalBlad)"
        r"|(?<=Prov.Blad)|(?<=Provinciaal\u00a0Blad))(?P<province>)(?![a-z])"
        r"|LAD(?:(?<=TRACTATENBLAD)|(?<=STAATSBLAD)|(?<=GEMEENTEBLAD)|(?<=PROVINCIEBLAD)"
        r"|(?<=WATERSCHAPSBLAD)|(?<=PROVINCIAAL BLAD))(?P<capitals>)(?![A-Za-z]))",
        _gazette,
    ),
]


#: The head-word proposers uncompiled: (pattern, tracer). :mod:`kamerstuk.text.candidates`
#: compiles each on first use, and only for a text with the literal it opens with.
HEAD_SOURCES: list[tuple[str, Tracer]] = [
    (pattern + _DIGIT_SOON, trace) for pattern, trace in _HEADS
]


@functools.cache
def heads() -> list[tuple[re.Pattern[str], Tracer]]:
    """The head-word proposers: (pattern, tracer), each pattern a pass over the text, all
    compiled (compiling them costs more than the rest of ``import kamerstuk``)."""
    return [(compiled(pattern), trace) for pattern, trace in HEAD_SOURCES]
