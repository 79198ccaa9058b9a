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

from .annotate import _BLOCK as HTML_BLOCKS  # what ends a run of text in annotate_html too

__all__ = ["INLINE", "html_text", "koop_xml_text"]

#: Marks a paragraph break while pieces are joined; XML and HTML text cannot hold a NUL.
_BREAK = "\0"

#: KOOP elements that run on inside a paragraph even where they stand alone in their parent
#: (a name of ``voornaam`` and ``achternaam``, an article heading of ``label`` and ``nr``).
#: Any element amid text of its parent runs on too; every other element is a paragraph.
INLINE = frozenset(
    {
        "achternaam",
        "afkorting",
        "datum",
        "extref",
        "functie",
        "inf",
        "intref",
        "label",
        "li.nr",
        "lidnr",
        "nadruk",
        "naam",
        "nr",
        "ondernummer",
        "organisatie",
        "sup",
        "voornaam",
    }
)
#: KOOP elements that are a paragraph even amid text: a footnote stands where it is marked
#: ("tekst<noot>...</noot> verder"), and its citations must not run into the word before it.
_ALWAYS_BLOCK = frozenset({"noot"})
#: KOOP elements whose text is not the document's: its metadata.
_SKIP_XML = frozenset({"metadata", "meta"})
#: HTML elements whose text is not shown as prose.
_SKIP_HTML = frozenset({"head", "script", "style", "template", "noscript"})


def koop_xml_text(data: bytes | str) -> str:
    """The text of a KOOP document (``<officiele-publicatie>`` XML), paragraphs apart.

    Parsed with defusedxml (no entities, nothing fetched); raises
    ``xml.etree.ElementTree.ParseError`` for text that is not well-formed XML.
    """
    root = SafeET.fromstring(data)
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
        if element.tag in _SKIP_XML:
            pieces.append(element.tail or "")
            continue
        block = element.tag in _ALWAYS_BLOCK or not (flag or element.tag in INLINE)
        pieces += [_BREAK if block else "", element.text or ""]
        stack.append((element, True, block))
        mixed = bool((element.text or "").strip()) or any((c.tail or "").strip() for c in element)
        stack.extend((child, False, mixed) for child in reversed(element))
    return _paragraphs(pieces)


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
        elif tag in HTML_BLOCKS:
            self.pieces.append(_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_HTML:
            self.skipping = max(0, self.skipping - 1)
        elif tag in HTML_BLOCKS:
            self.pieces.append(_BREAK)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.pieces.append(data)


def _paragraphs(pieces: Iterable[str]) -> str:
    paragraphs = (" ".join(p.split()) for p in "".join(pieces).split(_BREAK))
    return "\n\n".join(p for p in paragraphs if p)
