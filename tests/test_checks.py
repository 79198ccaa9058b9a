"""validate(): every problem code, its span and fix; no false alarms on real text; fixes keep
what is cited; never raises."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kamerstuk
from kamerstuk import (
    Aanhangsel,
    Citation,
    Handelingen,
    Kamerstuk,
    Kamervragen,
    Staatsblad,
    find,
    parse,
)
from kamerstuk.checks.fixes import apply_fixes, fix_text, same_documents
from kamerstuk.checks.openings import head_pattern, head_starts
from kamerstuk.checks.problems import CODES, Lines, Problem, matches
from kamerstuk.checks.scan import scan
from kamerstuk.checks.style import document_key
from kamerstuk.checks.validate import validate
from kamerstuk.model.kinds import DEFAULT_KINDS
from kamerstuk.model.limits import limits
from kamerstuk.text.repair import Repaired

from support import ROOT, between_citations, fresh_python, load_module, read_jsonl, shared_path

#: The day "in the future" is judged against, fixed so the tests do not age.
TODAY = dt.date(2026, 11, 28)


pytestmark = pytest.mark.usefixtures("strict_checks")


def _problems(text: str, style: str | None = None) -> list[tuple[str, str]]:
    return [(p.code, text[p.start : p.end]) for p in validate(text, style=style, today=TODAY)]


# One case a line: text, and (code, the text of its span) of every problem, without a style.
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # KS101: cut short, a part it needs missing
        ("Zie Kamerstuk 33694, nr.", [("KS101", "Kamerstuk 33694, nr.")]),
        ("(Kamerstuk 33694, nr.).", [("KS101", "Kamerstuk 33694, nr.")]),
        ("Kamerstukken II 2019/20, 35 300 VIII,", [("KS101", "Kamerstukken II 2019/20, 35 300 VIII,")]),
        ("Zie Stb. 2019.", [("KS101", "Stb. 2019")]),
        ("Zie Trb. 2009, en verder", [("KS101", "Trb. 2009,")]),
        ("Kamerstuk nr. 406 is", [("KS101", "Kamerstuk nr. 406")]),
        ("Kamerstuk , nr. 406 is", [("KS101", "Kamerstuk , nr. 406")]),
        ("Kamerstuk -02, nr. 2733", [("KS101", "Kamerstuk -02")]),
        ("(Aanhangsel Handelingen, vergaderjaar).", [("KS101", "Aanhangsel Handelingen, vergaderjaar")]),
        ("Aanhangsel Handelingen, vergaderjaar 2022–, nr. 5", [("KS101", "Aanhangsel Handelingen, vergaderjaar")]),
        ("Aanhangsel Handelingen,.", [("KS101", "Aanhangsel Handelingen,")]),
        ("de motie 34552- is aangenomen", [("KS101", "34552-")]),
        ("de motie 34417-(R2068)- is", [("KS101", "34417-(R2068)-")]),
        ("zie 25 424, nr. en verder", [("KS101", "25 424, nr.")]),
        ("(Kamerstuk 33694-49 d.d.)", [("KS101", "Kamerstuk 33694-49 d.d.")]),
        ("Kamerstuk 33694, nr. 20, p.)", [("KS101", "Kamerstuk 33694, nr. 20, p.")]),
        ("Kamerstuk 29 383,\n\nVraag 2", [("KS101", "Kamerstuk 29 383,")]),
        ("Kamerstuk 33694, nr. 20 en Kamerstuk nr. 21", [("KS101", "Kamerstuk nr. 21")]),
        # KS102: a vergaderjaar with a digit dropped, as in dev passage d004
        ("Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 844", [("KS102", "2022–203")]),
        # KS103: a KOOP identifier that is not one
        ("zie ah-tk-20222023- hier", [("KS103", "ah-tk-20222023")]),
        ("zie kst-33694 hier", [("KS103", "kst-33694")]),
        # KS200: other values the models reject
        ("Kamerstuk 33694, nr. 0.", [("KS200", "Kamerstuk 33694, nr. 0")]),
        ("Kamerstuk 33694, nrs. 5-200.", [("KS200", "Kamerstuk 33694, nrs. 5-200")]),
        # KS201: years that do not follow each other
        ("Kamerstukken II 2019/21, 35 300 VIII, nr. 5", [("KS201", "2019/21")]),
        ("Aanhangsel Handelingen II 2023-2022, nr. 5", [("KS201", "2023-2022")]),
        ("zie ah-tk-20222024-3649.", [("KS201", "ah-tk-20222024-3649")]),
        # KS202: days that do not exist
        ("Kamerstuk 33694, nr. 20 van 31 februari 2020", [("KS202", "31 februari 2020")]),
        ("Kamerstuk 33694, nr. 20 d.d. 31-06-2019.", [("KS202", "31-06-2019")]),
        ("Kamerstuk 33694-49 d.d. 29 februari 2019", [("KS202", "29 februari 2019")]),
        # KS203: a date outside the cited vergaderjaar
        (
            "Kamerstukken II 2016/17, 33 279, nr. 31 van 12 december 2019",
            [("KS203", "Kamerstukken II 2016/17, 33 279, nr. 31 van 12 december 2019")],
        ),
        (
            "Handelingen II 2019/20, nr. 1, item 2, d.d. 16 september 2019",
            [("KS203", "Handelingen II 2019/20, nr. 1, item 2, d.d. 16 september 2019")],
        ),
        # KS204: in the future (judged on TODAY)
        ("Kamerstukken 2031/32, 33694, nr. 3", [("KS204", "Kamerstukken 2031/32, 33694, nr. 3")]),
        ("Kamerstuk 33694, nr. 20 van 3 oktober 2027", [("KS204", "Kamerstuk 33694, nr. 20 van 3 oktober 2027")]),
        ("Stb. 2030, 12", [("KS204", "Stb. 2030, 12")]),
        ("vraag 2031Z12345", [("KS204", "2031Z12345")]),
        # KS205: items before 2010-2011
        ("Handelingen II 2007/08, nr. 70, item 5", [("KS205", "Handelingen II 2007/08, nr. 70, item 5")]),
        # KS206 / KS207: the ondernummer does not fit the chamber
        ("Kamerstukken II 2019/20, 35300, B", [("KS206", "Kamerstukken II 2019/20, 35300, B")]),
        ("Kamerstukken I 2019/20, 29 984, nr. 899", [("KS207", "Kamerstukken I 2019/20, 29 984, nr. 899")]),
        # KS208 / KS209: dossiers that do not exist yet, or did not in the cited year
        ("Kamerstuk 39999, nr. 3", [("KS208", "Kamerstuk 39999, nr. 3")]),
        ("Kamerstukken II 2005/06, 36410, nr. 3", [("KS209", "Kamerstukken II 2005/06, 36410, nr. 3")]),
        # KS210: far above the highest number of the year
        ("Stb. 2019, 9999", [("KS210", "Stb. 2019, 9999")]),
        ("Aanhangsel Handelingen I 2022/23, nr. 3276", [("KS210", "Aanhangsel Handelingen I 2022/23, nr. 3276")]),
        ("zie ah-ek-20222023-3649.", [("KS210", "ah-ek-20222023-3649")]),
        ("Handelingen II 2019/20, nr. 450, item 6", [("KS210", "Handelingen II 2019/20, nr. 450, item 6")]),
        # KS401: two readings
        ("Zie Kamerstuk 36 200 A.", [("KS401", "Kamerstuk 36 200 A")]),
        # KS402: a back-reference with nothing before it to refer to
        ("Zie t.a.p., p. 7.", [("KS402", "t.a.p., p. 7")]),
        ("Ibid., p. 4; Stb. 2019, 123.", [("KS402", "Ibid., p. 4")]),
        ("Het amendement (stuk nr. 12) is aangenomen.", [("KS402", "stuk nr. 12")]),
        ("Stb. 2019, 123. Het amendement (stuk nr. 12).", [("KS402", "stuk nr. 12")]),
        ("Stb. 2019, 123; t.a.p., p. 7 en idem, p. 8.", []),
        ("Kamerstuk 33694, nr. 20. Het amendement (stuk nr. 12).", []),
        ("Zie t.a.p.,\np. 7.", [("KS402", "t.a.p.,\np. 7")]),
        # ... but one that refers to a work find() does not read refers to something
        ("Vgl. HR 1 mei 2019, NJ 2019/12; ibid., p. 4.", []),
        ("Zie het procesdossier, stuk nr. 12.", []),
        ("Kamerstuk 33694, nr. 20. Vgl. HR 1 mei 2019, NJ 2019/12; t.a.p., p. 5.", []),
        # spans map back over words broken across lines
        ("zie Handelin-\ngen II 2007/08, nr. 70, item 5.", [("KS205", "Handelin-\ngen II 2007/08, nr. 70, item 5")]),
        # a broken citation does not swallow the one after it
        (
            "Kamerstukken II 2019/21, 35 300 VIII, nr. 5 en Stb. 2019.",
            [("KS201", "2019/21"), ("KS101", "Stb. 2019")],
        ),
        # nor hides a problem in the one after it, read on from its dossier
        (
            "Zie Kamerstukken II 2019/21, 35 300, nr. 3 en Kamerstuk 33694, nr. 49 van 31 februari 2019.",
            [("KS201", "2019/21"), ("KS202", "31 februari 2019")],
        ),
    ],
)
def test_problem_codes_and_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert _problems(text) == expected
# fmt: on


# One case a line: text with no problem (without a style): sound citations and prose.
@pytest.mark.parametrize(
    "text",
    [
        "Geen verwijzingen hier.",
        "",
        "Kamerstuk 33694, Nr. 20",
        "Kamerstukken II 2019/20, 35 300 VIII, nr. 5, p. 3",
        "Kamerstukken I 2008/09, 31 700 VI, D",
        "Kamerstukken II 2019/20, 35 300 VIII, waarin de regering",
        "(Kamerstuk 33694-49 d.d. 3 oktober 2019) licht deze inzet nader toe.",
        "Kamerstuk 33694-49 d.d. 16 september 2019",
        "Handelingen II 2010/11, nr. 108, item 5, p. 25-36",
        "Aanhangsel Handelingen II 2014/15, nr. 1241",
        "Stb. 2011, 35",
        "Trb. 2008, 175",
        "Zie de Kamerbrief van 3 oktober 2019 over dit onderwerp.",
        "Kamerstuk 2023D40832.",
        "Kamervragen 12 en 13 van het lid",
        "De motties 36200-VII-14; 35925-12; 21501-08-801 zijn aangenomen.",
        "ISSN 0921 - 7398",
        "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2",
        "€ 10 000- per jaar",
        "Kamerstukken II 2023/24, 36 410, nr. 3 d.d. 1 september 2023",
    ],
)
def test_no_problem(text: str) -> None:
    assert _problems(text) == []


# One case a line: text, style, the fix offered (None: no style problem).
# fmt: off
@pytest.mark.parametrize(
    ("text", "style", "fix"),
    [
        ("Kamerstuk 33694, Nr. 20", "aanwijzingen", "Kamerstukken 33694, nr. 20"),
        ("Kamerstuk 33694, Nr. 20", "kort", "Kamerstuk 33694, nr. 20"),
        ("Kamerstukken 33694, nr. 20", "aanwijzingen", None),
        ("Kamerstuk 33694, nr. 20", "kort", None),
        ("Kamerstuk 33694-49 d.d. 3 oktober 2019", "aanwijzingen", "Kamerstukken 33694, nr. 49 van 3 oktober 2019"),
        ("34417-(R2068)-7", "aanwijzingen", "Kamerstukken 34417 (R2068), nr. 7"),
        ("Kamerstukken II 2019/20, 35 300 VIII, nr. 5", "kort", "Kamerstuk 35300-VIII, nr. 5"),
        ("Kamerstuk Tweede Kamer, vergaderjaar 2022–2023, 31 753, nr. 269", "aanwijzingen", "Kamerstukken II 2022/23, 31753, nr. 269"),
        ("Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 3276", "kort", "Aanhangsel Handelingen 2022/23, nr. 3276"),
        ("Handelingen II 2019/20, 45, item 6", "aanwijzingen", "Handelingen II 2019/20, nr. 45, item 6"),
        ("Staatsblad 2019, nr. 123", "aanwijzingen", "Stb. 2019, 123"),
        ("Kamerstuk\n21 501-02, nr. 2737", "kort", "Kamerstuk 21501-02, nr. 2737"),
        # not written in a citation style: identifiers, zaak numbers, lists, joint dossiers
        ("ah-tk-20222023-3649", "aanwijzingen", None),
        ("zie 2016Z19637.", "aanwijzingen", None),
        ("Kamerstuk 33783, nrs. 31 en 32", "aanwijzingen", None),
        ("Kamerstuk 31728, 30914, nr. 5", "kort", None),
        # a line break inside a citation is layout, not style
        ("Kamerstukken 33694,\nnr. 20", "aanwijzingen", None),
    ],
)
def test_style_fix(text: str, style: str, fix: str | None) -> None:
    style_problems = [p for p in validate(text, style=style, today=TODAY) if p.code == "KS301"]
    assert [p.fix for p in style_problems] == ([fix] if fix else [])
# fmt: on


def test_kort_keeps_the_chamber_that_settles_a_fund_letter() -> None:
    # Without II, "Kamerstuk 36200-A" could be stuk A of 36200: the fix keeps the chamber.
    [problem] = [
        p for p in validate("Kamerstukken II 2022/23, 36 200 A", style="kort") if p.code == "KS301"
    ]
    assert problem.fix == "Kamerstuk II 36200-A"


def test_no_style_problem_inside_a_broken_citation() -> None:
    codes = [p.code for p in validate("Kamerstuk 33694, nr. 20 van 31 februari 2020", style="kort")]
    assert codes == ["KS202"]


def test_ambiguous_message_names_both_readings() -> None:
    [problem] = validate("Zie Kamerstuk 36 200 A.", style=None)
    assert "dossier 36200-A" in problem.message
    assert "stuk A of dossier 36200 (kst-36200-A)" in problem.message
    assert problem.severity == "warning"


def test_dropped_digit_fix_keeps_the_writers_dash() -> None:
    [problem] = validate("Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 844", style=None)
    assert problem.fix == "2022–2023"
    assert problem.severity == "warning"


# One case a line: a citation given as an object, and the codes of its problems.
# fmt: off
@pytest.mark.parametrize(
    ("citation", "codes"),
    [
        (Kamerstuk(dossier="33694", ondernummer="20"), []),
        (Kamerstuk(dossier="35300", ondernummer="B", chamber="II"), ["KS206"]),
        (Kamerstuk(dossier="29984", ondernummer="899", chamber="I"), ["KS207"]),
        (Kamerstuk(dossier="36410", ondernummer="3", vergaderjaar="2005/06"), ["KS209"]),
        (Kamerstuk(dossier="39999", ondernummer="3"), ["KS208"]),
        (Kamerstuk(dossier="36200-A", ambiguous=True), ["KS401"]),
        (Kamerstuk(dossier="33279", ondernummer="31", vergaderjaar="2016/17", date="2019-12-12"), ["KS203"]),
        (Handelingen(chamber="II", vergaderjaar="2007/08", number="70", item="5"), ["KS205"]),
        (Handelingen(chamber="II", vergaderjaar="2031/32", number="7"), ["KS204"]),
        (Aanhangsel(chamber="I", vergaderjaar="2022/23", number="3276"), ["KS210"]),
        (Staatsblad(year=2019, number="9999"), ["KS210"]),
        (Kamervragen(number="2031Z12345"), ["KS204"]),
    ],
)
def test_citation_objects(citation: Citation, codes: list[str]) -> None:
    problems = validate(citation, today=TODAY)
    assert [p.code for p in problems] == codes
    assert all((p.start, p.end) == (0, len(citation.format())) for p in problems)
# fmt: on


def test_today_moves_the_future() -> None:
    text = "Kamerstukken 2031/32, 33694, nr. 3"
    assert [p.code for p in validate(text, today=dt.date(2031, 9, 15))] == ["KS204"]
    assert validate(text, today=dt.date(2031, 9, 16)) == []


def test_wrong_input_types_and_styles_are_programming_errors() -> None:
    with pytest.raises(TypeError):
        validate(b"Kamerstuk 33694, nr. 20")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="style"):
        validate("Kamerstuk 33694, nr. 20", style="apa")


def test_problem_to_dict_uses_the_attribute_names() -> None:
    problem = validate("Zie Kamerstuk 33694, nr.")[0]
    data = problem.to_dict()
    assert list(data) == ["code", "severity", "message", "start", "end", "fix"]
    assert json.loads(json.dumps(data)) == data


def test_every_code_has_a_known_severity_and_family() -> None:
    for code, entry in CODES.items():
        assert re.fullmatch(r"KS[1-4]\d\d", code)
        assert (
            entry.severity
            == {"1": entry.severity, "2": entry.severity, "3": "style", "4": "warning"}[code[2]]
        )
        assert entry.severity in ("error", "warning", "style")


# One case a line: a code, selectors, whether it is selected.
@pytest.mark.parametrize(
    ("code", "selectors", "hit"),
    [
        ("KS203", ["KS2"], True),
        ("KS203", ["KS203"], True),
        ("KS203", ["ks20"], True),
        ("KS203", ["KS3", "KS101"], False),
        ("KS203", [], False),
    ],
)
def test_selectors(code: str, selectors: list[str], hit: bool) -> None:
    assert matches(code, selectors) is hit


def test_lines_and_columns() -> None:
    lines = Lines("ab\ncd\r\nef")
    assert [lines.position(i) for i in (0, 1, 3, 7, 8)] == [(1, 1), (1, 2), (2, 1), (3, 1), (3, 2)]


def test_apply_fixes_skips_overlaps_and_is_exact() -> None:
    outer = Problem("KS301", "style", "m", 0, 10, "AAAAAAAAAA")
    inner = Problem("KS102", "warning", "m", 2, 5, "xyz")
    text, done = apply_fixes("0123456789 rest", [inner, outer])
    assert (text, done) == ("AAAAAAAAAA rest", [outer])


def test_limits_come_from_the_shipped_data() -> None:
    data = limits().data
    assert "op_keylist.xz" in data["source"]
    assert "0c175ca9" in data["source"]
    budgets = [d for _, d in sorted(data["begrotingen"].items())]
    assert budgets == sorted(budgets)
    assert len(budgets) >= 25
    assert data["begrotingen"]["2019-2020"] == 35300
    assert limits().dossier_ceiling(dt.date(2025, 1, 1)) > data["snapshot"]["dossier_max"]


# ---------------------------------------------------------------- never raises

_PIECES = [
    "Kamerstuk",
    "Kamerstukken II",
    "Handelingen I",
    "Aanhangsel Handelingen",
    "Stb.",
    "Trb.",
    "Bijlage bij",
    "vergaderjaar",
    "2019/20",
    "2019/21",
    "2022–203",
    "33694",
    "35 300",
    "VIII",
    "-",
    ",",
    ";",
    " ",
    "\n",
    "nr.",
    "nrs.",
    "item",
    "p.",
    "d.d.",
    "van",
    "31 februari 2020",
    "3-10-2019",
    "A",
    "49",
    "en",
    "(",
    ")",
    "ah-tk-20192020-12",
    "kst-",
    "2019Z12345",
    "Handelin-\ngen",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_never_raises_on_citation_like_text(text: str) -> None:
    for problem in validate(text, style="kort", today=TODAY):
        assert 0 <= problem.start <= problem.end <= len(text)
        assert problem.code in CODES


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    validate(text, style="aanwijzingen", today=TODAY)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_fixing_keeps_the_documents_and_is_idempotent(text: str) -> None:
    fixed = fix_text(text, style="aanwijzingen", today=TODAY)
    assert same_documents(text, fixed.text)
    assert fix_text(fixed.text, style="aanwijzingen", today=TODAY).text == fixed.text


# ---------------------------------------------------------------- real text

#: The only errors and warnings on dev.jsonl and the seed letter, each one really wrong:
#: d004 writes vergaderjaar "2022–203" (a digit dropped from 2022–2023).
REAL_PROBLEMS = {("d004", "KS102", "2022–203")}


def _real_texts() -> Iterator[tuple[str, str]]:
    for name in ("corpus/dev.jsonl", "seed/kamerbrief-nucleaire-risicobeperking.jsonl"):
        for record in read_jsonl(shared_path(*name.split("/"))):
            yield record["id"], record["text"]


@pytest.mark.shared
def test_no_false_alarms_on_real_text() -> None:
    found = {
        (key, p.code, text[p.start : p.end])
        for key, text in _real_texts()
        for p in validate(text, style=None, today=TODAY)
    }
    assert found == REAL_PROBLEMS


@pytest.mark.shared
@pytest.mark.parametrize("style", ["aanwijzingen", "kort"])
def test_fixing_real_text(style: str) -> None:
    for key, text in _real_texts():
        fixed = fix_text(text, style=style, today=TODAY).text
        # Left: those with no automatic fix (a citation with markup inside, d030).
        left = [p for p in validate(fixed, style=style, today=TODAY) if p.code == "KS301"]
        assert [p for p in left if p.fix is not None] == [], key
        before = [document_key(m.citation, style) for m in find(text)]
        assert [document_key(m.citation, style) for m in find(fixed)] == before, key
        assert between_citations(fixed) == between_citations(text), key
        assert fix_text(fixed, style=style, today=TODAY).text == fixed, key


@pytest.mark.shared
def test_the_checks_read_what_find_reads() -> None:
    # validate() runs its own scan; it must see exactly the citations find() returns. Both read
    # a citation of a kind left out ("Kamerstuk 2023D40832", a document number), and leave it
    # out: find() from its matches, validate() from its problems.
    for key, text in _real_texts():
        reads, _ = scan(Repaired.of(text).text)  # the text as find() reads it, repaired
        seen = [f.citation for r in reads for f in r.found if f.citation.kind in DEFAULT_KINDS]
        assert seen == [m.citation for m in find(text)], key


@pytest.mark.shared
def test_no_errors_or_warnings_on_the_notations() -> None:
    # Every string of notations.jsonl is a sound citation or plain prose.
    for record in read_jsonl(shared_path("corpus", "notations.jsonl")):
        text = record["text"]
        assert [p for p in validate(text, today=TODAY) if p.severity != "style"] == [], text


@pytest.mark.shared
def test_style_fixes_exist_on_real_text() -> None:
    # The test above must not pass for want of anything to fix.
    fixes = sum(
        p.fix is not None for _, text in _real_texts() for p in validate(text, style="aanwijzingen")
    )
    assert fixes >= 90


def _benchmark() -> Any:
    return load_module(ROOT / "benchmarks" / "checks.py", "bench_checks")


@pytest.mark.shared
def test_mutated_real_citations_are_detected() -> None:
    bench = _benchmark()
    cases, _ = bench.cases(shared_path())
    assert len(cases) >= 300
    detected = sum(bench.detected(case)[0] for case in cases)
    assert detected / len(cases) >= 0.95
    assert {c.family for c in cases} == {
        "wrong vergaderjaar",
        "impossible date",
        "dropped number",
        "swapped chamber",
        "cut-off citation",
    }


def test_a_parsed_citation_and_its_text_agree() -> None:
    # validate(citation) judges what validate(text) judges, for the values.
    text = "Kamerstukken II 2016/17, 33 279, nr. 31 van 12 december 2019"
    assert [p.code for p in validate(parse(text))] == [p.code for p in validate(text, style=None)]


@pytest.mark.parametrize(
    "text", ["Kamerstuk \ud800 33694, nr.", "Stb. 2019\udfff", "\x00Kamerstukken II 2019/21, 35300"]
)
def test_never_raises_on_surrogates_and_control_characters(text: str) -> None:
    assert isinstance(validate(text), list)


def test_the_fast_head_word_scan_finds_every_head_word() -> None:
    # The extra starts look for head words with a lower-cased literal pass first; it must find
    # every head word the grammar's own pattern finds, in every notation and example.
    texts = [r["text"] for r in read_jsonl(ROOT / "tests" / "data" / "notations.jsonl")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    text = "\n".join(texts)
    everything = [
        m.start()
        for m in head_pattern().finditer(text)
        if not (m.start() and text[m.start() - 1].isalpha())
    ]
    assert len(everything) > 100
    assert list(head_starts(text)) == everything


# fmt: off
@pytest.mark.parametrize(("text", "code"), [
    ("Zie Kamerstukken II 2030/31, 35 300, nr. 3.", "KS204"),
    ("Zie Kamerstukken II 2016/17, 33 279, nr. 31 van 12 december 2019.", "KS203"),
    ("Zie Kamerstukken I 2019/20, 35 300, nr. 3.", "KS207"),
    ("Zie Kamerstukken II 2005/06, 36410, nr. 3.", "KS209"),
])
@pytest.mark.parametrize("style", ["kort", "aanwijzingen"])
def test_a_fix_never_hides_an_error_it_does_not_fix(text: str, code: str, style: str) -> None:
    # kort drops the chamber and the vergaderjaar: its fix once took the KS204 with it.
    assert code in [p.code for p in validate(text, style=style, today=TODAY)]
    fixed = fix_text(text, style=style, today=TODAY).text
    assert code in [p.code for p in validate(fixed, style=style, today=TODAY)], fixed
# fmt: on


@pytest.mark.shared
@pytest.mark.parametrize("style", ["aanwijzingen", "kort"])
def test_fixing_real_text_keeps_every_error_it_does_not_fix(style: str) -> None:
    # An error or warning without a fix of its own must still be there after fixing.
    for key, text in _real_texts():
        fixed = fix_text(text, style=style, today=TODAY).text
        before = _unfixable(validate(text, style=style, today=TODAY))
        assert _unfixable(validate(fixed, style=style, today=TODAY)) == before, key


def _unfixable(problems: list[Problem]) -> list[str]:
    return sorted(p.code for p in problems if p.severity != "style" and p.fix is None)


# fmt: off
@pytest.mark.parametrize(
    ("text", "context", "codes"),
    [
        ("Het amendement (stuk nr. 12) is aangenomen.", None, ["KS402"]),
        ("Het amendement (stuk nr. 12) is aangenomen.", "kst-36200-3", []),
        ("Het amendement (stuk nr. 12) is aangenomen.", "Kamerstukken II 2022/23, 36200, nr. 3", []),
        ("Zie t.a.p., p. 7.", "kst-36200-3", ["KS402"]),  # the context is no citation before it
    ],
)
def test_the_context_is_what_stuk_nr_refers_to(text: str, context: str | None, codes: list[str]) -> None:
    problems = kamerstuk.validate(text, style=None, context=context)
    assert [p.code for p in problems] == codes
    # find() takes the back-reference exactly where validate() finds no KS402 for it.
    assert bool(list(kamerstuk.find(text, context=context))) == (codes == [])
# fmt: on


def test_find_leaves_out_what_ks402_reports() -> None:
    # The check and find() follow back-references with the same Trail: every KS402 span is a
    # back-reference find() leaves out, on texts mixing both.
    text = "Ibid. Zie Stb. 2019, 123; t.a.p., p. 3. Het amendement (stuk nr. 12); idem, p. 4."
    reported = {(p.start, p.end) for p in kamerstuk.validate(text, style=None) if p.code == "KS402"}
    found = {(m.start, m.end) for m in kamerstuk.find(text)}
    assert reported == {(0, 5), (text.index("stuk"), text.index(");"))}
    assert not reported & found
    assert len(found) == 3


def test_the_checks_need_no_lark() -> None:
    # The head words, values and identifiers the checks look for are the shipped tables' terminals.
    code = (
        "import sys, kamerstuk\n"
        "kamerstuk.validate('Zie Kamerstuk 33694, nr. en Kamerstukken II 2019/21, 35300, nr. 3.')\n"
        "kamerstuk.fix_text('Zie kst-33694-20 en Kamerstuk 33694, Nr. 20.')\n"
        "print('lark' in sys.modules)"
    )
    assert fresh_python(code) == ["False"]
