"""KOOP's document XML and HTML pages as plain text, a blank line between paragraphs.

Offline and small: what :func:`kamerstuk.find` needs is the running text, with the words of one
paragraph on one line (whitespace of the markup's indentation folded) and paragraphs apart, so
that a citation is never glued to the heading above it.

>>> koop_xml_text(b'''<officiele-publicatie><metadata><meta name="x" content="y"/></metadata>
... <kamerstuk><stuknr>Nr. <ondernummer>143</ondernummer></stuknr>
... <al>Zie <extref doc="stb-2020-118">Staatsblad 2020,
...    118</extref>.</al><al>Tot slot.</al></kamerstuk></officiele-publicatie>''')
'Nr. 143\\n\\nZie Staatsblad 2020, 118.\\n\\nTot slot.'
>>> html_text("<html><head><title>x</title></head><body><p>Zie <i>Stb.</i> 2019, 123</p>"
...           "<p>Einde</p></body></html>")
'Zie Stb. 2019, 123\\n\\nEinde'
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from html.parser import HTMLParser

import defusedxml.ElementTree as SafeET

from .annotate import BLOCK_TAGS

__all__ = ["INLINE", "element_text", "html_text", "koop_xml_text"]

#: Marks a paragraph break while pieces are joined; XML and HTML text cannot hold a NUL.
_BREAK = "\0"

#: Elements that run on inside a paragraph even where they stand alone in their parent: of
#: KOOP's document XML (a name of ``voornaam`` and ``achternaam``, an article heading of ``label``
#: and ``nr``) and of XHTML (``span``, ``a``). Any element amid text of its parent runs on too;
#: every other element is a paragraph.
INLINE = frozenset({
    "achternaam", "afkorting", "cursief", "datum", "dossiernr", "extref", "functie", "inf",
    "intref", "kamervraagonderwerp", "label", "li.nr", "lidnr", "nadruk", "naam", "noot-ref",
    "nootref", "nr", "ondernummer", "organisatie", "sub", "sup", "super", "vet", "voornaam",
    "a", "abbr", "b", "code", "em", "i", "small", "span", "strong", "u",
})  # fmt: skip
#: Elements that are a paragraph even amid text: a footnote stands where it is marked
#: ("tekst<noot>...</noot> verder"), and its citations must not run into the word before it; a
#: line break ends a line, as :func:`html_text` reads it.
_ALWAYS_BLOCK = frozenset({"noot", "br"})
#: Elements whose text is not the document's: its metadata, an XHTML page's head and scripts.
_SKIP_XML = frozenset({"metadata", "meta", "head", "script", "style", "link"})
#: HTML elements whose text is not shown as prose.
_SKIP_HTML = frozenset({"head", "script", "style", "template", "noscript"})


def koop_xml_text(data: bytes | str) -> str:
    """The text of a KOOP document (``<officiele-publicatie>`` XML), paragraphs apart.

    Parsed with defusedxml (no entities, nothing fetched); raises
    ``xml.etree.ElementTree.ParseError`` for text that is not well-formed XML.
    """
    return element_text(SafeET.fromstring(data))


def element_text(root: ET.Element) -> str:
    """The text of a parsed KOOP document or XHTML page (namespaces or none), paragraphs apart.

    >>> element_text(ET.fromstring('<html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
    ...     'x</title></head><p><span>Stb.</span> <span>2019, 1</span></p></html>'))
    'Stb. 2019, 1'
    """
    pieces: list[str] = []
    # Depth-first without recursion, so that a deeply nested file cannot exhaust the stack.
    # An entry is (element, False, whether its parent has text between its children) on the way
    # in, and (element, True, whether it is a paragraph) on the way out.
    stack: list[tuple[ET.Element, bool, bool]] = [(root, False, False)]
    while stack:
        element, closing, flag = stack.pop()
        if closing:
            pieces += [_BREAK if flag else "", element.tail or ""]
            continue
        name = _local_name(element.tag)
        if name in _SKIP_XML:
            pieces.append(element.tail or "")
            continue
        block = name in _ALWAYS_BLOCK or not (flag or name in INLINE)
        pieces += [_BREAK if block else "", element.text or ""]
        stack.append((element, True, block))
        mixed = bool((element.text or "").strip()) or any((c.tail or "").strip() for c in element)
        stack.extend((child, False, mixed) for child in reversed(element))
    return _paragraphs(pieces)


def _local_name(tag: object) -> str:
    # "{http://www.w3.org/1999/xhtml}p" -> "p"; a comment or processing instruction (whose tag
    # is a function) has none, and is a paragraph of its own text, which is empty.
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def html_text(document: str) -> str:
    """The visible text of an HTML page, paragraphs (``<p>``, ``<li>``, cells …) apart."""
    parser = _HtmlText()
    parser.feed(document)
    parser.close()
    return _paragraphs(parser.pieces)


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _SKIP_HTML:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.pieces.append(_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_HTML:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.pieces.append(_BREAK)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.pieces.append(data)


def _paragraphs(pieces: Iterable[str]) -> str:
    paragraphs = (" ".join(p.split()) for p in "".join(pieces).split(_BREAK))
    return "\n\n".join(p for p in paragraphs if p)
