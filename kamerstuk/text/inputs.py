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
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from defusedxml import DefusedXmlException

from ..model.errors import KamerstukError
from ..model.identifier_parser import from_identifier
from .markup import html_text, koop_xml_text

__all__ = [
    "HTML",
    "NO_IDENTIFIER",
    "SUFFIXES",
    "XML",
    "decode",
    "documents",
    "files",
    "koop_documents",
    "names",
    "read_document",
    "unreadable",
]

#: The files read, by suffix; for one KOOP identifier the first of these present is read.
SUFFIXES = (".xml", ".html", ".htm", ".txt")
#: Suffixes of files read as KOOP document XML, and as HTML; anything else is plain text.
XML = (".xml",)
HTML = (".html", ".htm")
#: Why :func:`koop_documents` leaves out a file whose name is no identifier.
NO_IDENTIFIER = "its name is no KOOP identifier"
#: What reading a file may raise: a disk error, XML that is not well-formed (a SyntaxError),
#: that declares entities (a ValueError), in an unknown encoding (a LookupError).
_UNREADABLE = (OSError, SyntaxError, ValueError, LookupError)

Skipped = Callable[[Path, str], None]


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


def koop_documents(
    folder: str | os.PathLike[str], *, skipped: Skipped | None = None
) -> Iterator[tuple[str, str]]:
    """``(identifier, text)`` for every KOOP document in ``folder``: files whose name, less its
    suffix, is a KOOP identifier. Where one document is there as XML, HTML and text, the XML
    is read (:data:`SUFFIXES` gives the order). Other files (``metadata.xml``) are left out.

    ``skipped(path, why)``, where given, is told of every file left out, and why: one named by
    no identifier (:data:`NO_IDENTIFIER`), and one that cannot be read (:func:`unreadable`
    says why: not well-formed XML, an empty file, XML that declares entities, a disk error),
    which is then passed over, the document's next form read where there is one. Without it,
    such a file raises its error (``xml.etree.ElementTree.ParseError``, ``OSError``, ...).

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "kst-1-1.xml").write_bytes(b"")
    >>> _ = (folder / "kst-1-1.txt").write_text("Zie Stb. 2019, 1.", encoding="utf-8")
    >>> _ = (folder / "brief.txt").write_text("", encoding="utf-8")
    >>> list(koop_documents(folder, skipped=lambda path, why: print(path.name, "-", why)))
    brief.txt - its name is no KOOP identifier
    kst-1-1.xml - not well-formed XML (no element found: line 1, column 0)
    [('kst-1-1', 'Zie Stb. 2019, 1.')]
    """
    chosen: dict[str, list[Path]] = {}
    for path in files([folder]):
        identifier = path.name[: -len(path.suffix)] if path.suffix else path.name
        if _is_identifier(identifier):
            chosen.setdefault(identifier, []).append(path)
        elif skipped is not None:
            skipped(path, NO_IDENTIFIER)
    for identifier, paths in chosen.items():
        for path in sorted(paths, key=_rank):
            try:
                text = read_document(path)
            except _UNREADABLE as err:
                if skipped is None:
                    raise
                skipped(path, unreadable(err))
                continue
            yield identifier, text
            break


def unreadable(err: Exception) -> str:
    """Why a file could not be read, in words, from the error reading it raised.

    >>> unreadable(FileNotFoundError(2, "No such file or directory"))
    'No such file or directory'
    """
    if isinstance(err, ET.ParseError):
        return f"not well-formed XML ({err})"
    if isinstance(err, DefusedXmlException):
        return f"XML that declares entities is not read ({err!r})"
    if isinstance(err, OSError):
        return err.strerror or str(err)
    if isinstance(err, LookupError):  # the encoding an XML declaration names
        return f"XML in an unknown encoding ({err})"
    return str(err)


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
