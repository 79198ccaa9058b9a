"""``parse()``: one citation string to one citation model, with the grammar in grammar.lark.

The LALR parser is built once, on first use, so ``import kamerstuk`` stays fast. Every Lark error
becomes a :class:`~kamerstuk.ParseError` saying where, what was expected and why.

>>> parse("Kamerstukken II 2019/20, 35 300 VIII, nr. 5, p. 3").identifier
'kst-35300-VIII-5'
>>> [str(c) for c in parse_all("Kamerstuk 33783, nrs. 31 en 32")]
['Kamerstukken 33783, nr. 31', 'Kamerstukken 33783, nr. 32']
"""

from __future__ import annotations

import contextlib
import functools
import re
from typing import TYPE_CHECKING, Literal, overload

from ..model.citations import Citation
from ..model.errors import InvalidValue, NoIdentifier, ParseError
from ..model.fields import text_of
from ..model.found import Found
from .messages import describe, expected_words

if TYPE_CHECKING:
    from lark import Lark

    from .engine import Engine, Stuck

# Lark and the grammar are loaded on first use, not on `import kamerstuk` (start-up time).

__all__ = ["engine", "expected_words", "parse", "parse_all", "parse_found", "parser"]

# What may follow a citation without being part of it: sentence punctuation, closing quotes and
# brackets the grammar did not open.
_TRAILING = re.compile(r"[\s.,;:!?'\"\u00bb\u201d\u2019)\]]+$")


@functools.lru_cache(maxsize=1)
def parser() -> Lark:
    """The LALR parser of grammar.lark, built on first use and kept."""
    from lark import Lark

    from .transform import CitationTransformer

    return Lark.open_from_package(
        "kamerstuk.grammar",
        "grammar.lark",
        parser="lalr",
        lexer="contextual",
        maybe_placeholders=False,
        # Inline transformer: callbacks run as rules reduce, so no tree is built (speed).
        transformer=CitationTransformer(),
    )


@functools.lru_cache(maxsize=1)
def engine() -> Engine:
    """The lean runner of :func:`parser`'s tables (see :mod:`kamerstuk.grammar.engine`)."""
    from .engine import Engine
    from .paths import Paths
    from .tables import load
    from .transform import CitationTransformer

    transformer = CitationTransformer()
    runner = Engine(load(), transformer)
    runner.paths = Paths(runner, transformer)  # it learns the forms the engine reads too
    for path in PATHS:
        runner.paths.add(tuple(path.split()), transformer)
    return runner


#: The token paths of the commonest citations, read without the parser's stacks (see
#: kamerstuk.grammar.paths; each is checked against the grammar when the engine is built).
PATHS = (
    "KST_WORD DOSSIER NRKW NUM",
    "KST_WORD DOSSIER SEG NRKW NUM",
    "KST_WORD DOSSIER NRKW NUM DATEKW DATE",
    "KST_WORD DOSSIER NRKW NUM PAGEKW PAGES",
    "KST_WORD DOSSIER",
    "KST_WORD CHAMBER VJ COMMA DOSSIER NRKW NUM",
    "KST_WORD CHAMBER VJ COMMA DOSSIER SEG NRKW NUM",
    "KST_WORD CHAMBER COMMA VJ_WORD VJ COMMA DOSSIER NRKW NUM",
    "KST_WORD CHAMBER VJ COMMA DOSSIER NRKW NUM PAGEKW PAGES",
    "DOSSIER SEG",
    "DOSSIER SEG SEG",
    "DOSSIER NRKW NUM",
    "DOSSIER SEG NRKW NUM",
    "DOSSIER NRKW NUM DATEKW DATE",
    "ZAAK",
    "KV_WORD ZAAK",
    "IDENTIFIER",
    "AANH_WORD COMMA VJ_WORD VJ NRKW NUM",
    "AANH_WORD CHAMBER VJ COMMA NRKW NUM",
    "BLAD_WORD YEAR COMMA NUM",
    "STCRT_WORD YEAR COMMA NUM",
    "LOCAL_WORD YEAR COMMA NUM",
    "HAND_WORD CHAMBER VJ COMMA NRKW NUM ITEMKW NUM",
    # The commonest of the rest in real text (the passages of ../shared/corpus) and in the
    # benchmark's: read by the engine, each costs four to five times a path's reading.
    "DOSSIER",
    "DOSSIER BARE_ONDNR",
    "DOSSIER LETTER_KW LETTER",
    "DOSSIER JOINTSEP DOSSIER BARE_ONDNR",
    "KST_WORD DOSSIER SEG",
    "KST_WORD DOSSIER SEG DATEKW DATE",
    "KST_WORD CHAMBER VJ COMMA DOSSIER",
    "KST_WORD CHAMBER VJ COMMA DOSSIER BARE_ONDNR",
    "KST_WORD CHAMBER VJ COMMA DOSSIER BARE_ONDNR PAGEKW PAGES",
    "KST_WORD CHAMBER VJ COMMA DOSSIER SEG NRKW NUM PAGEKW PAGES",
    "KST_WORD CHAMBER COMMA VJ_WORD VJ COMMA DOSSIER",
    "BIJLAGE KST_WORD DOSSIER NRKW NUM",
    "BIJLAGE KST_WORD CHAMBER VJ COMMA DOSSIER NRKW NUM",
    "HAND_WORD CHAMBER VJ NRKW NUM ITEMKW NUM",
    "HAND_WORD CHAMBER VJ NRKW NUM PAGEKW PAGES",
    "HAND_WORD CHAMBER VJ NRKW NUM ITEMKW NUM PAGEKW PAGES",
    "AANH_WORD CHAMBER VJ NRKW NUM",
    "STUK NRKW NUM",
    "URL",
)


def parse_found(text: str, start: int = 0, end: int | None = None) -> list[Found]:
    """Every document the citation text ``text[start:end]`` names, with spans into ``text``.

    Raises :class:`ParseError` (offsets into ``text``) when the slice is not a citation.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected the citation as a str, got {type(text).__name__}")
    runner = engine()
    try:
        found: list[Found] = runner.parse(text, start, end)
    except runner.Stuck as err:
        raise _parse_error(err, text, end) from None
    except (InvalidValue, NoIdentifier, ParseError) as err:
        raise _value_error(err, text) from err
    return found


def parse_all(
    text: str | float | None, *, errors: Literal["raise", "none"] = "raise"
) -> list[Citation]:
    """Every document a citation string names: ``Kamerstuk 33783, nrs. 31 en 32`` gives two.

    ``errors="none"`` gives ``[]`` for a string that is no citation instead of raising; None and
    NaN (a missing value in a pandas column) are empty text.
    """
    text = _entry(text, errors, "parse_all()")
    if errors == "none":
        try:
            return parse_all(text)
        except ParseError:
            return []
    return [f.citation for f in _whole(text)]


@overload
def parse(text: str | float | None, *, errors: Literal["raise"] = "raise") -> Citation: ...
@overload
def parse(text: str | float | None, *, errors: Literal["none"]) -> Citation | None: ...


def parse(text: str | float | None, *, errors: str = "raise") -> Citation | None:
    """The one citation ``text`` names; :class:`ParseError` when it is none, or several.

    Sentence punctuation and closing quotes or brackets after it are not part of it and are
    left alone; text around a citation is an error that says to use ``find()``.

    ``errors="none"`` gives None instead of raising (``series.apply(parse, errors="none")``
    goes on past the rows that are no citation); None and NaN (a missing value in a pandas
    column) are empty text, which is no citation.

    >>> parse("Stb. 2019, 123").identifier
    'stb-2019-123'
    >>> parse("Stb. 2019, 123.").identifier
    'stb-2019-123'
    >>> parse("onzin", errors="none") is None
    True
    """
    text = _entry(text, errors, "parse()")
    if errors == "none":
        try:
            return parse(text)
        except ParseError:
            return None
    found = _whole(text)
    if len(found) != 1:
        raise ParseError(
            f"this names {len(found)} documents, not one; use kamerstuk.parse_all() for lists",
            text,
            found[1].start,
        )
    return found[0].citation


def _whole(text: str) -> list[Found]:
    """``text`` read as one citation string, with what follows the citation but is not part of
    it (".", "),", "»") left out; a back-reference ("t.a.p.") is no citation on its own."""
    try:
        found = parse_found(text)
    except ParseError as err:
        if err.__cause__ is None:  # the grammar stopped, not a value: try without the tail
            tail = _TRAILING.search(text)
            if tail is not None and tail.start() > 0 and tail.start() <= err.offset:
                with contextlib.suppress(ParseError):
                    return _whole(text[: tail.start()])
            raise _with_hint(err) from None
        raise
    if any(f.citation.kind == "short_form" for f in found):
        raise ParseError(
            "a back-reference ('t.a.p.', 'stuk nr. 12') refers to a citation before it:"
            " use kamerstuk.find() on the whole text",
            text,
            found[0].start,
        )
    return found


def _with_hint(err: ParseError) -> ParseError:
    """The error, with a pointer to find() when the text holds more than a citation."""
    text, at = err.text, err.offset
    words_follow = any(ch.isalpha() for ch in text[at:])
    read = engine().longest(text, 0)
    before = read is not None and read[1] <= at and words_follow
    prose = at == 0 and len(text.split()) > 1
    if not (before or prose) or "did you mean" in err.message:
        return err
    hint = "; to find the citations in running text, use kamerstuk.find()"
    return ParseError(err.message + hint, text, at, err.expected)


def _entry(text: str | float | None, errors: str, who: str) -> str:
    """The text parse() and parse_all() read: a missing value is empty text."""
    if errors not in ("raise", "none"):
        raise ValueError(f"errors={errors!r}: choose 'raise' or 'none'")
    return text_of(text, who)


def _value_error(err: Exception, text: str) -> ParseError:
    """An impossible value inside the citation (``2019/21``) as a ParseError at its item."""
    at = getattr(err, "offset", 0)
    if isinstance(err, ParseError):
        # A KOOP identifier inside the text: its own offset counts from the identifier.
        return ParseError(err.message, text, at + getattr(err, "item_offset", 0), err.expected)
    return ParseError(str(err), text, at)


def _parse_error(err: Stuck, text: str, end: int | None) -> ParseError:
    at = err.offset
    stop = len(text) if end is None else end
    expected = expected_words(err.expected)
    if not text[:stop].strip():
        return ParseError("empty text is not a citation", text, 0, expected)
    if not text[at:stop].strip():
        return ParseError("the citation stops short", text, len(text[:stop].rstrip()), expected)
    return ParseError(f"unexpected {describe(text[at : at + 40])}", text, at, expected)
