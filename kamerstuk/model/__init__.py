"""The values: citations of every kind, the values they are made of, and how they are written.

Internal; the public names are re-exported by :mod:`kamerstuk`.

- ``values``: Chamber, Vergaderjaar, Dossier and the converters that normalise them; ``fields``:
  the converters of the plain fields (numbers and codes as text, years, dates);
- ``citations``: the Citation base and the parliamentary kinds; ``bladen``: the gazettes;
- ``identifiers``: citation -> KOOP identifier and URL; ``identifier_parser``: the other way;
- ``formatting``: the citation styles; ``found``: Found and Match (a citation with its span);
- ``limits``: the plausible ranges shipped in ``data/limits.json``; ``errors``: the one hierarchy.

Importing this package registers the writers (identifier, URL, format) with the models, so the
models never import the code that writes them.
"""

from . import formatting, identifiers  # noqa: F401 - they register the writers (see above)
