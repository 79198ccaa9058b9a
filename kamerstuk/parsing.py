"""Placeholder until the parser lands (being written now)."""
