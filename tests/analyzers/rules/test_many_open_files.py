"""A generated function or module of many ``open()`` statements (a test fixture, a migration script)
is checked whole: the rules that ask whether a file is ever closed, or reopened before it is, join
each open() with the scope's closes and later opens once (rules/scoped_names.py), not by ast-grep's
walk of the whole scope or of every later sibling from each open() (20,000 opens: past the 10 s of
CPU per file, so the file was skipped and its leaks never reported). The limit is CPU time of the
checking process (jobs=2: a forked worker, stopped inside one ast-grep step past twice the limit; one
job checks in process and waits out the step), so the outcome does not depend on the machine's load."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from yaml_walks import walked_and_joined

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk

OPENS = 20_000
NEVER_CLOSED = "python/correctness/file-never-closed"
REOPENED = "python/correctness/file-reopened-before-close"
RULES = f'select = ["{NEVER_CLOSED}", "{REOPENED}"]\n'


def _function() -> str:
    """A function of OPENS opens, each closed at the end but one; one name reopened before its close."""
    body = [f"    f{i} = open(p{i})" for i in range(OPENS)]
    body += ["    f0 = open(q)"]
    body += [f"    f{i}.close()" for i in range(OPENS) if i != 7]
    return "\n".join(["def many(p, q):", *body, ""])


def _module() -> str:
    """The same at module level, every file closed but the last."""
    body = [f"g{i} = open('m{i}')" for i in range(OPENS)]
    body += [f"g{i}.close()" for i in range(OPENS - 1)]
    return "\n".join(["import os", *body, ""])


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "gen"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text)
    (root / ".postil.toml").write_text(RULES)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


def _found(result) -> list[tuple[str, int, str]]:
    return sorted((Path(r.path).name, f.span.start_line + 1, f.rule) for r in result.reports for f in r.findings)


def test_a_file_closed_after_another_name_is_opened_is_not_reported_as_reopened(tmp_path, monkeypatch):
    """The close of `fh` comes after `g` is opened and before `fh` is opened again: nothing leaks.
    Without the close, the first file is dropped open."""
    closed = "def copy(a, b, c):\n    fh = open(a)\n    g = open(b)\n    fh.close()\n    fh = open(c)\n"
    dropped = "def copy(a, b, c):\n    fh = open(a)\n    g = open(b)\n    fh = open(c)\n"
    tail = "    fh.close()\n    g.close()\n"
    monkeypatch.chdir(_tree(tmp_path, {"closed.py": closed + tail, "dropped.py": dropped + tail}))
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=False)
    # from the first open down to the open() that drops it (rules/first_open.py)
    assert _found(result) == [("dropped.py", 2, REOPENED)]


def test_20000_opens_in_a_function_or_module_are_checked_whole_with_their_leaks_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 10**9)
    monkeypatch.chdir(_tree(tmp_path, {"function.py": _function(), "module.py": _module()}))
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=2, bulk=False)
    found = _found(result)
    assert [(r.path, r.skipped) for r in result.reports if r.skipped] == []
    assert found == [
        ("function.py", 9, NEVER_CLOSED),  # f7 is never closed
        # f0 = open(q), before f0.close(): drops f0 = open(p0) (20,000 lines up: the finding stays on
        # the reopening)
        ("function.py", OPENS + 2, REOPENED),
        ("module.py", OPENS + 1, NEVER_CLOSED),  # the last file, never closed
    ]


# Code where the YAML's walk and the join might part: nested functions and blocks, a module's
# own opens, files kept on self, handed on (returned, yielded, stored, closing(), a with item,
# a bound close method), closed in a branch, reopened in another block, a lambda, a class body
MIXED = '''
log = open("a.log")
def outer(p):
    fh = open(p)
    def inner(q):
        fh.close()
        gh = open(q)
        return gh
    kh = open(p)
    if p:
        kh.close()
    kh = open(p)
    th = open(p)
    th = open(p)
    with th:
        pass
    for x in p:
        lh = open(x)
        lh = open(x)
        lh.close()
    yh = open(p)
    yield yh
    ch = open(p)
    run(closing(ch))
    wh = open(p)
    atexit.register(wh.close)
    sh = open(p)
    self.keep = sh
    nh = open(p)
class Sink:
    def __init__(self, p):
        self.out = open(p)
        self.out.write("x")
        self.out = open(p)
        self.out.close()
    ah = open("class-body")
f = lambda p: open(p)
zh = open("z")
zh = open("z")
zh.close()
'''


@pytest.mark.parametrize("rule_id", [NEVER_CLOSED, REOPENED])
def test_the_join_reports_what_the_rules_walk_of_the_scope_reports(rule_id):
    """The rule as its YAML reads (ast-grep's walk) and as postil searches it match the same nodes."""
    rule, walked, joined = walked_and_joined(rule_id, MIXED)
    assert rule.scoped is not None and "stopBy" not in repr(rule.config["rule"])
    assert len(walked) >= 3
    assert joined == walked


@pytest.mark.slow
def test_a_bulk_scan_leaves_a_file_of_many_opens_to_the_rules_in_process(tmp_path, monkeypatch):
    """ast-grep's CLI runs the rules' YAML, whose walk of 20,000 opens would take minutes (the scan
    stopped after 21 s of silence and every file was checked again in process): a bulk scan gives
    it the small files only, and the generated ones are checked in process with the same findings."""
    given = []
    streaming = bulk._run_streaming

    def recording(command, *args, **kwargs):
        given.extend(Path(name).name for name in command[command.index("--") + 1:])
        return streaming(command, *args, **kwargs)

    small = "def read(p):\n    fh = open(p)\n    return fh.read()\n"
    monkeypatch.setattr(bulk, "_run_streaming", recording)
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1)
    monkeypatch.chdir(_tree(tmp_path, {"function.py": _function(), "module.py": _module(), "small.py": small}))
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=True)
    assert [(r.path, r.skipped) for r in result.reports if r.skipped] == []
    assert given == ["small.py"]
    assert _found(result) == [
        ("function.py", 9, NEVER_CLOSED),
        ("function.py", OPENS + 2, REOPENED),
        ("module.py", OPENS + 1, NEVER_CLOSED),
        ("small.py", 2, NEVER_CLOSED),
    ]
