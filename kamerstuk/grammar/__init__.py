"""The citation language: ``grammar.lark`` decides what a citation is.

Internal; :func:`kamerstuk.parse` is the public entry.

- ``grammar.lark``: the grammar, compiled by Lark into LALR tables on first use;
- ``engine``: a lean runner of those tables (the only module that reads Lark's internals);
- ``transform``: the grammar's tokens to citation models;
- ``parsing``: parse(), parse_all() and the longest citation at a place in running text.
"""
