"""The citation graph of the letter in this folder and the documents it cites, drawn as a PNG.

What it shows: :func:`kamerstuk.frame.citations_frame` and :func:`kamerstuk.frame.edges` on a
small corpus, offline: the letter (kamerbrief-nucleaire-risicobeperking.txt), and each document
it cites whose KOOP XML or HTML is in the fixtures folder (../shared/koop-fixtures, named by
identifier as KOOP delivers them), read as plain text and followed one step further. A cited
document that is not there is a node without its own citations. The edges go to
citation-graph.csv, the drawing (matplotlib, the ``plot`` extra) to citation-graph.png, both
kept in this folder with the script.

    python examples/citation_graph.py [--fixtures ../shared/koop-fixtures] [--out examples]
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed: the figure goes to a file

import matplotlib.pyplot as plt
import pandas as pd

from kamerstuk.frame import citations_frame, edges
from kamerstuk.text.inputs import koop_documents

HERE = Path(__file__).resolve().parent
LETTER = HERE / "kamerbrief-nucleaire-risicobeperking.txt"
FIXTURES = HERE.parent.parent / "shared" / "koop-fixtures"
#: How many steps away from the letter the graph follows citations.
DEPTH = 2


def build(letter: Path, fixtures: Path) -> tuple[pd.DataFrame, set[str]]:
    """The edges, and the documents whose text was read (the letter and those in ``fixtures``)."""
    available = dict(koop_documents(fixtures)) if fixtures.is_dir() else {}
    texts = {letter.stem: letter.read_text(encoding="utf-8")}
    found, frontier = [], [letter.stem]
    for _ in range(DEPTH):
        # A KOOP document is read in its own dossier ("stuk nr. 12"); the letter has no identifier.
        contexts = [None if i == letter.stem else i for i in frontier]
        table = edges(
            citations_frame([texts[i] for i in frontier], ids=frontier, contexts=contexts)
        )
        found.append(table)
        frontier = [c for c in dict.fromkeys(table["cited"]) if c in available and c not in texts]
        texts.update((c, available[c]) for c in frontier)
        if not frontier:
            break
    return pd.concat(found, ignore_index=True), set(texts)


def draw(graph: pd.DataFrame, read: set[str], root: str, path: Path) -> None:
    """The letter on the left, what it cites in a column on the right, further steps beyond."""
    positions = {root: (0.0, 0.0)}
    for column, citing in enumerate(dict.fromkeys(graph["citing"]), start=1):
        cited = [c for c in graph.loc[graph["citing"] == citing, "cited"] if c not in positions]
        for row, name in enumerate(cited):
            positions[name] = (float(column), (len(cited) - 1) / 2 - row)
    figure, axes = plt.subplots(figsize=(8, 1.2 + 0.9 * max(len(positions) - 1, 2)))
    for citing, cited, count in graph[["citing", "cited", "count"]].itertuples(index=False):
        (x0, y0), (x1, y1) = positions[citing], positions[cited]
        axes.annotate(
            "",
            xy=(x1 - 0.05, y1),
            xytext=(x0 + 0.05, y0),
            arrowprops={"arrowstyle": "-|>", "color": "#555555", "lw": 1 + math.log2(count)},
        )
    for name, (x, y) in positions.items():
        colour = "#1f5fa0" if name in read else "#9a9a9a"
        axes.plot(x, y, "o", markersize=11, color=colour)
        axes.text(x, y - 0.28, name, ha="center", va="top", fontsize=8)
    axes.set_title(
        "Citation graph (blue: text read offline; grey: not in the fixtures)", fontsize=9
    )
    axes.set_xlim(-0.6, max(x for x, _ in positions.values()) + 0.6)
    axes.set_ylim(
        min(y for _, y in positions.values()) - 0.7, max(y for _, y in positions.values()) + 0.5
    )
    axes.axis("off")
    figure.tight_layout()
    # No timestamp or version in the file, so that a run that changes nothing changes no byte.
    figure.savefig(path, dpi=110, metadata={"Software": None})
    plt.close(figure)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=FIXTURES, help="KOOP documents folder")
    parser.add_argument("--out", type=Path, default=HERE, help="where the CSV and PNG go")
    args = parser.parse_args(argv)

    if not args.fixtures.is_dir():
        print(f"{args.fixtures} is absent: the cited documents are not read", file=sys.stderr)
    graph, read = build(LETTER, args.fixtures)
    args.out.mkdir(parents=True, exist_ok=True)
    graph.to_csv(args.out / "citation-graph.csv", index=False)
    draw(graph, read, LETTER.stem, args.out / "citation-graph.png")

    print(graph.to_string(index=False))
    absent = sorted(set(graph["cited"]) - read)
    read_count = f"{len(read)} document{'s' * (len(read) != 1)} read"
    print(f"\n{read_count}; not in the fixtures: {', '.join(absent) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
