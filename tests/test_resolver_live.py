"""The resolver against the real KOOP services: opt-in, for whoever has the network.

    KAMERSTUK_LIVE=1 pytest -m live

Skipped unless ``KAMERSTUK_LIVE=1`` (no test of the default run reaches the internet). It resolves
ten citations of every kind ``find()`` reads (Kamerstukken, Handelingen, Aanhangsels, Kamervragen,
Staatsblad, Staatscourant, Tractatenblad, Gemeenteblad, Provinciaal blad, Waterschapsblad, Blad
gemeenschappelijke regeling) and ten whole dossiers, at the default politeness (2 requests a
second, one at a time), and checks what docs/resolve.md promises: the document asked for, its
title and date, https links on KOOP's hosts, its text with the citations inside, the Kamerstukken
of a dossier. The citations are real identifiers drawn (seeded) from KOOP's list of 5.5 million
(../shared/koop-identifiers), written back as citations by ``format()``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kamerstuk
from kamerstuk.koop.document import Document
from kamerstuk.koop.dossier import DossierDocuments
from kamerstuk.koop.resolver import Resolver
from kamerstuk.koop.session import make_session

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        os.environ.get("KAMERSTUK_LIVE") != "1",
        reason="asks the real KOOP services: run with KAMERSTUK_LIVE=1 pytest -m live",
    ),
]

# fmt: off
CITED = [
    ('Kamerstukken 34843, nr. 22', 'kst-34843-22'),
    ('Kamerstukken 36443, nr. 12', 'kst-36443-12'),
    ('Kamerstukken 34310, nr. 1', 'kst-34310-1'),
    ('Kamerstukken 35000 X, nr. 6', 'kst-35000-X-6'),
    ('Kamerstukken 35570 XVII, nr. 40', 'kst-35570-XVII-40'),
    ('Kamerstukken 34717, nr. 23', 'kst-34717-23'),
    ('Kamerstukken 34082, nr. 9', 'kst-34082-9'),
    ('Kamerstukken 36202, nr. 21', 'kst-36202-21'),
    ('Kamerstukken 34775 XIII, nr. 23', 'kst-34775-XIII-23'),
    ('Kamerstukken 35830 VIII, nr. 3', 'kst-35830-VIII-3'),
    ('Handelingen II 2019/20, nr. 48, item 7', 'h-tk-20192020-48-7'),
    ('Handelingen II 2023/24, nr. 79, item 1', 'h-tk-20232024-79-1'),
    ('Handelingen II 2022/23, nr. 44, item 4', 'h-tk-20222023-44-4'),
    ('Handelingen II 2018/19, nr. 61, item 6', 'h-tk-20182019-61-6'),
    ('Handelingen II 2015/16, nr. 27, item 3', 'h-tk-20152016-27-3'),
    ('Handelingen II 2023/24, nr. 23, item 8', 'h-tk-20232024-23-8'),
    ('Handelingen II 2016/17, nr. 4, item 7', 'h-tk-20162017-4-7'),
    ('Handelingen II 2023/24, nr. 46, item 1', 'h-tk-20232024-46-1'),
    ('Handelingen II 2021/22, nr. 49, item 11', 'h-tk-20212022-49-11'),
    ('Handelingen II 2015/16, nr. 20, item 6', 'h-tk-20152016-20-6'),
    ('Aanhangsel Handelingen II 2020/21, nr. 2373', 'ah-tk-20202021-2373'),
    ('Aanhangsel Handelingen II 2018/19, nr. 3201', 'ah-tk-20182019-3201'),
    ('Aanhangsel Handelingen II 2017/18, nr. 557', 'ah-tk-20172018-557'),
    ('Aanhangsel Handelingen II 2022/23, nr. 1405', 'ah-tk-20222023-1405'),
    ('Aanhangsel Handelingen II 2018/19, nr. 2817', 'ah-tk-20182019-2817'),
    ('Aanhangsel Handelingen II 2020/21, nr. 1983', 'ah-tk-20202021-1983'),
    ('Aanhangsel Handelingen II 2018/19, nr. 2434', 'ah-tk-20182019-2434'),
    ('Aanhangsel Handelingen II 2015/16, nr. 1899', 'ah-tk-20152016-1899'),
    ('Aanhangsel Handelingen II 2019/20, nr. 2867', 'ah-tk-20192020-2867'),
    ('Aanhangsel Handelingen II 2016/17, nr. 1202', 'ah-tk-20162017-1202'),
    ('Kamervragen 2022Z16807', 'kv-tk-2022Z16807'),
    ('Kamervragen 2016Z24732', 'kv-tk-2016Z24732'),
    ('Kamervragen 2022Z09456', 'kv-tk-2022Z09456'),
    ('Kamervragen 2019Z06370', 'kv-tk-2019Z06370'),
    ('Kamervragen 2016Z06858', 'kv-tk-2016Z06858'),
    ('Kamervragen 2022Z24338', 'kv-tk-2022Z24338'),
    ('Kamervragen 2016Z01562', 'kv-tk-2016Z01562'),
    ('Kamervragen 2020Z08110', 'kv-tk-2020Z08110'),
    ('Kamervragen 2019Z11435', 'kv-tk-2019Z11435'),
    ('Kamervragen 2016Z00984', 'kv-tk-2016Z00984'),
    ('Stb. 2021, 188', 'stb-2021-188'),
    ('Stb. 2024, 33', 'stb-2024-33'),
    ('Stb. 2019, 139', 'stb-2019-139'),
    ('Stb. 2022, 493', 'stb-2022-493'),
    ('Stb. 2019, 117', 'stb-2019-117'),
    ('Stb. 2019, 523', 'stb-2019-523'),
    ('Stb. 2023, 443', 'stb-2023-443'),
    ('Stb. 2023, 427', 'stb-2023-427'),
    ('Stb. 2023, 322', 'stb-2023-322'),
    ('Stb. 2017, 355', 'stb-2017-355'),
    ('Stcrt. 2020, 52441', 'stcrt-2020-52441'),
    ('Stcrt. 2019, 12292', 'stcrt-2019-12292'),
    ('Stcrt. 2024, 36495', 'stcrt-2024-36495'),
    ('Stcrt. 2022, 12045', 'stcrt-2022-12045'),
    ('Stcrt. 2020, 64178', 'stcrt-2020-64178'),
    ('Stcrt. 2016, 68616', 'stcrt-2016-68616'),
    ('Stcrt. 2019, 19719', 'stcrt-2019-19719'),
    ('Stcrt. 2021, 25988', 'stcrt-2021-25988'),
    ('Stcrt. 2018, 66817', 'stcrt-2018-66817'),
    ('Stcrt. 2018, 50215', 'stcrt-2018-50215'),
    ('Trb. 2016, 87', 'trb-2016-87'),
    ('Trb. 2023, 141', 'trb-2023-141'),
    ('Trb. 2016, 48', 'trb-2016-48'),
    ('Trb. 2016, 4', 'trb-2016-4'),
    ('Trb. 2023, 22', 'trb-2023-22'),
    ('Trb. 2024, 107', 'trb-2024-107'),
    ('Trb. 2020, 6', 'trb-2020-6'),
    ('Trb. 2024, 153', 'trb-2024-153'),
    ('Trb. 2022, 129', 'trb-2022-129'),
    ('Trb. 2018, 222', 'trb-2018-222'),
    ('Gmb. 2022, 454610', 'gmb-2022-454610'),
    ('Gmb. 2023, 550619', 'gmb-2023-550619'),
    ('Gmb. 2016, 12726', 'gmb-2016-12726'),
    ('Gmb. 2023, 121081', 'gmb-2023-121081'),
    ('Gmb. 2023, 232988', 'gmb-2023-232988'),
    ('Gmb. 2021, 259034', 'gmb-2021-259034'),
    ('Gmb. 2023, 222009', 'gmb-2023-222009'),
    ('Gmb. 2022, 237365', 'gmb-2022-237365'),
    ('Gmb. 2024, 288532', 'gmb-2024-288532'),
    ('Gmb. 2021, 379016', 'gmb-2021-379016'),
    ('Prb. 2018, 9580', 'prb-2018-9580'),
    ('Prb. 2016, 706', 'prb-2016-706'),
    ('Prb. 2024, 5968', 'prb-2024-5968'),
    ('Prb. 2023, 11366', 'prb-2023-11366'),
    ('Prb. 2022, 6718', 'prb-2022-6718'),
    ('Prb. 2021, 5368', 'prb-2021-5368'),
    ('Prb. 2018, 8235', 'prb-2018-8235'),
    ('Prb. 2020, 2582', 'prb-2020-2582'),
    ('Prb. 2019, 5720', 'prb-2019-5720'),
    ('Prb. 2016, 6737', 'prb-2016-6737'),
    ('Wsb. 2020, 12598', 'wsb-2020-12598'),
    ('Wsb. 2023, 1411', 'wsb-2023-1411'),
    ('Wsb. 2021, 15552', 'wsb-2021-15552'),
    ('Wsb. 2021, 15269', 'wsb-2021-15269'),
    ('Wsb. 2024, 7834', 'wsb-2024-7834'),
    ('Wsb. 2024, 19033', 'wsb-2024-19033'),
    ('Wsb. 2017, 449', 'wsb-2017-449'),
    ('Wsb. 2024, 19660', 'wsb-2024-19660'),
    ('Wsb. 2019, 7307', 'wsb-2019-7307'),
    ('Wsb. 2022, 8925', 'wsb-2022-8925'),
    ('Bgr. 2020, 1308', 'bgr-2020-1308'),
    ('Bgr. 2023, 671', 'bgr-2023-671'),
    ('Bgr. 2024, 106', 'bgr-2024-106'),
    ('Bgr. 2022, 774', 'bgr-2022-774'),
    ('Bgr. 2022, 620', 'bgr-2022-620'),
    ('Bgr. 2022, 954', 'bgr-2022-954'),
    ('Bgr. 2016, 73', 'bgr-2016-73'),
    ('Bgr. 2024, 1391', 'bgr-2024-1391'),
    ('Bgr. 2023, 401', 'bgr-2023-401'),
    ('Bgr. 2019, 218', 'bgr-2019-218'),
]
DOSSIERS = ["36494", "34400", "35303", "35423", "34547", "35058", "35639", "34748", "36054", "35980"]
# fmt: on
KINDS = sorted({ident.split("-")[0] for _, ident in CITED})
KOOP_HOSTS = ("https://repository.overheid.nl/", "https://zoek.officielebekendmakingen.nl/")


@pytest.fixture(scope="module")
def resolver(tmp_path_factory: pytest.TempPathFactory) -> Resolver:
    cache = Path(tmp_path_factory.mktemp("live")) / "http-cache.sqlite"
    return Resolver(cache=str(cache))


def test_ten_of_every_kind(resolver: Resolver) -> None:
    results = resolver.resolve_all([text for text, _ in CITED], progress=False)
    failures = []
    for (text, ident), result in zip(CITED, results, strict=True):
        doc = result.document
        if not isinstance(doc, Document) or doc.identifier != ident:
            failures.append((text, ident, result.error or (doc and doc.identifier)))
            continue
        assert doc.title, ident
        assert doc.date is not None, ident
        assert (doc.url or "").startswith(KOOP_HOSTS), (ident, doc.url)
        assert all(u.startswith(KOOP_HOSTS) for u in doc.urls.values()), (ident, doc.urls)
        if ident.startswith("kst-"):
            citation = kamerstuk.parse(text)
            assert isinstance(citation, kamerstuk.Kamerstuk)
            assert (doc.dossier, doc.ondernummer) == (str(citation.dossier), citation.ondernummer)
            assert all(a.identifier.startswith("blg-") for a in doc.attachments)
    assert failures == []


@pytest.mark.parametrize("kind", KINDS)
def test_the_text_of_one_of_each_kind(resolver: Resolver, kind: str) -> None:
    text, ident = next(c for c in CITED if c[1].startswith(kind + "-"))
    doc = resolver.resolve(text)
    assert isinstance(doc, Document)
    if "xml" not in doc.urls and "html" not in doc.urls:
        pytest.skip(f"{ident}: KOOP lists no XML or HTML of it")
    body = doc.text(resolver=resolver)
    assert len(body.split("\n\n")) > 3
    assert all(m.citation.kind for m in kamerstuk.find(body))


@pytest.mark.parametrize("dossier", DOSSIERS)
def test_the_kamerstukken_of_a_dossier(resolver: Resolver, dossier: str) -> None:
    found = Resolver(cache=False, limit=5).resolve(f"Kamerstuk {dossier}")
    assert isinstance(found, DossierDocuments)
    assert 1 <= len(found) <= 5
    assert all(d.identifier.startswith(f"kst-{dossier}-") for d in found)
    assert found.title


def test_identifiers_go_in_batches_of_fifty() -> None:
    # 110 identifiers of 11 kinds: three SRU requests, with the bijlagen of each in the same.
    session = make_session(cache=False)
    sent: list[str] = []
    session.hooks["response"].append(lambda response, *args, **kwargs: sent.append(response.url))
    results = Resolver(session=session).resolve_all([i for _, i in CITED], progress=False)
    assert [r.error for r in results if not r.ok] == []
    assert len(sent) == 3
