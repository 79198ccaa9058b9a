"""A KOOP document's text: its XML (``officiele-publicatie``) or XHTML read into plain paragraphs.

Pure and offline; :meth:`kamerstuk.Document.text` fetches the document and calls
:func:`plain_text`. Elements are blocks (a paragraph each: ``al``, ``titel``, ``p``, ``h1`` …)
unless they are known to run inside a line (``naam``, ``extref``, ``nadruk``, ``span``, ``a`` …);
metadata, scripts and styles are left out. Paragraphs are separated by a blank line and the
whitespace inside one is collapsed, so the text reads as the document does.

>>> plain_text(b'<officiele-publicatie><metadata><meta name="x" content="y"/></metadata>'
...            b'<stuk><stuknr>Nr. <ondernummer>143</ondernummer></stuknr>'
...            b'<al>Zie <extref doc="stb-2020-118">Staatsblad 2020, 118</extref>.</al>'
...            b'</stuk></officiele-publicatie>')
'Nr. 143\\n\\nZie Staatsblad 2020, 118.'
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .records import local_name, parse_xml

__all__ = ["decode_html", "plain_text"]

# Elements that run inside a line: of KOOP's document XML and of XHTML.
_INLINE = frozenset({
    "naam", "voornaam", "achternaam", "functie", "organisatie", "extref", "intref", "nadruk",
    "datum", "ondernummer", "kamervraagonderwerp", "sup", "inf", "super", "sub", "noot-ref",
    "nootref", "afkorting", "dossiernr", "vet", "cursief",
    "a", "abbr", "b", "br", "code", "em", "i", "small", "span", "strong", "u",
})  # fmt: skip
# Elements whose content is not the document's text.
_SKIP = frozenset({"metadata", "meta", "head", "script", "style", "link"})
_SPACE = re.compile(r"\s+")


def _blocks(element: ET.Element, out: list[str], line: list[str]) -> None:
    """Append ``element``'s paragraphs to ``out``; ``line`` collects the current one."""
    name = local_name(element.tag)
    if name in _SKIP or not name:
        if element.tail:
            line.append(element.tail)
        return
    block = name not in _INLINE
    if block:
        _flush(out, line)
    if element.text:
        line.append(element.text)
    for child in element:
        _blocks(child, out, line)
    if block:
        _flush(out, line)
    if element.tail:
        line.append(element.tail)


def _flush(out: list[str], line: list[str]) -> None:
    text = _SPACE.sub(" ", "".join(line)).strip()
    if text:
        out.append(text)
    line.clear()


def plain_text(document: bytes, url: str | None = None) -> str:
    """The paragraphs of a document's XML or XHTML, separated by blank lines.

    ResolveError where ``document`` is no XML (or unsafe XML: it is parsed as the metadata is).
    """
    root = parse_xml(document, url)
    out: list[str] = []
    line: list[str] = []
    _blocks(root, out, line)
    _flush(out, line)
    return "\n\n".join(out)


_CHARSET = re.compile(rb"""(?:encoding|charset)\s*=\s*["']?([A-Za-z0-9._-]+)""")


def decode_html(document: bytes) -> str:
    """An HTML page's bytes as text, in the encoding it declares (UTF-8 where it declares none).

    >>> decode_html(b'<?xml version="1.0" encoding="windows-1252"?><p>\\x80</p>')[-8:]
    '<p>€</p>'
    """
    declared = _CHARSET.search(document[:1024])
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        return document.decode(encoding, errors="replace")
    except LookupError:  # an encoding Python does not know
        return document.decode("utf-8", errors="replace")
