"""Fuzzing: arbitrary text and bytes through the API and the commands.

Only the documented exceptions escape (ParseError from parse() and from_identifier(), nothing
from find(), validate() and annotate() on a str; exit statuses 0, 1 or 2 from the commands),
``text[m.start:m.end] == m.text`` for every match, and annotate() escapes the input's HTML.
"""

from __future__ import annotations

import contextlib
import html
import io
import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kamerstuk
from kamerstuk.checks.problems import CODES, SEVERITIES
from kamerstuk.cli.main import main

from strategies import CITATIONS
from support import DATA, read_jsonl

# Pieces citations are made of, and pieces that break them, so that the fuzzer reaches deep
# into the grammar and the checks instead of only into their first rejection.
PIECES = [
    "Kamerstuk", "Kamerstukken", "Kamerbrief", "Handelingen", "Aanhangsel Handelingen",
    "Stb.", "Stcrt.", "Trb.", "Bijlage bij", "Kamervragen", " II ", " I ", " TK ", ", ",
    "2019/20", "2019/21", "2022–203", "2030/31", "1993/94-1996/97", "vergaderjaar", "nr.",
    "nrs.", " en ", " t/m ", "33694", "35 300", "36 200 A", "VIII", "(R1975)", "-", "–",
    "item", "p.", "d.d.", "3 oktober 2019", "31 februari 2020", "van", "kst-", "h-tk-",
    "ah-ek-", "20192020", "-n1", "2019Z12345", "(", ")", ".", ";", "\n", "\r\n", "-\n",
    "\u00ad", "\u00a0", "\u200b", "\ufeff", "𝟑", "٣", "A", "AA", "188b", "0", "999999",
    "<b>", "</a>", "&amp;", "\"", "'", "\x00", "\ud800",
]  # fmt: skip
# Whole citations (every notation of the tests' table, and generated ones in both styles),
# citations with a piece put in or cut out, and the pieces, in any order and with any glue.
NOTATIONS = [r["text"] for r in read_jsonl(DATA / "notations.jsonl")]
WRITTEN = st.one_of(
    st.sampled_from(NOTATIONS),
    st.tuples(CITATIONS, st.sampled_from(["aanwijzingen", "kort"])).map(
        lambda t: t[0].format(t[1])
    ),
)
BROKEN = st.tuples(WRITTEN, st.integers(0, 80), st.integers(0, 6), st.sampled_from(PIECES)).map(
    lambda t: t[0][: t[1]] + t[3] + t[0][t[1] + t[2] :]
)
GLUE = st.one_of(
    st.sampled_from([" ", ", ", "; ", " en ", "\n", " (", ") ", "-\n"]), st.text(max_size=4)
)
CITATIONISH = st.lists(st.one_of(WRITTEN, BROKEN, st.sampled_from(PIECES), GLUE), max_size=12).map(
    "".join
)
TEXTS = st.one_of(CITATIONISH, st.text(max_size=200))
#: Examples a property (KAMERSTUK_FUZZ=5000 make test fuzzes longer); the commands get a tenth.
EXAMPLES = int(os.environ.get("KAMERSTUK_FUZZ", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(TEXTS)
def test_parse_raises_only_parse_error(text: str) -> None:
    error: kamerstuk.ParseError | None = None
    try:
        citation = kamerstuk.parse(text)
    except kamerstuk.ParseError as err:
        error = err
    if error is not None:
        assert 0 <= error.offset <= len(text)
        assert str(error)
        assert kamerstuk.parse(text, errors="none") is None
    else:
        assert isinstance(citation, kamerstuk.Citation)
        assert kamerstuk.parse(text, errors="none") == citation
    assert isinstance(kamerstuk.parse_all(text, errors="none"), list)


@FUZZ
@given(TEXTS)
def test_find_never_raises_and_spans_are_exact(text: str) -> None:
    matches = list(kamerstuk.find(text))
    for m in matches:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end] == m.text
    assert [m.start for m in matches] == sorted(m.start for m in matches)


@FUZZ
@given(TEXTS, st.sampled_from(["aanwijzingen", "kort", None]))
def test_validate_never_raises(text: str, style: str | None) -> None:
    for p in kamerstuk.validate(text, style=style):
        assert p.code in CODES
        assert p.severity in SEVERITIES
        assert 0 <= p.start <= p.end <= len(text)


@FUZZ
@given(st.one_of(st.text(max_size=40), CITATIONISH.map(lambda s: "kst-" + s)))
def test_from_identifier_raises_only_parse_error(text: str) -> None:
    try:
        citation = kamerstuk.from_identifier(text)
    except kamerstuk.ParseError:
        return
    assert citation.identifier == text


_OUR_LINK = re.compile(r'<a href="[^"<>]*" class="kamerstuk" title="[^"<>]*">|</a>')


@FUZZ
@given(TEXTS)
def test_annotate_escapes_the_html_of_its_input(text: str) -> None:
    annotated = kamerstuk.annotate(text, format="html")
    # Without the links it adds, it is the input, escaped: no tag of the input survives.
    assert _OUR_LINK.sub("", annotated) == html.escape(text, quote=False)
    assert isinstance(kamerstuk.annotate(text, format="markdown"), str)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]
INPUTS = st.one_of(
    st.binary(max_size=300),
    st.tuples(CITATIONISH, st.sampled_from(ENCODINGS)).map(
        lambda t: t[0].encode(t[1], errors="surrogatepass") if t[1].startswith("utf") else
        t[0].encode(t[1], errors="replace")
    ),
)  # fmt: skip
COMMANDS = [
    (["find"], {0, 2}),
    (["find", "--format", "json"], {0, 2}),
    (["check"], {0, 1, 2}),
    (["check", "--style", "kort", "--format", "json"], {0, 1, 2}),
    (["check", "--fix"], {0, 1, 2}),
    (["check", "--diff"], {0, 1, 2}),
]


@settings(
    max_examples=max(EXAMPLES // 10, 30),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(INPUTS, st.sampled_from(COMMANDS))
def test_the_commands_on_any_bytes_exit_0_1_or_2(
    data: bytes, command: tuple[list[str], set[int]]
) -> None:
    args, statuses = command
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "brief.txt"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([*args, str(path)])
        assert status in statuses, err.getvalue()
        assert "Traceback" not in err.getvalue()
        if status == 2:
            assert err.getvalue().count("\n") == 1, err.getvalue()
        if "--fix" not in args:
            assert path.read_bytes() == data


@FUZZ
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_parse_command_on_any_text_exits_0_or_1(texts: list[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    texts = [t.replace("\x00", "") for t in texts]  # argv cannot carry NUL
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["parse", "--format", "jsonl", "--", *texts])
    assert status in {0, 1}
    # JSON Lines: one object a line ("\n"; a U+0085 or U+2028 inside a string is no line end).
    rows = [json.loads(row) for row in out.getvalue().split("\n") if row]
    assert {row["line"] for row in rows} == set(range(1, len(texts) + 1))


# Any value (a text, a missing value, another type) through every public function that takes a
# text: what escapes is a KamerstukError, or a TypeError of ours that names the function; never
# an exception from inside the package (annotate(None) once raised a bare TypeError, resolve(None)
# an AttributeError).
VALUES = st.one_of(
    TEXTS,
    st.none(),
    st.floats(allow_nan=True),
    st.integers(),
    st.binary(max_size=12),
    st.lists(st.text(max_size=6), max_size=2),
    st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=1),
)
OFFLINE: dict[str, Any] = {"offline": True, "cache": False}
PUBLIC: dict[str, Callable[[Any], Any]] = {
    "find()": lambda v: list(kamerstuk.find(v)),
    "validate()": kamerstuk.validate,
    "fix_text()": kamerstuk.fix_text,
    "annotate()": kamerstuk.annotate,
    "annotate_html()": kamerstuk.annotate_html,
    "parse()": kamerstuk.parse,
    "parse_all()": kamerstuk.parse_all,
    "from_identifier()": kamerstuk.from_identifier,
    "resolve()": lambda v: kamerstuk.resolve(v, **OFFLINE),
    "find_many()": lambda v: list(kamerstuk.find_many([v], jobs=1)),
    "resolve_all()": lambda v: kamerstuk.resolve_all([v], progress=False, **OFFLINE),
}


@FUZZ
@given(st.sampled_from(sorted(PUBLIC)), VALUES)
def test_only_documented_exceptions_escape_a_public_function(name: str, value: object) -> None:
    escaped: Exception | None = None
    try:
        PUBLIC[name](value)
    except kamerstuk.KamerstukError:
        pass
    except TypeError as err:
        escaped = err
    assert escaped is None or str(escaped).startswith(name), (name, value, escaped)
