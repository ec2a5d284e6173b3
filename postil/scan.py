"""Check many files: find them, pick each one's config, run on all cores."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from postil.analyzers import baseline
from postil.analyzers.checker import Checker, CheckerCache, FileReport
from postil.core import file_stamps, reads
from postil.core.deadline import TimeLimitExceeded
from postil.core.walk import WalkResult, refusal, start_root, walk

# Files per worker task; small enough to balance, big enough to amortise pickling.
_CHUNK = 8
# Below this many files a process pool costs more than it saves.
_PARALLEL_THRESHOLD = 24
# From this many files on, rules run through ast-grep's CLI (see rules/bulk.py).
_BULK_THRESHOLD = 64


@dataclass
class ScanResult:
    """Reports for every visited file, plus what the walk left out (see ``WalkResult``)."""

    reports: list[FileReport] = field(default_factory=list)
    walked: WalkResult = field(default_factory=WalkResult)
    elapsed: float = 0.0


def collect_files(paths: list[Path], cache: CheckerCache, root: Path | None = None) -> WalkResult:
    """Files to check under ``paths`` (gitignore and ``exclude`` of the config in effect).

    Each path must really lie inside ``root`` (default: the current directory, for paths
    under it); a link out of it is refused before any config there is read."""
    result = WalkResult()
    for start in paths:
        why = refusal(start, root or start_root(start)) if os.path.lexists(start) else None
        if why is not None:
            result.refused.append((start, why))
            continue
        cache.add_scan_root(start)
        checker = cache.for_path(start)
        settings = checker.loaded.settings
        result.extend(walk([start], exclude=settings.exclude, exclude_root=checker.loaded.root,
                           respect_gitignore=settings.respect_gitignore, root=root, max_files=settings.max_files))
    return result


@dataclass
class ScanPlan:
    """What a check of some paths will check: the walk's files, each one's checker (every config
    and its rules loaded) and real path, the baselines read."""

    walked: WalkResult
    checkers: dict[Path, Checker]
    real_paths: dict[Path, str]
    started: float
    began: int  # when the run began, on the clock files are stamped by (see file_stamps.changed)
    # files' bytes and their sha256 as read for the results cache's key (result_cache.key): each
    # file's check takes them (Checker.read) and lets them go
    held: dict[Path, tuple[bytes, str]] = field(default_factory=dict)
    # those files' stamps taken before that read (a bulk scan's edits are looked for from then on)
    stamps: dict[Path, file_stamps.Stamp] = field(default_factory=dict)


def plan_scan(paths: list[Path], cache: CheckerCache) -> ScanPlan:
    """Walk ``paths`` and pick each file's checker (see check_paths)."""
    started, began = time.perf_counter(), file_stamps.now()
    walked = collect_files(paths, cache)
    real_paths: dict[Path, str] = {}
    checkers = _checkers_of(walked.files, cache, real_paths)  # every config (and its rules) loaded before forking
    _read_baselines(checkers)
    return ScanPlan(walked, checkers, real_paths, started, began)


def check_paths(paths: list[Path], cache: CheckerCache, jobs: int | None = None,
                on_report: Callable[[FileReport], None] | None = None, bulk: bool = True,
                plan: ScanPlan | None = None, whole_tree: bool = True) -> ScanResult:
    """Check every file under ``paths`` (or of ``plan``, made by plan_scan); ``jobs`` processes
    (default: all cores; 1: this process alone, else forked workers whose check of a file is
    stopped inside a step past twice its time limit, see core.stoppable). ``bulk`` lets many
    files go through ast-grep's CLI (see rules/bulk.py). ``whole_tree``: the files are checked as a
    tree, so a Python flow into a checked module's helper is reported once, at its sink (see
    Workspace.checking); a review of changed lines passes False (its lines may hold the call alone)."""
    plan = plan or plan_scan(paths, cache)
    files, checkers = plan.walked.files, plan.checkers
    result = ScanResult(walked=plan.walked)
    jobs = jobs or os.cpu_count() or 1
    with tree_run(plan, whole_tree):
        for report in _run(plan, files, jobs, bulk):
            result.reports.append(report)
            if on_report is not None:
                on_report(report)
    result.elapsed = time.perf_counter() - plan.started
    return result


@contextmanager
def tree_run(plan: ScanPlan, whole_tree: bool = True):
    """A run over ``plan``'s files: the modules the taint rules follow read once in it, and (``whole_tree``)
    the files checked as a tree (see check_paths)."""
    with ExitStack() as steady:
        for checker in {id(c): c for c in plan.checkers.values()}.values():
            steady.enter_context(checker.modules.steady())
            steady.enter_context(checker.modules.checking(plan.walked.files if whole_tree else []))
        yield


def check_some(plan: ScanPlan, files: list[Path], jobs: int) -> list[FileReport]:
    """Reports of some of ``plan``'s files, checked in process or by forked workers (not through
    ast-grep's CLI), inside a :func:`tree_run` of the plan (the results cache's: see result_cache.reuse)."""
    return list(_run(plan, files, jobs, False))


def _checkers_of(files: list[Path], cache: CheckerCache, real_paths: dict[Path, str]) -> dict[Path, Checker]:
    """Each file's checker, looked up once per real directory (``CheckerCache.for_directory``: its
    searches share their answers). A file's real directory is its directory's (see _real_directory)
    unless it is a link (``real_paths`` gets each file's real path: a check of it needs its path in
    the project)."""
    by_directory: dict[str, Checker] = {}
    real_directories: dict[str, str] = {}
    checkers = {}
    for path in files:
        name = os.fspath(path)
        if os.path.islink(name):
            real_paths[path] = os.path.realpath(name)
            directory = os.path.dirname(real_paths[path])
        else:
            directory = _real_directory(os.path.dirname(name), real_directories)
            real_paths[path] = os.path.join(directory, os.path.basename(name))
        checker = by_directory.get(directory)
        if checker is None:
            checker = by_directory[directory] = cache.for_directory(Path(directory))
        checkers[path] = checker
    return checkers


def _real_directory(directory: str, known: dict[str, str]) -> str:
    """``directory``'s real path (``known``: the real paths found so far, gets the ones found now):
    its parent's and its name unless it is a link, so a tree costs an lstat a directory, not one per
    directory and level above it as ``os.path.realpath`` of each would."""
    walked = []
    while directory not in known:
        parent, name = os.path.split(directory)
        if not name or name in (os.curdir, os.pardir) or os.path.islink(directory):
            known[directory] = os.path.realpath(directory or os.curdir)
            break
        walked.append((directory, name))
        directory = parent
    real = known[directory]
    for directory, name in reversed(walked):
        real = known[directory] = os.path.join(real, name)
    return real


def _read_baselines(checkers: dict[Path, Checker]) -> None:
    """Read once here each ``.postil-baseline`` the files' checks honour: forked workers
    inherit it instead of each parsing it again."""
    directories: set[str] = set()
    for path, checker in checkers.items():
        directory = os.path.dirname(os.path.abspath(path))
        if checker.baselines is not None and directory not in directories:
            directories.add(directory)
            checker.baselines(baseline.root_for(path, checker.loaded.root))


def _fork_context(jobs: int, count: int):
    """The ``fork`` start method's context when ``count`` files are worth ``jobs`` worker processes;
    else None (a few files, the common case, need no workers, nor the import of multiprocessing)."""
    if jobs <= 1 or count < _PARALLEL_THRESHOLD:
        return None
    import multiprocessing

    return multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None


def _run(plan: ScanPlan, files: list[Path], jobs: int, bulk: bool) -> Iterable[FileReport]:
    """Reports of ``files`` (of ``plan``), in order."""
    checkers, held = plan.checkers, plan.held
    if bulk and len(files) >= _BULK_THRESHOLD:
        reports = _run_bulk(plan, files, jobs)
        if reports is not None:
            yield from reports
            return
    if jobs == 1 or not hasattr(os, "fork"):  # all in this process: a check stuck in one step is not stopped
        for path in files:
            with checkers[path].modules.using(path):
                report = checkers[path].check_file(path, held.pop(path, None))
            yield report
        return
    from postil.analyzers import checker as checker_module
    from postil.core.stoppable import run_stoppable

    workers = min(jobs, len(files)) if len(files) >= _PARALLEL_THRESHOLD else 1
    limit = checker_module.FILE_TIME_LIMIT
    done: dict[int, FileReport] = {}
    following = 0
    with _frozen_heap():
        # each report comes with what its check read of other files (core.reads)
        for i, report in run_stoppable(len(files), lambda i: reads.carried(lambda: _checked(checkers[files[i]], files[i], held)),
                                       2 * limit + 1, lambda i, death: (_stopped(files[i], death, limit), [], False),
                                       workers, _keep_compiled):
            done[i] = reads.received(report)
            while following in done:
                yield done.pop(following)
                following += 1


def _checked(checker: Checker, path: Path, held: dict[Path, tuple[bytes, str]]) -> FileReport:
    """checker.check_file, the modules it reads noted (see ModuleTexts.using)."""
    with checker.modules.using(path):
        return checker.check_file(path, held.get(path))


def _keep_compiled() -> None:
    """In a worker process: keep the patterns and dataclass methods it compiled (the files'
    checks import modules this process had not), so the next run's workers load them."""
    from postil.core import dataclass_code, regex_code

    dataclass_code.save()
    regex_code.save()


# how the reason starts why a file was skipped whose check ended its worker process (a crash:
# the run is incomplete); how the worker ended follows
WORKER_ENDED = "its check ended the worker process"


def worker_ended(skipped: str | None) -> bool:
    """Whether a file was skipped (``skipped``: the reason) because its check ended its worker."""
    return skipped is not None and skipped.startswith(WORKER_ENDED)


def _stopped(path: Path, death: str | None, limit: float) -> FileReport:
    """The report of a file whose check was stopped inside one step, past twice its time limit
    (``death`` None, see core.stoppable): skipped, and counted as a file that ran out of time (the
    run is incomplete); or whose check ended its worker process (``death``: how)."""
    from postil.core.deadline import past_the_limit

    why = (past_the_limit("one step of the rules (an ast-grep search or a taint rule) was stopped: it", limit)
           if death is None else f"{WORKER_ENDED} ({death})")
    return FileReport(path=path, skipped=why)


@contextmanager
def _frozen_heap():
    """The objects this process holds kept out of the garbage collector's generations while
    worker processes fork from it (gc.freeze): each worker's collections would traverse all it
    inherited (the rules, the parsed configs, every file's text and records), writing their
    headers and so copying their pages. Workers finishing a tree of 1,250 handlers: ~4% less
    CPU in all."""
    import gc

    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _run_bulk(plan: ScanPlan, files: list[Path], jobs: int) -> list[FileReport] | None:
    """Rules through ast-grep's CLI while this process reads files and scans them for secrets,
    then finishes each file ast-grep is done with (its records, its taint rules) as ast-grep
    goes on with the others; what is left when ast-grep ends goes to all cores if it is much.
    ast-grep gets each rule only for the files holding its literals (see bulk._narrowed)."""
    import queue
    from concurrent.futures import ThreadPoolExecutor

    from postil.analyzers.rules import bulk

    if bulk.ast_grep_binary() is None:
        return None
    checkers, real_paths, held = plan.checkers, plan.real_paths, plan.held
    sent = [(checker, paths, scan_rules(checker, paths)) for checker, paths in checker_groups(files, checkers)]
    scans = [(rules, paths) for _, paths, rules in sent if rules]
    started = threading.Event()
    scanned: queue.SimpleQueue = queue.SimpleQueue()  # (path, records) as ast-grep is done with each; None at the end
    prepared: dict[Path, tuple] = {}  # path -> (checker, report, text, secret findings, real path, copied_findings)
    finished: dict[Path, tuple[int, tuple[list, list, str | None]]] = {}  # path -> (records used, outcome)
    # (before ast-grep reads them; before postil's read for the files it holds)
    before = {path: plan.stamps[path] if path in plan.stamps else file_stamps.stamp(path) for path in files}
    with _secret_scan_beside(files, checkers, jobs, held) as secret_scan, ThreadPoolExecutor(max_workers=1) as background:
        pending = background.submit(_bulk_records, scans, jobs, started.set, scanned.put)
        # The literal pre-pass runs alone: beside this loop it would wait on the GIL, and
        # ast-grep would start ~0.2 s later on a large tree.
        started.wait()
        texts = [checkers[path].read(path, held.pop(path, None)) for path in files]
        # ast-grep compiles its rules on one thread before it reads a file: meanwhile, on the core
        # it leaves free, each file's imports the taint gate follows are read (see Checker.gate_waits),
        # not later beside its two matching threads; the workers finishing the files inherit them
        gated = {path: text is not None and checkers[path].gate_waits(path, text, real_paths.get(path))
                 for path, (_, text) in zip(files, texts)}
        # and so are the findings on its rewritten copies, which need no record of ast-grep's
        copied = {path: _copied_using(checkers[path], path, text, real_paths.get(path))
                  for path, (_, text) in zip(files, texts) if text is not None}
        found_in = _result_or_none(secret_scan) or _secret_findings(files, checkers, texts)
        for path, (report, text), found in zip(files, texts, found_in, strict=True):
            if text is None:  # (skipped: the worker scanned texts nested too deep to check)
                found = []
            elif isinstance(found, str):  # the scan's time limit
                report.skipped, text, found = found, None, []
            prepared[path] = (checkers[path], report, text, found, real_paths.get(path), copied.get(path))
        while (item := scanned.get()) is not None:
            path, records = item
            # once ast-grep has ended, what is queued may be worth all cores; a file with
            # nothing but the scan's own taint answers, or whose taint rules the modules it
            # imports gate (``gated``), waits for every file's source probes, which that gate
            # reads (see Checker.note_scan)
            waits = prepared[path][2] is not None and gated[path]
            if not pending.done() and not waits and not bulk.scan_answers_only(records):
                finished[path] = (len(records), _finish_bulk(prepared[path], records))
        records = pending.result()
    if records is None:
        return None
    # a file edited between ast-grep's read and this process's: its records are of another text (old
    # offsets), so they are dropped and it is checked in process, its probes unknown to the taint gate
    # (which then takes no file of the scan for proof that the tree holds no request data)
    read_sizes = {path: file_stamps.text_size(text) for path, (report, text) in zip(files, texts, strict=True)
                  if text is not None and report.fixable_text}
    edited = file_stamps.changed(before, read_sizes, plan.began)
    for path in edited:
        records[path] = [{"ruleId": bulk.IN_PROCESS}]
        finished.pop(path, None)
    for checker, paths, rules in sent:
        note_scan_probes(checker.note_scan(rules, paths, records, not edited.isdisjoint(paths)))
    rest = [path for path in files if path not in finished or finished[path][0] != len(records.get(path, ()))]
    for path, outcome in zip(rest, _finish_all([(prepared[p], records.get(p, [])) for p in rest], jobs), strict=True):
        finished[path] = (0, outcome)
    reports = []
    for path in files:
        report = prepared[path][1]
        report.findings, report.hidden, skipped = finished[path][1]
        report.skipped = skipped or report.skipped
        reports.append(report)
    return reports


def _copied_using(checker: Checker, path: Path, text: str, real_path: str | None) -> tuple[list, list] | None:
    """copied_findings, the modules it reads noted as the file's copies' (see ModuleTexts.using)."""
    with checker.modules.using(path, "copies"):
        return copied_findings(checker, path, text, real_path)


def note_scan_probes(probes: dict[Path, list[str] | None]) -> None:
    """Note what a bulk scan's taint source probes found in each file, as Checker.note_scan told
    the workspace (core.reads "probes"): a later run tells its workspace so again (result_cache.reuse)."""
    for path, ids in probes.items():
        reads.note_per_file("probes", str(path), ids)


def checker_groups(files: list[Path], checkers: dict[Path, Checker]) -> list[tuple[Checker, list[Path]]]:
    """The files of a language postil checks, grouped by their checker (one bulk scan each), in order."""
    from postil.analyzers.languages import language_of

    groups: dict[int, tuple[Checker, list[Path]]] = {}
    for path in files:
        if language_of(path) is not None:
            checker = checkers[path]
            groups.setdefault(id(checker), (checker, []))[1].append(path)
    return list(groups.values())


def scan_rules(checker: Checker, paths: list[Path]) -> list:
    """The rules a bulk scan of ``paths`` sends: those that run on their languages, each once,
    in each language's order. Every language's rules (checker.rules) were built for that: on a
    Python tree, ~0.06 s of CPU before ast-grep started."""
    from postil.analyzers.languages import language_of

    seen: dict[str, object] = {}
    for language in sorted({language_of(path) for path in paths} - {None}):
        for rule in checker.ruleset.for_language(language):
            seen.setdefault(rule.id, rule)
    return list(seen.values())


@contextmanager
def _secret_scan_beside(files: list[Path], checkers: dict[Path, Checker], jobs: int,
                        held: dict[Path, tuple[bytes, str]]):
    """A worker process scanning ``files`` for secrets (a future of _secret_findings) while
    this one narrows the rules and starts ast-grep, with a core to spare until then; None
    where a worker is not worth it."""
    context = _fork_context(jobs, len(files))
    if context is None:
        yield None
        return
    from concurrent.futures import ProcessPoolExecutor

    global _SECRET_WORK
    _SECRET_WORK = (files, checkers, held)
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            future = pool.submit(_secret_findings_forked)  # forks now, with the work in hand
            _SECRET_WORK = None
            yield future
    finally:
        _SECRET_WORK = None


_SECRET_WORK: tuple | None = None  # (files, checkers, held) for _secret_findings_forked


def _result_or_none(future) -> list | None:
    """The worker's secret findings; None when there is no worker or it died (killed,
    out of memory): this process scans then."""
    if future is None:
        return None
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 — BrokenProcessPool and whatever the worker raised
        import logging  # only when something is logged: its import is ~4 ms of each start-up

        logging.getLogger(__name__).warning("the secret scan's worker process failed (%s); scanning in this process", exc)
        return None


def _secret_findings_forked() -> list:
    """_secret_findings of texts read but for their trees' depth: the parent's literal pre-pass parses
    them for that meanwhile (~0.6 s of CPU over SQLAlchemy's lib/, twice before), and drops what this
    finds in a file it skips (see _run_bulk)."""
    files, checkers, held = _SECRET_WORK
    return _secret_findings(files, checkers, [checkers[path].read(path, held.get(path), deep=False) for path in files])


def _secret_findings(files: list[Path], checkers: dict[Path, Checker], texts: list[tuple]) -> list:
    """Each file's secret findings, or why its scan stopped (the time limit)."""
    out = []
    for path, (_, text) in zip(files, texts, strict=True):
        try:
            out.append(checkers[path].secret_findings(text, str(path)) if text is not None else [])
        except TimeLimitExceeded as exc:
            out.append(str(exc))
    return out


_BULK_WORK: list | None = None  # what _finish_all gives its worker processes: see _finish_at


def _finish_all(work: list[tuple[tuple, list[dict]]], jobs: int) -> list[tuple[list, list, str | None]]:
    """_finish_bulk for each of ``work``, on all cores when files with records are many."""
    busy = sum(1 for _, records in work if records)
    context = _fork_context(jobs, busy)
    if context is None:
        return [_finish_bulk(entry, records) for entry, records in work]
    from concurrent.futures import ProcessPoolExecutor

    global _BULK_WORK
    _BULK_WORK = work
    try:
        with _frozen_heap(), ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            return [reads.received(done) for done in pool.map(_finish_carried, range(len(work)), chunksize=_CHUNK)]
    except Exception as exc:  # noqa: BLE001 — BrokenProcessPool and whatever a worker raised
        import logging  # only when something is logged: its import is ~4 ms of each start-up

        logging.getLogger(__name__).warning("a worker process failed (%s); finishing the files in this process", exc)
        return [_finish_bulk(entry, records) for entry, records in work]
    finally:
        _BULK_WORK = None


def _finish_at(i: int) -> tuple[list, list, str | None]:
    entry, records = _BULK_WORK[i]
    return _finish_bulk(entry, records)


def _finish_carried(i: int) -> tuple:
    """In a worker: _finish_at, with what it read of other files (core.reads)."""
    return reads.carried(lambda: _finish_at(i))


def _finish_bulk(entry: tuple, records: list[dict]) -> tuple[list, list, str | None]:
    """One file of a bulk scan checked with its ast-grep records: (findings, those the baseline
    hid, why skipped)."""
    checker, report, text, found, real_path, copied = entry
    if text is None:
        return report.findings, [], None
    with checker.modules.using(report.path):
        return _finish_text(checker, report, text, found, real_path, copied, records)


def _finish_text(checker: Checker, report: FileReport, text: str, found: list, real_path: str | None,
                 copied: tuple | None, records: list[dict]) -> tuple[list, list, str | None]:
    from postil.analyzers.rules.bulk import left_in_process

    # ast-grep's byte offsets fit only text that is the file exactly; the rest
    # (invalid UTF-8, a BOM) runs in process, as does a file the scan left to it (bulk._narrowed).
    bulk_records = records if report.fixable_text and not left_in_process(records) else None
    hidden: list = []
    try:
        findings = checker.check_text(report.path, text, report.fixable_text, bulk_records, found, hidden=hidden,
                                      real_path=real_path, copied=copied)
        return findings, hidden, None
    except TimeLimitExceeded as exc:
        return [], [], str(exc)


def copied_findings(checker: Checker, path: Path, text: str, real_path: str | None = None) -> tuple[list, list] | None:
    """What the pattern rules find on a file's copies read through its import aliases and with its
    spread option dicts spelt out, that cover a rewritten span (see Checker.check_text, which keeps
    those its other findings lack); None past the file's time limit (its check works them out
    again, where it stops at its own)."""
    from postil.analyzers import checker as checker_module
    from postil.analyzers.languages import language_of
    from postil.analyzers.rules.engine import run_rules
    from postil.analyzers.rules.import_aliases import alias_covering
    from postil.analyzers.rules.keyword_dicts import keyword_covering
    from postil.core.deadline import Deadline

    language = language_of(path)
    if language is None:
        return [], []
    deadline, relpath = Deadline(checker_module.FILE_TIME_LIMIT), checker.relative(path, real_path)

    def whole(copy: str, only: frozenset[str]) -> list:
        return run_rules(checker.ruleset, copy, language, str(path), relpath, False, deadline, only=only)
    try:
        return (alias_covering(whole, checker.ruleset, text, language),
                keyword_covering(whole, checker.ruleset, text, language))
    except TimeLimitExceeded:
        return None


def _bulk_records(scans: list[tuple[list, list[Path]]], jobs: int, on_start: Callable[[], None],
                  on_file: Callable[[object], None]) -> dict[Path, list[dict]] | None:
    """Rule matches per file from ast-grep's CLI, one run per config; None to fall back.
    ``on_start`` is called once ast-grep runs, or when there is nothing to run; ``on_file``
    with (path, records) as ast-grep is done with each file, and with None at the end."""
    from postil.analyzers.rules import bulk

    records: dict[Path, list[dict]] = {}
    try:
        for rules, paths in scans:
            records.update(bulk.scan(rules, paths, threads=jobs, on_start=on_start,
                                     on_file=lambda path, found: on_file((path, found))))
    except (OSError, RuntimeError, ValueError) as exc:
        import logging  # only when something is logged: its import is ~4 ms of each start-up

        logging.getLogger(__name__).warning("bulk scan with ast-grep failed (%s); running rules in process", exc)
        return None
    finally:
        on_start()
        on_file(None)
    return records
