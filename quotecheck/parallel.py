"""Analysing a stream of articles on several processes, in order, with bounded memory.

Each worker process loads the spaCy model once and runs the whole analysis (parse, extraction,
resolution, chains, rules) on batches of articles, so nothing but articles and finished reports
crosses between processes. At most ``2 * jobs`` batches are in flight, so a stream of any length
is read, processed and written batch by batch. Reports come back in input order.
"""

from __future__ import annotations

import os
from collections import deque
from itertools import islice
from typing import TYPE_CHECKING, Iterable, Iterator

if TYPE_CHECKING:
    # Imported when workers start, not for ``default_jobs``: a run in one process does without.
    import multiprocessing.context
    from concurrent.futures import Future

    from .model import Report
    from .pipeline import Article

#: Articles sent to a worker at a time: large enough to keep ``nlp.pipe`` batching, small enough
#: that the first reports come back soon and memory stays flat.
ARTICLES_PER_TASK = 16

_STATE: dict[str, object] = {}


def _init(model: str | None, batch_size: int) -> None:
    # Workers parse with one thread each: several processes share the cores, not threads.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from .models import load_model

    _STATE["nlp"] = load_model(model)
    _STATE["batch_size"] = batch_size
    # The model lives as long as the worker: keep the garbage collector's full collections
    # from walking it again and again (the worker ends without a final collection).
    import gc

    gc.freeze()


def _work(articles: list[Article]) -> list[Report]:
    from .pipeline import analyze_stream

    return list(analyze_stream(articles, nlp=_STATE["nlp"], batch_size=int(_STATE["batch_size"])))  # type: ignore[arg-type]


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    # fork shares the imported modules with the workers (fast start); elsewhere, spawn.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def analyze_parallel(
    articles: Iterable[Article],
    *,
    jobs: int,
    model: str | None = None,
    batch_size: int = 64,
    per_task: int = ARTICLES_PER_TASK,
) -> Iterator[Report]:
    """Reports for ``articles``, in order, computed by ``jobs`` worker processes."""
    from concurrent.futures import ProcessPoolExecutor

    stream = iter(articles)
    pending: deque[Future[list[Report]]] = deque()
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(), initializer=_init, initargs=(model, batch_size)
    ) as pool:
        while True:
            while len(pending) < 2 * jobs:
                task = list(islice(stream, per_task))
                if not task:
                    break
                pending.append(pool.submit(_work, task))
            if not pending:
                return
            yield from pending.popleft().result()


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
