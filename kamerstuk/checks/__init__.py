"""Checks: what is wrong with the citations in a text, and how to fix it.

Internal; :func:`kamerstuk.validate`, :func:`kamerstuk.fix_text` and :class:`kamerstuk.Problem`
are the public entries.

- ``problems``: Problem and the stable codes; ``validate``: validate(), the checks combined;
- ``scan``: the citations find() reads and the broken ones it skips; ``openings``: where else a
  broken citation may begin;
- ``values``: impossible and implausible values; ``style``: the citation styles, and when a
  fix is safe; ``digits``: the numbers a fix must keep;
- ``fixes``: fix_text(), the fixes applied until nothing is left to fix.
"""
