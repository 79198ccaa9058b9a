"""kamerstuk.koop.records, Document.from_record and the document text on KOOP's real XML, offline.

The real files are in ../shared/koop-fixtures (KOOP's own test data in plooi/); tests that read
them skip where it is absent. The bytes some tests make are cut from or built on those files.
"""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamerstuk.koop.document import Document
from kamerstuk.koop.fulltext import decode_html, plain_text
from kamerstuk.koop.records import Field, Record, local_name, parse_metadata, parse_sru
from kamerstuk.model.errors import ResolveError

from koop_standin import Facts, record_xml, sru_response
from resolver_support import real, real_file

shared_fixture = real_file


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


def test_a_real_page_of_records_says_where_the_next_page_starts() -> None:
    result = parse_sru(shared_fixture("plooi/sru/sru.xml"))
    assert (result.total, len(result.records), result.next_position) == (76, 10, 11)
    assert [r.identifier for r in result.records][:3] == [
        "blg-998035",
        "h-ek-20212022-2-7",
        "h-tk-20202021-101-5",
    ]
    assert result.records[0].first("hoofddocument") == "kst-27926-347"


def test_the_real_kamerstuk_response() -> None:
    (record,) = parse_sru(shared_fixture("plooi/sru/sru_record_kst.xml")).records
    doc = Document.from_record(record)
    assert (doc.identifier, doc.type, doc.ondernummer) == ("kst-35842-4", "Overig", "4")
    assert record.all("type") == ["Kamerstuk"]  # the precise type is the subrubriek
    assert sorted(doc.urls) == ["html", "metadata", "metadataowms", "odt", "page", "pdf", "xml"]


# fmt: off
@pytest.mark.parametrize(
    ("name", "identifier", "type_", "chamber", "indieners"),
    [
        ("plooi/sru/metadata_owms-kst.xml", "kst-35842-4", "Overig", "II", ("Th.C. de Graaf", "K.H. Ollongren")),
        ("plooi/sru/metadata_owms-ah.xml", "ah-ek-20192020-10", "Antwoord", "I", ("Van Rooijen",)),
        ("plooi/sru/metadata_owms-h-tk.xml", "h-tk-20202021-87-3", "Hamerstukken", "II", ()),
        ("plooi/sru/metadata_owms-kv-tk.xml", "kv-tk-2020Z13248", "Schriftelijke vragen", "II", ("H. Nijboer",)),
        ("plooi/sru/metadata_owms-sbt.xml", "stb-2021-419", "Klein Koninklijk Besluit", None, ()),
        ("plooi/sru/metadata_owms-blg-kst.xml", "blg-936562", "Bijlage", "II", ()),
        ("plooi/repository/frbr/officielepublicaties/kst/32545/kst-32545-143/1/metadata/metadata.xml", "kst-32545-143", "Motie", "II", ("I. (Inge) van Dijk", "P.A. Grinwis")),
        ("plooi/repository/frbr/officielepublicaties/ah-tk/20202021/ah-tk-20202021-3235/1/metadata/metadata.xml", "ah-tk-20202021-3235", "Antwoord", "II", ("S.P.R.A. van Weyenberg", "R.H. (Romke) de Jong", "H. Kat")),
    ],
)
def test_the_real_metadata_files_of_every_kind(
    name: str, identifier: str, type_: str, chamber: str | None, indieners: tuple[str, ...]
) -> None:
    doc = Document.from_record(parse_metadata(shared_fixture(name)))
    assert doc.identifier == identifier
    assert doc.type == type_
    assert (doc.chamber.value if doc.chamber else None) == chamber
    assert doc.indieners == indieners
# fmt: on


def test_the_windows_1252_metadata_is_read_in_its_encoding() -> None:
    body = shared_fixture("plooi/sru/metadata_owms-kst.xml")
    assert body.startswith(b'<?xml version="1.0" encoding="windows-1252"?>')
    doc = Document.from_record(parse_metadata(body))
    assert (doc.dossier_title or "").endswith("Sint Hubert en Sint Anthonis")
    # The same text in windows-1252 proper (an e with a diaeresis) reads as the same letter.
    accented = body.replace(b"Anthonis", b"Anthon\xebs")
    doc = Document.from_record(parse_metadata(accented))
    assert (doc.dossier_title or "").endswith("Anthonës")


def test_the_non_namespaced_modified_of_the_owms_bijlage() -> None:
    # PLOOI's README: metadata_owms-blg-nds.xml writes <dcterms.modified> without a namespace.
    doc = Document.from_record(
        parse_metadata(shared_fixture("plooi/sru/metadata_owms-blg-nds.xml"))
    )
    assert doc.identifier == "nds-wwi0800141-b1"
    assert doc.modified is not None


def test_the_standin_writes_records_in_the_real_shape() -> None:
    # The stand-in of examples/ builds its records; built from the real record's facts, the
    # record must read as the real one does.
    facts = Facts(
        identifier="kst-35842-4",
        title="Advies Afdeling advisering Raad van State en Nader rapport",
        date="2021-05-25",
        publicatienaam="Kamerstuk",
        parlementair="Kamerstuk",
        type="Overig",
        type_scheme="OVERHEIDop.KamerstukTypen",
        vergaderjaar="2020-2021",
        dossier="35842",
        dossier_title=(
            "Wijziging van het voorstel van wet tot samenvoeging van de gemeenten Boxmeer,"
            " Cuijk, Mill en Sint Hubert en Sint Anthonis"
        ),
        ondernummer="4",
        indieners=("Th.C. de Graaf", "K.H. Ollongren"),
        subject=("Bestuur | Gemeenten",),
    )
    built = Document.from_record(parse_sru(sru_response([record_xml(facts)]).encode()).records[0])
    (record,) = parse_sru(shared_fixture("plooi/sru/sru_record_kst.xml")).records
    kept = Document.from_record(record)
    same = ("identifier", "title", "type", "date", "vergaderjaar", "chamber", "dossier",
            "dossier_title", "ondernummer", "indieners", "subject", "urls")  # fmt: skip
    assert {k: getattr(built, k) for k in same} == {k: getattr(kept, k) for k in same}


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


# The real record (built with the stand-in's envelope when ../shared is absent, so that the fuzz
# test below still runs in a fresh clone).
def _kst() -> bytes:
    try:
        return sru_response([real("kst-35842-4")]).encode()
    except BaseException:  # pytest's Skipped included: ../shared is absent
        return sru_response([record_xml(Facts("kst-1-1", "x", "2020-01-01", "Kamerstuk"))]).encode()


_KST = _kst()
_CUTS = st.tuples(st.integers(0, len(_KST)), st.integers(0, len(_KST)), st.binary(max_size=8))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300) | _CUTS.map(lambda c: _KST[: c[0]] + c[2] + _KST[c[1] :]))
def test_any_bytes_give_records_or_a_resolve_error(body: bytes) -> None:
    # The parsers never fail with anything but ResolveError, whatever the server sends.
    for parse in (parse_sru, parse_metadata, plain_text):
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
    assert fast.records[0].identifier in ("kst-35842-4", "kst-1-1")  # real, or built


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


KST_XML = (
    "plooi/repository/frbr/officielepublicaties/kst/32545/kst-32545-143/1/xml/kst-32545-143.xml"
)
AH_XML = "plooi/repository/frbr/officielepublicaties/ah-tk/20202021/ah-tk-20202021-3235/1/xml/ah-tk-20202021-3235.xml"
KST_HTML = KST_XML.replace("/xml/", "/html/").replace(".xml", ".html")
AH_HTML = AH_XML.replace("/xml/", "/html/").replace(".xml", ".html")


def test_the_text_of_the_real_aanhangsel() -> None:
    text = plain_text(shared_fixture(AH_XML))
    paragraphs = text.split("\n\n")
    assert paragraphs[:2] == ["Vergaderjaar 2020-2021", "Tweede Kamer der Staten-Generaal"]
    assert "Aanhangsel van de Handelingen" in paragraphs
    assert paragraphs.index("Vraag 1") < paragraphs.index("Antwoord 1")
    # Inline markup (names, dates) stays inside its paragraph.
    assert (
        "Vragen van de leden Van Weyenberg, Romke de Jong en Kat (allen D66) aan de Minister van"
        " Sociale Zaken en Werkgelegenheid over de TOZO (ingezonden 3 juni 2021)."
    ) in paragraphs
    assert all(p == p.strip() and "  " not in p for p in paragraphs)


@pytest.mark.parametrize(("xml", "html"), [(KST_XML, KST_HTML), (AH_XML, AH_HTML)])
def test_the_html_reads_as_the_xml_does(xml: str, html: str) -> None:
    # The XHTML manifestation's paragraphs are the XML's (the XML has the page heading too).
    from_xml = plain_text(shared_fixture(xml)).split("\n\n")
    from_html = plain_text(shared_fixture(html)).split("\n\n")
    long = [p for p in from_html if len(p) > 60]
    assert len(long) >= 4
    assert [p for p in long if p not in from_xml] == []
    assert decode_html(shared_fixture(html)).startswith("<?xml")
