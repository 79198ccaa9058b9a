"""A back-reference as the grammar reads it ("t.a.p.", "stuk nr. 12"), before find() knows
what it refers to (kamerstuk.text.backrefs). No Lark here: ``import kamerstuk`` stays light.

>>> ShortForm(refers="dossier", ondernummer="12").kind
'short_form'
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from ..model.citations import Citation

__all__ = ["ShortForm"]


@attrs.frozen(kw_only=True)
class ShortForm(Citation):
    """A back-reference as the grammar read it, before find() knows what it refers to.

    ``refers`` is ``"citation"`` for "t.a.p." and its kin (the last full citation, with this
    one's pinpoint), ``"dossier"`` for "stuk nr. 12" (stuk ``ondernummer`` of a dossier);
    ``this_document`` is True for "nr. 12 van dit wetsvoorstel" (the document being read).
    """

    kind: ClassVar[str] = "short_form"

    refers: str
    ondernummer: str | None = None
    this_document: bool = False
