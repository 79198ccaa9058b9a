"""kamerstuk.koop.records and Document.from_record on real and constructed KOOP XML, offline."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamerstuk.koop.document import Document
from kamerstuk.koop.records import Field, Record, local_name, parse_metadata, parse_sru
from kamerstuk.model.errors import ResolveError

from resolver_support import data, shared_fixture


@pytest.mark.parametrize(
    ("name", "identifier", "title", "type_", "date"),
    [
        (
            "metadata-gmb-2024-216934.xml",
            "gmb-2024-216934",
            "Kennisgeving melding",
            "evenementenvergunning",
            "2024-05-17",
        ),
        (
            "metadata-owms-gmb-2024-216934.xml",
            "gmb-2024-216934",
            "Kennisgeving melding",
            "evenementenvergunning",
            "2024-05-17",
        ),
        (
            "op-html-stb-2014-296.html",
            "stb-2014-296",
            "Besluit van 14 juli 2014",
            "Klein Koninklijk Besluit",
            "2014-07-14",
        ),
    ],
)
def test_real_metadata_in_each_form(
    name: str, identifier: str, title: str, type_: str, date: str
) -> None:
    doc = Document.from_record(parse_metadata(shared_fixture(name)))
    assert doc.identifier == identifier
    assert doc.title is not None
    assert doc.title.startswith(title)
    assert doc.type == type_
    assert doc.date == dt.date.fromisoformat(date)


def test_the_html_metadata_keeps_the_ministry_and_every_date() -> None:
    doc = Document.from_record(parse_metadata(shared_fixture("op-html-stb-2014-296.html")))
    assert doc.submitter == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
    assert doc.dates == {
        "datumOndertekening": dt.date(2014, 7, 14),
        "issued": dt.date(2014, 7, 29),
        "available": dt.date(2014, 7, 29),
    }


def test_the_real_sru_record_without_namespaces() -> None:
    result = parse_sru(shared_fixture("sru-record-gmb-2023-174296.xml"))
    (record,) = result.records
    assert record.identifier == "gmb-2023-174296"
    assert sorted(record.urls) == ["html", "metadata", "metadataowms", "odt", "page", "pdf", "xml"]
    assert record.first("content-area") == "officielepublicaties/gmb/2023"
    assert "url" not in record.to_dict()  # enrichedData URLs are not metadata fields


def test_op_xml_is_a_document_not_metadata() -> None:
    # The document XML only points at its metadata; reading it as metadata finds that one field.
    record = parse_metadata(shared_fixture("op-xml-stb-2018-84.xml"))
    assert record.to_dict() == {
        "externMetadataRecord": "https://zoek.officielebekendmakingen.nl/stb-2018-84/metadata.xml"
    }


def test_constructed_responses_parse_with_their_namespaces() -> None:
    result = parse_sru(data("constructed-sru-search-h-tk-20072008-70.xml"))
    assert result.total == 2
    assert [r.identifier for r in result.records] == [
        "h-tk-20072008-4850-4866",
        "h-tk-20072008-4867-4890",
    ]
    assert [r.first("startpagina") for r in result.records] == ["4850", "4867"]


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        ("{http://purl.org/dc/terms/}title", "title"),
        ("title", "title"),
        ("sru:record", "record"),
        (None, ""),
    ],
)
def test_local_name(tag: object, name: str) -> None:
    assert local_name(tag) == name


def test_record_to_dict_lists_repeated_fields() -> None:
    record = Record(tuple(Field("indiener", None, v) for v in ("A", "B", "C")))
    assert record.to_dict() == {"indiener": ["A", "B", "C"]}


@pytest.mark.parametrize(
    "text",
    ["2019-2020", "2005-2005", "", "onbekend"],
)
def test_odd_vergaderjaren_pass_through_in_metadata(text: str) -> None:
    fields = (Field("identifier", None, "kst-1-1"), Field("vergaderjaar", None, text))
    doc = Document.from_record(Record(tuple(f for f in fields if f.value)))
    assert (str(doc.vergaderjaar) if doc.vergaderjaar else None) == (
        "2019-2020" if text == "2019-2020" else None
    )
    assert doc.metadata.get("vergaderjaar") == (text or None)


def test_a_record_without_identifier_is_an_error() -> None:
    with pytest.raises(ResolveError, match="without an identifier"):
        Document.from_record(Record((Field("title", None, "x"),)))


_KST = data("constructed-sru-kst-33694-20.xml")
_CUTS = st.tuples(st.integers(0, len(_KST)), st.integers(0, len(_KST)), st.binary(max_size=8))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300) | _CUTS.map(lambda c: _KST[: c[0]] + c[2] + _KST[c[1] :]))
def test_any_bytes_give_records_or_a_resolve_error(body: bytes) -> None:
    # The parsers never fail with anything but ResolveError, whatever the server sends.
    for parse in (parse_sru, parse_metadata):
        with contextlib.suppress(ResolveError):
            parse(body)


_BOMB = (
    '<?xml version="1.0" encoding="{enc}"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    "<searchRetrieveResponse><numberOfRecords>&c;</numberOfRecords></searchRetrieveResponse>"
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(_BOMB.format(enc="UTF-8").encode("utf-8"), id="utf-8"),
        pytest.param(_BOMB.format(enc="UTF-16").encode("utf-16"), id="utf-16 with BOM"),
        pytest.param(_BOMB.format(enc="UTF-16BE").encode("utf-16-be"), id="utf-16be"),
        pytest.param(_BOMB.format(enc="ISO-8859-1").encode("latin-1"), id="latin-1"),
        pytest.param(b"\xef\xbb\xbf" + _BOMB.format(enc="UTF-8").encode(), id="utf-8 BOM"),
        pytest.param(_BOMB.format(enc="UTF-16LE").encode("utf-16-le"), id="utf-16le"),
        pytest.param(_BOMB.format(enc="UTF-32").encode("utf-32"), id="utf-32"),
        pytest.param(_BOMB.format(enc="UTF-8").encode("utf-16-be"), id="utf-16 declared utf-8"),
        pytest.param(_BOMB.format(enc="cp500").encode("cp500"), id="ebcdic"),
    ],
)
def test_entities_are_refused_in_every_encoding(body: bytes) -> None:
    # The fast path takes only DTD-free UTF-8; everything else goes through defusedxml, which
    # refuses the entities (or expat cannot read the encoding at all): never an expansion.
    with pytest.raises(ResolveError, match=r"^(unsafe XML refused|malformed XML)"):
        parse_sru(body)


def test_both_parsing_paths_read_the_same_records() -> None:
    fast = parse_sru(_KST)
    # A DOCTYPE without entities sends the same document through defusedxml.
    slow = parse_sru(
        _KST.replace(
            b"<sru:searchRetrieveResponse", b"<!DOCTYPE x []><sru:searchRetrieveResponse", 1
        )
    )
    assert fast == slow
    assert fast.records[0].identifier == "kst-33694-20"


@pytest.mark.parametrize(
    ("body", "fast"),
    [
        (b"<a/>", True),
        (b'<?xml version="1.0" encoding="utf-8"?><a/>', True),
        (b"\xef\xbb\xbf<?xml version='1.0'?>\n<a>\xc3\xa9</a>", True),
        (b'<?xml version="1.0" encoding="ISO-8859-1"?><a/>', False),
        (b"<a>\xe9</a>", False),  # not UTF-8
        (b"<!DOCTYPE a><a/>", False),
        (b"<a><!ENTITY x 'y'></a>", False),
        ("<a/>".encode("utf-16"), False),
        (b"\x00<a/>", False),
        (b"text<a/>", False),
    ],
)
def test_only_plain_utf8_without_a_dtd_takes_the_fast_parser(body: bytes, fast: bool) -> None:
    from kamerstuk.koop.records import _plain_utf8_without_dtd

    assert _plain_utf8_without_dtd(body) is fast


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0" encoding="TF-8"?><a/>',  # found by the fuzz test above
        b'<?xml version="1.0" encoding="ascii"?><a>\xff</a>',
    ],
)
def test_an_unreadable_declared_encoding_is_malformed_xml(body: bytes) -> None:
    with pytest.raises(ResolveError, match="malformed XML"):
        parse_sru(body)
