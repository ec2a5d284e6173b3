"""Where a check's CPU goes, by layer: thread CPU (`time.thread_time`, not wall time: see EVENT_LIST.md)
of a `--jobs 1` `postil check --no-cache` run in this process, each function's time inclusive and counted
only at its outermost call (a recursive or re-entered call is inside its caller's time).

The timer costs ~1-2 µs a call: a function called ~100 k times reads ~0.1-0.2 s high.
Usage: python bench/taint_cost_split.py DIR [--json OUT]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import resource
import time
from collections import Counter
from pathlib import Path

from postil import cli, scan
from postil.analyzers import checker
from postil.analyzers.rules import (
    bulk,
    engine,
    import_aliases,
    search,
    taint,
    taint_context_stores,
    taint_facts,
    taint_flow,
    taint_imports,
    taint_modules,
    taint_paths,
    taint_request_state,
    taint_stored_fields,
)

# (owner, attribute, label): inclusive layers, outermost call only
LAYERS = (
    (scan, "plan_scan", "plan_scan (files, checkers)"),
    (bulk, "scan", "bulk scan (main thread's share)"),
    (checker.Checker, "check_text", "Checker.check_text"),
    (scan, "_copied_using", "  copied findings' lookup"),
    (scan, "copied_findings", "    copied_findings"),
    (import_aliases, "alias_covering", "      alias_covering"),
    (import_aliases, "aliases", "        aliases"),
    (import_aliases, "alias_view", "        alias_view"),
    (checker.Checker, "gate_waits", "  Checker.gate_waits (the gate's imports)"),
    (taint_modules.Workspace, "link", "  Workspace.link (the file's imports)"),
    (taint_imports.ImportGraph, "used", "    ImportGraph.used"),
    (taint_imports.ImportGraph, "targets", "    ImportGraph.targets"),
    (taint_imports.ImportGraph, "real", "    ImportGraph.real"),
    (taint_modules, "imports_dependencies", "    imports_dependencies"),
    (taint_modules.Workspace, "called", "    Workspace.called"),
    (taint_request_state.StoredState, "writers", "  StoredState.writers"),
    (taint_request_state.StoredState, "_field_writers", "    _field_writers"),
    (taint_context_stores.ContextStores, "writers", "    ContextStores.writers"),
    (taint_stored_fields.StoredFields, "writers", "    StoredFields.writers"),
    (engine, "run_rules", "run_rules"),
    (taint_modules.ModuleLink, "feeding", "  ModuleLink.feeding (the gate)"),
    (taint.FileTaint, "hits", "FileTaint.hits"),
    (taint.FileTaint, "_enter", "  _enter (sources)"),
    (taint.FileTaint, "_sink_matches", "  _sink_matches"),
    (taint.FileTaint, "_sanitize", "  _sanitize"),
    (taint_flow.TaintFlow, "_state_at", "  _state_at (all scopes)"),
    (taint_flow.TaintFlow, "_initial_state", "    _initial_state"),
    (taint_flow.TaintFlow, "_scope_events", "    _scope_events"),
    (taint_facts.FileFacts, "events", "      FileFacts.events"),
    (taint_paths.PathWalk, "run", "    PathWalk.run (walk + transfer)"),
    (taint_flow.TaintFlow, "_step", "      _step (transfer)"),
    (taint_flow.TaintFlow, "_taint_of", "  _taint_of (anywhere)"),
    (taint_facts.FileFacts, "reads", "  FileFacts.reads (anywhere)"),
    (search.SharedSearch, "_alone", "ast-grep searches alone"),
)


def _timed(function, label: str, spent: Counter, calls: Counter, depth: Counter):
    def wrapper(*args, **kwargs):
        calls[label] += 1
        if depth[label]:
            depth[label] += 1
            try:
                return function(*args, **kwargs)
            finally:
                depth[label] -= 1
        depth[label] = 1
        started = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.thread_time() - started
            depth[label] = 0
    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dir", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    spent, calls, depth = Counter(), Counter(), Counter()
    for owner, attribute, label in LAYERS:
        setattr(owner, attribute, _timed(getattr(owner, attribute), label, spent, calls, depth))
    files = sum(1 for p in args.dir.rglob("*.py"))
    started = time.thread_time()
    with contextlib.redirect_stdout(io.StringIO()):
        cli.main(["check", "--no-cache", "--jobs", "1", "--exit-zero", "--format", "json", str(args.dir)])
    total = time.thread_time() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"{files} files; main thread {total:.2f} s CPU; child processes {children.ru_utime + children.ru_stime:.2f} s")
    print(f"{'layer':40} {'s':>7} {'calls':>8} {'per call':>10}")
    for _, _, label in LAYERS:
        per = spent[label] / calls[label] * 1e3 if calls[label] else 0.0
        print(f"{label:40} {spent[label]:7.2f} {calls[label]:8d} {per:8.3f} ms")
    if args.json:
        args.json.write_text(json.dumps({"main": total, "spent": spent, "calls": calls}, indent=1))


if __name__ == "__main__":
    main()
