"""The robustness matrix of issue 18 (tests/matrix.py): find() reads damaged citations, and
the lookalikes stay prose; and the matrix's generator itself does what it claims.

The recall tests are xfail(strict) while the readers are below 0.99, with the figure measured
in the reason: a fix that lifts a family over the bar turns its xfail into a failure,
and the marker is then removed. benchmarks/robustness.py prints the same matrix with examples.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata

import pytest
from matrix import NOT_PAIRED, TEMPLATES, UNREAD, Case, Tally, build, measure
from matrix_families import FAMILIES
from matrix_kinds import LOOKALIKES
from perturbations import CLASSES, OPERATORS

from support import ROOT

SEED, BASES, PAIRS = 18, 6, 2
#: The bar of issue 18 for every cell, pooled and per family.
BAR = 0.99

# Recall per family below the bar, measured (seed 18, 6 bases, 2 pairs) with the repair layer
# (kamerstuk.text.repair); before it the whole matrix read 0.46.
# fmt: off
MEASURED: dict[str, float] = {}
# fmt: on


@functools.cache
def cases() -> tuple[Case, ...]:
    return tuple(build(seed=SEED, bases=BASES, pairs=PAIRS))


#: Classes below the bar as a whole, with the recall measured (seed 18, 6 bases, 2 pairs): their
#: cases, alone and in pairs, are tallied apart (scan_tally), held to that floor, and the bar is
#: an xfail(strict) until they reach it. scan: OCR'd scans (tests/damage_scan.py), issue 18
#: round 8; what is left unread is listed in docs/citations.md ("OCR'd letters").
BELOW_BAR = {"scan": 0.88}


def _below_bar(case: Case) -> bool:
    return any(op.split(":")[0] in BELOW_BAR for op in case.operators)


@functools.cache
def tally() -> Tally:
    return measure(c for c in cases() if not _below_bar(c))


@functools.cache
def scan_tally() -> Tally:
    return measure(c for c in cases() if _below_bar(c))


def test_the_classes_below_the_bar_read_at_their_floor() -> None:
    found, expected = scan_tally().recall()
    assert expected > 0
    assert found / expected >= min(BELOW_BAR.values())


@pytest.mark.xfail(strict=True, reason=f"issue 18: scan reads {BELOW_BAR['scan']:.2f}")
def test_the_classes_below_the_bar_read_at_099() -> None:
    found, expected = scan_tally().recall()
    assert found / expected >= BAR


def test_the_classes_below_the_bar_read_no_lookalike() -> None:
    false, texts = scan_tally().false_finds()
    assert texts > 0
    shown = [
        (o.case.text, o.read) for f in scan_tally().failures.values() for o in f if o.lookalike
    ]
    assert false == 0, shown


def _below(figure: float, what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"issue 18: {what} reads {figure:.2f}")


def test_the_matrix_reads_every_cell_at_099() -> None:
    found, expected = tally().recall()
    assert found / expected >= BAR


@pytest.mark.parametrize(
    "family",
    [
        pytest.param(f, marks=_below(MEASURED[f], f)) if MEASURED.get(f, 1.0) < BAR else f
        for f in FAMILIES
    ],
)
def test_each_family_reads_at_099(family: str) -> None:
    found, expected = tally().recall(family=family)
    assert expected > 0
    assert found / expected >= BAR, f"{family}: {found}/{expected}"


def test_lookalikes_stay_unread() -> None:
    false, texts = tally().false_finds()
    assert texts > 0
    shown = [(o.case.text, o.read) for f in tally().failures.values() for o in f if o.lookalike]
    assert false == 0, shown


def test_find_raises_nothing_on_the_matrix() -> None:
    assert [(o.case.text, o.error) for o in tally().errors] == []


# ---------------------------------------------------------------- the generator itself


def test_the_same_seed_gives_the_same_matrix() -> None:
    assert list(build(seed=3, bases=1, pairs=1)) == list(build(seed=3, bases=1, pairs=1))
    assert list(build(seed=3, bases=1, pairs=1)) != list(build(seed=4, bases=1, pairs=1))


def test_every_family_of_the_docs_is_in_the_matrix() -> None:
    page = (ROOT / "docs" / "citations.md").read_text(encoding="utf-8")
    section = page.split("## Families of real text")[1].split("\n## ")[0]
    numbers = {int(n) for n in re.findall(r"^(\d+)\. \*\*", section, re.MULTILINE)}
    assert numbers == set(range(1, 12))
    assert {int(f.split(".")[0]) for f in FAMILIES if f[0].isdigit()} == numbers


def test_every_kind_of_the_notation_table_is_expected_somewhere() -> None:
    page = (ROOT / "docs" / "citations.md").read_text(encoding="utf-8")
    kinds = set(re.findall(r"^\| `[^`]+` \| (\w+) \|", page, re.MULTILINE))
    expected = {key.split()[0] for c in cases() for key, _, _ in c.expected}
    assert kinds <= expected, kinds - expected


def test_every_class_operator_template_and_lookalike_is_used() -> None:
    used = {op for c in cases() for op in c.operators}
    assert used == {f"{cls}:{name}" for cls in CLASSES for name in OPERATORS[cls]}
    pairs = {f"{a}+{b}" for i, a in enumerate(CLASSES) for b in CLASSES[i + 1 :]}
    pairs -= {f"{a}+{b}" for a, b in NOT_PAIRED}
    assert {c.perturbation for c in cases()} == {*CLASSES, "none", *pairs}
    assert {c.family for c in cases()} >= {f"lookalike: {n}" for n in LOOKALIKES}
    assert set(CLASSES) == {
        "case", "spaces", "breaks", "markup", "punctuation", "ocr", "unicode", "html", "lines",
        "scan",
    }  # fmt: skip
    assert len(TEMPLATES) == 4


def test_unread_cells_say_why() -> None:
    for (family, cell), reason in UNREAD.items():
        assert family in FAMILIES
        assert cell.split(":")[0] in CLASSES
        assert len(reason) > 20


def _alone(cls: str) -> list[Case]:
    return [c for c in cases() if c.perturbation == cls and c.expected]


def _fold(text: str) -> str:
    # Whitespace of any kind and width as one space, none inside brackets.
    text = re.sub(r"[\s\u00a0\u2009\u202f]+", " ", text)
    return re.sub(r"\( | \)", lambda m: m.group().strip(), text)


def _cited(case: Case) -> str:
    start = min(s for _, s, _ in case.expected)
    return case.text[start : max(e for _, _, e in case.expected)]


def _cited_in(undamaged: str, case: Case) -> str:
    # The same stretch of the undamaged text: the prose before and after is the same.
    start = min(s for _, s, _ in case.expected)
    after = len(case.text) - max(e for _, _, e in case.expected)
    return undamaged[start : len(undamaged) - after]


def test_case_operators_change_only_case() -> None:
    for case in _alone("case"):
        assert case.text.lower() == case.undamaged.lower(), case


def test_space_operators_change_only_spaces() -> None:
    for case in _alone("spaces"):
        assert _fold(case.text) == _fold(case.undamaged), case


def test_break_operators_change_only_line_breaks() -> None:
    for case in _alone("breaks"):
        unbroken = re.sub(r"(?<=[A-Za-z])-\n(?=[a-z])", "", case.text)
        assert _fold(unbroken) == _fold(case.undamaged), case


def test_markup_operators_only_add_marks() -> None:
    superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹"
    for case in _alone("markup"):
        text = re.sub(r"\d+(?=[A-Za-z])", "", re.sub(rf"[*_\\{superscripts}]", "", case.text))
        assert text == re.sub(r"\d+(?=[A-Za-z])", "", case.undamaged), case


def test_punctuation_operators_keep_every_digit_and_letter_of_the_numbers() -> None:
    for case in _alone("punctuation"):
        assert re.findall(r"\d+", case.text) == re.findall(r"\d+", case.undamaged), case


def test_ocr_operators_make_one_small_edit() -> None:
    for case in _alone("ocr"):
        assert 0 < _distance(_cited(case), _cited_in(case.undamaged, case)) <= 3, case


def _unseen(text: str) -> str:
    # What a reader sees: no invisible characters (a soft hyphen that ends a line joins the
    # word), ligatures as their letters, full-width digits as digits, no quotes.
    text = re.sub("\u00ad\n", "", text)
    text = re.sub(
        "[\u00ad\u200b\u200c\u200d\u2060\ufeff\u201e\u201c\u201d\u2018\u2019«»]", "", text
    )
    return unicodedata.normalize("NFKC", text)


def test_unicode_operators_change_no_character_a_reader_sees() -> None:
    for case in _alone("unicode"):
        assert _unseen(case.text) == unicodedata.normalize("NFKC", case.undamaged), case


def _rendered(text: str) -> str:
    # What a browser shows: footnotes in <sup> left out, <br> a line break, tags cut,
    # references as their characters.
    text = re.sub(r"<sup>[^<]*</sup>", "", text)
    text = re.sub(r"<br\s*/?>\n?", "\n", text)
    return html.unescape(re.sub(r"</?[a-z]+[^<>]*>", "", text))


def test_html_operators_render_as_the_undamaged_text() -> None:
    for case in _alone("html"):
        assert _fold(_rendered(case.text)) == _fold(case.undamaged), case


def test_line_operators_keep_the_citation_whole() -> None:
    # Around it a bullet, a table's cells, brackets and a footnote mark, inside it a line break
    # for a space: every word and number of the undamaged text is there, in order.
    for case in _alone("lines"):
        words = iter(re.findall(r"\w+", case.text))
        assert all(w in words for w in re.findall(r"\w+", case.undamaged)), case


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (small strings only)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]
