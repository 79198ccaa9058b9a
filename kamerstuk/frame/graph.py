"""``edges()``: the citation graph of a table of citations, one row per (citing, cited) pair.

>>> from kamerstuk.frame import citations_frame
>>> texts = ["Zie Stb. 2019, 123 en Stb. 2019, 123.", "Kamerstuk 33783, nr. 31; Stb. 2019, 123"]
>>> edges(citations_frame(texts, ids=["kst-1-1", "kst-1-2"]))
    citing         cited        kind  count  start  end
0  kst-1-1  stb-2019-123  staatsblad      2      4   18
1  kst-1-2  kst-33783-31   kamerstuk      1      0   23
2  kst-1-2  stb-2019-123  staatsblad      1     25   39

A graph library takes it as it is: ``networkx.from_pandas_edgelist(e, "citing", "cited",
edge_attr="count", create_using=networkx.DiGraph)``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

import pandas as pd

from .schema import INT, STRING, Schema
from .table import batches

__all__ = ["document_edges", "edges", "edges_schema"]


def edges_schema(id_dtype: Any = INT) -> Schema:
    """The columns of :func:`edges`: ``citing`` has the dtype of the citations' ``id``."""
    return {
        "citing": id_dtype,
        "cited": STRING,
        "kind": STRING,
        "count": INT,
        "start": INT,
        "end": INT,
    }


def edges(
    citations: pd.DataFrame, *, cited: str = "identifier", self_loops: bool = False
) -> pd.DataFrame:
    """One row per citing text (``id``) and cited document, with how often it is cited there and
    the span (``start``, ``end``) of the first citation; in the order the table has them.

    ``citations`` is a table of :func:`kamerstuk.frame.citations_frame` (``id``, ``start``,
    ``end``, ``kind`` and the ``cited`` column are needed). Citations without a value in
    ``cited`` are left out: by ``identifier``, a whole dossier (which has a URL, its dossier
    page: ``cited="url"`` keeps it). A text that cites its own id is left out too, unless
    ``self_loops``.
    """
    missing = {"id", "start", "end", "kind", cited} - set(citations.columns)
    if missing:
        raise ValueError(f"edges(): the table has no column {', '.join(sorted(missing))}")
    schema = edges_schema(citations["id"].dtype)
    rows = citations[citations[cited].notna()]
    if not self_loops:
        rows = rows[rows["id"].astype(STRING) != rows[cited]]
    grouped = rows.groupby(["id", cited], sort=False, dropna=False)
    table = grouped.agg(
        kind=("kind", "first"),
        count=("start", "size"),
        start=("start", "first"),
        end=("end", "first"),
    ).reset_index()
    table = table.rename(columns={"id": "citing", cited: "cited"})
    typed: pd.DataFrame = table.astype(dict(schema))[list(schema)]
    return typed


def document_edges(
    named: Iterable[tuple[str, str]],
    *,
    jobs: int = 1,
    self_loops: bool = False,
    progress: bool | None = None,
) -> Iterator[pd.DataFrame]:
    """The :func:`edges` of ``(identifier, text)`` pairs, such as the KOOP documents of a folder
    (:func:`kamerstuk.text.inputs.koop_documents`), a piece at a time: a document's edges are
    never split over two pieces, so the pieces concatenate to the whole graph.

    Each document is read in its own context, its identifier: in a Kamerstuk, "stuk nr. 12" and
    "nr. 12 van dit wetsvoorstel" are edges to stuk 12 of its own dossier (a document of
    another kind has no dossier of its own, so no context: ``citations_frame(contexts=...)``).

    >>> named = [("kst-1-1", "Zie Stb. 2019, 1 en stuk nr. 4."), ("kst-1-2", "Geen.")]
    >>> pd.concat(document_edges(named))[["citing", "cited", "count"]].values.tolist()
    [['kst-1-1', 'stb-2019-1', 1], ['kst-1-1', 'kst-1-4', 1]]
    """
    # The identifiers are read twice, as ids and as contexts: tee holds one pair between.
    named, own = itertools.tee(named)
    contexts = (identifier for identifier, _ in own)
    for table in batches(named, contexts=contexts, jobs=jobs, progress=progress):
        yield edges(table, self_loops=self_loops)
