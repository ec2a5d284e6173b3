"""Equivalence of the taint engine's per-function event list (rules/taint_one_path.py: a body that is
one path has its events applied in order, its plain bindings read once a file) with the walk of its
statements (taint_paths.PathWalk, the engine before it), function by function, and of the findings.

    PYTHONPATH=$PWD .venv/bin/python bench/event_list_equivalence.py [--select=RULES] DIR...

Each DIR is checked twice in process (`postil check --no-cache --jobs 1 --format json`): first with
every scope walked and every binding through TaintFlow._apply, then as the engine runs. In the second, wherever a rule's states of a scope come
from the event list, the walk's (as before) are built as well and compared (the position of each event and the
state after it: which names hold tainted data and from where; whether every path was followed); and
after each rule's verdicts in a file, every function of the file and its module code are compared the
same way (not only those holding a sink). The findings of the two checks (sinks reached, their
sources) are compared file by file. Prints the counts and each disagreement; exits 1 on any."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from collections import Counter

from postil.analyzers.rules import taint, taint_flow, taint_one_path
from postil.analyzers.rules.taint_paths import span

counts: Counter[str] = Counter()


def _states(run) -> tuple:
    """(sorted states, followed) of ``run``, or the exception it raised (both must raise alike)."""
    try:
        states, followed = run()
    except Exception as exc:  # noqa: BLE001 (a rule's failure is compared, not hidden)
        return ("raised", type(exc).__name__, str(exc)[:200])
    return sorted(states, key=lambda s: s[0]), followed


def compare_scope(flow, scope, events: list, otherwise: dict, horizon, initial: dict, where: str) -> None:
    """Both ways to a scope's states for one rule; a difference is printed and counted."""
    if otherwise or not taint_one_path.one_path(flow.facts, scope):
        counts["scopes walked (several paths)"] += 1
        return
    counts["scopes of one path"] += 1
    counts["events"] += len(events)
    counts["plain bindings"] += sum(taint_one_path.plain_binding(flow.facts, e) is not None for e in events)
    listed = _states(lambda: (taint_one_path.along(flow, events, dict(initial), horizon, {}), True))
    with _as_before():
        walked = _states(lambda: taint_one_path.walked(flow, scope, events, otherwise, {}, horizon, dict(initial)))
    if listed != walked:
        counts["disagreements"] += 1
        at = f"{span(scope)} {scope.text()[:80]!r}" if scope is not None else "module"
        print(f"DISAGREE {where} {flow.spec.label} in {flow.facts.root.text()[:120]!r}\n  scope {at}\n  event list {str(listed)[:600]}\n"
              f"  walk       {str(walked)[:600]}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def _as_before():
    """The engine before the event list: every scope walked, every binding through TaintFlow._apply."""
    one_path, plain_binding = taint_one_path.one_path, taint_flow.plain_binding
    taint_one_path.one_path, taint_flow.plain_binding = (lambda facts, scope: False), (lambda facts, event: None)
    try:
        yield
    finally:
        taint_one_path.one_path, taint_flow.plain_binding = one_path, plain_binding


def _split(flow, scope) -> tuple[list, dict]:
    """The scope's events on every path and those on the path through an `if` taking no arm (as TaintFlow._state_at)."""
    events, otherwise = [], {}
    for event in flow._scope_events(scope):
        (events if event.branch is None else otherwise.setdefault(event.branch, [])).append(event)
    return events, otherwise


def _every_scope(flow) -> None:
    """Each function of the file and its module code, compared from its start to its end."""
    for scope in [None, *flow.facts.find(flow.facts.configs.scopes)]:
        try:
            initial = flow._initial_state(scope, False)
            events, otherwise = _split(flow, scope)
        except Exception:  # noqa: BLE001 (what the engine itself cannot set up is not compared)
            counts["scopes not set up"] += 1
            continue
        compare_scope(flow, scope, events, otherwise, None, initial, "every")


def _findings(dirs: list[str], select: list[str]) -> dict[str, list]:
    from postil.cli import main as postil_main

    out = {}
    for d in dirs:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            postil_main(["check", "--no-cache", "--jobs", "1", "--format", "json", "--exit-zero", *select, d])
        for finding in json.loads(printed.getvalue() or "{}").get("findings", []):
            out.setdefault(finding.get("path") or finding.get("file") or "?", []).append(finding)
    return out


def main(args: list[str]) -> int:
    select = [a for a in args if a.startswith("--select=")]
    dirs = [a for a in args if not a.startswith("--select=")]
    scope_states, hits = taint_flow.scope_states, taint.FileTaint.hits
    with _as_before():
        before = _findings(dirs, select)

    def compared(flow, scope, events, otherwise, cleared, horizon, initial):
        compare_scope(flow, scope, events, otherwise, horizon, initial, "asked")
        return scope_states(flow, scope, events, otherwise, cleared, horizon, initial)

    def every(self):
        found = hits(self)
        _every_scope(self)
        return found

    taint_flow.scope_states, taint.FileTaint.hits = compared, every
    try:
        after = _findings(dirs, select)
    finally:
        taint_flow.scope_states, taint.FileTaint.hits = scope_states, hits
    for path in sorted(set(before) | set(after)):
        counts["files with findings"] += 1
        counts["findings"] += len(after.get(path, []))
        if before.get(path) != after.get(path):
            counts["files whose findings differ"] += 1
            print(f"FINDINGS DIFFER {path}\n  walked     {before.get(path)}\n  event list {after.get(path)}",
                  file=sys.stderr, flush=True)
    print(json.dumps(dict(sorted(counts.items()))))
    return 1 if counts["disagreements"] or counts["files whose findings differ"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
