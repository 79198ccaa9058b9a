"""Files and folders as texts: ``.txt`` as it is, ``.html`` and KOOP's ``.xml`` as plain text.

:func:`documents` walks files and folders and gives each file's name and text, in a stable
order; :func:`koop_documents` does the same for a folder of KOOP documents named by their
identifiers (``kst-32545-143.xml``), one text per document.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "kst-33694-20.txt").write_text("Zie Stb. 2019, 123.", encoding="utf-8")
>>> _ = (folder / "metadata.xml").write_text("<metadata/>", encoding="utf-8")
>>> [(name, text) for name, text in koop_documents(folder)]
[('kst-33694-20', 'Zie Stb. 2019, 123.')]
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model.errors import KamerstukError
from ..model.identifier_parser import from_identifier
from .markup import html_text, koop_xml_text

__all__ = [
    "HTML",
    "SUFFIXES",
    "XML",
    "decode",
    "documents",
    "files",
    "koop_documents",
    "names",
    "read_document",
]

#: The files read, by suffix; for one KOOP identifier the first of these present is read.
SUFFIXES = (".xml", ".html", ".htm", ".txt")
#: Suffixes of files read as KOOP document XML, and as HTML; anything else is plain text.
XML = (".xml",)
HTML = (".html", ".htm")


def names(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Each path that is not a folder, as given (``-``, a file, a path that is not there: reading
    it says so), and the regular files with :data:`SUFFIXES` in each folder, walked whole in
    sorted order, hidden files and folders left out; in the order the paths are given.

    A FIFO or a device in a folder is left out: reading one could wait for ever.
    """
    for given in paths:
        path = os.fspath(given)
        if not os.path.isdir(path):
            yield path
            continue
        for folder, subfolders, found in os.walk(path):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for name in sorted(found):
                whole = os.path.join(folder, name)
                wanted = not name.startswith(".") and name.lower().endswith(SUFFIXES)
                if wanted and os.path.isfile(whole):
                    yield whole


def files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """The paths of :func:`names`, as :class:`~pathlib.Path` objects."""
    return map(Path, names(paths))


def documents(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, str]]:
    """``(name, text)`` for every file of :func:`files`; ``name`` is the path as found."""
    for path in files(paths):
        yield str(path), read_document(path)


def koop_documents(folder: str | os.PathLike[str]) -> Iterator[tuple[str, str]]:
    """``(identifier, text)`` for every KOOP document in ``folder``: files whose name, less its
    suffix, is a KOOP identifier. Where one document is there as XML, HTML and text, the XML
    is read (:data:`SUFFIXES` gives the order). Other files (``metadata.xml``) are left out."""
    chosen: dict[str, Path] = {}
    for path in files([folder]):
        identifier = path.name[: -len(path.suffix)] if path.suffix else path.name
        if not _is_identifier(identifier):
            continue
        known = chosen.get(identifier)
        if known is None or _rank(path) < _rank(known):
            chosen[identifier] = path
    for identifier, path in chosen.items():
        yield identifier, read_document(path)


def read_document(path: Path) -> str:
    """The text of one file: KOOP XML (``.xml``) and HTML (``.html``, ``.htm``) as plain text,
    anything else decoded by :func:`decode`."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix in XML:
        return koop_xml_text(data)
    if suffix in HTML:
        return html_text(decode(data))
    return decode(data)


def decode(data: bytes) -> str:
    """UTF-8 (a byte-order mark dropped) or UTF-16 with its byte-order mark; bytes that are not
    UTF-8 become U+FFFD rather than stopping a long run.

    >>> decode(codecs.BOM_UTF8 + "Stb.".encode()), decode("Stb.".encode("utf-16"))
    ('Stb.', 'Stb.')
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8", errors="replace")


def _rank(path: Path) -> int:
    return SUFFIXES.index(path.suffix.lower())


def _is_identifier(name: str) -> bool:
    try:
        from_identifier(name)
    except KamerstukError:
        return False
    return True
