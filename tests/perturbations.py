"""The perturbations of the robustness matrix (issue 18): how real text damages a citation.

The pieces and the registry are in damage_core, the operators in damage_layout (case, spaces,
line breaks), damage_text (markup, punctuation, OCR) and damage_unicode (characters, HTML,
lines); this module gathers them, in the
order the matrix's table shows the classes. Every operator keeps the meaning for a careful
human reader: the documents a legal editor reads in the damaged text are the ones the undamaged
text cites ("33 69O" still cites dossier 33690).

>>> import random
>>> pieces = [Piece("Stb.", HEAD), Piece(" ", SEP), Piece("2003", YEAR), Piece(", ", SEP),
...           Piece("75", NUM)]
>>> render(OPERATORS["markup"]["emphasis_head"](pieces, random.Random(1)))[0]
'*Stb.* 2003, 75'
>>> OPERATORS["punctuation"]["no_dot_nr"](pieces, random.Random(1)) is None
True
>>> CLASSES
('case', 'spaces', 'breaks', 'markup', 'punctuation', 'ocr', 'unicode', 'html', 'lines', 'scan')
"""

from __future__ import annotations

import damage_layout  # noqa: F401 - registers case, spaces and breaks
import damage_scan  # noqa: F401 - registers scan (OCR'd scans: numbers, separators, letters)
import damage_text  # noqa: F401 - registers markup, punctuation and OCR
import damage_unicode  # noqa: F401 - registers unicode, html and lines
from damage_core import (
    CHAMBER,
    DOSSIER,
    HEAD,
    LETTER,
    LINK,
    LPAR,
    NRKW,
    NUM,
    OPERATORS,
    PAGE,
    PAGEKW,
    PROSE,
    RANGE,
    RPAR,
    SEP,
    SHORT,
    SUFFIX,
    VJ,
    WORD,
    YEAR,
    Piece,
    apply_random,
    render,
)

#: The perturbation classes, in the order the table shows them.
CLASSES = tuple(OPERATORS)

__all__ = [
    "CHAMBER", "CLASSES", "DOSSIER", "HEAD", "LETTER", "LINK", "LPAR", "NRKW", "NUM",
    "OPERATORS", "PAGE", "PAGEKW", "PROSE", "RANGE", "RPAR", "SEP", "SHORT", "SUFFIX", "VJ",
    "WORD", "YEAR", "Piece", "apply_random", "render",
]  # fmt: skip
