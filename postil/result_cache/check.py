"""A check answered from the run kept for its key (see key, signed_store) when what that run read
beyond its files answers the same again (core.reads); else run, and kept when it is one a
replay can stand for: complete (no file out of time, no worker lost) and with no notice logged."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from postil.analyzers.checker import CheckerCache
from postil.core import reads
from postil.core.deadline import ran_out_of_time
from postil.result_cache.key import CheckOptions
from postil.scan import ScanResult, check_paths, plan_scan, worker_ended

# Fewer files are checked again: a check of a few files costs less than the cache's own work (its
# imports, the signing key, git asked whether it tracks .postil/), as a pre-commit hook's does.
MIN_FILES = 16


def check_cached(paths: list[Path], cache: CheckerCache, options: CheckOptions, jobs: int | None,
                 say: Callable[[str], None], root: Path | None = None) -> ScanResult:
    """scan.check_paths, answered from ``.postil/cache/check/`` of the workspace ``root`` (default:
    the first path's) where an identical run was kept; ``say`` gets the lines about the cache
    (results not kept, an entry not believed)."""
    plan = plan_scan(paths, cache)
    if len(plan.walked.files) < MIN_FILES:
        return check_paths(paths, cache, jobs, bulk=options.bulk, plan=plan)
    from postil.rag.workspace_root import find_workspace_root
    from postil.result_cache.codec import decode, encode
    from postil.result_cache.key import run_key, walked_digests
    from postil.result_cache.signed_store import KeptRun, ResultStore

    first = paths[0].resolve()
    store = ResultStore.open(root or find_workspace_root(first if first.is_dir() else first.parent), say)
    if store is None:
        return check_paths(paths, cache, jobs, bulk=options.bulk, plan=plan)
    digests = walked_digests(plan, hold=True)
    key = run_key(plan, options, digests)
    kept = store.load(key)
    if kept is not None and reads.ReadLog().holds(kept.facts):
        try:
            reports = decode(kept.reports)
        except (KeyError, TypeError, ValueError):
            reports = None
        if reports is not None:
            plan.held.clear()
            return ScanResult(reports, plan.walked, time.perf_counter() - plan.started)
    with reads.recording() as log, _notices_unsteady():
        result = check_paths(paths, cache, jobs, bulk=options.bulk, plan=plan)
    complete = not any(ran_out_of_time(r.skipped) or worker_ended(r.skipped) for r in result.reports)
    if complete and not log.unsteady and walked_digests(plan) == digests:
        data = encode(result.reports)
        if data is not None:
            store.save(key, KeptRun(log.order, data))
    return result


@contextmanager
def _notices_unsteady():
    """A notice postil logs while the block runs (in this process or a forked worker) makes the
    run one not kept: a replay would not say it again. The notice is still shown as without
    this (by logging's last resort where no other handler takes it)."""
    import logging  # (imported by a run that keeps its results alone: ~4 ms)

    class Noticed(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            reads.noted_unsteady()
            last = logging.lastResort
            if not logging.getLogger().handlers and last is not None and record.levelno >= last.level:
                last.handle(record)

    handler = Noticed(logging.WARNING)
    logger = logging.getLogger("postil")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
