"""``kamerstuk resolve``: look citations up at officielebekendmakingen.nl and print what they name.

    $ kamerstuk resolve "Kamerstuk 33694, nr. 20" "Stb. 2019, 123"
    $ kamerstuk resolve --from brief.txt --format csv > documenten.csv

Each row is the input, an error (empty when found) and the document's fields
(:data:`kamerstuk.koop.document.DICT_KEYS`); a whole dossier ("Kamerstuk 35300") gives one row
per Kamerstuk. The exit status is 0 when every citation was found, 1 when any was not (its row
says why, in full); when a service cannot be reached, one line on stderr says so.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import TYPE_CHECKING, Any

from .reading import add_encoding_option, read_text

if TYPE_CHECKING:
    from ..koop.resolver import Resolved
    from ..model.citations import Citation

FORMATS = ("table", "json", "jsonl", "csv")


def register(subparsers: Any) -> None:
    """Add ``resolve`` to the ``kamerstuk`` command."""
    p = subparsers.add_parser(
        "resolve",
        help="look citations up at officielebekendmakingen.nl (network)",
        description="Resolve citations to documents: title, type, date and links.",
    )
    p.add_argument("text", nargs="*", help="citations or KOOP identifiers")
    p.add_argument(
        "--from",
        dest="source",
        metavar="FILE",
        help="resolve every citation found in FILE (- = stdin)",
    )
    add_encoding_option(p)
    p.add_argument("--format", choices=FORMATS, default="table", help="output (default: table)")
    p.add_argument("--workers", type=int, default=None, help="concurrent requests (default 4)")
    p.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="most time for one document, waits and retries included (default 60)",
    )
    p.add_argument(
        "--rate", type=float, default=None, help="requests a second per service (default 2)"
    )
    p.add_argument(
        "--in-flight", type=int, default=None, help="requests at once per service (default 1)"
    )
    p.add_argument(
        "--limit", type=int, default=None, help="Kamerstukken listed for a dossier (default 1000)"
    )
    p.add_argument("--offline", action="store_true", help="answer from the cache only")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("--sru-url", help="SRU service (default: $KAMERSTUK_SRU_URL or KOOP's)")
    p.add_argument("--zoek-url", help="zoek service (default: $KAMERSTUK_ZOEK_URL or KOOP's)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None)
    p.set_defaults(func=run)


def _inputs(args: argparse.Namespace) -> tuple[list[str], list[Citation | str]]:
    labels: list[str] = list(args.text)
    items: list[Citation | str] = list(args.text)
    if args.source:
        from ..text.extract import find

        text, _ = read_text(args.source, args.encoding)  # Unreadable: main says so, exit 2
        for match in find(text):
            labels.append(" ".join(match.text.split()))
            items.append(match.citation)
    return labels, items


def _rows(label: str, result: Resolved) -> list[dict[str, Any]]:
    """The rows of one result: one, or one per Kamerstuk of a dossier."""
    from ..koop.document import DICT_KEYS

    error = f"{type(result.error).__name__}: {result.error}" if result.error else None
    documents = [result.document] if result.document else list(result.dossier or ())
    if not documents:
        return [
            {"input": label, "error": error or "NotFound: no documents", **dict.fromkeys(DICT_KEYS)}
        ]
    return [{"input": label, "error": error, **d.to_dict()} for d in documents]


def _short(error: str | None) -> str:
    """An error as the table shows it: whole, on one line, without the URL it was asked at."""
    text = " ".join((error or "").split())
    return text.split(" for http", 1)[0]


def _table(rows: list[dict[str, Any]]) -> str:
    def cut(text: object, width: int) -> str:
        s = "" if text is None else " ".join(str(text).split())
        return s if len(s) <= width else s[: width - 1] + "…"

    lines = []
    for row in rows:
        if row["error"]:
            lines.append(f"{cut(row['input'], 34):34}  {_short(row['error'])}")
        else:
            facts = f"{row['identifier']:22} {row['date'] or '':10} {cut(row['type'], 22):22}"
            lines.append(f"{cut(row['input'], 34):34}  {facts} {cut(row['title'], 60)}")
            lines.append(f"{'':34}  {row['url'] or ''}")
    return "\n".join(lines)


def _unreachable(results: list[Resolved]) -> str | None:
    """The first "cannot reach HOST (offline?)" among the errors, as one line."""
    for result in results:
        text = _short(str(result.error)) if result.error else ""
        if text.startswith("cannot reach "):
            return text
    return None


def run(args: argparse.Namespace) -> int:
    """Resolve and print; 0 when everything was found, 1 otherwise, 2 when there is no input."""
    from ..koop import resolver, session

    labels, items = _inputs(args)
    if not items:
        print("kamerstuk resolve: nothing to resolve (give TEXT or --from FILE)", file=sys.stderr)
        return 2
    results = resolver.resolve_all(
        items,
        workers=args.workers or resolver.DEFAULT_WORKERS,
        progress=args.progress,
        offline=args.offline,
        cache=not args.no_cache,
        sru_url=args.sru_url,
        zoek_url=args.zoek_url,
        deadline=args.timeout or resolver.DEFAULT_DEADLINE,
        rate=args.rate or session.DEFAULT_RATE,
        in_flight=args.in_flight or session.DEFAULT_IN_FLIGHT,
        limit=args.limit or resolver.DEFAULT_LIMIT,
    )
    rows = [
        row for label, result in zip(labels, results, strict=True) for row in _rows(label, result)
    ]
    down = _unreachable(results)
    if down:
        print(f"kamerstuk resolve: {down}", file=sys.stderr)
    out = sys.stdout
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        out.write(_table(rows) + "\n")
    return 0 if all(r.ok for r in results) else 1
