"""The ``kamerstuk`` command: a thin layer over the API, one module a subcommand.

Internal; ``main.main`` is the console entry point (``kamerstuk``, ``python -m kamerstuk``).
``output`` writes rows as text, JSON, JSON Lines or CSV for every subcommand.
"""
