"""Files as texts: KOOP XML and HTML as plain text, folders walked, KOOP documents by identifier."""

from __future__ import annotations

import codecs
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from defusedxml import DefusedXmlException

import kamerstuk
from kamerstuk.koop.fulltext import plain_text
from kamerstuk.text.inputs import (
    decode,
    documents,
    files,
    koop_documents,
    names,
    read_document,
)
from kamerstuk.text.markup import html_text, koop_xml_text

from support import shared_path


# fmt: off
@pytest.mark.parametrize(("xml", "text"), [
    ("<a><al>Een.</al><al>Twee.</al></a>", "Een.\n\nTwee."),
    ("<a><al>Zie <extref doc='x'>Stb.\n   2019,\t123</extref>.</al></a>", "Zie Stb. 2019, 123."),
    ("<a><metadata><meta content='Stb. 2019, 1'/></metadata><al>Tekst</al></a>", "Tekst"),
    ("<a><kop><label>Artikel</label>\n<nr>1</nr></kop><al>Tekst</al></a>", "Artikel 1\n\nTekst"),
    ("<a><naam><voornaam>Romke de </voornaam><achternaam>Jong</achternaam></naam></a>", "Romke de Jong"),
    ("<a><al>Zie <onbekend>Kamerstuk</onbekend> 33694, nr. 20.</al></a>", "Zie Kamerstuk 33694, nr. 20."),
    ("<a>Zie <nadruk>Kamerstukken</nadruk> II 2019/20, 35300</a>", "Zie Kamerstukken II 2019/20, 35300"),
    ("<a><kamerstukkop><tekstregel>Vergaderjaar 2020-2021</tekstregel><tekstregel>2</tekstregel></kamerstukkop></a>",
     "Vergaderjaar 2020-2021\n\n2"),
    ("<a><al>Een<noot><noot.nr>1</noot.nr><noot.al>Kamerstukken II 2019/20, 35300, nr. 5</noot.al></noot> twee</al></a>",
     "Een\n\n1\n\nKamerstukken II 2019/20, 35300, nr. 5\n\ntwee"),
    ("<a><?xpp qa?><al>Tekst</al><!-- commentaar --></a>", "Tekst"),
    ("<a><al>Een<br/>twee</al></a>", "Een\n\ntwee"),
    # KOOP's XHTML: namespaced, its head left out, spans inside a paragraph.
    ('<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Stb. 2019, 2</title></head>'
     '<body><p><span>Stb.</span>\n <span>2019, 1</span></p></body></html>', "Stb. 2019, 1"),
])
def test_koop_xml_as_plain_text(xml: str, text: str) -> None:
    assert koop_xml_text(xml) == text
# fmt: on


def test_a_deeply_nested_file_does_not_exhaust_the_stack() -> None:
    depth = 20_000
    assert koop_xml_text("<al>" * depth + "Stb. 2019, 1" + "</al>" * depth) == "Stb. 2019, 1"


def test_entities_and_bad_xml_are_refused() -> None:
    bomb = '<!DOCTYPE a [<!ENTITY x "Stb. 2019, 1">]><a>&x;</a>'
    with pytest.raises(DefusedXmlException):
        koop_xml_text(bomb)
    with pytest.raises(ET.ParseError):
        koop_xml_text("<a><al>open")


# fmt: off
@pytest.mark.parametrize(("html", "text"), [
    ("<p>Een</p><p>Twee</p>", "Een\n\nTwee"),
    ("<p><i>Kamerstukken</i> II 2019/20, 35300, nr.&nbsp;5</p>", "Kamerstukken II 2019/20, 35300, nr. 5"),
    ("<head><title>Stb. 2019, 1</title><style>p{}</style></head><body>Tekst<script>x()</script></body>", "Tekst"),
    ("<p>Zie <a href='x'>Stb. 2019, 1</a></p>", "Zie Stb. 2019, 1"),
    ("<ul><li>Een</li><li>Twee<br>Drie</li></ul>", "Een\n\nTwee\n\nDrie"),
])
def test_html_as_plain_text(html: str, text: str) -> None:
    assert html_text(html) == text
# fmt: on


def _koop_xml_files() -> list[Path]:
    root = shared_path("koop-fixtures")
    found = [p for p in sorted(root.rglob("*.xml")) if b"<officiele-publicatie" in p.read_bytes()]
    assert found, "the fixtures hold KOOP document XML"
    return found


def test_every_linked_citation_in_the_fixtures_is_found_in_their_text() -> None:
    for path in _koop_xml_files():
        data = path.read_bytes()
        text = koop_xml_text(data)
        # KOOP marks a citation of a document with <extref doc="identifier">: its words are in
        # the plain text, and find() reads that identifier there.
        linked = set(re.findall(rb'<extref doc="([a-z]+-[^"]+)" soort="document"', data))
        named = {m.citation.identifier for m in kamerstuk.find(text)}
        assert {d.decode() for d in linked} <= named, path.name
        assert "<" not in text


def test_the_resolver_reads_a_document_as_the_files_are_read() -> None:
    # Document.text() (koop.fulltext) and kamerstuk find / graph (text.markup) share one reading.
    for path in _koop_xml_files() + sorted(shared_path("koop-fixtures").rglob("*.html")):
        data = path.read_bytes()
        assert plain_text(data) == koop_xml_text(data), path.name
    article = koop_xml_text(shared_path("koop-fixtures", "op-xml-stb-2018-84.xml").read_bytes())
    assert "Artikel 1" in article.split("\n\n")  # <kop><label>Artikel</label> <nr>1</nr></kop>


def test_the_xml_and_html_of_one_document_give_the_same_citations() -> None:
    folder = shared_path(
        "koop-fixtures/plooi/repository/frbr/officielepublicaties/ah-tk/20202021/ah-tk-20202021-3235/1"
    )
    as_xml = read_document(folder / "xml" / "ah-tk-20202021-3235.xml")
    as_html = read_document(folder / "html" / "ah-tk-20202021-3235.html")
    cited = [[m.citation.identifier for m in kamerstuk.find(t)] for t in (as_xml, as_html)]
    assert cited[0] == cited[1] == ["stb-2020-118"]


def test_folders_are_walked_in_order_without_hidden_files(tmp_path: Path) -> None:
    for name in ("b/z.txt", "b/a.xml", "a.html", ".hidden/x.txt", "b/.x.txt", "c.pdf"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("<p>x</p>", encoding="utf-8")
    single = tmp_path / "c.pdf"
    got = [p.relative_to(tmp_path).as_posix() for p in files([tmp_path, single])]
    assert got == ["a.html", "b/a.xml", "b/z.txt", "c.pdf"]


def test_names_are_kept_as_given_and_fifos_in_folders_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("Stb. 2019, 1", encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "d" / "b.txt")  # opening it would wait for a writer for ever
    assert list(names(["./d", "./x.txt", "-"])) == ["./d/a.txt", "./x.txt", "-"]


def test_koop_documents_reads_one_form_per_identifier(tmp_path: Path) -> None:
    (tmp_path / "kst-1-1.txt").write_text("Stb. 2019, 1", encoding="utf-8")
    (tmp_path / "kst-1-1.xml").write_text("<a><al>Stb. 2019, 2</al></a>", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "stb-2019-5.html").write_text("<p>Stb. 2019, 3</p>", encoding="utf-8")
    (tmp_path / "metadata.xml").write_text("<a>Stb. 2019, 4</a>", encoding="utf-8")
    (tmp_path / "brief.txt").write_text("Stb. 2019, 5", encoding="utf-8")
    assert dict(koop_documents(tmp_path)) == {
        "kst-1-1": "Stb. 2019, 2",
        "stb-2019-5": "Stb. 2019, 3",
    }
    assert [name for name, _ in documents([tmp_path / "brief.txt"])] == [
        str(tmp_path / "brief.txt")
    ]


# fmt: off
@pytest.mark.parametrize(("data", "text"), [
    (codecs.BOM_UTF8 + b"Stb. 2019, 1", "Stb. 2019, 1"),
    ("Stb. 2019, 1".encode("utf-16-le"), "S\0t\0"),  # no BOM: not taken for UTF-16
    ("Stb. 2019, 1".encode("utf-16"), "Stb. 2019, 1"),
    (b"Stb. 2019, 1 \xff", "Stb. 2019, 1 \ufffd"),
])
def test_decoding(data: bytes, text: str) -> None:
    assert decode(data).startswith(text)
# fmt: on
