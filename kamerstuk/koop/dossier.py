"""What a whole dossier resolves to: its Kamerstukken, as a sequence of documents.

``kamerstuk.resolve("Kamerstuk 35300")`` names no single document: it returns a
:class:`DossierDocuments`, the dossier's ``kst-`` documents (each with its bijlagen as
``attachments``) in the order of their ondernummer, read from the SRU service page by page up
to ``limit``. It is a sequence (``len``, indexing, iteration give :class:`Document` values);
``complete`` says whether every Kamerstuk of the dossier is in it.

>>> from kamerstuk.koop.document import Document
>>> d = DossierDocuments(dossier="35300", documents=(Document(identifier="kst-35300-1"),),
...                      complete=True)
>>> len(d), d[0].identifier, d.to_dict()["identifiers"]
(1, 'kst-35300-1', 'kst-35300-1')
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from typing import Any, overload

import attrs

from .document import Document
from .origins import safe_link

__all__ = ["DOSSIER_KEYS", "DossierDocuments", "in_order"]

#: The keys of :meth:`DossierDocuments.to_dict`.
DOSSIER_KEYS = ("dossier", "title", "documents", "complete", "identifiers", "url")


def _order(doc: Document) -> tuple[int, int, str]:
    # Ondernummers as numbers (9 before 10), Eerste Kamer letters after them in their own order.
    nr = doc.ondernummer or ""
    match = re.match(r"[0-9]+", nr)
    return (0, int(match.group()), nr) if match else (1, len(nr), nr)


def in_order(documents: Sequence[Document]) -> tuple[Document, ...]:
    """``documents`` by ondernummer: 1, 2, … 10, then A, B … AA."""
    return tuple(sorted(documents, key=_order))


@attrs.frozen(kw_only=True)
class DossierDocuments(Sequence[Document]):
    """The Kamerstukken of one dossier: ``dossier`` (``35300-VIII``), its ``title``, the
    ``documents``, ``complete`` (False when ``limit`` stopped the listing) and the dossier's
    ``url`` on zoek.officielebekendmakingen.nl."""

    dossier: str
    documents: tuple[Document, ...] = ()
    complete: bool = True
    title: str | None = None
    url: str | None = None

    @overload
    def __getitem__(self, index: int) -> Document: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Document, ...]: ...

    def __getitem__(self, index: int | slice) -> Document | tuple[Document, ...]:
        return self.documents[index]

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    @property
    def identifiers(self) -> tuple[str, ...]:
        """The documents' identifiers, in order."""
        return tuple(d.identifier for d in self.documents)

    def to_dict(self) -> dict[str, Any]:
        """A flat, JSON-ready summary with exactly :data:`DOSSIER_KEYS`; the documents' own rows
        are ``[d.to_dict() for d in dossier]``."""
        return {
            "dossier": self.dossier,
            "title": self.title,
            "documents": len(self.documents),
            "complete": self.complete,
            "identifiers": "; ".join(self.identifiers) or None,
            "url": self.url,
        }

    def _repr_html_(self) -> str:
        """How Jupyter shows a dossier: its title and one line per document."""
        esc = html.escape
        rows = "".join(
            f"<li><code>{esc(d.identifier)}</code> {esc(str(d.date or ''))} "
            + (
                f'<a href="{esc(d.url)}">{esc(d.title or "")}</a>'
                if d.url and safe_link(d.url)
                else esc(d.title or "")
            )
            + "</li>"
            for d in self.documents
        )
        more = "" if self.complete else "<br>(more documents than the limit)"
        return (
            "<div class='kamerstuk-dossier'>"
            f"<strong>{esc(self.title or 'Dossier ' + self.dossier)}</strong>"
            f" <code>{esc(self.dossier)}</code>, {len(self.documents)} documents"
            f"<ol>{rows}</ol>{more}</div>"
        )
