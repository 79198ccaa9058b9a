"""A KOOP document's text: its XML (``officiele-publicatie``) or XHTML read into plain paragraphs.

Pure and offline; :meth:`kamerstuk.Document.text` fetches the document and calls
:func:`plain_text`, which parses it as the resolver parses all of KOOP's XML and reads it with
:func:`kamerstuk.text.markup.element_text`, the reading ``kamerstuk find`` and ``kamerstuk graph``
give a ``.xml`` file: paragraphs separated by a blank line, the whitespace inside one collapsed,
metadata, scripts and styles left out.

>>> plain_text(b'<officiele-publicatie><metadata><meta name="x" content="y"/></metadata>'
...            b'<stuk><stuknr>Nr. <ondernummer>143</ondernummer></stuknr>'
...            b'<al>Zie <extref doc="stb-2020-118">Staatsblad 2020, 118</extref>.</al>'
...            b'</stuk></officiele-publicatie>')
'Nr. 143\\n\\nZie Staatsblad 2020, 118.'
"""

from __future__ import annotations

import re

from ..text.markup import element_text
from .records import parse_xml

__all__ = ["decode_html", "plain_text"]


def plain_text(document: bytes, url: str | None = None) -> str:
    """The paragraphs of a document's XML or XHTML, separated by blank lines.

    ResolveError where ``document`` is no XML (or unsafe XML: it is parsed as the metadata is).
    """
    return element_text(parse_xml(document, url))


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
