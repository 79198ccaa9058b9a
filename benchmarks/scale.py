"""find_many() and kamerstuk.dask against one core: speed-up, overhead per partition, MB/s a core.

    .venv/bin/python benchmarks/scale.py [--documents 2000] [--rounds 5] [--partitions 16]
                                         [--few 4]

The documents are made of the labelled passages of ../shared/corpus (dev and dev2), three to
eight to a document, with every number varied (../shared/bench/evaluate.py's ``vary``) so that
no two documents cite the same things: text as dense in citations as the corpus, a hard case.

Each round times, one after the other in this process: find() over every document on one core
(the baseline), ``find_many(jobs=2)`` (its worker start included), ``citations_frame`` on one
core, and ``kamerstuk.dask.citations`` on a ``distributed.LocalCluster`` of two one-thread worker
processes, its input already on the workers with as many partitions on each, as a cluster
that reads its own partitions has it. The Dask table is made three ways: gathered into this
process (``compute``: the figure quoted since the start), kept on the workers (``persist``, as a
pipeline that goes on there) and written by the workers (``to_parquet``, as a cluster job
ends); each with
``--partitions`` and with ``--few`` (a few per worker). Medians over the rounds and the ratios
of medians are printed: on a shared machine the ratios are the figures to quote. The CPU time of
each parallel run is split into this process's and the workers'.

Two busy loops of plain Python arithmetic, on one core and in two processes, say in each round
what this shared machine gave two processes; "of the machine" is a speed-up over that ceiling,
round by round. "CPU efficiency" is the CPU time of one core over the CPU time of all the
processes together (this one, its workers): on two free cores the speed-up would be about twice
that, and it does not depend on what else the machine runs.

The overhead per partition is the extra time of the Dask run with ``--partitions`` x 16
partitions over the one with ``--partitions``, divided by the extra partitions. The projection
at the end puts the measured per-core MB/s and parallel efficiency into the sizes of
docs/scale.md (``--corpus-gb``, ``--cores``, ``--nodes``, ``--price``).
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import logging
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from kamerstuk.text.many import start_method

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def documents(count: int, seed: int = 1) -> list[str]:
    """``count`` documents of 3-8 corpus passages each, numbers varied."""
    spec = importlib.util.spec_from_file_location("evaluate", SHARED / "bench" / "evaluate.py")
    assert spec is not None
    assert spec.loader is not None
    evaluate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate)
    passages = [
        json.loads(line)["text"]
        for name in ("dev.jsonl", "dev2.jsonl")
        for line in (SHARED / "corpus" / name).open(encoding="utf-8")
    ]
    rnd = random.Random(seed)
    return [
        str(evaluate.vary("\n\n".join(rnd.sample(passages, rnd.randint(3, 8))), rnd))
        for _ in range(count)
    ]


class Timings:
    """Wall and CPU seconds of each run, by name, round after round."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}
        #: CPU seconds of this process alone (client and scheduler, or find_many's caller).
        self.here: dict[str, list[float]] = {}

    def note(self, name: str, run: Callable[[], object], cpu: Callable[[], float]) -> None:
        here_before, cpu_before, started = time.process_time(), cpu(), time.perf_counter()
        run()
        self.wall.setdefault(name, []).append(time.perf_counter() - started)
        self.cpu.setdefault(name, []).append(cpu() - cpu_before)
        self.here.setdefault(name, []).append(time.process_time() - here_before)

    def median(self, name: str) -> float:
        return float(statistics.median(self.wall[name]))

    def median_cpu(self, name: str) -> float:
        return float(statistics.median(self.cpu[name]))

    def median_here(self, name: str) -> float:
        return float(statistics.median(self.here[name]))


def own_cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the workers of a pool
    that was shut down)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def busy(n: int) -> int:
    """Pure Python arithmetic: what two processes can do at most on this machine, this round."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def in_two(n: int) -> list[int]:
    with ProcessPoolExecutor(2, mp_context=start_method()) as pool:
        return list(pool.map(busy, [n, n]))


def processes(args: argparse.Namespace, docs: list[str]) -> Timings:
    """find_many and citations_frame(jobs=2) against one core, rounds interleaved. No Dask
    client runs meanwhile: its threads would make find_many spawn its workers, not fork them."""
    import kamerstuk
    from kamerstuk.frame import citations_frame

    timings = Timings()
    for _ in range(args.rounds):
        timings.note("busy loop, 1 core", lambda: [busy(BUSY), busy(BUSY)], own_cpu)
        timings.note("busy loop, 2 processes", lambda: in_two(BUSY), own_cpu)
        timings.note("find, 1 core", lambda: [list(kamerstuk.find(d)) for d in docs], own_cpu)
        timings.note("find_many, jobs=2", lambda: list(kamerstuk.find_many(docs, jobs=2)), own_cpu)
        timings.note("citations_frame, 1 core", lambda: citations_frame(docs), own_cpu)
        timings.note("citations_frame, jobs=2", lambda: citations_frame(docs, jobs=2), own_cpu)
    return timings


def cluster(args: argparse.Namespace, docs: list[str]) -> Timings:
    """kamerstuk.dask on a LocalCluster of two one-thread worker processes against
    citations_frame on one core, rounds interleaved; the input is on the workers already."""
    import dask.dataframe as dd
    import distributed
    import pandas as pd

    from kamerstuk import dask as kdask
    from kamerstuk.frame import citations_frame

    # Dask warns that the documents make a large graph: they go to the workers once (persist).
    warnings.filterwarnings("ignore", message=".*large graph", category=UserWarning)
    timings = Timings()
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,  # a worker's last heartbeat as the cluster closes
        ) as local,
        distributed.Client(local) as client,
    ):

        def cpu() -> float:  # this process (client and scheduler) and the two workers
            workers: dict[str, float] = client.run(time.process_time)
            return time.process_time() + sum(workers.values())

        frame = pd.DataFrame({"text": docs})
        inputs = {
            p: _spread(client, dd.from_pandas(frame, npartitions=p))
            for p in (args.partitions, args.partitions * 16, args.few)
        }
        client.compute(kdask.citations(inputs[args.partitions])).result()  # workers warm up
        for _ in range(args.rounds):
            timings.note("busy loop, 1 core (dask phase)", lambda: [busy(BUSY), busy(BUSY)], cpu)
            timings.note(
                "busy loop, 2 dask workers",
                lambda: client.gather(client.map(busy, [BUSY, BUSY], pure=False)),
                cpu,
            )
            timings.note("citations_frame, 1 core (dask phase)", lambda: citations_frame(docs), cpu)
            for p, ddf in inputs.items():
                run = functools.partial(lambda d: client.compute(kdask.citations(d)).result(), ddf)
                timings.note(f"dask, 2 workers, {p} partitions", run, cpu)
            for p in (args.few, args.partitions):
                kept = functools.partial(_kept, client, kdask.citations(inputs[p]))
                timings.note(f"dask, {p} partitions, kept on workers", kept, cpu)
                written = functools.partial(_written, kdask.citations(inputs[p]))
                timings.note(f"dask, {p} partitions, workers write", written, cpu)
    return timings


def _spread(client: Any, ddf: Any) -> Any:
    """``ddf`` held on the workers, its partitions dealt out in turn: as many on each worker,
    as a cluster that reads its own partitions has them. Left to ``persist``, 16 partitions
    went 13 to one worker and 3 to the other (``rebalance`` moves nothing while the workers'
    memory is low), and the one with 13 made the other wait: 1.0-1.1x one core, not 1.6x."""
    import dask.dataframe as dd
    import distributed

    workers = sorted(client.scheduler_info()["workers"])
    parts = [
        client.compute(part, workers=[workers[i % len(workers)]])
        for i, part in enumerate(ddf.to_delayed())
    ]
    distributed.wait(parts)
    return dd.from_delayed(parts, meta=ddf.head(0), divisions=ddf.divisions)


def _kept(client: Any, table: Any) -> None:
    """The table made and kept on the workers (``persist``), as a pipeline that goes on there
    has it: nothing comes back to this process."""
    kept = client.persist(table)
    distributed = importlib.import_module("distributed")
    distributed.wait(kept)
    del kept


def _written(table: Any) -> None:
    """The table written to Parquet by the workers, a file per partition (``to_parquet``), as a
    cluster job writes its result."""
    folder = tempfile.mkdtemp(prefix="kamerstuk-scale-")
    try:
        table.to_parquet(folder)
    finally:
        shutil.rmtree(folder)


#: Iterations of the busy loop: about as long as find() over 2,000 documents.
BUSY = 6_000_000


def report(args: argparse.Namespace, docs: list[str], parts: list[Timings]) -> None:
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"{len(docs)} documents, {mb:.1f} MB; {args.rounds} rounds, medians (min-max)")
    for timings in parts:
        for name, ts in timings.wall.items():
            rate = "" if name.startswith("busy") else f" {mb / timings.median(name):6.2f} MB/s,"
            print(
                f"  {name:38s} {timings.median(name):5.2f} s ({min(ts):.2f}-{max(ts):.2f}),"
                f"{rate} CPU {timings.median_cpu(name):5.2f} s"
            )
    one, two = parts
    few = args.partitions
    serial = "citations_frame, 1 core (dask phase)"
    pairs = [
        (one, "busy loop, 1 core", "busy loop, 2 processes"),
        (one, "find, 1 core", "find_many, jobs=2"),
        (one, "citations_frame, 1 core", "citations_frame, jobs=2"),
        (two, "busy loop, 1 core (dask phase)", "busy loop, 2 dask workers"),
        (two, serial, f"dask, 2 workers, {few} partitions"),
        (two, serial, f"dask, {few} partitions, kept on workers"),
        (two, serial, f"dask, {few} partitions, workers write"),
        (two, serial, f"dask, 2 workers, {args.few} partitions"),
        (two, serial, f"dask, {args.few} partitions, kept on workers"),
        (two, serial, f"dask, {args.few} partitions, workers write"),
    ]
    print("two processes against one:")
    print(f"  {'':36s} {'speed-up':>9s} {'of the machine':>15s} {'CPU efficiency':>15s}")
    efficiency = {}
    for timings, serial, parallel in pairs:
        speedup = timings.median(serial) / timings.median(parallel)
        busy_one, busy_two = ("busy loop, 1 core", "busy loop, 2 processes")
        if timings is two:
            busy_one, busy_two = ("busy loop, 1 core (dask phase)", "busy loop, 2 dask workers")
        # Round by round: this speed-up over what two busy loops got in the same round.
        share = statistics.median(
            (s / p) / (b1 / b2)
            for s, p, b1, b2 in zip(
                timings.wall[serial],
                timings.wall[parallel],
                timings.wall[busy_one],
                timings.wall[busy_two],
                strict=True,
            )
        )
        efficiency[parallel] = timings.median_cpu(serial) / timings.median_cpu(parallel)
        print(f"  {parallel:36s} {speedup:8.2f}x {share:14.0%} {efficiency[parallel]:15.2f}")
    print("CPU of each parallel run: this process (the caller; with Dask the client and the")
    print("scheduler) and the workers; at most 2 x CPU efficiency on two free cores:")
    for timings, _, parallel in pairs:
        if not parallel.startswith("busy"):
            here = timings.median_here(parallel)
            workers = timings.median_cpu(parallel) - here
            print(
                f"  {parallel:36s} this process {here:5.2f} s, workers {workers:5.2f} s,"
                f" at most {2 * efficiency[parallel]:.2f}x"
            )
    many = few * 16
    extra = two.median(f"dask, 2 workers, {many} partitions") - two.median(
        f"dask, 2 workers, {few} partitions"
    )
    print(f"dask: overhead per partition ({few} -> {many}): {extra / (many - few) * 1e3:.1f} ms")
    per_core = mb / one.median_cpu("citations_frame, 1 core")
    project(
        args,
        per_core,
        efficiency["citations_frame, jobs=2"],
        efficiency[f"dask, 2 workers, {few} partitions"],
    )


def project(args: argparse.Namespace, per_core: float, machine: float, nodes: float) -> None:
    """Time and cost of --corpus-gb on one machine of --cores and on --nodes of them, at the CPU
    efficiency measured here with two workers."""
    mb = args.corpus_gb * 1000
    print(f"projection: {args.corpus_gb:g} GB at {per_core:.2f} MB per CPU second (one core):")
    for label, cores, efficiency in (
        (f"1 machine, {args.cores} cores, jobs={args.cores}", args.cores, machine),
        (f"{args.nodes} nodes x {args.cores} cores, dask", args.nodes * args.cores, nodes),
    ):
        hours = mb / (per_core * cores * min(1.0, efficiency)) / 3600
        print(
            f"  {label:34s} efficiency {min(1.0, efficiency):.2f}: {hours * 60:5.1f} min,"
            f" {hours * cores:5.2f} core-hours = {hours * cores * args.price:.2f}"
            f" at {args.price:g} a core-hour"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--partitions", type=int, default=16)
    parser.add_argument("--few", type=int, default=4, help="partitions: a few per worker")
    parser.add_argument("--corpus-gb", type=float, default=20)
    parser.add_argument("--cores", type=int, default=16)
    parser.add_argument("--nodes", type=int, default=10)
    parser.add_argument("--price", type=float, default=0.04, help="per core-hour (assumed)")
    args = parser.parse_args(argv)
    if not (SHARED / "corpus").is_dir() or not (SHARED / "bench").is_dir():
        print(f"skipped: {SHARED} is absent (this benchmark builds its documents from it)")
        return 0
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
        import pandas  # noqa: F401
    except ImportError:
        print("skipped: needs the dask extra (pip install -e '.[dask]')")
        return 0
    import kamerstuk

    docs = documents(args.documents)
    for text in docs[:3]:
        list(kamerstuk.find(text))  # the grammar is built before any round
    report(args, docs, [processes(args, docs), cluster(args, docs)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
