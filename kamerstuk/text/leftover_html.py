"""HTML left in plain text by a careless conversion: tags and character references, repaired
as a browser shows them (a layout repair, :mod:`kamerstuk.text.layout`).

- an inline tag (``<i>Stb.</i> 2003, 75``, ``nr. <b>18</b>``, ``<a href="...">``) is cut, as
  markup: a fix of the citation must not drop it;
- a footnote in ``<sup>`` glued to what stands before it (``nr. 18<sup>3</sup>``) is cut
  whole, mark and all, as a superscript footnote mark is;
- a line break ``<br>`` and a tag that opens or closes a block (``<p>``, ``</li>``, ``<td>``)
  stand for a line break and a blank line;
- a character reference (``&nbsp;``, ``&#160;``, ``&#xa0;``, ``&amp;``) stands for its
  character.

Each is looked for only at a ``<`` or ``&`` that ``str.find`` finds, so text without them costs
two finds. A ``<`` that opens no tag (``a < b``, ``<5 %``) and an ``&`` that opens no reference
(``Q&A``, ``&c``) are left as they are.

>>> text = "Zie <i>Stb.</i> 2003,&nbsp;75<sup>3</sup>."
>>> [(text[e.start : e.end], e.text) for e in html_edits(text, 0, len(text))]
[('<i>', ''), ('</i>', ''), ('&nbsp;', '\\xa0'), ('<sup>3</sup>', '')]
"""

from __future__ import annotations

import heapq
import html
import re
from collections.abc import Iterator

from .edit import LAYOUT, LOOKAHEAD, MARKUP, Edit

__all__ = ["html_edits"]

# A tag: its name right after "<" (or "</"), then a space, "/" or ">" (not ":", so that a link
# in angle brackets, "<https://...>", stays), attributes on one line, at most 300 characters.
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,9})(?=[\s/>])(?:[^<>\n]{0,300})?>")
# A line break in the source after a tag that breaks a line is only the source's layout: a
# browser shows one line break (or blank line) for both.
_SOURCE_BREAK = re.compile(r"[ \t]*\r?\n")
# A footnote in <sup>: a few characters, then its closing tag.
_SUP = re.compile(r"<sup\b[^<>\n]{0,100}>[^<>\n]{1,6}</sup>", re.IGNORECASE)
# A character reference: named, decimal or hexadecimal, with its semicolon.
_REFERENCE = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
# What a footnote in <sup> is glued to (besides a letter or digit): a markdown marker too
# ("nr. **133**<sup>57</sup>": the marker's cut glued 57 to 133, stuk 13357).
_MARK_AFTER = frozenset(".)]*_")
#: Tags that break a line, and tags that open or close a block of text (a paragraph apart).
_LINE = frozenset({"br"})
_BLOCK = frozenset(
    ["p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "thead", "tbody",
     "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header", "footer",
     "hr", "pre"]
)  # fmt: skip


def html_edits(original: str, start: int, end: int) -> Iterator[Edit]:
    """The repairs of the tags and character references that start in
    ``original[start:end]``, in order."""
    found = []
    if original.find("<", start, end) >= 0:
        found.append(_tags(original, start, end))
    if original.find("&", start, end) >= 0:
        found.append(_references(original, start, end))
    return heapq.merge(*found, key=lambda e: e.start)


def _tags(original: str, start: int, end: int) -> Iterator[Edit]:
    limit = min(len(original), end + LOOKAHEAD + 300)
    at = original.find("<", start, end)
    while at >= 0:
        stop = at + 1
        before = original[at - 1 : at]
        glued = before.isalnum() or before in _MARK_AFTER
        sup = _SUP.match(original, at, limit) if glued else None
        tag = sup or _TAG.match(original, at, limit)
        if tag is not None:
            stop = tag.end()
            text = "" if sup else _stands_for(tag.group(2).lower())
            after = _SOURCE_BREAK.match(original, stop, limit) if text else None
            stop = after.end() if after else stop
            yield Edit(at, stop, text, LAYOUT if text else MARKUP)
        at = original.find("<", stop, end)


def _stands_for(name: str) -> str:
    # What a browser shows for a tag: a line break, a blank line, or nothing.
    return "\n" if name in _LINE else "\n\n" if name in _BLOCK else ""


def _references(original: str, start: int, end: int) -> Iterator[Edit]:
    limit = min(len(original), end + 40)
    at = original.find("&", start, end)
    while at >= 0:
        reference = _REFERENCE.match(original, at, limit)
        if reference is not None:
            character = html.unescape(reference.group())
            if character != reference.group():
                yield Edit(at, reference.end(), character, LAYOUT)
        at = original.find("&", at + 1, end)
