"""Placeholder until the identifiers module lands (being written now)."""
