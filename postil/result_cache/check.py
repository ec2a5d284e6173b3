"""A check answered from the run kept for its key (see key, signed_store) when what that run read
beyond its files answers the same again (core.reads); else from the newest run kept of the same
tree, the files whose reports can differ checked again (see reuse); else run. A run is kept when it
is one a replay can stand for: complete (no file out of time, no worker lost) and with no notice logged."""

from __future__ import annotations

import os
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
    from postil.result_cache.codec import encode
    from postil.result_cache.key import run_keys, walked_digests
    from postil.result_cache.reuse import checked_again
    from postil.result_cache.signed_store import KeptRun, ResultStore

    first = paths[0].resolve()
    store = ResultStore.open(root or find_workspace_root(first if first.is_dir() else first.parent), say)
    if store is None:
        return check_paths(paths, cache, jobs, bulk=options.bulk, plan=plan)
    digests = walked_digests(plan, hold=True)
    key, tree = run_keys(plan, options, digests)
    kept = store.load(key, tree)
    if kept is not None and reads.ReadLog().holds(kept.facts):
        reports = _decoded(kept)
        if reports is not None:
            plan.held.clear()
            return ScanResult(reports, plan.walked, time.perf_counter() - plan.started)
    base = kept or store.latest(tree, but=key)
    base_reports = _decoded(base) if base is not None else None
    with reads.recording() as log, _notices_unsteady():
        again = checked_again(plan, base, digests, base_reports, jobs or os.cpu_count() or 1) \
            if base_reports is not None else None
        known = None  # (the data of the reports kept, by position)
        if again is None:
            result = check_paths(paths, cache, jobs, bulk=options.bulk, plan=plan)
            facts, per_file = log.order, log.per_file_order
        else:
            result, facts, per_file = again
            known = [data if now is before else None
                     for now, before, data in zip(result.reports, base_reports, base.reports, strict=True)]
    complete = not any(ran_out_of_time(r.skipped) or worker_ended(r.skipped) for r in result.reports)
    if complete and not log.unsteady and walked_digests(plan) == digests:
        data = encode(result.reports, known)
        if data is not None:
            store.save(key, tree, KeptRun(facts, data, per_file, digests))
    return result


def _decoded(kept) -> list | None:
    """A kept run's reports (None: they cannot be read back)."""
    from postil.result_cache.codec import decode

    try:
        return decode(kept.reports)
    except (KeyError, TypeError, ValueError):
        return None


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
