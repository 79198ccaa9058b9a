"""``annotate()``: text with every citation linked to its page on officielebekendmakingen.nl.

>>> print(annotate("Zie Stb. 2019, 123 & meer.", format="html"))  # doctest: +ELLIPSIS
Zie <a href=".../stb-2019-123.html" class="kamerstuk" title="Stb. 2019, 123">Stb...</a> &amp; meer.
>>> print(annotate("Zie Stb. 2019, 123.", format="markdown"))
Zie [Stb. 2019, 123](https://zoek.officielebekendmakingen.nl/stb-2019-123.html).

Citations without a URL (an annex cited by its Kamerstuk, Handelingen cited by page) stay text.
:func:`annotate_html` links the citations inside an HTML document without touching its markup,
its existing links or its scripts.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from ..model.fields import text_of
from ..model.found import Match
from .extract import find

__all__ = ["BLOCK_TAGS", "annotate", "annotate_html"]

FORMATS = ("html", "markdown")


def annotate(text: str | float | None, format: str = "html") -> str:
    """``text`` with each citation linked: escaped HTML, or Markdown. None and NaN (a missing
    value in a pandas column) are empty text."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}: choose html or markdown")
    text = text_of(text, "annotate()")
    out: list[str] = []
    position = 0
    for start, end, group in _spans(find(text)):
        out.append(_plain(text[position:start], format))
        out.append(_link(text[start:end], group, format))
        position = end
    out.append(_plain(text[position:], format))
    return "".join(out)


def _spans(matches: Iterator[Match]) -> Iterator[tuple[int, int, list[Match]]]:
    """Matches grouped by span: "nrs. 31 en 32" names two documents with one phrase."""
    group: list[Match] = []
    for match in matches:
        if group and (match.start, match.end) != (group[0].start, group[0].end):
            yield group[0].start, group[0].end, group
            group = []
        group.append(match)
    if group:
        yield group[0].start, group[0].end, group


def _plain(text: str, format: str) -> str:
    return html.escape(text, quote=False) if format == "html" else text


def _url(group: list[Match]) -> str | None:
    """The link of a span: its first document that has one ("Stcrt. 1969, 9, 2017, 4": the
    Staatscourant of 1969 has none, that of 2017 has)."""
    return next((m.citation.url for m in group if m.citation.url is not None), None)


def _link(text: str, group: list[Match], format: str) -> str:
    url = _url(group)
    title = "; ".join(m.citation.format() for m in group)
    if format == "html":
        shown = html.escape(text, quote=False)
        if url is None:
            return shown
        return (
            f'<a href="{html.escape(url)}" class="kamerstuk" title="{html.escape(title)}">'
            f"{shown}</a>"
        )
    if url is None:
        return text
    # Markdown link text may not hold brackets; a line break would end the paragraph.
    shown = re.sub(r"\s+", " ", text).replace("[", "\\[").replace("]", "\\]")
    return f"[{shown}]({url})"


# ------------------------------------------------------------------ HTML documents in place

# (A tag's name is taken whole before the rest of it: "<a" before a long run without ">" is
# one pass over the run, not one for each place the name might end.)
_TAG = re.compile(
    r"<!--.*?-->|<![^>]*>|<\?.*?\?>|<(/?)([a-zA-Z][\w:-]*)(?![\w:-])[^>]*>", re.DOTALL
)
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?")
# Text inside these is never linked: links cannot nest, and code is not prose.
_SKIP = frozenset({"a", "script", "style", "textarea", "code", "pre", "title", "head", "button"})
#: HTML elements that end a run of text: a citation does not run across a paragraph or a table
#: cell (here, and in :func:`kamerstuk.text.markup.html_text`).
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "td",
        "th",
        "tr",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "dd",
        "dt",
        "dl",
        "hr",
        "body",
        "html",
        "nav",
        "aside",
        "figure",
        "figcaption",
    ]
)


def annotate_html(document: str | float | None) -> str:
    """``document`` (HTML) with every citation in its text linked, markup left as it was.

    Text inside ``<a>``, ``<script>``, ``<style>``, ``<code>`` and the like is left alone; a
    citation broken by inline markup (``<i>Kamerstukken</i> II 2019/20, ...``) is found whole
    and each of its pieces is linked.

    >>> html = '<p><i>Kamerstukken</i> II 2019/20, 35300, nr.&nbsp;5</p>'
    >>> print(annotate_html(html).replace("><", ">\\n<"))  # doctest: +ELLIPSIS
    <p>
    <i>
    <a href="https://zoek.officielebekendmakingen.nl/kst-35300-5.html" ...>Kamerstukken</a>
    </i>
    <a ...> II 2019/20, 35300, nr.&nbsp;5</a>
    </p>
    """
    document = text_of(document, "annotate_html()")
    pieces = list(_pieces(document))
    wraps: dict[int, list[tuple[int, int, str]]] = {}
    for run in _runs(pieces):
        _link_run(document, pieces, run, wraps)
    return _rebuild(document, pieces, wraps)


def _pieces(document: str) -> Iterator[tuple[str, int, int, str]]:
    """(kind, start, end, tag name) for each tag and each text between tags."""
    position = 0
    for tag in _TAG.finditer(document):
        if tag.start() > position:
            yield "text", position, tag.start(), ""
        name = (tag.group(2) or "").lower()
        yield ("close" if tag.group(1) else "open"), tag.start(), tag.end(), name
        position = tag.end()
    if position < len(document):
        yield "text", position, len(document), ""


def _runs(pieces: list[tuple[str, int, int, str]]) -> list[list[int]]:
    """Indexes of text pieces that read as one run of prose (inline markup between them)."""
    runs: list[list[int]] = [[]]
    skipping: list[str] = []
    for index, (kind, _, _, name) in enumerate(pieces):
        if kind == "text":
            if not skipping:
                runs[-1].append(index)
        elif name in _SKIP:
            if kind == "open":
                skipping.append(name)
            elif name in skipping:
                skipping.remove(name)
            runs.append([])
        elif name in BLOCK_TAGS:
            runs.append([])
    return [r for r in runs if r]


def _link_run(
    document: str,
    pieces: list[tuple[str, int, int, str]],
    run: list[int],
    wraps: dict[int, list[tuple[int, int, str]]],
) -> None:
    """Find the citations in one run of text and note, per piece, which stretch to wrap."""
    chars: list[str] = []
    origin: list[tuple[int, int, int]] = []  # per visible character: piece, start, end in document
    for index in run:
        _, start, end, _ = pieces[index]
        for char, char_start, char_end in _decoded(document, start, end):
            chars.append(char)
            origin.append((index, char_start, char_end))
    visible = "".join(chars)
    for start, end, group in _spans(find(visible)):
        url = _url(group)
        if url is None:
            continue
        title = "; ".join(m.citation.format() for m in group)
        tag = f'<a href="{html.escape(url)}" class="kamerstuk" title="{html.escape(title)}">'
        by_piece: dict[int, list[tuple[int, int, int]]] = {}
        for position in range(start, end):
            by_piece.setdefault(origin[position][0], []).append(origin[position])
        for index, spots in by_piece.items():
            wraps.setdefault(index, []).append((spots[0][1], spots[-1][2], tag))


def _decoded(document: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """The characters of ``document[start:end]`` with entities decoded, and where each was."""
    position = start
    for entity in _ENTITY.finditer(document, start, end):
        for offset in range(position, entity.start()):
            yield document[offset], offset, offset + 1
        decoded = html.unescape(entity.group())
        # An entity that decodes to several characters is taken as its first: spans stay whole.
        yield (decoded[:1] or " "), entity.start(), entity.end()
        position = entity.end()
    for offset in range(position, end):
        yield document[offset], offset, offset + 1


def _rebuild(
    document: str,
    pieces: list[tuple[str, int, int, str]],
    wraps: dict[int, list[tuple[int, int, str]]],
) -> str:
    out: list[str] = []
    for index, (_, start, end, _) in enumerate(pieces):
        position = start
        for wrap_start, wrap_end, tag in sorted(wraps.get(index, [])):
            out.append(document[position:wrap_start])
            out.append(tag + document[wrap_start:wrap_end] + "</a>")
            position = wrap_end
        out.append(document[position:end])
    return "".join(out)
