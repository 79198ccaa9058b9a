"""What a resolved document carries: its text and HTML, its flat row, safe links, and values
that pickle; against KOOP's real records served on 127.0.0.1."""

from __future__ import annotations

import json
import pickle

import pytest
from pytest_httpserver import HTTPServer
from requests_cache.backends.base import BaseCache

import kamerstuk
from kamerstuk.koop.document import DICT_KEYS, Document
from kamerstuk.model.citations import Aanhangsel
from kamerstuk.model.errors import NotFound, ResolveError

from resolver_support import FakeKoop, koop, make, server, with_kamerstuk

__all__ = ["koop", "server", "with_kamerstuk"]  # fixtures, imported for pytest

pytestmark = pytest.mark.shared


def test_the_text_of_a_kamerstuk(server: HTTPServer, koop: FakeKoop) -> None:
    resolver = make(server, cache=BaseCache())
    doc = resolver.resolve("kst-32545-143")
    assert isinstance(doc, Document)
    text = doc.text(resolver=resolver)
    paragraphs = text.split("\n\n")
    assert paragraphs[:2] == ["Vergaderjaar 2020-2021", "Tweede Kamer der Staten-Generaal"]
    assert "Nr. 143" in paragraphs
    assert "MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS" in paragraphs
    assert "Voorgesteld 6 juli 2021" in paragraphs
    assert paragraphs[-3:] == ["en gaat over tot de orde van de dag.", "Inge van Dijk", "Grinwis"]
    assert "externMetadataRecord" not in text
    assert "zoek.officielebekendmakingen" not in text
    assert doc.text(resolver=resolver) == text
    assert [r.split("/")[-1] for r in koop.requests[1:]] == ["kst-32545-143.xml"]  # cached


def test_the_citations_inside_a_cited_document(server: HTTPServer, koop: FakeKoop) -> None:
    doc = make(server).resolve("Aanhangsel Handelingen II 2020/21, nr. 3235")
    assert isinstance(doc, Document)
    text = doc.text(sru_url=server.url_for("/sru"), zoek_url=server.url_for("/"), cache=False)
    assert "Kunt u toelichten waarom het rentepercentage voor de TOZO-lening" in text
    found = [m.citation.identifier for m in kamerstuk.find(text)]
    assert found == ["stb-2020-118"]  # "(Staatsblad 2020, 118)" in Antwoord 2


def test_the_html_of_a_document(server: HTTPServer, koop: FakeKoop) -> None:
    resolver = make(server)
    for ident, inside in [
        ("kst-32545-143", "MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS"),
        ("ah-tk-20202021-3235", "Antwoord van Minister"),
    ]:
        doc = resolver.resolve(ident)
        assert isinstance(doc, Document)
        page = doc.html(resolver=resolver)
        assert page.startswith('<?xml version="1.0" encoding="utf-8"?>')
        assert inside in page
        assert "financiële" in page or "€" in page or ident.startswith("ah")


def test_a_document_without_xml_or_html_has_no_text(server: HTTPServer, koop: FakeKoop) -> None:
    resolver = make(server)
    doc = resolver.resolve("blg-1007826")
    assert isinstance(doc, Document)
    with pytest.raises(NotFound, match="lists no XML or HTML"):
        doc.text(resolver=resolver)
    with pytest.raises(NotFound, match="lists no HTML"):
        doc.html(resolver=resolver)


# -- values -------------------------------------------------------------------------------


def test_to_dict_is_flat_and_json_ready(server: HTTPServer, koop: FakeKoop) -> None:
    doc = make(server).resolve("kst-35842-4")
    assert isinstance(doc, Document)
    row = doc.to_dict()
    assert tuple(row) == DICT_KEYS
    assert all(isinstance(v, (str, type(None))) for v in row.values())
    assert json.loads(json.dumps(row)) == row
    assert row["indieners"] == "Th.C. de Graaf; K.H. Ollongren"
    assert (row["available"], row["modified"]) == ("2021-05-26", "2021-05-27")
    assert row["url_odt"].endswith("/odt/kst-35842-4.odt")


def test_every_value_returned_pickles_and_compares_equal(
    server: HTTPServer, with_kamerstuk: FakeKoop
) -> None:
    resolver = make(server)
    values: list[object] = [
        resolver.resolve("Kamerstuk 35300-X, nr. 63"),
        resolver.resolve("Kamerstuk 32545"),
        *resolver.resolve_all(["kst-35842-4", "stb-2019-999"], progress=False),
    ]
    for error_case in ("Kamerstuk 35300-X, nr. 64", Aanhangsel(vergaderjaar="2020/21", number="1")):
        with pytest.raises(ResolveError) as info:
            resolver.resolve(error_case)
        values.append(info.value)
    for value in values:
        back = pickle.loads(pickle.dumps(value))
        if isinstance(value, Exception):
            assert (type(back), str(back), back.url) == (type(value), str(value), value.url)  # type: ignore[attr-defined]
        else:
            assert back == value
    assert values[2] != values[3]


def test_document_html_links_only_safe_urls(server: HTTPServer, koop: FakeKoop) -> None:
    doc = make(server).resolve("kst-35842-4")
    assert isinstance(doc, Document)
    shown = doc._repr_html_()
    assert "<strong>Advies Afdeling advisering" in shown
    assert f'href="{server.url_for("/kst-35842-4.html")}"' in shown  # the configured service
    evil = Document(
        identifier="x", title="<script>",
        urls={"pdf": "javascript:alert(1)", "html": "https://example.org/a\"b", "odt": "httbroken://x/y"},
    )  # fmt: skip
    html = evil._repr_html_()
    assert "<script>" not in html
    assert "javascript:" not in html
    assert "httbroken" not in html
    assert 'href="https://example.org/a&quot;b"' in html
    assert ">pdf<" not in html.replace("pdf</a>", "")  # shown as text, not linked


def test_the_broken_url_in_kooops_own_test_record_is_kept_but_not_linked(
    server: HTTPServer, koop: FakeKoop
) -> None:
    doc = make(server).resolve("blg-1025203")  # PLOOI's README: its pdf URL says httbroken://
    assert isinstance(doc, Document)
    assert doc.urls["pdf"].startswith("httbroken://")
    assert "httbroken" not in doc._repr_html_()
