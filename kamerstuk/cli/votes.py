"""``kamerstuk votes``: the zaak behind each citation in the Tweede Kamer's open data, with votes.

    $ kamerstuk votes "Kamerstuk 32847, nr. 1380" 2025D41759 2025Z18162
    $ kamerstuk votes --from brief.txt --format csv > stemmingen.csv

``text`` shows each zaak with its indieners, committee and appraisal, and each besluit with its
result and who voted how; ``json``, ``jsonl`` and ``csv`` give a row per party or member vote
(:data:`kamerstuk.parliament.rows.ROW_KEYS`). The exit status is 0 when every zaak was found,
1 when any was not (its row says why), 2 without input; when the service cannot be reached, one
line on stderr says so.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, TextIO

from .output import write_rows
from .reading import add_encoding_option, read_text

if TYPE_CHECKING:
    from ..model.citations import Citation
    from ..model.errors import KamerstukError
    from ..parliament.models import Besluit, Zaak

FORMATS = ("text", "json", "jsonl", "csv")


def register(subparsers: Any) -> None:
    """Add ``votes`` to the ``kamerstuk`` command."""
    p = subparsers.add_parser(
        "votes",
        help="the zaak and the votes behind citations, from the Tweede Kamer (network)",
        description="Look up the zaak of each Kamerstuk citation, document number or zaak"
        " number in the Tweede Kamer's open data: indieners, committee, besluiten and votes.",
    )
    p.add_argument("text", nargs="*", help="citations, document numbers or zaak numbers")
    p.add_argument(
        "--from", dest="source", metavar="FILE", help="every Kamerstuk cited in FILE (- = stdin)"
    )
    add_encoding_option(p)
    p.add_argument("--format", choices=FORMATS, default="text", help="output (default: text)")
    p.add_argument("--workers", type=int, default=None, help="concurrent lookups (default 4)")
    p.add_argument(
        "--timeout", type=float, default=None, metavar="SECONDS",
        help="most time for one zaak, waits and retries included (default 60)",
    )  # fmt: skip
    p.add_argument("--rate", type=float, default=None, help="requests a second (default 2)")
    p.add_argument("--in-flight", type=int, default=None, help="requests at once (default 1)")
    p.add_argument("--offline", action="store_true", help="answer from the cache only")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("--tk-url", help="OData service (default: $KAMERSTUK_TK_URL or the Kamer's)")
    p.set_defaults(func=run)


def _inputs(args: argparse.Namespace) -> tuple[list[str], list[Citation | str]]:
    labels: list[str] = [" ".join(t.split()) for t in args.text]
    items: list[Citation | str] = list(args.text)
    if args.source:
        from ..parliament.targets import names_zaak
        from ..text.extract import find

        text, _ = read_text(args.source, args.encoding)  # Unreadable: main says so, exit 2
        for match in find(text):
            if names_zaak(match.citation):  # a letter cites more than motions: those only
                labels.append(" ".join(match.text.split()))
                items.append(match.citation)
    return labels, items


def run(args: argparse.Namespace) -> int:
    """Look up and print; 0 when every zaak was found, 1 otherwise, 2 when there is no input."""
    from ..koop import session
    from ..parliament import client
    from ..parliament.models import Zaak
    from ..parliament.rows import ROW_KEYS, rows

    labels, items = _inputs(args)
    if not items:
        print("kamerstuk votes: nothing to look up (give TEXT or --from FILE)", file=sys.stderr)
        return 2
    tk = client.TweedeKamer(
        tk_url=args.tk_url,
        cache=not args.no_cache,
        offline=args.offline,
        deadline=args.timeout or client.DEFAULT_DEADLINE,
        rate=args.rate or session.DEFAULT_RATE,
        in_flight=args.in_flight or session.DEFAULT_IN_FLIGHT,
    )
    outcomes = tk.zaken(items, workers=args.workers or client.DEFAULT_WORKERS)
    down = next((str(e).split(" for http")[0] for e in outcomes if _unreachable(e)), None)
    if down:
        print(f"kamerstuk votes: {down}", file=sys.stderr)
    if args.format == "text":
        for label, outcome in zip(labels, outcomes, strict=True):
            _show(label, outcome, sys.stdout)
    else:
        table = [r for label, o in zip(labels, outcomes, strict=True) for r in rows(label, o)]
        write_rows(table, ROW_KEYS, args.format, sys.stdout)
    return 0 if all(isinstance(o, Zaak) for o in outcomes) else 1


def _short(error: Exception) -> str:
    """An error on one line, without the URL it was asked at."""
    text = " ".join(f"{type(error).__name__}: {error}".split())
    return text.split(" for http", 1)[0]


def _unreachable(outcome: object) -> bool:
    return isinstance(outcome, Exception) and str(outcome).startswith("cannot reach ")


def _show(label: str, outcome: Zaak | KamerstukError, out: TextIO) -> None:
    """One input as text: its zaak and every besluit, or its error."""
    if isinstance(outcome, Exception):
        out.write(f"{label}  {_short(outcome)}\n")
        return
    zaak = outcome
    out.write(f"{label}  {zaak.number} {zaak.soort or ''}: {zaak.onderwerp or zaak.titel or ''}\n")
    facts = zaak.to_dict()
    for key in ("indieners", "medeindieners", "voortouwcommissie", "kabinetsappreciatie"):
        if facts[key]:
            out.write(f"  {key}: {facts[key]}\n")
    for besluit in zaak.besluiten:
        _show_besluit(besluit, out)


def _show_besluit(besluit: Besluit, out: TextIO) -> None:
    how = f" ({besluit.stemmingssoort})" if besluit.stemmingssoort else ""
    out.write(f"  {besluit.soort or 'besluit'}{how}: {besluit.result or ''}\n")
    soorten: dict[str, list[str]] = {}
    seats: dict[str, int] = {}
    for vote in besluit.votes:
        who = f"{vote.member} ({vote.party})" if vote.member else f"{vote.party} {vote.seats}"
        soorten.setdefault(vote.soort, []).append(who + (" (vergissing)" if vote.mistake else ""))
        seats[vote.soort] = seats.get(vote.soort, 0) + vote.seats
    for soort, names in soorten.items():
        out.write(f"    {soort:16} {seats[soort]:>3}  {', '.join(names)}\n")
    if besluit.stated and besluit.votes and besluit.stated != (besluit.voor, besluit.tegen):
        # The records at hand hold part of a roll-call: say so rather than let the lines mislead.
        out.write(
            f"    (the {len(besluit.votes)} votes above add up to {besluit.voor}-{besluit.tegen};"
            " the result is the count the besluit states)\n"
        )
