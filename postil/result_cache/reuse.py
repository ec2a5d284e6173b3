"""A check of a tree answered in part from the run kept for the same tree (key.run_keys: the same
code, options, configs, baselines and walked files) when some files changed: the reports that
cannot differ are kept, the others checked again, as ruff's and eslint's caches do per file.

The rule. A file's kept report is kept when its own digest is unchanged and no module whose text
its check read (the "uses" facts of core.reads, see ModuleTexts.using) changed; the other files are
checked again, inside a run of the whole tree (scan.tree_run: the same files checked as a tree), and
only when all of this holds, else every file is checked as before:
  1. every fact the kept run read beyond its files (core.reads: listings, links, configs read)
     answers the same, but the bytes of modules (whose readers are known per check); a changed
     module that no check and no index read (see 2) is not allowed either;
  2. every value the indexes kept for the run over the files near a directory took of a changed
     module's text (the "derived" facts, Workspace.derive: whether it handles a request, the names
     it imports, the fields it fills), and every rule's question a module's check asked of a file
     near it that may call it (whether it may give the rule's request data, what its calls pass to
     the module's functions: taint_derived), is the same asked again now: the indexes are shared
     by every check, so one that differs sends the whole tree to be checked;
  3. the workspace is told what the kept run's bulk scan probed in each file (the "probes" facts;
     a changed file probed again), as a run of the whole tree tells it (ScannedProbes);
  4. fewer than scan._BULK_THRESHOLD files are to be checked again (else the bulk run is cheaper).
The argument: a file's report is a function of its bytes; of what the tree key holds; of what its
check reads through core.reads (1); of the module texts it reads through Workspace.text (noted
each time it asks, also where a cache keyed by a module's content answers: the content is asked
first); of the run's indexes of near files (functions of listings (1) and derived values (2)); of
the answers to the rule questions it asked of the files near it that may call it (2: a module's
callers, ModuleLink.fed: each answer a function of the rule, of that file's text, asked again where
it changed, and of the texts of the modules that file imports, noted as the asking check's own uses
(ModuleTexts.derived's ``through``), so that a change to one of those checks the module again); of
the scan's probes (3). Each is the same for a kept report. A workspace cache gives the same answer
whichever check filled it (as between the forked workers of a run). bench/incremental_equivalence.py
compares runs answered so with ``--no-cache`` runs of the same trees, edited.
"""

from __future__ import annotations

import time
from pathlib import Path

from postil.analyzers.checker import FileReport
from postil.core import reads
from postil.core.reads import Fact
from postil.result_cache.signed_store import KeptRun
from postil.scan import (
    _BULK_THRESHOLD,
    ScanPlan,
    ScanResult,
    check_some,
    checker_groups,
    note_scan_probes,
    scan_rules,
    tree_run,
)


def checked_again(plan: ScanPlan, kept: KeptRun, digests: list[str], reports: list[FileReport],
                  jobs: int) -> tuple[ScanResult, list[Fact], list[Fact]] | None:
    """The check of ``plan``'s files (``digests``: their digests now) with the reports of ``kept``
    (decoded: ``reports``) kept where they cannot differ (see the module's docstring), the facts
    and per-file facts a run kept so rests on; None when the whole tree is to be checked. Run
    inside the caller's core.reads log."""
    files = plan.walked.files
    if len(kept.digests) != len(files) or len(reports) != len(files) or kept.per_file is None:
        return None
    changed = set()  # the modules whose bytes changed
    for kind, path, answer in kept.facts:
        if reads.ASK[kind](path) != answer:
            if kind != "bytes":
                return None
            changed.add(path)
    per_file = {(kind, path): answer for kind, path, answer in kept.per_file}
    uses: dict[str, set[str]] = {}
    derived: dict[str, list[tuple[str, str]]] = {}  # module -> (question, digest)
    for (kind, key), answer in per_file.items():
        if kind == "uses":
            uses.setdefault(key.partition("\0")[0], set()).update(answer)
        elif kind == "derived":
            question, _, module = key.partition("\0")
            derived.setdefault(module, []).append((question, answer))
    read_by_checks = set().union(*uses.values()) if uses else set()
    if any(module not in read_by_checks and module not in derived for module in changed):
        return None
    edited = {path for path, now, before in zip(files, digests, kept.digests, strict=True) if now != before}
    again = set(edited)
    for path, report in zip(files, reports, strict=True):
        used = uses.get(str(path))
        if used is None and report.skipped is None and path not in edited:
            return None  # (a check whose reads were not noted)
        if used is not None and not used.isdisjoint(changed):
            again.add(path)
    if len(again) >= _BULK_THRESHOLD:
        return None
    workspaces = {id(checker.modules): checker.modules for checker in plan.checkers.values()}
    with tree_run(plan):
        if not _probes_told(plan, per_file, edited, jobs) or not _derived_same(plan, workspaces, derived, changed):
            return None
        order = [path for path in files if path in again]
        fresh = dict(zip(order, check_some(plan, order, jobs), strict=True))
    plan.held.clear()
    result = ScanResult([fresh.get(path, report) for path, report in zip(files, reports, strict=True)], plan.walked,
                        time.perf_counter() - plan.started)
    return result, _facts(kept.facts, changed), _per_file(per_file, {str(path) for path in again})


def _probes_told(plan: ScanPlan, per_file: dict[tuple[str, str], object], edited: set[Path], jobs: int) -> bool:
    """Tell each checker's workspace what the kept run's bulk scan probed (3), the ``edited`` files
    probed again, and note them all; True when the kept run made no bulk scan. False: a file's
    probes are not known (the whole tree is checked)."""
    if not any(kind == "probes" for kind, _ in per_file):
        return True
    from postil.analyzers.rules import bulk

    for checker, paths in checker_groups(plan.walked.files, plan.checkers):
        rules = scan_rules(checker, paths)
        probed = [path for path in paths if path in edited]
        records: dict[Path, list[dict]] = {}
        if probed and rules:
            try:
                records = bulk.scan(rules, probed, threads=jobs, probes_only=True)
            except (OSError, RuntimeError, ValueError):
                return False
        found: dict[Path, list[str] | None] = {}
        for path in paths:
            if path in edited:
                found[path] = bulk.scan_probes(records.get(path, []))
            elif ("probes", str(path)) in per_file:
                found[path] = per_file["probes", str(path)]
            else:
                return False
        checker.note_probes(rules, {path: set(ids) for path, ids in found.items() if ids is not None})
        note_scan_probes(found)
    return True


def _derived_same(plan: ScanPlan, workspaces: dict, derived: dict[str, list[tuple[str, str]]], changed: set[str]) -> bool:
    """Whether every value the kept run's indexes and checks took of a changed module's text is the
    same now (2); a rule's question asked again of the rule of its name among those the checkers
    loaded for the module's language (see taint_derived)."""
    from postil.analyzers.rules.taint_callers_of import module_language
    from postil.analyzers.rules.taint_module_texts import value_digest

    asked = [(module, question, digest) for module in changed for question, digest in derived.get(module, ())]
    if not asked:
        return True
    if len(workspaces) != 1:
        return False  # (which workspace's index took it is not noted)
    workspace = next(iter(workspaces.values()))
    languages = sorted({module_language(Path(module)) for module, question, _ in asked
                        if question.startswith(("gives ", "fed "))} - {None})
    for checker in {id(c): c for c in plan.checkers.values()}.values():
        workspace.know_specs(rule.taint for language in languages for rule in checker.ruleset.for_language(language)
                             if rule.taint is not None)
    try:
        return all(value_digest(workspace.derive(question, Path(module))) == digest
                   for module, question, digest in asked)
    except ValueError:
        return False


def _facts(kept: list[Fact], changed: set[str]) -> list[Fact]:
    """The kept run's facts, the changed modules' bytes as they are now, and those noted since."""
    facts = {(kind, path): answer for kind, path, answer in kept}
    for path in changed:
        facts["bytes", path] = reads.ASK["bytes"](path)
    log = reads.current()
    return _with_noted(facts, log.order if log is not None else [])


def _per_file(kept: dict[tuple[str, str], object], again: set[str]) -> list[Fact]:
    """The kept run's per-file facts but the uses of the files checked again, and those noted since."""
    facts = {key: answer for key, answer in kept.items() if key[0] != "uses" or key[1].partition("\0")[0] not in again}
    log = reads.current()
    return _with_noted(facts, log.per_file_order if log is not None else [])


def _with_noted(facts: dict[tuple[str, str], object], noted: list[Fact]) -> list[Fact]:
    """``facts`` with what this run ``noted`` put over them, as a list."""
    facts.update(((kind, path), answer) for kind, path, answer in noted)
    return [(kind, path, answer) for (kind, path), answer in facts.items()]
