"""One :func:`kamerstuk.resolve_all` run: many citations, few requests, every outcome kept.

A run plans each item (its identifier or its search), asks the SRU service for the identifiers
in batches (``==``, then ``=`` for the ones it missed), and then works through what is left (a
search, a Kamerstuk search, a metadata.xml fallback, a dossier listing) one unit at a time in a
thread pool. Each unit of work has the resolver's ``deadline`` from the moment it starts and is
given up, as a ResolveError for the items that wait on it, when it runs past it. An item's
failure is its own :class:`Resolved`: nothing is raised, nothing else is lost.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Hashable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, Protocol, TypeVar, Union

import attrs
from tqdm import tqdm

from ..model.citations import Citation
from ..model.errors import KamerstukError, ResolveError
from ..model.found import Match
from .document import Document
from .dossier import DossierDocuments
from .queries import Search
from .service import Service
from .transport import within

__all__ = ["Resolved", "Run", "unexpected"]

#: Seconds a unit may run past its deadline before it is given up (a read may end that late).
GRACE = 1.0

K = TypeVar("K", bound=Hashable)
Outcome = Union[Document, DossierDocuments, dict[str, Document], KamerstukError]  # noqa: UP007


def _error_key(error: KamerstukError | None) -> object:
    # Exceptions compare by identity; two errors that say the same are the same outcome.
    if error is None:
        return None
    extra = (getattr(error, "url", None), getattr(error, "status", None))
    return (type(error), str(error), *extra, getattr(error, "candidates", None))


@attrs.frozen
class Resolved:
    """One outcome of :func:`resolve_all`: the input, its citation, and a document or an error.

    A whole dossier ("Kamerstuk 35300") gives its Kamerstukken as ``dossier`` (a
    :class:`~kamerstuk.koop.dossier.DossierDocuments`) and no ``document``. Two outcomes are
    equal when their documents are and their errors say the same (also after pickling).

    >>> from kamerstuk import NotFound
    >>> Resolved("kst-1-1", None, None, NotFound("no such document")).ok
    False
    """

    input: Citation | Match | str
    citation: Citation | None
    document: Document | None
    error: KamerstukError | None = attrs.field(eq=_error_key)
    dossier: DossierDocuments | None = None

    @property
    def ok(self) -> bool:
        """True when the document (or the dossier's documents) was found."""
        return self.document is not None or self.dossier is not None


class Planner(Protocol):
    """What a run asks of the resolver that starts it (:class:`kamerstuk.Resolver` is one): the
    plan of an item, the work that finishes it, a view of the services, and its limits. A
    protocol, so that this module does not import the resolver, which imports it."""

    batch: int
    deadline: float | None

    def target(self, item: Any) -> tuple[Citation | None, str | Search]: ...

    def finish(
        self,
        service: Service,
        citation: Citation | None,
        target: str | Search,
        known: dict[str, Document] | None = None,
    ) -> Document | DossierDocuments: ...

    def service(self) -> Service: ...


def unexpected(err: Exception, what: object) -> ResolveError:
    """A failure no check foresaw, as the ResolveError of the one item it concerns."""
    return ResolveError(f"cannot resolve {what!r}: {type(err).__name__}: {err}")


class Run:
    """The run of :meth:`Resolver.resolve_all` over ``inputs``; :meth:`results` does it."""

    def __init__(
        self,
        resolver: Planner,
        inputs: Sequence[Citation | Match | str],
        *,
        workers: int,
        progress: bool | None,
    ) -> None:
        self.resolver = resolver
        self.inputs = inputs
        self.service = resolver.service()
        self.workers = max(1, workers)
        self.out: list[Resolved | None] = [None] * len(inputs)
        show = None if progress is None else not progress
        self.bar = tqdm(total=len(inputs), unit="citation", disable=show)

    def _done(
        self, i: int, citation: Citation | None, found: Any, error: KamerstukError | None
    ) -> None:
        document = found if isinstance(found, Document) else None
        dossier = found if isinstance(found, DossierDocuments) else None
        self.out[i] = Resolved(self.inputs[i], citation, document, error, dossier)
        self.bar.update()

    def results(self) -> list[Resolved]:
        """Every item's outcome, in input order."""
        plans: dict[int, tuple[Citation | None, str | Search]] = {}
        for i, item in enumerate(self.inputs):
            try:
                plans[i] = self.resolver.target(item)
            except KamerstukError as err:
                self._done(i, None, None, err)
            except Exception as err:  # no input may end the run
                self._done(i, None, None, unexpected(err, item))
        ids = list(dict.fromkeys(t for _, t in plans.values() if isinstance(t, str)))
        known: dict[str, Document] = {}
        failed: dict[str, KamerstukError] = {}
        self._batches(ids, self.service.lookup, known, failed)
        missing = [i for i in ids if i not in known and i not in failed]
        # The loose lookup is a second chance only: its failure leaves the fallbacks to try.
        self._batches(missing, self.service.lookup_loosely, known, {})
        waiting: dict[Hashable, list[int]] = {}
        for i, (citation, target) in plans.items():
            if isinstance(target, str) and (target in known or target in failed):
                self._done(i, citation, known.get(target), failed.get(target))
            else:
                # Searches are kept apart per citation (the page may differ); Service.get still
                # sends each distinct query once.
                key: Hashable = target if isinstance(target, str) else (target.query, citation)
                waiting.setdefault(key, []).append(i)
        units = {
            key: functools.partial(self.resolver.finish, self.service, *plans[todo[0]], known)
            for key, todo in waiting.items()
        }
        for key, outcome in self._execute(units).items():
            error = outcome if isinstance(outcome, KamerstukError) else None
            for i in waiting[key]:
                self._done(i, plans[i][0], outcome, error)
        self.bar.close()
        return [r for r in self.out if r is not None]

    def _batches(
        self,
        ids: list[str],
        ask: Callable[[Sequence[str]], dict[str, Document]],
        known: dict[str, Document],
        failed: dict[str, KamerstukError],
    ) -> None:
        size = self.resolver.batch
        chunks = {tuple(ids[i : i + size]): ids[i : i + size] for i in range(0, len(ids), size)}
        units = {key: functools.partial(ask, chunk) for key, chunk in chunks.items()}
        for key, outcome in self._execute(units).items():
            if isinstance(outcome, dict):
                known.update(outcome)
            elif isinstance(outcome, KamerstukError):
                failed.update(dict.fromkeys(key, outcome))

    def _execute(self, units: Mapping[K, Callable[[], Any]]) -> dict[K, Outcome]:
        """Run ``units`` in the pool, each within the deadline: its result or its error."""
        deadline = self.resolver.deadline
        started: dict[K, float] = {}
        outcomes: dict[K, Outcome] = {}

        def run(key: K, work: Callable[[], Any]) -> Any:
            started[key] = time.monotonic()
            with within(deadline):
                return work()

        pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="kamerstuk")
        futures: dict[Future[Any], K] = {pool.submit(run, k, w): k for k, w in units.items()}
        pending = set(futures)
        try:
            while pending:
                done, pending = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
                for future in done:
                    outcomes[futures[future]] = _outcome(future, futures[future])
                if deadline is None:
                    continue
                now = time.monotonic()
                for future in list(pending):
                    key = futures[future]
                    if now - started.get(key, now) > deadline + GRACE:
                        # Given up: the thread ends by its own deadline checks, unwaited for.
                        late = f"no answer within the deadline of {deadline:g} s"
                        outcomes[key] = ResolveError(late)
                        pending.discard(future)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
        return outcomes


def _outcome(future: Future[Any], key: object) -> Outcome:
    try:
        result: Outcome = future.result()
    except KamerstukError as err:
        return err
    except Exception as err:  # one unit's failure is its items' error, never the run's
        return unexpected(err, key)
    return result
