"""The ``kamerstuk`` command: a thin layer over the API, one module a subcommand.

Internal; ``main.main`` is the console entry point (``kamerstuk``, ``python -m kamerstuk``).
``output`` writes rows as text, JSON, JSON Lines or CSV for every subcommand, a file whole or
not at all; ``stopping`` makes SIGTERM and SIGHUP stop a command as Ctrl-C does.
"""
