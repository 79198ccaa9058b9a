"""The Tweede Kamer's open data: the zaak behind a citation, its besluiten and its votes.

Internal; :func:`kamerstuk.zaak`, :class:`kamerstuk.Zaak`, :class:`kamerstuk.Besluit` and
:class:`kamerstuk.Vote` are the public entries (and :func:`kamerstuk.frame.votes_frame`, in
``frame``). It asks the Gegevensmagazijn's OData v4 service through KOOP's transport
(``koop.transport``, ``koop.session``, ``koop.cache``), the package below it.

- ``targets``: what is asked for (a zaak number, a document number, a Kamerstuk);
- ``queries``: the OData queries, exactly; ``records``: the JSON read (pages, timestamps);
- ``service``: one run's requests, next links and records checked, wrong answers uncached;
- ``models``: ``Zaak``, ``Besluit``, ``Vote`` and what they hold; ``display``: their HTML;
- ``client``: ``zaak()``, ``TweedeKamer``; ``rows``: votes as flat rows for tables and the CLI.
"""
