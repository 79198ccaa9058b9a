"""Citations in running text: where to look, what is there, and the text marked up.

Internal; :func:`kamerstuk.find`, :func:`kamerstuk.find_many` and :func:`kamerstuk.annotate` are
the public entries.

- ``candidates``: a fast scan that proposes where a citation may start (it never decides), from
  ``heads`` (head words), ``anchors`` (numbers in shapes only citations have, links, headings),
  ``tables`` (a column of bill numbers) and ``shortforms`` ("t.a.p.", "ibid.");
- ``repair``: the repaired view of a text (what it says once the damage of conversion, layout
  and OCR is undone) with every offset mapped back, each repair an ``edit``; its rules are
  ``layout`` (rare characters: line-break hyphens, invisible characters, markdown, odd dashes)
  and ``spelling`` (seen from a citation-shaped comma: head words in any case or misread, OCR
  digits, "mr." for "nr."), which finds the head word with ``lookback`` and knows the head
  words from ``vocabulary``; ``stretches`` reads a large text a stretch at a time;
- ``extract``: find(), the grammar read at every proposed start; ``backrefs``: what "t.a.p."
  and "stuk nr. 12" stand for;
- ``chunks``: find() and validate() over streams of any size; ``many``: find_many() in worker
  processes, which ``workers`` starts and ends with their parent; ``rows``: each match as a
  row of plain values (the columns of the tables), without pandas;
- ``markup``: KOOP XML and HTML as plain text; ``inputs``: files and folders into texts;
  ``outputs``: files written whole or not at all;
- ``annotate``: text with citations linked.
"""
