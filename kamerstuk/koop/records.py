"""Reading KOOP's XML: SRU search responses and ``metadata.xml``, namespace-agnostic and safe.

Every parse goes through :mod:`defusedxml`: entity declarations (the "billion laughs" bomb and
external entities alike) are refused, and nothing outside the document is ever fetched. Element
names are matched by their local part only, because the same data comes with ``sru:``/``gzd:``/
``dcterms:`` prefixes from the live service and without any namespace where others stored it
(docs/koop.md §3: wetsuite strips them). Metadata names are reduced to their last dotted part,
so the SRU element ``dcterms:title``, the ``metadata.xml`` entry ``DC.title`` and the OWMS element
``dcterms:title`` are all the field ``title``.

>>> result = parse_sru(b'''<searchRetrieveResponse><numberOfRecords>1</numberOfRecords>
... <records><record><recordData><gzd><originalData><meta><owmskern>
... <identifier>kst-33694-20</identifier><title>Brief</title></owmskern></meta></originalData>
... <enrichedData><itemUrl manifestation="pdf">https://example.org/a.pdf</itemUrl></enrichedData>
... </gzd></recordData></record></records></searchRetrieveResponse>''')
>>> result.total, result.records[0].identifier, result.records[0].urls
(1, 'kst-33694-20', {'pdf': 'https://example.org/a.pdf'})
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any, NamedTuple

import attrs
import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ..model.errors import ResolveError

__all__ = [
    "Field",
    "Record",
    "SearchResult",
    "local_name",
    "number",
    "parse_metadata",
    "parse_sru",
]


class Field(NamedTuple):
    """One metadata value: ``Field("type", "OVERHEIDop.KamerstukTypen", "Brief regering")``."""

    name: str
    scheme: str | None
    value: str


@attrs.frozen
class Record:
    """One document's metadata as the service gave it: its fields and its manifestation URLs.

    ``urls`` maps a manifestation (``html``, ``xml``, ``pdf``, ``odt``, ``metadata``,
    ``metadataowms``) to its ``gzd:itemUrl``, plus ``page`` for ``gzd:preferredUrl``.

    >>> r = Record((Field("title", None, "Brief"), Field("type", "a", "x"),
    ...             Field("type", "b", "y")))
    >>> r.first("title"), r.all("type"), r.to_dict()["type"]
    ('Brief', ['x', 'y'], ['x', 'y'])
    """

    fields: tuple[Field, ...]
    urls: dict[str, str] = attrs.field(factory=dict, hash=False)
    # name -> its first value, built once: a Document asks a record for some twenty names.
    _first: dict[str, str] = attrs.field(init=False, factory=dict, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        for f in reversed(self.fields):
            self._first[f.name] = f.value

    @property
    def identifier(self) -> str | None:
        """The ``identifier`` field (``kst-33694-20``), if there is one."""
        return self._first.get("identifier")

    def first(self, name: str, scheme: str | None = None) -> str | None:
        """The first value of ``name`` (with ``scheme``, when given), or None."""
        if scheme is None:
            return self._first.get(name)
        return next((f.value for f in self.fields if f.name == name and f.scheme == scheme), None)

    def all(self, name: str, scheme: str | None = None) -> list[str]:
        """Every value of ``name`` (with ``scheme``, when given), in document order."""
        if name not in self._first:
            return []
        return [
            f.value
            for f in self.fields
            if f.name == name and (scheme is None or f.scheme == scheme)
        ]

    def to_dict(self) -> dict[str, Any]:
        """Plain dict: name -> value, or a list of values where the name repeats."""
        out: dict[str, Any] = {}
        for f in self.fields:
            if f.name not in out:
                out[f.name] = f.value
            elif isinstance(out[f.name], list):
                out[f.name].append(f.value)
            else:
                out[f.name] = [out[f.name], f.value]
        return out


@attrs.frozen
class SearchResult:
    """An SRU answer: how many records match in all (``total``), the ones in this page, and
    where the next page starts (``next_position``, None on the last page)."""

    total: int
    records: tuple[Record, ...]
    next_position: int | None = None


_NUMBER = re.compile(r"[0-9]{1,9}")


def number(text: str | None) -> int | None:
    """``text`` as a number when it is one written in ASCII digits, else None.

    >>> number("76"), number("²"), number(None), number("-1")
    (76, None, None, None)
    """
    return int(text) if text is not None and _NUMBER.fullmatch(text) else None


def local_name(tag: object) -> str:
    """``{http://purl.org/dc/terms/}title`` -> ``title``; comments and PIs give ``''``.

    >>> local_name("{http://purl.org/dc/terms/}title"), local_name("sru:record")
    ('title', 'record')
    """
    if not isinstance(tag, str):
        return ""
    return _local(tag)


@functools.lru_cache(maxsize=1024)
def _local(tag: str) -> str:
    # A response repeats a few dozen tags thousands of times: remember their local names.
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


@functools.lru_cache(maxsize=1024)
def _field_name(name: str) -> str:
    # "DC.title", "OVERHEIDop.dossiernummer", "dcterms.modified" (sic, in the OWMS fixture).
    return name.rsplit(".", 1)[-1]


def parse_xml(data: bytes, url: str | None = None) -> ET.Element:
    """Parse ``data`` refusing entities and external access; errors become ResolveError.

    >>> parse_xml(b'<!DOCTYPE x [<!ENTITY a "aa">]><x>&a;</x>')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kamerstuk.ResolveError: unsafe XML refused (EntitiesForbidden(name='a', ...))
    """
    try:
        if _plain_utf8_without_dtd(data):
            # Without a document type declaration no entity can be declared, so nothing can be
            # expanded or fetched: the C parser is then as safe as defusedxml's pure-Python one,
            # and twice as fast on an SRU page of 50 records (~200 kB).
            root: ET.Element = ET.fromstring(data)
        else:
            root = SafeET.fromstring(
                data, forbid_dtd=False, forbid_entities=True, forbid_external=True
            )
    except DefusedXmlException as err:
        raise ResolveError(f"unsafe XML refused ({err!r})", url) from err
    except (ET.ParseError, LookupError, UnicodeError) as err:
        # LookupError: an unknown declared encoding; UnicodeError: bytes that codec rejects.
        raise ResolveError(f"malformed XML ({err})", url) from err
    return root


_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def _plain_utf8_without_dtd(data: bytes) -> bool:
    """True for UTF-8 (declared so, or undeclared) without ``<!DOCTYPE`` or ``<!ENTITY``.

    expat picks the encoding from the first bytes and the declaration, so the check must see
    what expat will see: no NUL (UTF-16 and UTF-32 hide markup between NULs), a ``<`` first
    (EBCDIC does not start so), no other declared encoding, and valid UTF-8 throughout.
    """
    if b"\x00" in data:
        return False
    head = data[:256].removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head.startswith(b"<"):
        return False
    declared = _ENCODING.match(head)
    if declared and declared.group(1).lower() not in {b"utf-8", b"utf8"}:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return "<!DOCTYPE" not in text and "<!ENTITY" not in text


def _children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (e for e in element.iter() if local_name(e.tag) == name)


def _text(element: ET.Element) -> str:
    return (element.text or "").strip()


def _leaf_fields(root: ET.Element) -> tuple[Field, ...]:
    # Leaves only: container elements (owmskern, tpmeta, gebiedsmarkering) carry no value.
    return tuple(
        Field(_field_name(local_name(e.tag)), e.get("scheme") or None, _text(e))
        for e in root.iter()
        if e is not root and local_name(e.tag) and len(e) == 0 and _text(e)
    )


def _record(element: ET.Element) -> Record:
    # One pass: the metadata leaves, and the URLs of the enriched data (which are not metadata).
    fields: list[Field] = []
    urls: dict[str, str] = {}
    for e in element.iter():
        if len(e) or e is element or not isinstance(e.tag, str) or not e.text:
            continue
        name, text = _local(e.tag), e.text.strip()
        if not text or name in _NOT_FIELDS:
            continue
        if name == "itemUrl":
            urls.setdefault(e.get("manifestation") or "item", text)
        elif name == "preferredUrl":
            urls.setdefault("page", text)
        else:
            fields.append(Field(_field_name(name), e.get("scheme") or None, text))
    return Record(tuple(fields), urls)


# SRU envelope and enrichedData leaves that are no metadata of the document.
_NOT_FIELDS = frozenset({"recordSchema", "recordPacking", "recordPosition", "url", "timestamp"})


def _kids(element: ET.Element, name: str) -> list[ET.Element]:
    # Direct children by local name: far cheaper than an ElementPath "{*}" search of the tree.
    return [e for e in element if isinstance(e.tag, str) and _local(e.tag) == name]


def parse_sru(data: bytes, url: str | None = None) -> SearchResult:
    """Read an SRU ``searchRetrieveResponse`` (or a lone stored ``record``) into records.

    A response with ``diagnostics`` and no records is the service refusing the query: that is a
    ResolveError with its message (docs/koop.md §3: errors may come as HTTP 200 with diagnostics).
    """
    root = parse_xml(data, url)
    if local_name(root.tag) == "record":
        return SearchResult(1, (_record(root),))
    if local_name(root.tag) != "searchRetrieveResponse":
        raise ResolveError(f"not an SRU response (root element {local_name(root.tag)!r})", url)
    records = tuple(
        _record(data_element)
        for wrapper in _kids(root, "records")
        for record in _kids(wrapper, "record")
        for data_element in _kids(record, "recordData")
    )
    if not records:
        messages = [
            _text(e)
            for d in _children(root, "diagnostic")
            for e in d
            if local_name(e.tag) in {"message", "details"} and _text(e)
        ]
        if messages:
            raise ResolveError(f"the search service refused the query: {'; '.join(messages)}", url)
    total = number(next((_text(e) for e in _kids(root, "numberOfRecords")), None))
    if total is None:
        raise ResolveError("SRU response without a numberOfRecords", url)
    following = number(next((_text(e) for e in _kids(root, "nextRecordPosition")), None))
    return SearchResult(total, records, following)


def parse_metadata(data: bytes, url: str | None = None) -> Record:
    """Read ``metadata.xml`` (``<metadata name= content=>``), the OWMS form, or XHTML ``<meta>``.

    >>> r = parse_metadata(b'<metadata_gegevens><metadata name="DC.title" content="Wet"/>'
    ...                    b'<metadata name="DC.identifier" content="stb-2019-1"/>'
    ...                    b'</metadata_gegevens>')
    >>> r.identifier, r.fields[0]
    ('stb-2019-1', Field(name='title', scheme=None, value='Wet'))
    """
    root = parse_xml(data, url)
    named = tuple(
        Field(_field_name(name), e.get("scheme") or None, content)
        for e in root.iter()
        if local_name(e.tag) in {"metadata", "meta"}
        and (name := e.get("name", ""))
        and (content := e.get("content", "").strip())
    )
    # metadata.xml and HTML carry name/content pairs; the OWMS form uses one element per field.
    fields = named or _leaf_fields(root)
    if not fields:
        raise ResolveError("metadata without any field", url)
    return Record(fields)
