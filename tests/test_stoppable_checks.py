"""A file whose check passes its time limit inside one step stops costing CPU: ast-grep holds
the interpreter inside a search, so the check between rules came only after it (800 nested
callbacks: five minutes after the 10 s limit). The files are checked in forked workers and a
worker stuck past twice the limit is killed; the file is reported as skipped for its time (the
run is incomplete), the other files are checked, and no worker process is left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postil.analyzers import checker as checker_module
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk
from postil.core.deadline import ran_out_of_time
from postil.core.stoppable import SilenceWatch, run_stoppable
from postil.scan import check_paths

pytestmark = pytest.mark.slow  # hardening: kills worker processes and ast-grep's CLI

# A rule cubic in the nesting (every call, every function around it, each one's whole body),
# for this test only: on the file below its one search runs for many minutes.
SLOW_RULE = """\
id: test/deliberately-slow
language: javascript
severity: warning
message: a call inside a function that names zz
rule:
  kind: call_expression
  inside:
    kind: arrow_function
    stopBy: end
    has:
      kind: identifier
      regex: ^zz$
      stopBy: end
"""


def _children() -> set[int]:
    """This process's child processes (every thread's; a thread that ends while they are read had none left)."""
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        try:
            found.update(int(pid) for pid in (task / "children").read_text().split())
        except FileNotFoundError:
            continue
    return found


def _forever(i: int) -> int:
    while i == 1:
        pass
    return i * 10


def test_the_work_on_a_stuck_input_is_killed_and_the_others_finish():
    before = _children()
    got = dict(run_stoppable(4, _forever, 0.5, lambda i, death: ("stopped", death), workers=2))
    assert got == {0: 0, 1: ("stopped", None), 2: 20, 3: 30}
    assert _children() <= before  # the killed worker, and the others, are gone


def _waiting(i: int) -> int:
    """Work that takes time without using the CPU, as on a machine busy with other programs
    (input 1 waits far longer: a worker stuck without using the CPU)."""
    import time

    time.sleep(1.0 if i == 0 else 30.0 if i == 1 else 0.0)
    return i * 10


def test_the_limit_counts_the_workers_cpu_and_time_passed_only_far_beyond_it():
    """A worker waiting 1 s on an input with a 0.5 s limit is not stopped (it used no CPU:
    a busy machine's other programs do not count); one waiting 30 s is, after 6 times the limit."""
    got = dict(run_stoppable(3, _waiting, 0.5, lambda i, death: ("stopped", death), workers=3))
    assert got == {0: 0, 1: ("stopped", None), 2: 20}


def _silent(program: str, seconds: float) -> tuple[bool, str]:
    """Whether a SilenceWatch of ``seconds`` stopped a Python child running ``program``, and what it printed."""
    import subprocess
    import sys

    with subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE, text=True) as child:
        with SilenceWatch(child, seconds) as watch:
            printed = ""
            for line in child.stdout:
                watch.heard()
                printed += line
        child.wait()
    return watch.stopped, printed


def test_a_tool_silent_while_it_waits_for_a_core_is_not_stopped_one_silent_while_it_works_is():
    """ast-grep's CLI printing nothing on a busy machine (waiting for a core, not stuck in a search)
    was stopped after 21 s passed, and the whole scan fell back to the far slower check in process:
    the silence counts the tool's CPU (here a child that waits 2 s without it, against 0.5 s), and
    the time passed only far beyond (6 times); a child that computes without printing is stopped."""
    assert _silent("import time; print('a', flush=True); time.sleep(2); print('b')", 0.5) == (False, "a\nb\n")
    assert _silent("print('a', flush=True)\nwhile True: pass", 0.5) == (True, "a\n")
    assert _silent("import time; time.sleep(30)", 0.5)[0] is True  # (no CPU, but 6 times the limit passed)


@pytest.mark.parametrize("others", [0, 70], ids=["in process", "ast-grep CLI"])
def test_a_check_stuck_in_an_ast_grep_search_is_stopped_and_reported(tmp_path: Path, monkeypatch, others):
    """From 64 files ast-grep's CLI searches them all: once it prints nothing for a while
    (here 3 s) it is stopped and the files are checked in process, each stopped at its limit."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "slow.yml").write_text(SLOW_RULE)
    (tmp_path / "pyproject.toml").write_text('[tool.postil]\nrule-dirs = ["rules"]\nbuiltin-rules = false\n')
    depth = 600
    # (the word zz in a comment: the rule runs only on files holding it, and matches no comment)
    (tmp_path / "deep.js").write_text("// zz\n" + "run(() => {\n" * depth + "go();\n" + "});\n" * depth)
    for name in ["ok.js"] + [f"other{i}.js" for i in range(others)]:
        (tmp_path / name).write_text("run(() => { zz(); });\n")
    monkeypatch.setattr(checker_module, "FILE_TIME_LIMIT", 2.0)
    monkeypatch.setattr(bulk, "SILENT_SECONDS", 3.0)
    monkeypatch.chdir(tmp_path)
    before = _children()
    result = check_paths([tmp_path], CheckerCache(), jobs=2)
    reports = {r.path.name: r for r in result.reports}
    assert ran_out_of_time(reports["deep.js"].skipped) and "was stopped" in reports["deep.js"].skipped
    assert reports["ok.js"].skipped is None and [f.rule for f in reports["ok.js"].findings] == ["test/deliberately-slow"]
    assert _children() <= before


def test_a_check_that_ends_its_worker_makes_the_run_incomplete(tmp_path: Path, monkeypatch, capsys):
    """A file whose check kills its worker process (a crash in a native library) is not
    checked: the run says so and fails, however clean the other files are."""
    from postil.cli import main

    (tmp_path / "ok.py").write_text("x = 1\n")
    (tmp_path / "boom.py").write_text("y = 2\n")
    checked = checker_module.Checker.check_file

    def crashing(self, path, *args, **kwargs):
        if Path(path).name == "boom.py":
            os._exit(9)
        return checked(self, path, *args, **kwargs)

    monkeypatch.setattr(checker_module.Checker, "check_file", crashing)
    monkeypatch.chdir(tmp_path)
    code = main(["check", ".", "--in-process"])
    out = capsys.readouterr().out
    assert code == 1
    assert "All clear" not in out and "the check of 1 file(s) failed" in out and "boom.py" in out


def test_a_worker_ended_by_a_signal_is_named_not_sent_to_stderr(tmp_path: Path, monkeypatch, capsys):
    """A crash in native code (ast-grep's stack overflow) prints nothing: the reason said "the
    error is on stderr" with nothing there; it names the signal."""
    import signal

    from postil.cli import main

    (tmp_path / "ok.py").write_text("x = 1\n")
    (tmp_path / "boom.py").write_text("y = 2\n")
    checked = checker_module.Checker.check_file

    def crashing(self, path, *args, **kwargs):
        if Path(path).name == "boom.py":
            os.kill(os.getpid(), signal.SIGSEGV)
        return checked(self, path, *args, **kwargs)

    monkeypatch.setattr(checker_module.Checker, "check_file", crashing)
    monkeypatch.chdir(tmp_path)
    code = main(["check", ".", "--in-process"])
    out = capsys.readouterr().out
    assert code == 1
    assert "its check ended the worker process (ended by signal 11 (SIGSEGV))" in out
    assert "on stderr" not in out
