"""Contexts over a corpus: the Kamerstuk each text is, for ``find_many(contexts=...)`` and the
tables and graph of :mod:`kamerstuk.frame`.

``find(text, context=...)`` reads "stuk nr. 12" and "nr. 12 van dit wetsvoorstel" in the dossier
of the Kamerstuk being read. Over a corpus each text has its own context, given as an iterable
parallel to the texts, and each is read here, in the process that asked, before its text goes to
a worker (a worker is sent the Kamerstuk, or None):

- a Kamerstuk, by its citation, the citation's text or its identifier (``kst-36200-VII-3``): the
  text is read as ``find(text, context=...)`` reads it;
- None, NaN, or an empty text: no context, as ``find(text)``;
- another kind of document (``stb-2019-123``, ``blg-123456``, "Handelingen II 2019/20, nr. 3"):
  no context either. ``find()`` refuses it (``TypeError``): one context given by hand that names a
  Staatsblad is likely a mistake. A corpus's ids are identifiers of every kind, and a Staatsblad
  or a bijlage has no dossier of its own for "stuk nr. 12" to refer to, so the ids can be passed
  as the contexts whatever their kinds;
- text that names no document at all (a file name, a title, a malformed identifier):
  :class:`~kamerstuk.InvalidValue` that names the text and says why, since such contexts are not
  what was meant; anything else (a number): ``TypeError``.

>>> for text, context in paired(["a", "b", "c"], ["kst-36200-VII-3", "stb-2019-1", None], "f()"):
...     print(text, context and context.identifier)
a kst-36200-VII-3
b None
c None
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator
from typing import TypeVar

from ..model.citations import Citation, Kamerstuk
from ..model.errors import InvalidValue, KamerstukError, ParseError
from ..model.fields import is_missing, iterable_of_texts
from ..model.found import Match
from ..model.identifier_parser import from_identifier
from .backrefs import context_citation
from .extract import find

__all__ = ["Item", "corpus_context", "found_in", "is_missing", "paired", "weight"]

T = TypeVar("T")

#: What a worker reads: a text, or a text and the Kamerstuk it is (None: no context).
Item = str | tuple[str, Kamerstuk | None]


def found_in(item: Item) -> Iterator[Match]:
    """``find()`` of an :data:`Item`: of the text, in its context where it has one."""
    if isinstance(item, str):
        return find(item)
    return find(item[0], context=item[1])


def weight(item: Item) -> int:
    """The length of an :data:`Item`'s text: what it weighs in a chunk sent to a worker."""
    return len(item if isinstance(item, str) else item[0])


def paired(
    items: Iterable[T], contexts: Iterable[object], who: str
) -> Iterator[tuple[T, Kamerstuk | None]]:
    """Each item with the Kamerstuk of its context (:func:`corpus_context`), read as the items
    are; ``ValueError`` where there are more items than contexts, or fewer. ``who`` names the
    function in the errors."""
    iterable_of_texts(contexts, f"{who[:-2]}(contexts=)", "contexts")
    end = object()
    both = itertools.zip_longest(items, contexts, fillvalue=end)
    for position, (item, context) in enumerate(both):
        if item is end or context is end:
            raise ValueError(f"{who}: texts and contexts differ in length")
        yield item, corpus_context(context, position, who)  # type: ignore[misc]


def corpus_context(value: object, position: int, who: str) -> Kamerstuk | None:
    """The Kamerstuk of text ``position``'s context; None for none or another kind (see above).

    >>> corpus_context("Kamerstuk 36200, nr. 3", 0, "f()").identifier
    'kst-36200-3'
    >>> corpus_context("Stb. 2019, 123", 0, "f()") is None
    True
    """
    if isinstance(value, str):
        try:
            return _of_text(value.strip())
        except KamerstukError as err:
            why = err.message if isinstance(err, ParseError) else str(err)
            raise InvalidValue(
                f"{who}: the context of text {position} ({value!r}) names no document ({why}):"
                " give a Kamerstuk's citation or identifier, such as kst-36200-VII-3, or None"
            ) from err
    if isinstance(value, Citation):
        return value if isinstance(value, Kamerstuk) else None
    if is_missing(value):
        return None
    raise TypeError(
        f"{who}: the context of text {position} is of type {type(value).__name__}: give a"
        " citation, its text or its identifier (or None)"
    )


@functools.lru_cache(maxsize=1024)  # a column of contexts often names a few documents many times
def _of_text(text: str) -> Kamerstuk | None:
    if not text:
        return None
    try:
        # An identifier first: read in 1-2 us, where the grammar takes 20 us (a corpus's ids).
        cited: Citation = from_identifier(text)
    except KamerstukError:
        try:
            return context_citation(text)
        except TypeError:  # a citation of another kind
            return None
    return cited if isinstance(cited, Kamerstuk) else None
