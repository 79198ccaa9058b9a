"""The network part: officielebekendmakingen.nl's documents and metadata (KOOP's services).

Internal, and the only part of kamerstuk that imports requests; :func:`kamerstuk.resolve`,
:func:`kamerstuk.resolve_all`, :class:`kamerstuk.Resolver`, :class:`kamerstuk.Document` and
:func:`kamerstuk.make_session` are the public entries.

- ``session``: the one configured HTTP session (cache, retries, rate limit, size limit);
- ``queries``: the SRU queries for a citation; ``records``: KOOP's XML read into records;
- ``document``: Document, what a resolved citation gives; ``resolver``: resolve(), resolve_all().
"""
