"""The grammar-driven fuzzer (issue 18 item 4) on 20,000 inputs: every public path keeps its
contract on text made from random derivations of every rule of grammar.lark.

Every input goes through find() (no exception, exact spans, ``parse(c.format()) == c`` for
each citation found); the costlier paths see a sample, by input number: validate() one in 3
(fix_text() where it proposes a fix), annotate(), annotate_html() and find_many() one in 8, the
CLI (``find`` and ``check`` in-process on stdin) one in 200. benchmarks/fuzz.py runs the same
checks on 1,000,000 inputs and shrinks each break to a minimal reproducer.

A contract that breaks is marked xfail(strict) with the break classes in its reason, until the
readers' fixes make it hold (every one holds since the grammar work of issues 18.4 and 19.9).
"""

from __future__ import annotations

import contextlib
import functools
import random
import re
from collections import Counter

import pytest
from grammar_fuzz import Break, Input, Paths, check, make, sampler
from grammar_sampler import sample_regex

import kamerstuk

SEED, INPUTS = 18, 20_000
PATHS = Paths(validate=3, annotate=8, find_many=8, cli=200)


@functools.cache
def run() -> tuple[tuple[Input, ...], tuple[tuple[int, Break], ...]]:
    items = tuple(make(SEED, i) for i in range(INPUTS))
    breaks = tuple((i, b) for i, item in enumerate(items) for b in check(item, i, PATHS))
    return items, breaks


def broken(*contracts: str) -> Counter[str]:
    """The break kinds of these contracts, with their counts, and an example each."""
    items, breaks = run()
    found: Counter[str] = Counter()
    for index, b in breaks:
        if b.contract in contracts:
            found[f"{b.contract}: {b.kind} (e.g. {items[index].text[:120]!r})"[:400]] += 1
    return found


def test_find_never_raises() -> None:
    assert broken("find raises") == Counter()


def test_spans_are_exact() -> None:
    assert broken("span") == Counter()


def test_validate_and_fix_text_never_raise() -> None:
    assert broken("validate raises", "fix_text raises") == Counter()


def test_annotate_never_raises() -> None:
    assert broken("annotate raises", "annotate_html raises") == Counter()


def test_find_many_never_raises() -> None:
    assert broken("find_many raises") == Counter()


def test_every_path_names_the_same_documents() -> None:
    assert broken("paths disagree") == Counter()


def test_the_cli_keeps_its_exit_statuses() -> None:
    assert broken("cli", "cli find raises", "cli check raises") == Counter()


def test_every_found_citation_round_trips() -> None:
    assert broken("round trip", "round trip raises") == Counter()


@pytest.mark.parametrize(("seed", "number"), [(3030, 185136), (3030, 185139), (3030, 185142)])
def test_breaks_found_at_scale_stay_fixed(seed: int, number: int) -> None:
    # Inputs of benchmarks/fuzz.py's 1,000,000 that broke a contract, made again from their seed
    # and number: a Bijlage of an Eerste Kamer dossier without a letter printed a form
    # ("Bijlage bij Kamerstukken LXXX") that did not read back.
    item = make(seed, number)
    assert kamerstuk.find(item.text)  # the input still reaches the grammar
    assert check(item, number, Paths()) == []


# ---------------------------------------------------------------- the generator itself


def test_every_rule_of_the_grammar_is_derived() -> None:
    items, _ = run()
    rules = {f"{r.origin.name}: {' '.join(s.name for s in r.expansion)}" for r in sampler().rules}
    assert {item.rule for item in items} == rules


def test_inputs_are_made_again_from_their_seed_and_number() -> None:
    assert make(SEED, 12345) == make(SEED, 12345)
    assert make(SEED, 12345) != make(SEED + 1, 12345)


def test_inputs_reach_the_grammar() -> None:
    # Enough of them are read as citations for the deeper paths to be exercised (about 0.4).
    items, _ = run()
    read = 0
    for item in items[:2000]:
        with contextlib.suppress(kamerstuk.KamerstukError, TypeError):
            read += bool(list(kamerstuk.find(item.text, context=item.context)))
    assert read > 600


@pytest.mark.parametrize("name", sorted(sampler().terminals))
def test_each_terminal_is_sampled_from_its_regex(name: str) -> None:
    pattern = sampler().terminals[name]
    if type(pattern).__name__ == "PatternStr":
        return
    flags = re.IGNORECASE if "i" in pattern.flags else 0
    # The sampler ignores lookarounds, so a sample is held to the pattern without them.
    plain = without_lookarounds(pattern.value)
    rng = random.Random(name)
    for _ in range(50):
        sample = sample_regex(pattern.value, rng, ignorecase=bool(flags), digits=0.0)
        assert re.fullmatch(plain, sample, flags), (name, sample)


def without_lookarounds(pattern: str) -> str:
    """``pattern`` with its lookaround groups cut out.

    >>> without_lookarounds(r"a(?=b(c))[(?!]d(?<!x)")
    'a[(?!]d'
    """
    out, i, depth, cut_at = [], 0, 0, None
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        step = 2 if ch == "\\" else 1
        if not in_class and cut_at is None and re.match(r"\(\?(?:=|!|<=|<!)", pattern[i:]):
            cut_at = depth
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        elif ch == "(" and not in_class:
            depth += 1
        elif ch == ")" and not in_class:
            depth -= 1
            if cut_at is not None and depth == cut_at:
                cut_at = None
                i += 1
                continue
        if cut_at is None:
            out.append(pattern[i : i + step])
        i += step
    return "".join(out)
