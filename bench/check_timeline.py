"""Where one `postil check` of a tree spends its wall time: a timeline of the checking process's
threads, ast-grep's CLI and the worker processes over one run (SQLAlchemy 2.0.36's lib/ by default,
with ``--no-cache``, as bench/rules_vs_bandit.py runs it).

The steps of a bulk scan (postil/scan.py, postil/analyzers/rules/bulk.py) are wrapped in this
process before the check runs; each call's start, end and CPU seconds (its thread's) are written
by the process that makes it, workers forked from this one included. One line a step per process
and thread: how many calls, the first start and the last end (seconds from the start), their wall
and CPU seconds; then the CPU seconds of this process and of its children (ast-grep's CLI and
the workers). Read the gaps: a step that waits, a core left idle.
Usage: PYTHONPATH=. python bench/check_timeline.py [TREE] [postil check options...]
"""

from __future__ import annotations

import functools
import json
import os
import resource
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

STARTED = time.monotonic()  # (the same clock in every process forked from this one)

# (module, name) of the steps wrapped; a class's methods as "Class.method"
STEPS = [("postil.scan", name) for name in ("plan_scan", "scan_rules", "_secret_findings", "_result_or_none",
                                              "copied_findings", "_finish_all", "_finish_bulk")] + \
        [("postil.analyzers.rules.bulk", name) for name in ("_documents", "_narrowed", "_run_streaming")] + \
        [("postil.analyzers.checker", f"Checker.{name}") for name in ("read", "gate_waits", "note_scan", "check_text")]


def _wrapped(function, name: str, log: Path):
    @functools.wraps(function)
    def step(*args, **kwargs):
        start, cpu = time.monotonic(), time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            line = [os.getpid(), threading.current_thread().name, name, start - STARTED, time.monotonic() - STARTED,
                    time.thread_time() - cpu]
            with open(log, "a", encoding="utf-8") as out:  # (one short line: appended whole)
                out.write(json.dumps(line) + "\n")
    return step


def _wrap_steps(log: Path) -> None:
    import importlib

    for module_name, name in STEPS:
        owner = importlib.import_module(module_name)
        *classes, attribute = name.split(".")
        for cls in classes:
            owner = getattr(owner, cls)
        if hasattr(owner, attribute):  # (a step an older commit does not have is left out: compare commits)
            setattr(owner, attribute, _wrapped(getattr(owner, attribute), name, log))


def _timeline(log: Path) -> list[str]:
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    steps: dict[tuple, list] = defaultdict(lambda: [0, float("inf"), 0.0, 0.0, 0.0])
    for pid, thread, name, start, end, cpu in rows:
        who = "checking" if pid == os.getpid() else f"worker {pid}"
        step = steps[(who, thread, name)]
        step[0] += 1
        step[1], step[2] = min(step[1], start), max(step[2], end)
        step[3] += end - start
        step[4] += cpu
    return [f"{who:>14} {thread[:20]:20} {name:26} x{n:<4} {first:6.3f} -> {last:6.3f}  wall {wall:6.3f}  cpu {cpu:6.3f}"
            for (who, thread, name), (n, first, last, wall, cpu) in sorted(steps.items(), key=lambda item: item[1][1])]


def main() -> None:
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        args = [str(Path(__file__).parent / ".work" / "sqlalchemy-2.0.36" / "lib"), *args]
    with tempfile.TemporaryDirectory(prefix="postil-timeline-") as tmp:
        log = Path(tmp) / "steps.jsonl"
        log.touch()
        _wrap_steps(log)
        from postil.cli import main as postil_main

        with open(os.devnull, "w", encoding="utf-8") as quiet:
            stdout, sys.stdout = sys.stdout, quiet
            try:
                code = postil_main(["check", *args, "--no-cache", "--format", "json"])
            finally:
                sys.stdout = stdout
        ended = time.monotonic() - STARTED
        print("\n".join(_timeline(log)))
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"ended at {ended:.3f} s (exit {code}); CPU s: this process {own.ru_utime + own.ru_stime:.3f}, "
          f"children (ast-grep, workers) {children.ru_utime + children.ru_stime:.3f}")


if __name__ == "__main__":
    main()
