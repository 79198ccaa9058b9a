"""find() on eight classes of notation a blind probe of real-looking text found missed or
misread (issue 18, round 10), each by several members of its own, and their lookalikes.

Written questions by their zaak number after the askers in other words ("gesteld door het
lid", "(ingezonden 6 juli 2020, 2020Z13581)", a second asker's "en van het lid B (...)");
Eerste Kamer letters after a fund's or a bill's part ("(36 200 A, AE)"); the Aanhangsel
without "nr." after "Ah. TK"; the abbreviated "Blad gemeensch. regeling"; the word "dossier"
before a dossier ("Dossier 36 200 XIII", "stuk nr. 54 bij dossier 35 510"); the chambers'
pages of a bill; the chapter spelled out in an old Kamerstuk ("14 800, hoofdstuk VII,
nr. 24"); and a bill's line in a list of votes ("36 333 (wetsvoorstel) — aangenomen"). The
sentences are written for these tests; ``doc`` (tests/support.py) names a document by its KOOP
identifier, or by its kind and fields without one.
"""

from __future__ import annotations

import pytest

from kamerstuk import find

from support import doc

# fmt: off

READS = [
    # Written questions: the askers in other words, the day sent in inside the bracket.
    ('Zie de schriftelijke vragen gesteld door het lid Van Dijk (2022Z18342) over energie.', ['kv-tk-2022Z18342']),
    ('Vragen ingediend door de leden Kuik en Omtzigt over de toeslagen (2021Z01234).', ['kv-tk-2021Z01234']),
    ('de vragen van het Tweede Kamerlid Bromet (GL) over stikstof (2021Z05678) zijn beantwoord', ['kv-tk-2021Z05678']),
    ('Antwoord op vragen van de heer Omtzigt over de Belastingdienst (2020Z11111).', ['kv-tk-2020Z11111']),
    ('Antwoord op vragen van mevrouw Kuiken over de jeugdzorg (2019Z22222).', ['kv-tk-2019Z22222']),
    ('Antwoorden op vragen van het lid Kops over windparken (ingezonden 6 juli 2020, 2020Z13581).', ['kv-tk-2020Z13581']),
    ('Vragen van de leden Agema en Fritsma (ingezonden op 12 maart 2021, 2021Z04411).', ['kv-tk-2021Z04411']),
    ('Vragen gesteld door het lid Eerdmans aan de minister (ontvangen 3 okt. 2022, 2022Z18800)', ['kv-tk-2022Z18800']),
    # A second asker's questions in the same sentence, the word "vragen" elided.
    ('De vragen van het lid A (2023Z10558) en van het lid B (2023Z10673) worden gezamenlijk beantwoord.', ['kv-tk-2023Z10558', 'kv-tk-2023Z10673']),
    ('Schriftelijke vragen van het lid Dassen (2022Z01001), van het lid Sneller (2022Z01002) en van de leden Van Weyenberg en Hammelburg (2022Z01003).', ['kv-tk-2022Z01001', 'kv-tk-2022Z01002', 'kv-tk-2022Z01003']),
    # Eerste Kamer letters after a fund's or a bill's part, in brackets.
    ('Zie de motie-Klip-Martin (36 200 A, AE) over de gelden.', ['kst-36200-A-AE']),
    ('Het gewijzigd voorstel van wet (36 200 A, A) is ingediend.', ['kst-36200-A-A']),
    ('De motie-Vos (35 000-B, C) werd aangenomen.', ['kst-35000-B-C']),
    ('De moties (36 410 J, E en F) zijn aangehouden.', ['kst-36410-J-E', 'kst-36410-J-F']),
    # The Aanhangsel before its chamber, without "nr.".
    ('Zie Ah. TK 2022/23, 2701 voor het antwoord.', ['ah-tk-20222023-2701']),
    ('(Aanh. TK 2019/20, 1234)', ['ah-tk-20192020-1234']),
    ('Aanhangsel II 2018/19, 312', ['ah-tk-20182019-312']),
    ('Aanhangsel Handelingen II 2019/20, 1234', ['ah-tk-20192020-1234']),
    ('AH TK 2020-2021, 45', ['ah-tk-20202021-45']),
    # The Blad gemeenschappelijke regeling abbreviated.
    ('Gepubliceerd in Blad gemeensch. regeling 2024, 1877.', ['bgr-2024-1877']),
    ('Blad gem. reg. 2021, 45', ['bgr-2021-45']),
    ('bekendgemaakt in het blad gemeenschap. regeling 2023, nr. 702', ['bgr-2023-702']),
    ('Blad gemeenschappelijke reg. 2022, 12', ['bgr-2022-12']),
    # The word "dossier" before a dossier.
    ('Zie Dossier 36 200 XIII (begroting EZK 2023).', ['kamerstuk:dossier=36200,suffix=XIII']),
    ('In dossier 35 510 staat de brief.', ['kamerstuk:dossier=35510']),
    ('Dossiernummer: 34 775 VII', ['kamerstuk:dossier=34775,suffix=VII']),
    ('Zie stuk nr. 54 bij dossier 35 510 voor meer.', ['kst-35510-54']),
    ('nrs. 3 en 4 van het dossier 35 300 VII', ['kst-35300-VII-3', 'kst-35300-VII-4']),
    ('Dossier- en ondernummer 35 896 nr. G', ['kst-35896-G']),
    ('het Kamerdossier 36 123 is gesloten', ['kamerstuk:dossier=36123']),
    # The chambers' pages of a bill.
    ('Zie eerstekamer.nl/wetsvoorstel/36067 voor de stand.', ['kamerstuk:dossier=36067']),
    ('Zie https://www.eerstekamer.nl/wetsvoorstel/36067_wet_xyz voor de stand.', ['kamerstuk:dossier=36067']),
    ('(https://www.eerstekamer.nl/wetsvoorstel/36200_xv_vaststelling_van_de)', ['kamerstuk:dossier=36200,suffix=XV']),
    ('https://www.tweedekamer.nl/kamerstukken/wetsvoorstellen/detail?cfg=wetsvoorsteldetails&qry=wetsvoorstel%3A36067', ['kamerstuk:dossier=36067']),
    ('tweedekamer.nl/kamerstukken/wetsvoorstellen/detail?qry=wetsvoorstel%3A36200-VII&cfg=wetsvoorsteldetails', ['kamerstuk:dossier=36200,suffix=VII']),
    # The chapter spelled out, or after a comma, in an old Kamerstuk.
    ('(Zitting 1977–1978, 14 800, hoofdstuk VII, nr. 24)', ['kst-14800-VII-24']),
    ('Zitting 1981-1982, 17 100, hoofdstuk XIII, nr. 5', ['kst-17100-XIII-5']),
    ('Zitting 1979-1980, 15 800, VII, nr. 12', ['kst-15800-VII-12']),
    ('zie 14 800 hoofdstuk VII, nr. 24', ['kst-14800-VII-24']),
    # A bill's line in a list of votes.
    ('Stemmingen\n36 333, nr. 8 (amendement-X) — aangenomen\n36 333 (wetsvoorstel) — aangenomen\n', ['kst-36333-8', 'kamerstuk:dossier=36333']),
    ('Uitslagen:\n35 925 (wetsontwerp) - verworpen\n', ['kamerstuk:dossier=35925']),
]

# A zaak number that is not written questions (a motion's, an amendment's) stays a zaak.
NOT_QUESTIONS = [
    'De motie van het lid A (2023Z10558) en van het lid B (2023Z10673) is aangenomen.',
    'Het amendement ingediend door het lid X (2023Z10558).',
    'Vragen gesteld door het lid X over de motie-Y (2023Z10558).',
    'Zaak 2023Z10558 gesteld door het lid X (2023Z10673)',
    # (An asker's bracket after another kind: the word "vragen" elided only after questions.)
    'Stb. 2019, 123 en van het lid Y (2023Z12345)',
    'de motie (Kamerstukken 35 300, nr. 5) en van het lid Y (2023Z12345) is aangenomen',
]

UNREAD = [
    # A D-number where the zaak number stands.
    'Vragen gesteld door het lid X over de motie-Y (2023D10558).',
    'Antwoorden op vragen van het lid Kops (ingezonden 6 juli 2020, 2020D13581).',
    # A count and a list of letters; a year before letters.
    'Er waren 12 500 A, B en C.',
    'In 2019 A, B en C',
    # "Ah." as a word; an Aanhangsel's chamber and year without a number.
    'Ah. TK-leden vonden dat ook.',
    'Aanhangsel II 2019/20 is verschenen.',
    # A blad's word without a year and number.
    'Het Blad gem. reg. verschijnt digitaal.',
    # "dossier" before an amount, a count, a longer number, a case number.
    'Het dossier 35 000 euro aan kosten.',
    'dossier 12 500 woningen',
    'dossiernummer 1234567',
    'dossier 12345/2019 van de rechtbank',
    'stuk nr. 5 bij dossier 12345678',
    # Other pages of the chambers' sites.
    'https://www.eerstekamer.nl/wetsvoorstel/',
    'https://www.eerstekamer.nl/behandeling/20230101/brief',
    'https://www.tweedekamer.nl/kamerstukken/wetsvoorstellen',
    # A bill's word in brackets after a number that is not at the start of a line.
    'In totaal 36 333 (wetsvoorstel) stemmen.',
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), READS)
def test_reads(text: str, expected: list[str]) -> None:
    """Every document the sentence cites is read, and nothing else."""
    assert sorted({doc(m.citation) for m in find(text)}) == sorted(set(expected))


@pytest.mark.parametrize("text", UNREAD)
def test_lookalikes_stay_unread(text: str) -> None:
    assert [m.text for m in find(text)] == []


@pytest.mark.parametrize("text", NOT_QUESTIONS)
def test_other_zaak_numbers_stay_zaken(text: str) -> None:
    kinds = [m.citation.kind for m in find(text)]
    assert kinds
    assert "kamervragen" not in kinds


def test_spans_are_the_text() -> None:
    for text, _ in READS:
        for match in find(text):
            assert text[match.start : match.end] == match.text


def test_a_second_askers_questions_span_their_own_words() -> None:
    """The second questions' span runs from their askers to their bracket, not from the first's."""
    text = "De vragen van het lid A (2023Z10558) en van het lid B (2023Z10673) worden beantwoord."
    spans = [m.text for m in find(text)]
    assert spans == ["vragen van het lid A (2023Z10558)", "van het lid B (2023Z10673)"]
