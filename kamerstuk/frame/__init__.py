"""Citations as pandas tables: many texts into one long table, and lists of values to and fro.

Needs the ``frame`` extra (``pip install 'kamerstuk[frame]'``: pandas and pyarrow); importing
:mod:`kamerstuk` does not import it, nor pandas.

- :func:`citations_frame`: every citation in many texts, a row per cited document, with the
  columns of :func:`citations_schema` (fixed dtypes, the same for an empty input);
- :func:`to_frame` / :func:`from_frame`: citations, matches and documents to a table and back;
- :func:`edges`: the citation graph of a table of citations, a row per (citing, cited) pair;
- :func:`votes_frame`: the votes on the zaken behind many citations, a row per party or member
  vote (the Tweede Kamer's open data, :mod:`kamerstuk.parliament`);
- :mod:`kamerstuk.frame.dask` (``kamerstuk.dask``): ``citations_frame`` over a Dask collection;
- :mod:`kamerstuk.frame.parquet`: the same table written to Parquet in batches.

>>> import kamerstuk.frame as kf
>>> kf.citations_frame(["Zie Stb. 2019, 123."])[["id", "text", "identifier"]]
   id            text    identifier
0   0  Stb. 2019, 123  stb-2019-123
"""

from ..model.errors import missing_extra

try:  # first, so that every way into kamerstuk.frame says the same when the extra is missing
    import pandas  # noqa: F401
    import pyarrow  # noqa: F401
except ImportError as err:
    raise missing_extra("frame") from err

from .convert import from_frame, to_frame
from .graph import edges
from .schema import CITATION, DOCUMENT, FLAGS, MATCH, citations_schema, empty
from .table import citations_frame
from .votes import votes_frame

__all__ = [
    "CITATION",
    "DOCUMENT",
    "FLAGS",
    "MATCH",
    "citations_frame",
    "citations_schema",
    "edges",
    "empty",
    "from_frame",
    "to_frame",
    "votes_frame",
]
