"""The citation language: ``grammar.lark`` decides what a citation is.

Internal; :func:`kamerstuk.parse` is the public entry.

- ``grammar.lark``: the grammar; ``tables``: its LALR tables, read from Lark in one function
  (``lark_tables()``, the only reader of Lark's internals) and shipped precomputed in
  ``grammar.tables``, checked against the grammar, so that find() and parse() need no Lark;
- ``engine``: a lean runner of those tables, the longest citation at a start; ``lexer``: its
  scanner per state and character (``firsts``: the characters a terminal can start with);
  ``paths``: the commonest citations read along their token paths, checked against the table;
- ``transform``: the grammar's tokens to citation models (``tokens``: token values;
  ``stukken``: dossier and stuk numbers; ``short``: back-references as read);
- ``parsing``: parse(), parse_all() and the engine, loaded on first use.
"""
