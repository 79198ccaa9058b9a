"""OCR's misreadings that leave a citation no comma to be found from, repaired where a rare
word shows the citation (:func:`field_edits`, beside the comma-led repairs of
:mod:`kamerstuk.text.spelling`): each word is looked for by ``str.find`` (at memory speed), so
text without it pays nothing more.

- the comma before an Eerste Kamer letter read as a full stop, semicolon or colon, after a
  dossier's digit or a Roman dossier ("CII. letter P", "27 311: letter V", "CLVII; LETTER N"):
  "letter" and a capital or two after it name the stuk (the proposer of the comma then asks
  for the dossier before it, as for any letter);
- the comma between a date and the gazette it is the year of ("de Wet van 27 juli 2020. Stb.
  598");
- the commas of the Staatsblad's full title before its "jaargang" and between the year and
  "nr." ("Staatsblad van het Koninkrijk der Nederlanden: jaargang 1956. nr. 447");
- the comma between a chamber and "Zitting" ("Kamerstukken II: Zitting 1950-1951-7606"), and
  the chamber "II" split by a space ("Kamerstukken I I, Zitting ...", "Kamerstukken I I, 27
  969 191");
- "rir." for "nr." (n read as ri), "Slb." and "Slcrt." for "Stb." and "Stcrt." (t read as l)
  before a number: no word of Dutch, so read wherever they stand ("(stuk rir. 75)", "2020,
  Slb. 598"); the text so repaired reads as the undamaged text does, lookalikes alike.

Each repair puts a sign or a word in the place of another, as the grammar reads it undamaged;
what the text then says is decided by the proposers and the grammar as for any text.

>>> [(e.start, e.end, e.text) for e in field_edits("Zie (CII. letter P).", 0, 20)]
[(8, 9, ',')]
>>> [(e.start, e.end, e.text) for e in field_edits("de Wet van 27 juli 2020. Stb. 598", 0, 33)]
[(23, 24, ',')]
>>> [(e.start, e.end, e.text) for e in field_edits("Het amendement (stuk rir. 75).", 0, 30)]
[(21, 24, 'nr')]
>>> field_edits("Zie hoofdstuk 3. letter a van de wet.", 0, 37)
[]
"""

from __future__ import annotations

import re

from .edit import SPELLING, Edit

__all__ = ["field_edits"]

# A sign OCR reads for a comma.
_SIGN = r"[.;:]"
# An Eerste Kamer letter after a sign: the sign after a dossier's digit or a Roman dossier's
# numeral (a footnote mark or markdown markers perhaps between), "letter" and one or two
# capitals that end a word.
_EK_LETTER = re.compile(
    rf"(?<=[0-9IVXLC])[*_\u00b9\u00b2\u00b3\u2070-\u2079]{{0,3}}(?P<sign>{_SIGN})"
    r"[^\S\n]?(?:letter|LETTER)[^\S\n]+[A-Z]{1,2}(?![^\W_])"
)
# How far before "letter" its sign may stand (markers, a footnote mark, a space).
_LETTER_BACK = 8
# A date, its year, a sign, then a gazette's short head word and a number.
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
_DATED = re.compile(
    rf"(?<![0-9])[0-3]?[0-9][^\S\n]+(?i:{_MONTHS})[^\S\n]+(?:1[89]|20)[0-9]{{2}}"
    rf"(?P<sign>{_SIGN})[^\S\n]+(?=(?i:stb|stcrt)\.?[^\S\n]*[0-9])"
)
# How far before the gazette's word its date may start.
_DATE_BACK = 32
# The Staatsblad's full title, its jaargang and number, a sign perhaps for either comma.
_JAARGANG = re.compile(
    rf"(?i:nederlanden)(?P<first>{_SIGN})?[^\S\n]+(?i:jaargang)[^\S\n]+(?:1[89]|20)[0-9]{{2}}"
    rf"(?:(?P<second>{_SIGN})(?=[^\S\n]+(?i:nr|nummer|no)\.?[^\S\n]*[0-9]))?"
)
# A chamber after a Kamerstukken's or Handelingen's head word: a sign for the comma before
# "Zitting", or "II" split ("I I") before a comma, a sign or a space and "Zitting", a
# vergaderjaar or a dossier.
_CHAMBER = re.compile(
    r"(?<![^\W_])(?i:kamerstukken|kamerstuk|handelingen)[^\S\n]+"
    rf"(?:(?P<split>I[^\S\n]I)|II)(?P<sign>{_SIGN})?(?=,?[^\S\n]+(?i:zitting)[^\S\n]"
    r"|(?<=I[^\S\n]I),?[^\S\n]+(?:(?:1[89]|20)[0-9]{2}[^\S\n]?[/\-\u2013\u2014]"
    r"|[1-9][0-9](?:[^\S\n]|\.)?[0-9]{3}(?![0-9])))"
)
# How far before "Zitting" or the split chamber a head word may start.
_HEAD_BACK = 20
# "rir." for "nr.", "Slb." and "Slcrt." for "Stb." and "Stcrt.", where no word goes on before
# them; the number after them (a space, markup or a line between perhaps) is the grammar's.
_WORDS = re.compile(r"(?<![^\W_])(?:(?P<nr>rir|Rir|RIR)\.|(?P<blad>[Ss]l(?:b|crt)|SL(?:B|CRT))\.)")
_READ = {"rir": "nr", "Rir": "Nr", "RIR": "NR"}
# A sign OCR read for the comma before "nr." (after a full stop only in lower case: "Nr."
# opens a sentence), with what the comma-led repairs then read around it.
_SIGNED_NR = ("; nr.", ": nr.", ". nr.", "; Nr", ": Nr", "; NR", ": NR", ":\nnr.", ";\nnr.")
_COMMA_BACK, _COMMA_AHEAD = 128, 96
_MISREAD_WORDS = ("rir.", "Rir.", "RIR.", "Slb.", "slb.", "SLB.", "Slcrt.", "slcrt.", "SLCRT.")


def field_edits(original: str, start: int, end: int) -> list[Edit]:
    """The repairs of :mod:`this module <kamerstuk.text.ocr_fields>` that lie in
    ``original[start:end]``, in order."""
    found: list[Edit] = []
    for word in ("letter", "LETTER"):
        for at in _occurrences(original, word, start, end):
            m = _EK_LETTER.search(original, max(0, at - _LETTER_BACK), at + 12)
            if m is not None and m.end("sign") <= at:
                found.append(Edit(m.start("sign"), m.end("sign"), ",", SPELLING))
    for word in ("Stb", "STB", "stb", "Stcrt", "STCRT", "stcrt"):
        for at in _occurrences(original, word, start, end):
            m = _DATED.search(original, max(0, at - _DATE_BACK), at + 12)
            if m is not None and m.end() == at:
                found.append(Edit(m.start("sign"), m.end("sign"), ",", SPELLING))
    for word in ("jaargang", "JAARGANG"):
        for at in _occurrences(original, word, start, end):
            m = _JAARGANG.search(original, max(0, at - 14), at + 24)
            if m is not None:
                found.extend(
                    Edit(m.start(g), m.end(g), ",", SPELLING)
                    for g in ("first", "second")
                    if m.group(g) is not None
                )
    for word in ("Zitting", "ZITTING", "zitting", "I I", "I\u00a0I"):
        for at in _occurrences(original, word, start, end):
            m = _CHAMBER.search(original, max(0, at - _HEAD_BACK), at + 24)
            if m is not None:
                if m.group("split") is not None:
                    found.append(Edit(m.start("split"), m.end("split"), "II", SPELLING))
                if m.group("sign") is not None:
                    found.append(Edit(m.start("sign"), m.end("sign"), ",", SPELLING))
    for word in _MISREAD_WORDS:
        for at in _occurrences(original, word, start, end):
            m = _WORDS.match(original, at)
            if m is None:
                continue
            if m.group("nr") is not None:
                found.append(Edit(m.start("nr"), m.end("nr"), _READ[m.group("nr")], SPELLING))
            else:  # the l of "Slb.", "slcrt.", "SLB." read as the t it is
                t = "T" if m.group("blad").isupper() else "t"
                found.append(Edit(at + 1, at + 2, t, SPELLING))
    for word in _SIGNED_NR:
        for at in _occurrences(original, word, start, end):
            found.extend(_as_comma(original, at))
    found = [e for e in set(found) if start <= e.start and e.end <= end]
    found.sort(key=lambda e: (e.start, e.end))
    return found


def _as_comma(original: str, sign: int) -> list[Edit]:
    """The repairs the comma-led rules of :mod:`kamerstuk.text.spelling` make where the sign at
    ``sign`` (before "nr.") stands for a comma: read in a copy of the text around it with the
    comma in its place ("28438: nr.\\n\\n406", "BGR. 2021: NR. 1756"), the sign left as it is
    (:mod:`kamerstuk.text.ocr_separators` reads it after the grammar)."""
    # (Imported here: spelling asks this module for its repairs.)
    from .spelling import comma_repairs

    low = max(0, sign - _COMMA_BACK)
    probe = original[low:sign] + "," + original[sign + 1 : sign + _COMMA_AHEAD]
    return [
        Edit(e.start + low, e.end + low, e.text, e.kind)
        for e in comma_repairs(probe, sign - low)
        if not e.start <= sign - low < e.end
    ]


def _occurrences(original: str, word: str, start: int, end: int) -> list[int]:
    """Where ``word`` stands in ``original`` from a little before ``start`` to a little after
    ``end`` (a repair's sign or word may lie on either side of the word that shows it)."""
    out: list[int] = []
    at = original.find(word, max(0, start - _DATE_BACK), min(len(original), end + _DATE_BACK))
    while at >= 0:
        out.append(at)
        at = original.find(word, at + 1, min(len(original), end + _DATE_BACK))
    return out
