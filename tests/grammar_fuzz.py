"""The grammar-driven fuzzer of issue 18 item 4: inputs made from random derivations of the
grammar (grammar_sampler), damaged by the matrix's operators (perturbations), put in prose with
back-references and contexts; and the contracts every public path must keep on them.

Input ``i`` of a seed is made from derivation ``i // VARIANTS`` (every rule of the grammar in
turn) and its own random choices, so any input can be made again from (seed, index).
:func:`check` returns the contract breaks of one input, each as a :class:`Break` whose
``kind`` groups breaks of one cause (digits and quoted values left out of messages).

>>> one = make(seed=1, index=0)
>>> isinstance(one.text, str) and one.rule.startswith("start")
True
>>> check(Input("Stb. 2019, 123.", None, "start", ()))
[]
"""

from __future__ import annotations

import contextlib
import functools
import html
import io
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from grammar_sampler import Sampler, odd_number
from perturbations import (
    CHAMBER,
    CLASSES,
    DOSSIER,
    HEAD,
    LETTER,
    LINK,
    LPAR,
    NRKW,
    NUM,
    PAGE,
    PAGEKW,
    RANGE,
    RPAR,
    SEP,
    SHORT,
    SUFFIX,
    VJ,
    YEAR,
    Piece,
    apply_random,
    render,
)

import kamerstuk
from kamerstuk.cli.main import main as cli

#: Inputs made from one derivation (each with its own damage, prose and context).
VARIANTS = 8
#: The role of each terminal's text, for the operators.
ROLES = {
    **dict.fromkeys(["KST_WORD", "HAND_WORD", "AANH_WORD", "BLAD_WORD", "KV_WORD"], HEAD),
    **dict.fromkeys(["BIJLAGE", "VJ_WORD", "JAARGANG", "STUK", "ITEMKW", "DATEKW"], HEAD),
    **dict.fromkeys(["CHAMBER", "CHAMBER_HEAD"], CHAMBER),
    **dict.fromkeys(["DOSSIER", "DOSSIER5", "HEADING_DOSSIER", "ROMAN_DOSSIER"], DOSSIER),
    **dict.fromkeys(["ROMAN_HEADING"], DOSSIER),
    **dict.fromkeys(["NUM", "BARE_ONDNR", "STUK_NUM", "ZAAK", "SLASHNUM"], NUM),
    **dict.fromkeys(["DASH", "EN"], RANGE),
    **dict.fromkeys(["URL", "IDENTIFIER"], LINK),
    **dict.fromkeys(["SHORT", "SHORT_WEAK", "SHORT_WEAK_PAREN"], SHORT),
    "VJ": VJ, "SEG": SUFFIX, "NRKW": NRKW, "YEAR": YEAR, "PAGEKW": PAGEKW, "PAGES": PAGE,
    "LETTER": LETTER, "STUK_LETTER": LETTER, "LPAR": LPAR, "RPAR": RPAR,
}  # fmt: skip
#: Prose around a derivation: "{}" is where it goes.
TEMPLATES = [
    "{}", "Zie {}.", "Zie ook ({}).", "zoals gemeld.\n\n7 {}\n", "De stukken:\n- {};\n- de brief.",
    "Agenda\nWijziging van de Kieswet - {}\nVolgende punt", "| Kamerstuk |\n| --- |\n| {} |",
    "Tweede Kamer\n\n{} Regels over de zorg\n\nBRIEF", "de Wet van 12 mei 1994, {}",
]  # fmt: skip
#: Back-references after it, "{}" a number (zero, leading zeros, huge ones among them).
BACKREFS = [
    "", " Zie t.a.p., p. {}.", " Zie ook stuk nr. {}.", " Zie nr. {} van dit wetsvoorstel.",
    " Het amendement (stuk nr. {}) is verworpen.", " Zie ibid.", " Zie aldaar, p. {}.",
    " Zij krijgt nr. {} (36 410).", " en nr. {} van hetzelfde dossier", " idem, p. {}",
]  # fmt: skip
#: The Kamerstuk being read, as find(context=...) takes it (None most often). Only
#: Kamerstukken: find() refuses another kind with a TypeError on purpose (an argument error,
#: not text), where find_many() reads it as no context (reported apart, see the note).
CONTEXTS = [
    None, None, None, "kst-36200-VII-3", "kst-31066-4", "Kamerstukken II 2019/20, 35 300, nr. 3",
    "kst-CXXIV-A", "Kamerstuk 21 501-20, nr. 1801",
]  # fmt: skip


@dataclass(frozen=True)
class Input:
    """One fuzz input: its text, the context find() is given, the rule its derivation was made
    through (``origin: expansion``), and the operators that damaged it."""

    text: str
    context: str | None
    rule: str
    operators: tuple[str, ...]


@functools.cache
def sampler() -> Sampler:
    return Sampler()


def _rule_name(rule: object) -> str:
    origin = getattr(rule, "origin", None)
    names = [s.name for s in getattr(rule, "expansion", [])]
    return f"{getattr(origin, 'name', '?')}: {' '.join(names)}"


@functools.lru_cache(maxsize=64)
def _derivation(seed: int, number: int) -> tuple[str, tuple[tuple[str, str, str], ...]]:
    """Derivation ``number`` of a seed: its rule and (terminal, text, space before) triples."""
    grammar = sampler()
    rng = random.Random(f"{seed}:{number}")
    rule = grammar.rules[number % len(grammar.rules)]
    tokens = grammar.derive(rng, through=rule)
    return _rule_name(rule), tuple((n, t, grammar.space(rng)) for n, t in tokens)


def make(seed: int, index: int) -> Input:
    """Input ``index`` of ``seed``: a derivation, damaged, in prose, with a back-reference."""
    rule, tokens = _derivation(seed, index // VARIANTS)
    rng = random.Random(f"{seed}:{index}")
    pieces: list[Piece] = []
    for name, text, space in tokens:
        if pieces and space:
            pieces.append(Piece(space, SEP))
        pieces.append(Piece(text, ROLES.get(name, SEP)))
    operators: list[str] = []
    for cls in rng.sample(CLASSES, rng.choice([0, 1, 1, 2])):
        done = apply_random(cls, pieces, rng)
        if done:
            operators.append(done[0])
            pieces = done[1]
    number = rng.choice([str(rng.randint(1, 300)), odd_number(rng)])
    tail = rng.choice(BACKREFS).replace("{}", number)
    text = rng.choice(TEMPLATES).replace("{}", render(pieces)[0]) + tail
    return Input(text, rng.choice(CONTEXTS), rule, tuple(operators))


def inputs(seed: int, start: int, count: int) -> Iterator[Input]:
    """Inputs ``start`` to ``start + count`` of ``seed``."""
    for index in range(start, start + count):
        yield make(seed, index)


# ---------------------------------------------------------------- contracts


@dataclass(frozen=True)
class Break:
    """A broken contract: which (``find raises``, ``round trip``...), its kind, the detail."""

    contract: str
    kind: str
    detail: str


def _kind(err: BaseException) -> str:
    message = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", str(err).split("\n")[0])
    return f"{type(err).__name__}: {re.sub(r'[0-9]+', '#', message)[:90]}"


def _guarded(contract: str, step: Callable[[], object], out: list[Break]) -> object:
    try:
        return step()
    except Exception as err:  # every exception here is a contract break
        out.append(Break(contract, _kind(err), f"{type(err).__name__}: {err}"[:300]))
        return None


#: Which of the costly paths to check: every input, or one in N (by index).
@dataclass(frozen=True)
class Paths:
    validate: int = 1
    annotate: int = 1
    find_many: int = 1
    cli: int = 1


def check(item: Input, index: int = 0, paths: Paths = Paths()) -> list[Break]:
    """The contract breaks of one input (none when every contract holds)."""
    out: list[Break] = []
    text, context = item.text, item.context
    found = _guarded("find raises", lambda: list(kamerstuk.find(text, context=context)), out)
    # Where find() raised, the other paths are still checked (their own contracts), but
    # there is nothing to compare them with.
    matches: list[kamerstuk.Match] | None = found if isinstance(found, list) else None
    if matches is not None:
        out += _spans(text, matches) + _round_trips(matches)
    if index % paths.validate == 0:
        problems = _guarded("validate raises", lambda: kamerstuk.validate(text), out)
        if problems and any(p.fix for p in problems):  # type: ignore[attr-defined]
            _guarded("fix_text raises", lambda: kamerstuk.fix_text(text), out)
    if index % paths.annotate == 0:
        out += _annotated(text, matches if context is None else None)
    if index % paths.find_many == 0:
        many = _guarded("find_many raises", lambda: _many(text, context), out)
        if (
            isinstance(many, list)
            and matches is not None
            and _documents(many) != _documents(matches)
        ):
            out.append(Break("paths disagree", "find_many differs from find", repr(text)[:300]))
    if index % paths.cli == 0:
        out += _cli(text, context, matches)
    return out


def _spans(text: str, matches: list[kamerstuk.Match]) -> list[Break]:
    return [
        Break("span", "text[m.start:m.end] != m.text", f"{m.start}-{m.end}: {m.text!r}")
        for m in matches
        if text[m.start : m.end] != m.text or not 0 <= m.start <= m.end <= len(text)
    ]


def _round_trips(matches: list[kamerstuk.Match]) -> list[Break]:
    out: list[Break] = []
    for m in matches:
        written = _guarded("round trip raises", m.citation.format, out)
        if not isinstance(written, str):
            continue
        back = _guarded("round trip raises", lambda w=written: kamerstuk.parse(w), out)  # type: ignore[misc]
        if back is not None and back != m.citation:
            mine, theirs = m.citation.to_dict(), back.to_dict()  # type: ignore[attr-defined]
            fields = sorted(k for k in mine if mine[k] != theirs.get(k)) or ["(flags)"]
            detail = f"{m.text!r} -> {written!r} -> {back!r}"[:300]
            out.append(Break("round trip", f"{m.citation.kind}: {', '.join(fields)}", detail))
    return out


def _documents(matches: list[kamerstuk.Match]) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.citation.format()) for m in matches]


def _many(text: str, context: str | None) -> list[kamerstuk.Match]:
    contexts = None if context is None else [context]
    return next(iter(kamerstuk.find_many([text], jobs=1, contexts=contexts)))


_TITLE = re.compile(r'<a href="[^"]*" class="kamerstuk" title="([^"]*)">')


def _annotated(text: str, matches: list[kamerstuk.Match] | None) -> list[Break]:
    out: list[Break] = []
    annotated = _guarded("annotate raises", lambda: kamerstuk.annotate(text), out)
    _guarded("annotate_html raises", lambda: kamerstuk.annotate_html(html.escape(text)), out)
    if isinstance(annotated, str) and matches is not None:
        titles = [html.unescape(t) for t in _TITLE.findall(annotated)]
        # One link a span, for the documents named there; a citation without a URL (old
        # Handelingen, a Rijkswet stuk) is left as text, on purpose.
        linked = [m for m in matches if m.citation.url is not None]
        grouped = Counter((m.start, m.end) for m in linked)
        expected = ["; ".join(m.citation.format() for m in matches if (m.start, m.end) == span)
                    for span in grouped]  # fmt: skip
        if titles != expected:
            out.append(Break("paths disagree", "annotate differs from find", repr(text)[:300]))
    return out


def _cli(text: str, context: str | None, matches: list[kamerstuk.Match] | None) -> list[Break]:
    out: list[Break] = []
    argv = ["find", "--format", "json", "-"] + (["--context", context] if context else [])
    status, written = _run_cli(argv, text, out)
    if status not in (0, None):
        out.append(Break("cli", f"find exits {status}", repr(text)[:300]))
    elif status == 0 and matches is not None:
        rows = json.loads(written)
        got = [(r["start"], r["end"], r["canonical"]) for r in rows]
        if got != _documents(matches):
            out.append(Break("paths disagree", "CLI find differs from find", repr(text)[:300]))
    argv = ["check", "--format", "json", "-"] + (["--context", context] if context else [])
    status, _ = _run_cli(argv, text, out)
    if status not in (0, 1, None):
        out.append(Break("cli", f"check exits {status}", repr(text)[:300]))
    return out


def _run_cli(argv: list[str], text: str, out: list[Break]) -> tuple[int | None, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    stdin = io.StringIO(text)
    with (
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
        _stdin(stdin),
    ):
        status = _guarded(f"cli {argv[0]} raises", lambda: cli(argv), out)
    if "Traceback" in stderr.getvalue():
        out.append(Break(f"cli {argv[0]} raises", "traceback on stderr", stderr.getvalue()[-300:]))
    return (status if isinstance(status, int) else None), stdout.getvalue()


@contextlib.contextmanager
def _stdin(stream: io.StringIO) -> Iterator[None]:
    import sys

    saved, sys.stdin = sys.stdin, stream
    try:
        yield
    finally:
        sys.stdin = saved


def shrink(item: Input, broken: Break, budget: int = 400) -> Input:
    """A shorter input with a break of the same contract and kind (removing runs of
    characters while the break stays): the minimal reproducer a report gives."""

    context = item.context

    def same(text: str) -> bool:
        trial = Input(text, context, item.rule, item.operators)
        return any((b.contract, b.kind) == (broken.contract, broken.kind) for b in check(trial))

    if context is not None:  # without a context, if the break stays
        context = None
        if not same(item.text):
            context = item.context
    text, size = item.text, max(1, len(item.text) // 2)
    while size >= 1 and budget > 0:
        position, removed = 0, False
        while position < len(text) and budget > 0:
            shorter = text[:position] + text[position + size :]
            budget -= 1
            if shorter != text and same(shorter):
                text, removed = shorter, True
            else:
                position += size
        if not removed:
            size //= 2
    return Input(text, context, item.rule, item.operators)
