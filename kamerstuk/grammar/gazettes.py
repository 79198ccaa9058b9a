"""What a gazette citation's tokens say beyond its numbers: the year of the act named before it
and the page of each year's numbers (:meth:`kamerstuk.grammar.transform.CitationTransformer.blad`).

>>> from kamerstuk.grammar.lexer import Lexeme
>>> tokens = [Lexeme("YEAR", "2019", 5, 9), Lexeme("NUM", "123", 11, 14),
...           Lexeme("PAGES", "4", 19, 20), Lexeme("YEAR", "2020", 24, 28),
...           Lexeme("NUM", "45", 30, 32)]
>>> group_pages(tokens)
['4', None]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import date, squash

if TYPE_CHECKING:
    from lark import Token

__all__ = ["act_year", "group_pages"]


def group_pages(tokens: list[Token]) -> list[str | None]:
    """The page of each year's numbers in a gazette citation, as :func:`by_year` groups them:
    "Stb. 2019, 123, p. 4 en 2020, 45, p. 2" has pages 4 and 2, "... 123 en 2020, 45, p. 2" none
    and 2."""
    pages: list[str | None] = []
    page, numbers = None, False
    for token in tokens:
        if token.type == "YEAR" and numbers:
            pages.append(page)
            page, numbers = None, False
        numbers = numbers or token.type == "NUM"
        page = squash(token) if token.type == "PAGES" else page
    return [*pages, page] if numbers else pages


def act_year(tokens: list[Token]) -> int | None:
    """The year of the act named before a gazette: its date ("12 mei 1994") or "van 1987"."""
    for token in tokens:
        if token.type == "DATE":
            return date(str(token)).year
        if token.type == "ACT_YEAR":
            return int(token[-4:])
    return None
