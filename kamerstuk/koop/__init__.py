"""The network part: officielebekendmakingen.nl's documents and metadata (KOOP's services).

Internal, and the only part of kamerstuk that imports requests; :func:`kamerstuk.resolve`,
:func:`kamerstuk.resolve_all`, :class:`kamerstuk.Resolver`, :class:`kamerstuk.Document`,
:class:`kamerstuk.DossierDocuments` and :func:`kamerstuk.make_session` are the public entries.

- ``transport``: politeness per host, retries, the deadline, bounded bodies (below requests);
- ``cache``: requests-cache, guarded; ``session``: the one configured session, ``fetch()``;
- ``queries``: the SRU queries for a citation; ``records``: KOOP's XML read into records;
- ``document``, ``dossier``, ``fulltext``: what a resolved citation gives, and its text;
- ``service``: one call's or run's requests and SRU pages, answers checked;
- ``resolver``: resolve(), Resolver; ``batch``: a resolve_all() run, Resolved.
"""
