"""The robustness matrix of issue 18: every family x every perturbation class, alone and in
pairs, scored by what find() reads. Shared by tests/test_robustness.py and
benchmarks/robustness.py.

A :class:`Case` is a made-up base citation (matrix_families, matrix_text, matrix_kinds) in a
prose template, damaged by one operator (perturbations) or by two of different classes.
Recall of a cell is expected documents found / expected, where found means that find() yields
a match whose citation has the expected :func:`~matrix_families.doc_key` at a span that
overlaps the citation. Lookalikes get the same damage; any match in one is a false find.

>>> cases = list(build(seed=1, bases=1, pairs=1, families=["bladen: Staatsblad"]))
>>> cases[0].perturbation, len(cases[0].expected)
('none', 1)
>>> {c.perturbation for c in cases} >= {"none", "case", "ocr", "case+ocr"}
True
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import matrix_kinds  # noqa: F401 - registers its families
import matrix_lookalikes  # noqa: F401 - registers the lookalikes of issue 18's genres
import matrix_registers
import matrix_text  # noqa: F401 - registers its families
from matrix_families import FAMILIES, Base, doc_key
from matrix_kinds import LOOKALIKES
from perturbations import CLASSES, LPAR, OPERATORS, PROSE, RPAR, Piece, apply_random, render

import kamerstuk

#: Cells left unread on purpose: (family, class or class:operator) and why. Their cases are
#: built and shown, but not counted in the recall the tests hold to.
UNREAD: dict[tuple[str, str], str] = {**matrix_registers.UNREAD}
# A Kamerstuk's head word misread by OCR where nothing after the dossier shows a citation
# ("Kamcrstuk 32287.", "wetsvoorstcl 34.202."): the repairs start from a comma, dash or bracket,
# no proposer starts at a damaged head word, and a lone number is no citation without it. Any
# pass of its own costs too much: re's pass over the text for a character it does not hold
# ("Q") is already 1.05% of find() on the speed text without citations, one over every capital
# K with its look ahead to a dossier 2.5% (and reads "Kamerstuk" only), over every "w" 4.6%
# (2026-12-07, one process, CPU time). Where the dossier has its chapter after a dash
# ("wetsvoorstcl 33336-VIII") it is read; an OCR letter in the dossier after an intact head word
# ("Kamerstuk 36.I24") is read after the grammar got stuck there (kamerstuk.text.ocr_dossier).
_NO_TRIGGER = (
    "no place to look from: a pass of re for a character not in the text costs 1.05% of find() "
    "on text without citations, one over every capital K with its look ahead to a dossier 2.5% "
    "(and reads capitalised head words only), over every w 4.6%"
)
UNREAD.update(
    {
        ("kamerstukken: head word and bare dossier", op): _NO_TRIGGER
        for op in (
            "ocr:ocr_head_letter",
            "ocr:dropped_letter",
            "ocr:space_in_head",
            "scan:misread_letter",
        )
    }
)
# An agenda line's bill number with an OCR letter in it ("Wijziging van de Wet X - 33 l44"):
# nothing but the dash before it shows it, and a look after every hyphen that follows a space,
# as an alternative of the compact reference's dash pass (kamerstuk.text.compact), measured
# +1.1% of find()'s instructions on dense text and +1.2% on text without citations (the en and
# em dashes' str.find loop +0.4% and +0.8% more; cachegrind, 75,000 characters each). The
# operator also damages the table cells of the family, which are read (kamerstuk.text.layout).
UNREAD[("3. agenda and table lists", "ocr:ocr_digit")] = (
    "an agenda line's OCR'd number has only its dash to look from: a look at every hyphen "
    "after a space costs 1.1% of find() on dense text, 1.2% on text without citations"
)

# Full-width digits ("Stb. ２００３, ７５") are read where a full-width 1 or 2 stands near
# (kamerstuk.text.layout): ten finds, one a digit, cost 0.85% of find() on text without
# citations in characters beyond Latin-1 (2026-12-07, one process), two 0.17%, and every year
# from 1900 to 2099 has a 1 or a 2. A citation whose text has none ("(stuk nr. ７５)") is left
# unread; the operator's cells are counted apart.
UNREAD.update(
    {
        (name, "unicode:fullwidth_digits"): (
            "full-width digits are looked for where a full-width 1 or 2 stands: ten finds "
            "cost 0.85% of find() on text without citations, two 0.17%"
        )
        for name in FAMILIES
    }
)

Template = Callable[[Sequence[Piece]], list[Piece]]


def _prose(text: str) -> Piece:
    return Piece(text, PROSE, None)


#: The prose a citation of a family without its own sits in: a sentence, parentheses, a
#: footnote (its number before it), a list item.
TEMPLATES: dict[str, Template] = {
    "sentence": lambda c: [_prose("Zie ook "), *c, _prose(" voor de toelichting.")],
    "parentheses": lambda c: [
        _prose("Dat staat in de memorie van toelichting "),
        Piece("(", LPAR, None),
        *c,
        Piece(")", RPAR, None),
        _prose("."),
    ],
    "footnote": lambda c: [_prose("zoals de regering schreef.\n\n12 "), *c, _prose(".\n")],
    "list item": lambda c: [_prose("De stukken:\n- "), *c, _prose(";\n- de brief.\n")],
}


@dataclass(frozen=True)
class Case:
    """One text of the matrix: its family, its perturbation (``none``, a class, or two classes
    joined by ``+``), the operators applied, and the documents expected ``(key, start, end)``."""

    family: str
    perturbation: str
    operators: tuple[str, ...]
    text: str
    expected: tuple[tuple[str, int, int], ...]
    context: str | None = None
    base: str = ""
    undamaged: str = ""
    #: The kinds find() reads the case with (None: the default kinds).
    kinds: str | None = None


def _case(
    base: Base, pieces: Sequence[Piece], perturbation: str, ops: tuple[str, ...], undamaged: str
) -> Case:
    text, spans = render(pieces)
    expected = tuple((key, *spans[mark]) for key, mark in base.expected)
    alone = render(base.pieces)[0]
    return Case(
        base.family, perturbation, ops, text, expected, base.context, alone, undamaged, base.kinds
    )


#: Classes added after the matrix's cases were fixed: their cases draw from a generator of
#: their own, seeded by the text and the damage, so the cases of the others stay as they were.
OWN_DRAWS = frozenset({"scan"})
#: Classes that damage the same letters: OCR's misreadings of a scan and of other text, both on
#: one head word, are two slips in a word a reader reads with one ("Rolnmmcr").
NOT_PAIRED = frozenset({("ocr", "scan")})


def damaged(base: Base, pieces: list[Piece], rng: random.Random, pairs: int) -> Iterator[Case]:
    """Every operator alone on ``pieces``, then ``pairs`` compositions per pair of classes."""
    undamaged = render(pieces)[0]
    yield _case(base, pieces, "none", (), undamaged)
    for cls in CLASSES:
        for name, op in OPERATORS[cls].items():
            draws = random.Random(f"{undamaged}:{name}") if cls in OWN_DRAWS else rng
            out = op(list(pieces), draws)
            if out is not None:
                yield _case(base, out, cls, (f"{cls}:{name}",), undamaged)
    for first, second in itertools.combinations(CLASSES, 2):
        if (first, second) in NOT_PAIRED:
            continue
        own = first in OWN_DRAWS or second in OWN_DRAWS
        draws = random.Random(f"{undamaged}:{first}+{second}") if own else rng
        for _ in range(pairs):
            one = apply_random(first, list(pieces), draws)
            two = one and apply_random(second, one[1], draws)
            if one and two:
                yield _case(base, two[1], f"{first}+{second}", (one[0], two[0]), undamaged)


def build(
    seed: int = 18,
    bases: int = 6,
    pairs: int = 2,
    families: Iterable[str] | None = None,
    lookalikes: bool = True,
) -> Iterator[Case]:
    """The matrix: ``bases`` made-up citations per family, each under every operator and
    ``pairs`` compositions per pair of classes; then the lookalikes alike. Deterministic: one
    seed gives the same cases (each family has its own generator, so adding one changes none
    of the others)."""
    chosen = list(FAMILIES) if families is None else list(families)
    makers = [(name, FAMILIES[name]) for name in chosen]
    if lookalikes and families is None:
        makers += [(f"lookalike: {name}", make) for name, make in LOOKALIKES.items()]
    for name, make in makers:
        rng = random.Random(f"{seed}:{name}")
        for _ in range(bases):
            made = make(rng)
            template = rng.choice(sorted(TEMPLATES))
            pieces = list(made.pieces) if made.own_prose else TEMPLATES[template](made.pieces)
            yield from damaged(made, pieces, rng, pairs)


def unread_reason(case: Case) -> str | None:
    """Why the case's cell is left unread on purpose, or None."""
    for op in case.operators or ("none:",):
        cls = op.split(":")[0]
        reason = UNREAD.get((case.family, op)) or UNREAD.get((case.family, cls))
        if reason:
            return reason
    return None


@dataclass
class Outcome:
    """What find() made of a case: documents expected and found, what it read, its error."""

    case: Case
    found: int
    expected: int
    read: list[tuple[str, str]] = field(default_factory=list)
    error: str | None = None
    #: Documents read that the case does not cite (a dossier for its stuk, a misread number).
    wrong: int = 0

    @property
    def lookalike(self) -> bool:
        return self.case.family.startswith("lookalike: ")


def score(case: Case) -> Outcome:
    """find() on the case: how many expected documents it reads at an overlapping span."""
    try:
        matches = list(kamerstuk.find(case.text, context=case.context, kinds=case.kinds))
    except Exception as err:  # a contract break: counted and shown
        return Outcome(case, 0, len(case.expected), [], f"{type(err).__name__}: {err}")
    keys = [(doc_key(m.citation), m.start, m.end) for m in matches]
    found = sum(
        any(k == key and s < end and start < e for k, s, e in keys)
        for key, start, end in case.expected
    )
    read = [(m.text, k) for m, (k, _, _) in zip(matches, keys, strict=True)]
    cited = {key for key, _, _ in case.expected}
    wrong = sum(k not in cited for k, _, _ in keys)
    return Outcome(case, found, len(case.expected), read, wrong=wrong)


def column(perturbation: str) -> str:
    """The table column of a perturbation: its class, or ``pairs`` for two classes."""
    return "pairs" if "+" in perturbation else perturbation


@dataclass
class Tally:
    """Recall per cell (family x column), false finds per lookalike, and the errors."""

    cells: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    pairs: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    false: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    unread: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    failures: dict[tuple[str, str], list[Outcome]] = field(default_factory=dict)
    errors: list[Outcome] = field(default_factory=list)
    #: Per family: cases where find() read a document the case does not cite, and cases.
    wrong: dict[str, list[int]] = field(default_factory=dict)

    def add(self, outcome: Outcome) -> None:
        case = outcome.case
        if outcome.error:
            self.errors.append(outcome)
        cell = (case.family, column(case.perturbation))
        if outcome.lookalike:
            counts = self.false.setdefault(cell, [0, 0])
            counts[0] += bool(outcome.read)
            counts[1] += 1
            if outcome.read:
                self.failures.setdefault(cell, []).append(outcome)
            return
        wrong = self.wrong.setdefault(case.family, [0, 0])
        wrong[0] += bool(outcome.wrong)
        wrong[1] += 1
        table = self.unread if unread_reason(case) else self.cells
        for key in [cell, (case.family, case.perturbation)] if "+" in case.perturbation else [cell]:
            counts = (self.pairs if key != cell else table).setdefault(key, [0, 0])
            counts[0] += outcome.found
            counts[1] += outcome.expected
        if outcome.found < outcome.expected:
            self.failures.setdefault(cell, []).append(outcome)

    def recall(self, family: str | None = None, col: str | None = None) -> tuple[int, int]:
        """Documents found and expected over the counted cells (all, a row or a column)."""
        found = expected = 0
        for (fam, c), (f, e) in self.cells.items():
            if (family is None or fam == family) and (col is None or c == col):
                found, expected = found + f, expected + e
        return found, expected

    def false_finds(self) -> tuple[int, int]:
        """Lookalike texts with a match, and lookalike texts."""
        return sum(v[0] for v in self.false.values()), sum(v[1] for v in self.false.values())


def measure(cases: Iterable[Case]) -> Tally:
    """Every case scored and tallied."""
    tally = Tally()
    for case in cases:
        tally.add(score(case))
    return tally
