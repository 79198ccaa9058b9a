"""annotate() and annotate_html(): links added, nothing else changed."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from kamerstuk import annotate, annotate_html

from support import DATA

KST = "https://zoek.officielebekendmakingen.nl/kst-33694-20.html"
ADDED = re.compile(r'<a href="[^"]*" class="kamerstuk" title="[^"]*">(.*?)</a>', re.DOTALL)


# fmt: off
@pytest.mark.parametrize(
    ("text", "style", "expected"),
    [
        ("a < b (Kamerstuk 33694, nr. 20)", "html", f'a &lt; b (<a href="{KST}" class="kamerstuk" title="Kamerstukken 33694, nr. 20">Kamerstuk 33694, nr. 20</a>)'),
        ("(Kamerstuk 33694, nr. 20)", "markdown", f"([Kamerstuk 33694, nr. 20]({KST}))"),
        ("Kamerstuk\n33694, nr. 20", "markdown", f"[Kamerstuk 33694, nr. 20]({KST})"),
        ("Bijlage bij Kamerstuk 29 383, nr. 384 & meer", "html", "Bijlage bij Kamerstuk 29 383, nr. 384 &amp; meer"),
        ("Handelingen II 2007/08, nr. 70, p. 4867", "markdown", "Handelingen II 2007/08, nr. 70, p. 4867"),
        ("geen citaten <hier>", "html", "geen citaten &lt;hier&gt;"),
    ],
)
def test_annotate(text: str, style: str, expected: str) -> None:
    assert annotate(text, format=style) == expected
# fmt: on


def test_one_phrase_naming_two_documents_is_one_link_titled_with_both() -> None:
    out = annotate("Kamerstuk 33783, nrs. 31 en 32")
    assert out.count("<a ") == 1
    assert 'title="Kamerstukken 33783, nr. 31; Kamerstukken 33783, nr. 32"' in out


@pytest.mark.parametrize("link", [annotate, lambda text: annotate_html(f"<p>{text}</p>")])
def test_a_phrase_links_to_the_first_of_its_documents_that_has_a_url(
    link: Callable[[str], str],
) -> None:
    # The Staatscourant of 1969 has no identifier, that of 2017 has: the phrase is still a link.
    out = link("Zie Stcrt. 1969, 9, 2017, 4.")
    assert out.count("<a ") == 1
    assert "stcrt-2017-4.html" in out
    assert 'title="Stcrt. 1969, 9; Stcrt. 2017, 4"' in out


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="markdown"):
        annotate("Stb. 2019, 123", format="pdf")


# fmt: off
@pytest.mark.parametrize(
    ("document", "links"),
    [
        ("<p>Zie Kamerstuk 33694, nr. 20.</p>", ["Kamerstuk 33694, nr. 20"]),
        ("<p><i>Kamerstukken</i> II 2019/20, 35300, nr.&nbsp;5</p>", ["Kamerstukken", " II 2019/20, 35300, nr.&nbsp;5"]),
        ('<p><a href="x">Kamerstuk 33694, nr. 20</a></p>', []),
        ("<script>var s = 'Kamerstuk 33694, nr. 20';</script>", []),
        ('<p title="Kamerstuk 33694, nr. 20">tekst</p>', []),
        ("<p>Kamerstuk 33694,</p><p>nr. 20</p>", ["Kamerstuk 33694"]),
        ("<!-- Kamerstuk 33694, nr. 20 --><p>Stb. 2019, 123</p>", ["Stb. 2019, 123"]),
    ],
)
def test_annotate_html_links_text_only(document: str, links: list[str]) -> None:
    out = annotate_html(document)
    assert ADDED.findall(out) == links
    assert ADDED.sub(r"\1", out) == document
# fmt: on


def test_annotate_html_changes_nothing_but_the_added_links() -> None:
    text = (DATA / "kamerbrief-nucleaire-risicobeperking.txt").read_text(encoding="utf-8")
    document = (
        "<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>"
    )
    out = annotate_html(document)
    assert len(ADDED.findall(out)) == 5  # the three letters of the footnote have a span each
    assert ADDED.sub(r"\1", out) == document
