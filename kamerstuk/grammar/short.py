"""A back-reference as the grammar reads it ("t.a.p.", "stuk nr. 12"), before find() knows
what it refers to (kamerstuk.text.backrefs). No Lark here: ``import kamerstuk`` stays light.

>>> ShortForm(refers="dossier", ondernummer="12").kind
'short_form'
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from ..model.citations import Citation
from ..model.values import to_ondernummer

__all__ = ["ShortForm"]


@attrs.frozen(kw_only=True)
class ShortForm(Citation):
    """A back-reference as the grammar read it, before find() knows what it refers to.

    ``refers`` is ``"citation"`` for "t.a.p." and its kin (the last full citation, with this
    one's pinpoint), ``"dossier"`` for "stuk nr. 12" (stuk ``ondernummer`` of a dossier);
    ``this_document`` is True for "nr. 12 van dit wetsvoorstel" (the document being read).
    The ondernummer is checked as a Kamerstuk's is: "stuk nr. 0" is no back-reference, so the
    grammar's reading of it fails where it is made and the text is left unread.

    >>> ShortForm(refers="dossier", ondernummer="0")
    Traceback (most recent call last):
    kamerstuk.InvalidValue: ondernummer '0': numbering starts at 1
    """

    kind: ClassVar[str] = "short_form"

    refers: str
    ondernummer: str | None = attrs.field(default=None, converter=to_ondernummer)
    this_document: bool = False
