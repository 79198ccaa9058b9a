"""Random derivations of kamerstuk/grammar/grammar.lark (issue 18, item 4): the grammar itself
makes the text the fuzz tests feed, so that they reach its deeper paths.

:class:`Sampler` loads the grammar with Lark, reads its rules (the BNF Lark compiles, with the
helper rules of ``?``, ``*`` and ``+``) and terminals, and derives a random sentence from
``start``, or through a chosen rule so that every rule is used; each terminal is sampled from
its regex by :func:`sample_regex`, a small sampler over Python's regex parser (classes,
repeats, alternatives, groups; lookarounds are ignored, so a sample may break them, which is
welcome in a fuzzer). Digits are random, with Unicode digits now and then (Arabic-Indic,
fullwidth, superscript), and numbers are sometimes replaced by 0, leading zeros or huge ones.

>>> import random, re
>>> number = sample_regex(r"[1-9][0-9]{4}", random.Random(1), digits=0.0)
>>> re.fullmatch(r"[1-9][0-9]{4}", number) is not None
True
>>> sample_regex(r"(?i:stb)[.]", random.Random(4))
'STb.'
>>> tokens = Sampler().derive(random.Random(2))
>>> all(isinstance(name, str) and isinstance(text, str) for name, text in tokens)
True
"""

from __future__ import annotations

import functools
import importlib
import random
import re
from collections.abc import Callable, Iterator
from typing import Any

import lark

from support import ROOT

GRAMMAR = ROOT / "kamerstuk" / "grammar" / "grammar.lark"
#: Python's regex parser (``re._parser`` since 3.11, ``sre_parse`` before).
try:
    _parser: Any = importlib.import_module("re._parser")
    _const: Any = importlib.import_module("re._constants")
except ImportError:  # Python 3.10
    _parser = importlib.import_module("sre_parse")
    _const = importlib.import_module("sre_constants")

#: Digits of other scripts: each reads as a digit to str.isdigit(), none matches [0-9].
UNICODE_DIGITS = ["٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "⁰¹²³⁴⁵⁶⁷⁸⁹"]
#: Characters tried for negated classes and ".": a few of every sort.
POOL = " \t\n\u00a0\u2009\u202faAzZnN0159,.;:/-–—()[]|*_\\'\"&@éß€"


def _category(name: str, ch: str) -> bool:
    tests = {
        "CATEGORY_DIGIT": ch.isdigit(),
        "CATEGORY_SPACE": ch.isspace(),
        "CATEGORY_WORD": ch.isalnum() or ch == "_",
    }
    plain = name.replace("NOT_", "")
    return tests.get(plain, False) != name.startswith("CATEGORY_NOT_")


def _in_class(ch: str, items: list[tuple[Any, Any]]) -> bool:
    negate = False
    hit = False
    for op, value in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            hit |= ord(ch) == value
        elif name == "RANGE":
            hit |= value[0] <= ord(ch) <= value[1]
        elif name == "CATEGORY":
            hit |= _category(str(value), ch)
    return hit != negate


#: The regex opcodes sampled, and the method of :class:`_Regex` for each.
_OPCODES = "LITERAL NOT_LITERAL ANY IN BRANCH SUBPATTERN ATOMIC_GROUP MAX_REPEAT MIN_REPEAT"
_DISPATCH = {
    getattr(_const, name): f"op_{name.lower()}"
    for name in [*_OPCODES.split(), "POSSESSIVE_REPEAT", "GROUPREF"]
    if hasattr(_const, name)
}
_FITS: dict[int, tuple[list[str], Any]] = {}


def _fits(items: list[tuple[Any, Any]]) -> list[str]:
    """The characters of POOL in a class (kept per parsed class: patterns are cached)."""
    kept = _FITS.get(id(items))
    if kept is None or kept[1] is not items:
        kept = _FITS[id(items)] = ([c for c in POOL if _in_class(c, items)], items)
    return kept[0]


class _Regex:
    """One walk over a parsed regex, producing a string it (nearly) matches."""

    def __init__(self, rng: random.Random, digits: float, folded: bool) -> None:
        self.rng = rng
        self.digits = digits  # the share of digits written in another script
        self.folded = folded  # case-insensitive: letters in any case
        self.groups: dict[int, str] = {}

    def digit(self, value: int) -> str:
        if self.rng.random() < self.digits:
            return self.rng.choice(UNICODE_DIGITS)[value]
        return str(value)

    def letter(self, ch: str) -> str:
        if self.folded and ch.isalpha():
            return ch.upper() if self.rng.random() < 0.3 else ch.lower()
        return ch

    def sequence(self, items: Any) -> str:
        return "".join(self.item(op, value) for op, value in items)

    def item(self, op: Any, value: Any) -> str:
        name = _DISPATCH.get(op)
        return "" if name is None else str(getattr(self, name)(value))  # AT, ASSERT: ignored

    def op_literal(self, value: int) -> str:
        ch = chr(value)
        return self.digit(int(ch)) if ch.isdigit() and ch.isascii() else self.letter(ch)

    def op_not_literal(self, value: int) -> str:
        return self.rng.choice([c for c in POOL if ord(c) != value and c != "\n"])

    def op_any(self, value: Any) -> str:
        return self.rng.choice([c for c in POOL if c != "\n"])

    def op_in(self, items: list[tuple[Any, Any]]) -> str:
        negated = any(op is _const.NEGATE for op, _ in items)
        if negated or self.rng.random() < 0.02:
            fits = _fits(items)
            if fits or negated:  # a class of letters the pool lacks ("[IVX]") is sampled below
                return self.rng.choice(fits) if fits else ""
        op, value = self.rng.choice(items)
        if op is _const.RANGE:
            low, high = value
            if low <= ord("0") and ord("9") <= high:
                return self.digit(self.rng.randint(0, 9))
            return self.letter(chr(self.rng.randint(low, high)))
        if op is _const.CATEGORY:
            fits = _fits([(op, value)])
            return self.rng.choice(fits) if fits else ""
        return self.op_literal(value)

    def op_branch(self, value: Any) -> str:
        return self.sequence(self.rng.choice(value[1]))

    def op_subpattern(self, value: Any) -> str:
        group, add, _delete, pattern = value
        folded = self.folded
        self.folded = folded or bool(add & re.IGNORECASE)
        text = self.sequence(pattern)
        self.folded = folded
        if group is not None:
            self.groups[group] = text
        return text

    def op_atomic_group(self, pattern: Any) -> str:
        return self.sequence(pattern)

    def op_max_repeat(self, value: Any) -> str:
        low, high, pattern = value
        if high == _const.MAXREPEAT or high - low > 8:  # open-ended: mostly few
            count = low + min(int(self.rng.expovariate(1.5)), 4)
        else:  # a number's digits: any length allowed
            count = self.rng.randint(low, high)
        return "".join(self.sequence(pattern) for _ in range(count))

    op_min_repeat = op_max_repeat
    op_possessive_repeat = op_max_repeat

    def op_groupref(self, group: int) -> str:
        return self.groups.get(group, "")


@functools.lru_cache(maxsize=256)
def _parsed(pattern: str, flags: int) -> Any:
    return _parser.parse(pattern, flags)


def sample_regex(
    pattern: str, rng: random.Random, *, ignorecase: bool = False, digits: float = 0.02
) -> str:
    """A random string that matches ``pattern`` (lookarounds ignored)."""
    flags = re.IGNORECASE if ignorecase else 0
    return _Regex(rng, digits, ignorecase).sequence(_parsed(pattern, flags))


#: Odd numbers put in place of a sampled one: zero, leading zeros, huge, other scripts.
ODD_NUMBERS = ["0", "00", "000", "012", "0012", "0b", "999999", "1000000", "12345678901234567890"]
NUMBER_TERMINALS = {"NUM", "YEAR", "PAGES", "DOSSIER", "DOSSIER5", "BARE_ONDNR", "STUK_NUM", "VJ"}


def odd_number(rng: random.Random) -> str:
    """A number no citation should have, or one in digits of another script."""
    if rng.random() < 0.3:
        script = rng.choice(UNICODE_DIGITS)
        return "".join(script[int(d)] for d in str(rng.randint(0, 99999)))
    return rng.choice(ODD_NUMBERS)


_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]  # fmt: skip


def _vergaderjaar(rng: random.Random) -> str:
    year = rng.randint(1950, 2030)
    forms = [f"{year}/{(year + 1) % 100:02d}", f"{year}-{year + 1}", f"{year}/{year + 1}",
             f"{year}–{year + 1}", f"{year}{year + 1}", f"{year}-{(year + 1) % 100:02d}"]  # fmt: skip
    return rng.choice(forms)


def _date(rng: random.Random) -> str:
    year, month, day = rng.randint(1950, 2030), rng.randint(1, 12), rng.randint(1, 28)
    forms = [f"{day} {_MONTHS[month - 1]} {year}", f"{day:02d}-{month:02d}-{year}",
             f"{year}-{month:02d}-{day:02d}", f"{day} {_MONTHS[month - 1][:3]}. {year}"]  # fmt: skip
    return rng.choice(forms)


def _pages(rng: random.Random) -> str:
    page = rng.randint(1, 6000)
    return rng.choice([str(page), f"{page}-{page + rng.randint(1, 9)}", f"{page} en {page + 1}"])


#: Plausible values of the terminals the models check, used most of the time.
PLAUSIBLE: dict[str, Callable[[random.Random], str]] = {
    "VJ": _vergaderjaar,
    "YEAR": lambda rng: str(rng.randint(1950, 2030)),
    "DATE": _date,
    "NUM": lambda rng: str(
        rng.choice([rng.randint(1, 30), rng.randint(1, 300), rng.randint(1, 9999)])
    ),
    "PAGES": _pages,
}


class Sampler:
    """Random derivations of the grammar: ``derive`` gives (terminal name, text) pairs."""

    def __init__(self) -> None:
        parser = lark.Lark(GRAMMAR.read_text(encoding="utf-8"), parser="lalr")
        self.rules: list[Any] = list(parser.rules)
        self.by_origin: dict[str, list[Any]] = {}
        for rule in self.rules:
            self.by_origin.setdefault(rule.origin.name, []).append(rule)
        self.terminals = {t.name: t.pattern for t in parser.terminals}
        self.ignored = parser.ignore_tokens
        self.height = self._heights()
        self.routes = self._routes()
        self.depths = {id(r): self._depth(r) for r in self.rules}

    def _heights(self) -> dict[str, int]:
        """The least depth of a derivation of each rule name (terminals are 0)."""
        height: dict[str, int] = {}
        changed = True
        while changed:
            changed = False
            for name, rules in self.by_origin.items():
                best = min(
                    (1 + max((self._h(s, height) for s in r.expansion), default=0) for r in rules),
                    default=10**9,
                )
                if best < height.get(name, 10**9):
                    height[name], changed = best, True
        return height

    def _h(self, symbol: Any, height: dict[str, int]) -> int:
        return 0 if symbol.is_term else height.get(symbol.name, 10**9)

    def _routes(self) -> dict[str, list[Any]]:
        """For each rule name, the rules to use from ``start`` to reach it (breadth first)."""
        routes: dict[str, list[Any]] = {"start": []}
        queue = ["start"]
        while queue:
            name = queue.pop(0)
            for rule in self.by_origin.get(name, []):
                for symbol in rule.expansion:
                    if not symbol.is_term and symbol.name not in routes:
                        routes[symbol.name] = [*routes[name], rule]
                        queue.append(symbol.name)
        return routes

    def derive(self, rng: random.Random, through: Any = None) -> list[tuple[str, str]]:
        """A random sentence of the grammar; with ``through``, one that uses that rule."""
        forced: dict[str, Any] = {}
        if through is not None:
            forced = {r.origin.name: r for r in self.routes.get(through.origin.name, [])}
            forced[through.origin.name] = through
        return list(self._expand("start", rng, forced, 0))

    def _expand(
        self, name: str, rng: random.Random, forced: dict[str, Any], depth: int
    ) -> Iterator[tuple[str, str]]:
        rule = forced.pop(name, None)
        if rule is None:
            rules = self.by_origin[name]
            if depth > 5 or rng.random() < 0.5:  # the shortest ends: derivations stay short
                least = min(self.depths[id(r)] for r in rules)
                rules = [r for r in rules if self.depths[id(r)] == least]
            rule = rng.choice(rules)
        for symbol in rule.expansion:
            if symbol.is_term:
                yield symbol.name, self.terminal(symbol.name, rng)
            else:
                yield from self._expand(symbol.name, rng, forced, depth + 1)

    def _depth(self, rule: Any) -> int:
        return max((self._h(s, self.height) for s in rule.expansion), default=0)

    def terminal(self, name: str, rng: random.Random) -> str:
        """A random text of terminal ``name``; odd numbers now and then, and for the values
        the models check (vergaderjaren, years, dates, small numbers) a plausible one most
        often: a regex sample of those is nearly always refused, and the reader's deeper
        paths are only reached by values it accepts."""
        if name in NUMBER_TERMINALS and rng.random() < 0.08:
            return odd_number(rng)
        plausible = PLAUSIBLE.get(name)
        if plausible is not None and rng.random() < 0.7:
            return plausible(rng)
        pattern = self.terminals[name]
        if type(pattern).__name__ == "PatternStr":
            return str(pattern.value)
        return sample_regex(pattern.value, rng, ignorecase="i" in pattern.flags)

    def space(self, rng: random.Random) -> str:
        """What may stand between two tokens: nothing, a space, or a sample of ``_S``."""
        roll = rng.random()
        if roll < 0.3:
            return ""
        if roll < 0.8:
            return " "
        return sample_regex(self.terminals["_S"].value, rng)
