"""The network part: officielebekendmakingen.nl's documents and metadata (KOOP's services).

Internal, and the only part of kamerstuk that imports requests; :func:`kamerstuk.resolve`,
:func:`kamerstuk.resolve_all`, :class:`kamerstuk.Resolver`, :class:`kamerstuk.Document`,
:class:`kamerstuk.DossierDocuments` and :func:`kamerstuk.make_session` are the public entries.

- ``transport``: politeness per host, retries, the deadline, bounded bodies (below requests);
- ``cache``: requests-cache, guarded; ``session``: the one configured session, ``fetch()``;
- ``origins``: which links a notebook may show (below both the session and the documents);
- ``queries``: the SRU queries for a citation; ``records``: KOOP's XML read into records;
- ``document``, ``dossier``, ``fulltext``: what a resolved citation gives, and its text;
- ``fetching``: a document's own text and HTML, for ``doc.text()`` (a resolver is a fetcher);
- ``service``: one call's or run's requests and SRU pages, answers checked;
- ``batch``: a resolve_all() run, Resolved; ``resolver``: resolve(), Resolver.

The modules import one way only (docs/architecture.md checks it): a document is given its
fetcher, and a run its resolver, as small protocols, rather than importing what imports them.
"""
