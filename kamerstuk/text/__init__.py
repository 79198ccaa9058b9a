"""Citations in running text: where to look, what is there, and the text marked up.

Internal; :func:`kamerstuk.find` and :func:`kamerstuk.annotate` are the public entries.

- ``candidates``: a fast scan that proposes where a citation may start (it never decides);
- ``hyphens``: words broken over lines joined, with spans mapped back (a large text a stretch
  at a time);
- ``extract``: find(), the grammar read at every proposed start;
- ``chunks``: find() over streams of any size; ``annotate``: text with citations linked.
"""
