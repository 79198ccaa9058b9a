"""Subcommands of the ``kamerstuk`` command line, one module each (see :mod:`kamerstuk.cli`)."""
