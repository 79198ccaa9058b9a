"""``kamerstuk.dask``: the citations of a Dask DataFrame, Series or Bag, as a Dask DataFrame.

Needs the ``dask`` extra (``pip install 'kamerstuk[dask]'``). A short name for
:mod:`kamerstuk.frame.dask`, which does the work; ``import kamerstuk.dask`` and
``kamerstuk.dask.citations(...)`` are written as the docs write them.

>>> import kamerstuk.dask
>>> kamerstuk.dask.citations is kamerstuk.frame.dask.citations
True
"""

from __future__ import annotations

from .frame.dask import citations, meta

__all__ = ["citations", "meta"]
