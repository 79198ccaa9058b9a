"""What stands between a citation and a back-reference after it: another work that find() does
not read (a ruling, a journal, a book), to which "t.a.p.", "ibid." or "stuk nr. 12" then refer.

A careful legal editor reads a short form as referring to the nearest preceding reference of
any kind. find() reads parliamentary papers and gazettes; between one of those and a short form
there may be a reference to something else: a ruling ("HR 12 maart 2019", an ECLI), a journal
("NJ 2019/123", "AB 2020/45"), a commentary or handbook ("Asser/Hartkamp & Sieburgh 6-IV"), a
book with its page ("J. de Vries, Wetgeving, Deventer 2019, p. 12", "De Vries, a.w.") or a
case file ("productie 4", "het procesdossier"). Such a short form is not the citation's.

>>> other_work(". Vgl. HR 12 maart 2019, NJ 2019/123; ")
True
>>> other_work(". Zie ook de toelichting daarop; ")
False
>>> case_file("In het procesdossier, ")
True
"""

from __future__ import annotations

import re

__all__ = ["case_file", "other_work"]

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec"
)
# Abbreviations of Dutch law journals and case-law series, as cited: "NJ 2019/123", "AB 2020,
# 45", "JB 2018/12", "RvdW 2019/1". Each is a name and a year with its number: never a
# parliamentary paper's.
_JOURNALS = (
    r"NJ|NJB|NJF|AB|JB|RvdW|JOR|JAR|BNB|NTFR|V-N|WPNR|NTBR|TBR|JBPr|Gst|TvA|TvO|RSV|USZ|JV"
    r"|FJR|EHRC|ROW|TBP|M&R|NJCM|NTB|JM|JIN|AR|Prg|TRA|MvV|JOL|ELRO|LJN|AA|RM\s?Themis|Ars\s?Aequi"
)
# Courts, before the date of a ruling: "HR 12 maart 2019", "ABRvS 3 juni 2020", "Rb. Den Haag
# 1 mei 2018", "Hof Arnhem-Leeuwarden 2 juli 2019".
_COURTS = (
    r"HR|Hoge\sRaad|ABRvS|ABRS|AbRS|Afd\.|CRvB|CBb|RvS|Rb\.?|Rechtbank|Hof|Gerechtshof|HvJ(?:\s?EU)?"
    r"|EHRM|Vz\.|Pres\.|Ktr\.|Kantonrechter|CBB|CRVB|Ktg\.|Gem\.\sHof|RvB|CvB|CRM"
)
_OTHER_WORK = re.compile(
    r"ECLI:|\bLJN\b"
    rf"|(?<![\w-])(?:{_JOURNALS})\.?\s?(?:19|20)[0-9]{{2}}\s?[/,]\s?(?:nr\.\s?)?[0-9]"
    rf"|(?<![\w-])(?:{_COURTS})\s(?:[^.;\n]{{0,40}}?\s)?[0-9]{{1,2}}\s(?:{_MONTHS})\.?\s(?:19|20)[0-9]{{2}}"
    rf"|(?<![\w-])(?:{_COURTS})\s[0-9]{{1,2}}-[0-9]{{1,2}}-(?:19|20)[0-9]{{2}}"
    # "a.w." / "o.c." name an author's work cited before; so does a handbook series.
    r"|(?<![\w.])(?:a\.\s?w\.|o\.\s?c\.|op\.\s?cit\.|aangehaald\swerk)"
    r"|(?<![\w-])(?:Asser(?:/|\s)|Pitlo|Mon\.\s?(?:BW|Nieuw)|T&C\s|Tekst\s&\sCommentaar"
    r"|Groene\sSerie|GS\s[A-Z])"
    # A pinpoint after a comma that no citation read takes: another work's page ("Deventer
    # 2019, p. 12"; a ruling's "r.o. 3.4").
    r"|,\s?(?:p|pp|blz|bl|pag|r\.\s?o|rov)\.\s?[0-9]"
)
# A case file's numbered documents: "In het procesdossier, stuk nr. 12", "productie 4 (stuk
# nr. 12)". Not "het dossier" alone: in parliamentary prose it is as often the last
# Kamerstuk's ("later in het dossier verscheen stuk nr. 12").
_CASE_FILE = re.compile(
    r"(?i:proces-?dossier|strafdossier|zaakdossier|dossierstuk|procesverbaal|proces-verbaal"
    r"|producties?|processtukken|procesinleiding|pleitnota|verweerschrift|beroepschrift"
    r"|zaaknummer|rolnummer|dagvaarding|conclusie\s+van)(?![a-z])"
)
# The pinpoint of the citation a stretch follows: its own, no other work's.
_OWN_PINPOINT = re.compile(r",\s?(?:p|pp|blz|bl|pag|r\.\s?o|rov)\.\s?[0-9][0-9.\-]*")
# How far before a "stuk nr." a case file's word is looked for: the clause it stands in.
_CLAUSE = re.compile(r"[.!?](?:\s|$)|\n")


def other_work(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when ``text[start:end]`` (the text between a citation and a short form, with no
    citation read in it) refers to a work find() does not read: a ruling, a journal, a book. A
    pinpoint right at ``start`` is the citation's before it ("ECLI:NL:HR:2019:1, r.o. 3")."""
    stop = len(text) if end is None else end
    own = _OWN_PINPOINT.match(text, start, stop)
    return _OTHER_WORK.search(text, own.end() if own else start, stop) is not None


def case_file(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when the clause that ends ``text[start:end]`` (the text before a "stuk nr."
    back-reference) names a case file, whose numbered stukken a "stuk nr." then is (a ruling's)."""
    stop = len(text) if end is None else end
    clause = start
    for boundary in _CLAUSE.finditer(text, start, stop):
        clause = boundary.end()
    return _CASE_FILE.search(text, clause, stop) is not None
