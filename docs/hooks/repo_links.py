"""MkDocs hook: links from a page to a file of the repository outside docs/ work on the site too.

The pages are also read on the repository itself, where ``[grammar](../kamerstuk/grammar.lark)``
is the right link. For the site, every such file that exists is copied to ``repo/<its path>`` and
the link is pointed there, so the site is complete offline and ``--strict`` still reports every
link to a file that does not exist. Two files have a page of their own and are linked to it:
README.md (the home page says the same) and CHANGELOG.md (included by the changelog page).
A notebook is a file to open in Jupyter, which a browser would show as raw JSON: its link is a
download (``download`` attribute, through attr_list), and the page's text says so.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

PREFIX = "repo"
#: Repository Markdown files that are pages of the site.
AS_PAGES = {"README.md": "index.md", "CHANGELOG.md": "changelog.md"}
_LINK = re.compile(r"(\]\()(?P<target>[^)\s#]+)(?P<rest>[^)]*\))")


def _outside(config: MkDocsConfig, page_uri: str, target: str) -> str | None:
    """The repository path ``target`` names from ``page_uri``, when it is outside docs/."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("/"):
        return None
    docs = Path(config.docs_dir).resolve()
    root = docs.parent
    path = (docs / posixpath.dirname(page_uri) / target).resolve()
    if path.is_relative_to(docs) or not path.is_relative_to(root):
        return None
    return path.relative_to(root).as_posix()


def on_files(files: Files, config: MkDocsConfig, **_: Any) -> Files:
    root = Path(config.docs_dir).resolve().parent
    wanted: set[str] = set()
    for page in files.documentation_pages():
        for match in _LINK.finditer(page.content_string):
            repo_path = _outside(config, page.src_uri, match.group("target"))
            if repo_path and repo_path not in AS_PAGES and (root / repo_path).is_file():
                wanted.add(repo_path)
    for repo_path in sorted(wanted):
        uri = f"{PREFIX}/{repo_path}"
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, abs_src_path=str(root / repo_path)))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **_: Any) -> str:
    def relink(match: re.Match[str]) -> str:
        target = match.group("target")
        repo_path = _outside(config, page.file.src_uri, target)
        if repo_path is None:
            return match.group(0)
        uri = AS_PAGES.get(repo_path, f"{PREFIX}/{repo_path}")
        here = posixpath.dirname(page.file.src_uri) or "."
        link = match.group(1) + posixpath.relpath(uri, here) + match.group("rest")
        if repo_path.endswith(".ipynb"):
            name = posixpath.basename(repo_path)
            link += f'{{: download="{name}" }}'  # saved, not shown: a browser shows its JSON
        return link

    return _LINK.sub(relink, markdown)
