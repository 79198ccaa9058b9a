"""kamerstuk.resolve end to end, against KOOP's real records served on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from requests_cache.backends.base import BaseCache

import kamerstuk
from kamerstuk.koop.document import Document
from kamerstuk.koop.dossier import DossierDocuments
from kamerstuk.koop.resolver import Resolved, Resolver, resolve, resolve_all
from kamerstuk.model.citations import Aanhangsel, Handelingen, Kamerstuk
from kamerstuk.model.errors import Ambiguous, NoIdentifier, NotFound, ParseError, ResolveError
from kamerstuk.model.values import Chamber

from resolver_support import (
    KST_35300_X_63,
    FakeKoop,
    derive,
    koop,
    make,
    real,
    server,
    with_kamerstuk,
)
from support import fresh_python

__all__ = ["koop", "server", "with_kamerstuk"]  # fixtures, imported for pytest

pytestmark = pytest.mark.shared


def local(server: HTTPServer, path: str) -> str:
    return server.url_for(path)


def test_the_kamerstuk_record_in_full(server: HTTPServer, koop: FakeKoop) -> None:
    doc = make(server).resolve("Kamerstuk 35842, nr. 4")
    assert isinstance(doc, Document)
    assert doc.identifier == "kst-35842-4"
    assert doc.title == "Advies Afdeling advisering Raad van State en Nader rapport"
    assert doc.type == "Overig"  # subrubriek, scheme OVERHEIDop.KamerstukTypen
    assert (doc.date, doc.available, doc.modified) == (
        dt.date(2021, 5, 25), dt.date(2021, 5, 26), dt.date(2021, 5, 27)
    )  # fmt: skip
    assert doc.dossier_title == (
        "Wijziging van het voorstel van wet tot samenvoeging van de gemeenten Boxmeer, Cuijk,"
        " Mill en Sint Hubert en Sint Anthonis"
    )
    assert doc.indieners == ("Th.C. de Graaf", "K.H. Ollongren")
    assert doc.subject == ("Bestuur | Gemeenten",)
    assert (doc.chamber, str(doc.vergaderjaar), doc.dossier, doc.ondernummer) == (
        Chamber.II, "2020-2021", "35842", "4"
    )  # fmt: skip
    base = local(server, "/frbr/officielepublicaties/kst/35842/kst-35842-4/1")
    assert doc.urls == {
        "page": local(server, "/kst-35842-4.html"),
        "html": f"{base}/html/kst-35842-4.html",
        "xml": f"{base}/xml/kst-35842-4.xml",
        "pdf": f"{base}/pdf/kst-35842-4.pdf",
        "odt": f"{base}/odt/kst-35842-4.odt",
        "metadata": f"{base}/metadata/metadata.xml",
        "metadataowms": f"{base}/metadataowms/metadata_owms.xml",
    }
    assert doc.attachments == ()
    assert len(koop.sru_requests) == 1


# fmt: off
# citation, identifier, title starts with, type, date, requests (1: the SRU record; 3: SRU ==,
# SRU =, then metadata.xml, which for these is KOOP's OWMS or metadata.xml file)
KINDS = [
    ("Kamerstuk 32545, nr. 143", "kst-32545-143", "Motie van de leden Inge van Dijk", "Motie", "2021-07-06", 1),
    ("kst-22112-3185", "kst-22112-3185", "", None, None, 1),
    ("Handelingen I 2020/21, nr. 1, item 1", "h-ek-20202021-1-1", "Presentie en opening", "Opening", "2020-09-22", 1),
    ("Handelingen II 2020/21, nr. 101, item 5", "h-tk-20202021-101-5", "", None, None, 1),
    ("Handelingen II 2020/21, nr. 87, item 3", "h-tk-20202021-87-3", "Behandeling van het wetsvoorstel", "Hamerstukken", "2021-06-10", 3),
    ("Aanhangsel Handelingen II 2020/21, nr. 3235", "ah-tk-20202021-3235", "Antwoord op vragen van de leden Van Weyenberg", "Antwoord", "2021-06-21", 1),
    ("Aanhangsel Handelingen I 2019/20, nr. 10", "ah-ek-20192020-10", "Vragen van het lid Van Rooijen", "Antwoord", "2020-06-10", 3),
    ("2020Z13248", "kv-tk-2020Z13248", "Huisbazen die weigeren loden leidingen te vervangen", "Schriftelijke vragen", "2020-07-02", 3),
    ("kv-2989900822", "kv-2989900822", "Mondelinge vragen van het lid Atsma", "Schriftelijke vragen", "1998-09-28", 1),
    ("Stb. 2021, 419", "stb-2021-419", "Besluit van 1 september 2021", "Klein Koninklijk Besluit", "2021-09-01", 3),
    ("Stcrt. 2021, 100", "stcrt-2021-100", "Verkeersbesluit gereserveerde parkeerplaats", "Verkeersbesluiten", "2021-01-07", 3),
    ("Gmb. 2023, 174296", "gmb-2023-174296", "Ingekomen melding, Frater Romboutsstraat 42", "omgevingsvergunning", "2023-04-20", 1),
    ("Gmb. 2024, 216934", "gmb-2024-216934", "Kennisgeving melding incidentele festiviteit", "evenementenvergunning", "2024-05-17", 3),
    ("blg-1007826", "blg-1007826", "Beslisnota inzake aangenomen moties", "Bijlage", "2021-12-03", 1),
]
# fmt: on


@pytest.mark.parametrize(("text", "ident", "title", "type_", "date", "asked"), KINDS)
def test_every_kind_resolves_from_its_real_record(
    server: HTTPServer, koop: FakeKoop, text: str, ident: str, title: str,
    type_: str | None, date: str | None, asked: int,
) -> None:  # fmt: skip
    doc = make(server).resolve(text)
    assert isinstance(doc, Document)
    assert doc.identifier == ident
    assert (doc.title or "").startswith(title)
    if type_ is not None:
        assert (doc.type, doc.date) == (type_, dt.date.fromisoformat(date or ""))
    assert len(koop.requests) == asked
    if asked == 3:  # the metadata.xml fallback: zoek's page, not a made-up repository path
        assert doc.urls == {
            "metadata": local(server, f"/{ident}/metadata.xml"),
            "page": local(server, f"/{ident}.html"),
        }


# The bladen with no real record in the fixtures: derived from the real Gemeenteblad record.
@pytest.mark.parametrize(
    ("text", "ident", "name"),
    [
        ("Trb. 2019, 1", "trb-2019-1", "Tractatenblad"),
        ("Prb. 2017, 1003", "prb-2017-1003", "Provinciaal blad"),
        ("Wsb. 2013, 1000", "wsb-2013-1000", "Waterschapsblad"),
        ("Bgr. 2024, 715", "bgr-2024-715", "Blad gemeenschappelijke regeling"),
    ],
)
def test_the_other_bladen_resolve_by_identifier(
    server: HTTPServer, koop: FakeKoop, text: str, ident: str, name: str
) -> None:
    koop.add(derive("gmb-2023-174296", {"gmb-2023-174296": ident, ">Gemeenteblad<": f">{name}<"}))
    doc = make(server).resolve(text)
    assert isinstance(doc, Document)
    assert doc.identifier == ident
    assert doc.metadata["publicatienaam"] == name
    assert len(koop.requests) == 1


def test_a_bijlage_is_never_the_answer_for_its_kamerstuk(
    server: HTTPServer, koop: FakeKoop
) -> None:
    # blg-936562 has the publicatienaam, dossier and ondernummer of kst-35300-X-63, which the
    # fixtures lack: the search by dossier and ondernummer finds only the bijlage.
    with pytest.raises(NotFound, match=r"no document matches Kamerstuk 35300-X, nr\. 63"):
        make(server).resolve("Kamerstuk 35300-X, nr. 63")
    assert "w.ondernummer" in koop.sru_requests[-1]


def test_a_kamerstuk_carries_its_bijlagen_as_attachments(
    server: HTTPServer, with_kamerstuk: FakeKoop
) -> None:
    doc = make(server).resolve("Kamerstuk 35300-X, nr. 63")
    assert isinstance(doc, Document)
    assert doc.identifier == "kst-35300-X-63"
    (bijlage,) = doc.attachments
    assert bijlage.identifier == "blg-936562"
    assert bijlage.type == "Bijlage"
    assert (bijlage.title or "").startswith("Eindnotitie verkenning haalbaarheid")
    assert set(bijlage.urls) == {"page", "pdf", "metadata", "metadataowms"}
    assert doc.to_dict()["attachments"] == "blg-936562"
    assert len(with_kamerstuk.sru_requests) == 1  # the bijlagen come with the document


def test_a_legacy_citation_finds_the_kamerstuk_and_not_its_bijlage(
    server: HTTPServer, with_kamerstuk: FakeKoop
) -> None:
    # kst-20192020-35300-X-63 is not in the index: the search by dossier and ondernummer
    # returns the Kamerstuk and its bijlage, which is an attachment, not a second candidate.
    c = Kamerstuk(dossier="35300-X", ondernummer="63", vergaderjaar="2019/20", legacy=True)
    doc = make(server).resolve(c)
    assert isinstance(doc, Document)
    assert doc.identifier == "kst-35300-X-63"
    assert [a.identifier for a in doc.attachments] == ["blg-936562"]


@pytest.mark.parametrize("spelling", ["33183-(R1975)", "33183-R1975", "33183"])
def test_a_rijkswet_dossier_is_found_in_every_spelling(
    server: HTTPServer, koop: FakeKoop, spelling: str
) -> None:
    koop.add(
        derive(
            "kst-35842-4",
            {
                "kst-35842-4": "kst-33183-11",
                ">35842<": f">{spelling}<",
                "<overheidwetgeving:ondernummer>4<": "<overheidwetgeving:ondernummer>11<",
            },
        )
    )
    doc = make(server).resolve("Kamerstuk 33183 (R1975), nr. 11")
    assert isinstance(doc, Document)
    assert doc.identifier == "kst-33183-11"
    assert len(koop.sru_requests) == 1


@pytest.mark.parametrize(
    ("asked", "sent"),
    [
        ("KST-35842-4", "kst-35842-4"),
        ("  kst-35842-4 ", "kst-35842-4"),
        ("H-EK-20202021-1-1", "h-ek-20202021-1-1"),
    ],
)
def test_the_identifier_prefix_is_lower_cased(
    server: HTTPServer, koop: FakeKoop, asked: str, sent: str
) -> None:
    doc = make(server).resolve(asked)
    assert isinstance(doc, Document)
    assert doc.identifier == sent
    assert len(koop.requests) == 1


def test_an_identifier_in_small_letters_is_asked_in_koops_case(
    server: HTTPServer, with_kamerstuk: FakeKoop
) -> None:
    # As links write it; KOOP writes X. Once asked as written, then again loosely: two requests.
    doc = make(server).resolve("kst-35300-x-63")
    assert isinstance(doc, Document)
    assert doc.identifier == "kst-35300-X-63"
    queries = with_kamerstuk.sru_requests
    assert len(queries) == 1
    assert "dt.identifier%3D%3D%22kst-35300-X-63%22" in queries[0]


def test_a_suffix_in_another_case_is_found_with_the_loose_match(
    server: HTTPServer, with_kamerstuk: FakeKoop
) -> None:
    # What the exact lookup misses (KOOP's own odd case, such as kv-2009z16839, asked by its
    # rule's) the loose one finds.
    found = make(server).service().lookup_loosely(["kst-35300-x-63"])
    assert [d.identifier for d in found.values()] == ["kst-35300-X-63"]
    assert "dt.identifier%3D%22kst-35300-x-63%22" in with_kamerstuk.sru_requests[0]


def test_a_lookup_reads_every_page_the_server_gives(server: HTTPServer, koop: FakeKoop) -> None:
    ids = [
        "blg-998035", "h-ek-20212022-2-7", "h-tk-20202021-101-5", "blg-1000226", "blg-998029",
        "kst-22112-3185", "blg-999984", "blg-1000150", "h-tk-20202021-100-4", "h-ek-20212022-2-1",
    ]  # fmt: skip
    assert sorted(make(server).lookup(ids)) == sorted(ids)
    assert len(koop.sru_requests) == 1  # as few requests as the server allows
    koop.requests.clear()
    koop.page_cap = 3  # a server that gives at most 3 records a page
    assert sorted(make(server).lookup(ids)) == sorted(ids)
    starts = [q.split("startRecord=")[1].split("&")[0] for q in koop.sru_requests]
    assert starts == ["1", "4", "7", "10"]


def test_a_whole_dossier_gives_its_kamerstukken(server: HTTPServer, koop: FakeKoop) -> None:
    koop.page_cap = 1
    dossier = make(server).resolve("Kamerstuk 32545")
    assert isinstance(dossier, DossierDocuments)
    # kst-32545-144 is PLOOI's edited copy of 143 (its README): a record of the dossier all the same.
    assert dossier.identifiers == ("kst-32545-143", "kst-32545-144")
    assert dossier.complete
    assert dossier.title == "Wet- en regelgeving financiële markten"
    assert dossier.url == local(server, "/dossier/32545")
    assert len(koop.sru_requests) == 2  # paged, one record a page
    limited = make(server, limit=1).resolve(Kamerstuk(dossier="32545"))
    assert isinstance(limited, DossierDocuments)
    assert (limited.identifiers, limited.complete) == (("kst-32545-143",), False)


def test_a_dossier_lists_kamerstukken_with_their_bijlagen(
    server: HTTPServer, with_kamerstuk: FakeKoop
) -> None:
    dossier = make(server).resolve("Kamerstuk 35300-X")
    assert isinstance(dossier, DossierDocuments)
    assert dossier.identifiers == ("kst-35300-X-63",)
    assert [a.identifier for a in dossier[0].attachments] == ["blg-936562"]
    assert json.loads(json.dumps(dossier.to_dict()))["documents"] == 1


def test_an_unknown_dossier_is_not_found(server: HTTPServer, koop: FakeKoop) -> None:
    with pytest.raises(NotFound, match="dossier 99999"):
        make(server).resolve("Kamerstuk 99999")


OLD: dict[str, Any] = {"chamber": "II", "vergaderjaar": "2007/08", "number": "70"}


def _old_handelingen(ident: str, first: str, last: str) -> str:
    # Before 2010-2011 Handelingen are cited by page: no real record in the fixtures has pages,
    # so these are the real h-ek-20202021-1-1 record with its identifier, year, number and pages.
    return derive(
        "h-ek-20202021-1-1",
        {
            "h-ek-20202021-1-1": ident,
            "Eerste Kamer der Staten-Generaal": "Tweede Kamer der Staten-Generaal",
            ">2020-2021<": ">2007-2008<",
            "<overheidwetgeving:publicatienummer>1</overheidwetgeving:publicatienummer>": (
                "<overheidwetgeving:publicatienummer>70</overheidwetgeving:publicatienummer>"
                f"<overheidwetgeving:startpagina>{first}</overheidwetgeving:startpagina>"
                f"<overheidwetgeving:eindpagina>{last}</overheidwetgeving:eindpagina>"
            ),
            "<overheidwetgeving:handelingenitemnummer>1</overheidwetgeving:handelingenitemnummer>": "",
        },
    )


@pytest.mark.parametrize(
    ("citation", "found"),
    [
        (Handelingen(**OLD, page="4867"), "h-tk-20072008-4867-4890"),
        (Handelingen(**OLD, page="4870-4872"), "h-tk-20072008-4867-4890"),
        (Handelingen(**OLD, page="4855"), "h-tk-20072008-4850-4866"),
        (Handelingen(**OLD), Ambiguous),
        (Handelingen(**OLD, page="5000"), NotFound),
        (Handelingen(chamber="I", vergaderjaar="2007/08", number="70", page="4867"), NotFound),
    ],
)
def test_old_handelingen_are_searched_by_number_and_page(
    server: HTTPServer, koop: FakeKoop, citation: Handelingen, found: object
) -> None:
    koop.add(_old_handelingen("h-tk-20072008-4850-4866", "4850", "4866"))
    koop.add(_old_handelingen("h-tk-20072008-4867-4890", "4867", "4890"))
    if isinstance(found, str):
        doc = make(server).resolve(citation)
        assert isinstance(doc, Document)
        assert doc.identifier == found
    else:
        with pytest.raises(found):  # type: ignore[call-overload]
            make(server).resolve(citation)
    query = koop.sru_requests[0]
    assert "w.vergaderjaar%3D%3D%222007-2008%22" in query
    assert "w.publicatienummer%3D%3D%2270%22" in query


def test_a_handelingen_search_pages_to_the_cited_item(server: HTTPServer, koop: FakeKoop) -> None:
    koop.add(_old_handelingen("h-tk-20072008-4850-4866", "4850", "4866"))
    koop.add(_old_handelingen("h-tk-20072008-4867-4890", "4867", "4890"))
    koop.page_cap = 1  # the cited pages are on the second page of answers
    doc = make(server).resolve(Handelingen(**OLD, page="4870"))
    assert isinstance(doc, Document)
    assert doc.identifier == "h-tk-20072008-4867-4890"
    assert len(koop.sru_requests) == 2


def test_more_records_than_the_cap_is_said_not_hidden(
    server: HTTPServer, koop: FakeKoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamerstuk.koop import service

    koop.add(_old_handelingen("h-tk-20072008-4850-4866", "4850", "4866"))
    koop.add(_old_handelingen("h-tk-20072008-4867-4890", "4867", "4890"))
    monkeypatch.setattr(service, "MAX_RECORDS", 1)
    with pytest.raises(ResolveError, match=r"2 records to search for .* more than the 1 read"):
        make(server).resolve(Handelingen(**OLD, page="5000"))


def test_aanhangsel_without_chamber_is_found_in_the_one_chamber_that_has_it(
    server: HTTPServer, koop: FakeKoop
) -> None:
    doc = make(server).resolve(Aanhangsel(vergaderjaar="2020/21", number="3235"))
    assert isinstance(doc, Document)
    assert doc.identifier == "ah-tk-20202021-3235"


def test_aanhangsel_without_chamber_in_both_chambers_is_ambiguous(
    server: HTTPServer, koop: FakeKoop
) -> None:
    koop.add(derive("ah-tk-20202021-3235", {"ah-tk-20202021-3235": "ah-ek-20202021-3235"}))
    with pytest.raises(Ambiguous) as info:
        make(server).resolve(Aanhangsel(vergaderjaar="2020/21", number="3235"))
    assert info.value.candidates == ("ah-ek-20202021-3235", "ah-tk-20202021-3235")


def test_fake_404_is_not_found(server: HTTPServer, koop: FakeKoop) -> None:
    with pytest.raises(NotFound) as info:
        make(server).resolve("stb-2019-999")
    assert "fout404" in str(info.value)
    assert [r.split("?")[0] for r in koop.requests] == [
        "/sru", "/sru", "/stb-2019-999/metadata.xml", "/fout404/index.html"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "why"),
    [
        pytest.param(
            lambda: real_metadata("stb-2021-419"), "'stb-2021-419'", id="another document's"
        ),
        pytest.param(
            lambda: b"<html><body>Pagina niet gevonden</body></html>", "None", id="HTML page"
        ),
        pytest.param(
            lambda: b"<html><body>Pagina niet <b>gevonden</body></html>", "malformed", id="not XML"
        ),
    ],
)
def test_metadata_of_anything_but_the_document_asked_for_is_not_found(
    server: HTTPServer, koop: FakeKoop, body: Any, why: str
) -> None:
    koop.metadata("stcrt-2019-1000", body())
    with pytest.raises(NotFound, match=f"no metadata of stcrt-2019-1000.*{why}"):
        make(server).resolve("Stcrt. 2019, 1000")


def real_metadata(identifier: str) -> bytes:
    from resolver_support import _metadata_files

    return _metadata_files()[identifier].read_bytes()


def test_a_record_of_another_kind_is_not_a_kamerstuk(server: HTTPServer, koop: FakeKoop) -> None:
    # The record says dossier 35300-X, nr. 63, but it is a Staatsblad: not the Kamerstuk asked for.
    koop.add(derive("kst-35842-4", {**KST_35300_X_63, "kst-35300-X-63": "stb-1999-1"}))
    with pytest.raises(NotFound):
        make(server).resolve("Kamerstuk 35300-X, nr. 63")


def test_too_little_to_search_on_is_no_identifier_before_any_request(
    server: HTTPServer, koop: FakeKoop
) -> None:
    with pytest.raises(NoIdentifier):
        make(server).resolve(Handelingen(chamber="II", number="5"))
    assert koop.requests == []


def test_text_that_is_no_citation_is_a_parse_error_before_any_request(
    server: HTTPServer, koop: FakeKoop
) -> None:
    with pytest.raises(ParseError):
        make(server).resolve("geen verwijzing")
    assert koop.requests == []


def test_resolve_all_keeps_order_collects_errors_and_asks_once_per_document(
    server: HTTPServer, koop: FakeKoop
) -> None:
    koop.add(_old_handelingen("h-tk-20072008-4850-4866", "4850", "4866"))
    koop.add(_old_handelingen("h-tk-20072008-4867-4890", "4867", "4890"))
    items: list[Any] = [
        "kst-35842-4", "Stb. 2021, 419", "Kamerstuk 35842, nr. 4", "stb-2019-999",
        Handelingen(**OLD, page="4867"), Handelingen(**OLD, page="4868"), Handelingen(**OLD),
        "h-ek-20202021-1-1", "stb-2019-999", "geen verwijzing", "Kamerstuk 32545",
    ]  # fmt: skip
    results = make(server, batch=2).resolve_all(items, workers=3, progress=False)
    assert [r.input for r in results] == items

    def outcome(r: Resolved) -> str:
        if r.dossier is not None:
            return f"dossier {r.dossier.dossier}"
        return r.document.identifier if r.document else type(r.error).__name__

    assert [outcome(r) for r in results] == [
        "kst-35842-4", "stb-2021-419", "kst-35842-4", "NotFound",
        "h-tk-20072008-4867-4890", "h-tk-20072008-4867-4890", "Ambiguous",
        "h-ek-20202021-1-1", "NotFound", "ParseError", "dossier 32545",
    ]  # fmt: skip
    paths = [r.split("?")[0] for r in koop.requests]
    # 4 identifiers in batches of 2 (==), the 2 missing ones once loosely (=), each missing one
    # once to metadata.xml; the three Handelingen share one search; the dossier one listing.
    assert paths.count("/stb-2019-999/metadata.xml") == 1
    assert paths.count("/stb-2021-419/metadata.xml") == 1
    assert paths.count("/sru") == 2 + 1 + 1 + 1


def test_a_record_that_cannot_be_read_costs_only_its_own_item(
    server: HTTPServer, koop: FakeKoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = Document.from_record

    def picky(record: Any, attachments: tuple[Document, ...] = ()) -> Document:
        if record.identifier == "kst-32545-143":
            raise ValueError("a record no check foresaw")
        return read(record, attachments)

    monkeypatch.setattr(Document, "from_record", picky)
    results = make(server).resolve_all(["kst-35842-4", "kst-32545-143"], progress=False)
    assert results[0].document is not None
    assert results[0].document.identifier == "kst-35842-4"
    assert isinstance(results[1].error, ResolveError)


def test_resolve_all_takes_matches_from_find(server: HTTPServer, koop: FakeKoop) -> None:
    text = "Zie Kamerstuk 35842, nr. 4 en Handelingen I 2020/21, nr. 1, item 1."
    results = make(server).resolve_all(kamerstuk.find(text))
    assert [r.document.identifier for r in results if r.document] == [
        "kst-35842-4",
        "h-ek-20202021-1-1",
    ]
    assert len(koop.sru_requests) == 1  # both in one batch


def test_resolve_all_works_through_the_module_function(server: HTTPServer, koop: FakeKoop) -> None:
    results = resolve_all(
        ["kst-35842-4", "kst-32545-143"],
        sru_url=server.url_for("/sru"), zoek_url=server.url_for("/"), cache=False, rate=None,
    )  # fmt: skip
    assert [r.ok for r in results] == [True, True]


def test_service_urls_come_from_the_environment(
    server: HTTPServer, koop: FakeKoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KAMERSTUK_SRU_URL", server.url_for("/sru"))
    monkeypatch.setenv("KAMERSTUK_ZOEK_URL", server.url_for("/"))
    doc = resolve("kv-2989900822", cache=False)
    assert isinstance(doc, Document)
    assert doc.identifier == "kv-2989900822"


def test_a_second_resolve_comes_from_the_cache_and_offline_never_asks(
    server: HTTPServer, koop: FakeKoop
) -> None:
    resolver = make(server, cache=BaseCache())
    first = resolver.resolve("kst-35842-4")
    offline = Resolver(
        session=resolver.session, sru_url=server.url_for("/sru"), zoek_url=server.url_for("/"),
        offline=True,
    )  # fmt: skip
    assert offline.resolve("kst-35842-4") == first
    assert resolver.resolve("kst-35842-4") == first
    assert len(koop.requests) == 1
    with pytest.raises(ResolveError, match="offline, and not in the cache"):
        offline.resolve("h-ek-20202021-1-1")
    assert len(koop.requests) == 1


def test_offline_without_a_cache_says_so_and_sends_nothing(
    server: HTTPServer, koop: FakeKoop
) -> None:
    with pytest.raises(ResolveError, match="no cache"):
        make(server, offline=True).resolve("kst-35842-4")
    assert koop.requests == []


def test_importing_kamerstuk_does_not_import_requests() -> None:
    code = "import sys, kamerstuk, kamerstuk.koop.document; print('requests' in sys.modules)"
    assert fresh_python(code) == ["False"]


def test_the_real_records_are_there(koop: FakeKoop) -> None:
    # A guard that the tests above read what they think they serve.
    assert "kst-35842-4" in real("kst-35842-4")
    assert len(koop.records) == 20
