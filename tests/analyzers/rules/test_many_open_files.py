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

from postil import scan
from postil.analyzers.checker import CheckerCache

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
    assert _found(result) == [("dropped.py", 2, REOPENED)]


def test_20000_opens_in_a_function_or_module_are_checked_whole_with_their_leaks_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 10**9)
    monkeypatch.chdir(_tree(tmp_path, {"function.py": _function(), "module.py": _module()}))
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=2, bulk=False)
    found = _found(result)
    assert [(r.path, r.skipped) for r in result.reports if r.skipped] == []
    assert found == [
        ("function.py", 2, REOPENED),  # f0 = open(p0), reopened below before f0.close()
        ("function.py", 9, NEVER_CLOSED),  # f7 is never closed
        ("module.py", OPENS + 1, NEVER_CLOSED),  # the last file, never closed
    ]
