"""text/possessive.py: the lookahead it writes for Python 3.10 matches what a possessive repeat
matches (compared where re reads both, Python 3.11 on), and the package's patterns compile."""

from __future__ import annotations

import re

import pytest

from kamerstuk.text.possessive import HAS_POSSESSIVE, possessive

# A repeat, what follows it in the pattern, and the texts each form is matched at.
_CASES = [
    (r"[^\S\n]*", "[*_]", ["  *", "   x", "", " \n*"]),
    ("[0-9]+", "[0-9]", ["123", "1", "12a"]),  # a possessive run keeps every digit
    ("[0-9OolI]+", "(?![a-z])", ["12O3 ", "12Ob", "1l"]),
    ("[A-Z]{1,2}", "(?![A-Za-z])", ["AB ", "ABC", "A1"]),
    ("[.,@:;]?", "[.,]", [".,", ",", ";"]),
    ("(?:[a-c]|[0-9]+(?![a-z]))*", "(?P<end>[0-9]*x)", ["ab12x", "12bx", "a1b2x", "12x", "x"]),
]


def _result(pattern: str, text: str) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    found = re.match(pattern, text)
    if found is None:
        return None
    return found.span(), {k: v for k, v in found.groupdict().items() if not k.startswith("_p")}


@pytest.mark.skipif(not HAS_POSSESSIVE, reason="re reads possessive repeats from Python 3.11")
@pytest.mark.parametrize(("repeat", "after", "texts"), _CASES)
def test_the_lookahead_matches_as_possessive_does(
    repeat: str, after: str, texts: list[str]
) -> None:
    native = possessive(repeat, native=True) + after
    written = possessive(repeat, native=False) + after
    assert "(?=(?P<_p" in written  # the form Python 3.10 gets
    for text in texts:
        assert _result(written, text) == _result(native, text), text


def test_a_possessive_run_gives_nothing_back() -> None:
    """What makes it possessive: both forms fail where a greedy run would give a digit back."""
    for native in (False, True) if HAS_POSSESSIVE else (False,):
        assert re.match(possessive("[0-9]+", native=native) + "[0-9]", "123") is None
    assert re.match("[0-9]+[0-9]", "123") is not None


def test_each_lookahead_has_a_name_of_its_own() -> None:
    """Two in one pattern must not share a group name (re would reject the pattern)."""
    twice = "".join(possessive("[a-z]*", native=False) for _ in range(2))
    assert re.fullmatch(twice, "abc") is not None
    names = re.findall(r"\(\?P<(\w+)>", twice)
    assert len(set(names)) == len(names) == 2
    assert all(name.startswith("_p") for name in names)


# Run in a fresh process: possessive() made to write Python 3.10's form before the package is
# imported, then every pattern find() runs looked at for what only Python 3.11's re reads.
_AS_ON_310 = """
import importlib.util, sys
sys.path.insert(0, "tests")
# The module, loaded before the package, which then takes it from sys.modules.
spec = importlib.util.spec_from_file_location(
    "kamerstuk.text.possessive", "kamerstuk/text/possessive.py"
)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
for function in (module.possessive, module.possessive_around):
    function.__defaults__ = (False,)
sys.modules["kamerstuk.text.possessive"] = module
try:
    from re import _constants as const, _parser as sre
except ImportError:
    import sre_constants as const, sre_parse as sre
import test_meeting_runs
from kamerstuk import find

NEWER = {getattr(const, n) for n in ("POSSESSIVE_REPEAT", "ATOMIC_GROUP") if hasattr(const, n)}

def newer(node):
    if isinstance(node, tuple) and len(node) == 2 and node[0] in NEWER:
        return True
    return isinstance(node, (tuple, list, sre.SubPattern)) and any(newer(v) for v in node)

bad = [n for n, (p, f) in test_meeting_runs._all_patterns().items() if newer(sre.parse(p, f))]
print(bad)
print([m.text for m in find("Kamerstukken II 2019/20, 35 300, nr. 5; Stb. 2019, 12")])
"""


def test_the_patterns_compile_as_python_3_10_reads_them() -> None:
    """With possessive() writing the lookahead, no pattern holds a possessive repeat or an
    atomic group (Python 3.10's re has neither), and find() reads as before."""
    import subprocess
    import sys
    from pathlib import Path

    from kamerstuk import find

    root = Path(__file__).resolve().parents[1]
    run = [sys.executable, "-c", _AS_ON_310]
    out = subprocess.run(run, capture_output=True, text=True, check=True, cwd=root).stdout
    bad, found = out.splitlines()
    assert bad == "[]"
    text = "Kamerstukken II 2019/20, 35 300, nr. 5; Stb. 2019, 12"
    assert found == repr([m.text for m in find(text)])
