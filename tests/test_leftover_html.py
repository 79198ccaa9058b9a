"""HTML left in plain text, invisible characters at a line's end and full-width digits: read as
a reader of the rendered page reads them (kamerstuk.text.leftover_html, kamerstuk.text.layout),
and what is no citation when rendered stays unread.
"""

from __future__ import annotations

import pytest

import kamerstuk
from kamerstuk.text.leftover_html import html_edits

# The text, and the identifier of the one document it cites.
READ = [
    ("Zie <i>Stb.</i> 2003, 75.", "stb-2003-75"),
    ("Zie <em>Staatscourant</em> 2019, <b>12345</b>.", "stcrt-2019-12345"),
    ('Zie <span class="x">Kamerstukken II</span> 2019/20, 35 300 VIII, nr. 5.', "kst-35300-VIII-5"),
    ("Zie Kamerstukken II 2019/20, 35&nbsp;300 VIII, nr.&nbsp;5.", "kst-35300-VIII-5"),
    ("Zie Kamerstukken&#160;II 2019/20, 35&#xa0;300, nr.&#XA0;5.", "kst-35300-5"),
    ("Zie Handelingen II 2019/20,<br>nr. 45, item 6.", "h-tk-20192020-45-6"),
    ("Zie Handelingen II 2019/20,<br />\nnr. 45, item 6.", "h-tk-20192020-45-6"),
    ("Zie Kamerstukken II 2019/20, 35 300, nr. 5<sup>12</sup>.", "kst-35300-5"),
    # A footnote after markdown around the number (read 13357, 30345, 6261 before).
    ("Zie Kamerstukken II 2019/20, 35 300, nr. **133**<sup>57</sup>.", "kst-35300-133"),
    ("Zie Waterschapsblad 2018, nr. *303*<sup>45</sup>;", "wsb-2018-303"),
    ("Zie Stb. 1991/__626__<sup>1</sup>.", "stb-1991-626"),
    ('Zie <a href="https://example.org/x">Stb. 2003, 75</a>.', "stb-2003-75"),
    ("Zie <I>STB.</I> 2003, 75.", "stb-2003-75"),
    ("Zie Kamerstukken II 2019/20, 35 300, nr.\n\n<strong>5</strong>.", "kst-35300-5"),
    ("Zie <cite>_Stb. 2003, 75_</cite>.", "stb-2003-75"),
    ("Zie Kamer\u00ad\nstukken II 2019/20, 35 300, nr. 5.", "kst-35300-5"),
    ("Zie Handelin\u00ad \ngen II 2019/20, nr. 45, item 6.", "h-tk-20192020-45-6"),
    ("Zie \ufeff_Stb. 2003, 75_.", "stb-2003-75"),
    ("Zie Stb. \uff12\uff10\uff10\uff13, \uff17\uff15.", "stb-2003-75"),
    (
        "Zie Kamerstukken II \uff12\uff10\uff11\uff19/\uff12\uff10, **\uff13\uff15\uff13\uff10\uff10**, nr. \uff15.",
        "kst-35300-5",
    ),
    ("Zie Kamerstukken II 2019/20, 35 300, nr. 16\u00ad\u00b9\u2075.", "kst-35300-16"),
]

# What stays prose: rendered, it is no citation (or HTML-looking text that is no HTML).
UNREAD = [
    "De stukken: <span>Art.</span> 23231-16.",
    "Zie <i>Rolnummer</i> 21660-10 voor de toelichting.",
    "Ons kenmerk:&nbsp;27 668, nr. 5.",
    "<i>Beschikking</i> no. 23347-4",
    "Zie artikel<sup>3</sup> 12345-13.",
    "als a < b en b > c, dan 2019, 12",
    "Q&A 2019, 12 vragen",
    "Beantwoording <b>12 000</b> mensen",
    "Totaal&nbsp;aantal woningen - 25 300",
    "tel.&#160;070-3182211",
    "Zie <i>NJ</i> 2003, 75.",
]


@pytest.mark.parametrize(("text", "identifier"), READ)
def test_damaged_citations_are_read(text: str, identifier: str) -> None:
    found = [m.citation.identifier for m in kamerstuk.find(text)]
    assert found == [identifier], text


@pytest.mark.parametrize("text", UNREAD)
def test_lookalikes_under_html_stay_unread(text: str) -> None:
    assert [m.text for m in kamerstuk.find(text)] == []


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("<i>x</i>", [("<i>", ""), ("</i>", "")]),
        ("a<br>\nb", [("<br>\n", "\n")]),
        ("a</p><p>b", [("</p>", "\n\n"), ("<p>", "\n\n")]),
        ("nr. 5<sup>3</sup>", [("<sup>3</sup>", "")]),
        (
            "&nbsp;&amp;&#160;&#xA0;",
            [("&nbsp;", "\xa0"), ("&amp;", "&"), ("&#160;", "\xa0"), ("&#xA0;", "\xa0")],
        ),
        ("a < b, Q&A, &c, &zzzz;, <5 %, <https://example.org/x>", []),
    ],
)
def test_what_html_stands_for(text: str, repaired: list[tuple[str, str]]) -> None:
    edits = list(html_edits(text, 0, len(text)))
    assert [(text[e.start : e.end], e.text) for e in edits] == repaired


def test_spans_are_slices_of_the_text_as_given() -> None:
    for text, _ in READ:
        for m in kamerstuk.find(text):
            assert text[m.start : m.end] == m.text
