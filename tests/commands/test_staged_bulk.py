"""A large staged change is checked as `postil check` checks a tree (postil/change_bulk.py): the
same findings as the review's check of each file alone, the staged bytes reviewed where the work
tree holds others."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil import git, scan
from postil.analyzers.checker import CheckerCache
from postil.change_review import collect_units, review_units
from tests.commands.conftest import GIT_ENV

pytestmark = pytest.mark.slow  # a real git repository of 70 files, checked twice

VIEW = """from flask import Flask, request

from helpers.shell import run

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    if not host:
        host = "localhost"
    return run("ping -c 1 " + host)


@app.route("/exec")
def execute():
    return run(request.args["command"])
"""
SHELL = "import subprocess\n\n\ndef run(command):\n    return subprocess.check_output(command, shell=True)\n"


def _review(root: Path):
    changes = git.staged_changes(root, lambda path: 1 << 20)
    cache = CheckerCache()
    return review_units(collect_units(changes, cache, cwd=root), cache, all_lines=True)


def _seen(result) -> list[tuple[str, int, str]]:
    return sorted((f.path, f.span.start_line, f.rule) for f in result.findings)


def test_a_large_staged_change_finds_what_each_file_checked_alone_finds(repo, monkeypatch):
    for name in ("GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM", "LC_ALL"):
        monkeypatch.setenv(name, GIT_ENV[name])
    monkeypatch.chdir(repo.root)
    repo.write("app/views.py", VIEW)
    repo.write("helpers/__init__.py", "")
    repo.write("helpers/shell.py", SHELL)
    for i in range(66):
        repo.write(f"pkg/m{i}.py", f"def f{i}(x):\n    return x == None\n")
    repo.write("partial.py", "staged_bad = 1 == None\n")
    repo.git("add", "-A")
    repo.write("partial.py", "staged_bad = 1 == None\nunstaged_bad = 2 == None\n")  # (not staged)
    sent: list[list[Path]] = []
    check_paths = scan.check_paths
    monkeypatch.setattr(scan, "check_paths", lambda paths, cache, **options: sent.append(paths) or check_paths(paths, cache, **options))

    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 10**9)
    alone = _review(repo.root)
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 64)
    together = _review(repo.root)

    assert sent and len(sent[-1]) == 69 and Path("partial.py") not in sent[-1]  # (its work tree is not what is staged)
    assert _seen(together) == _seen(alone)
    rules = {(path, rule) for path, _, rule in _seen(together)}
    assert ("helpers/shell.py", "python/security/tainted-command") in rules  # (request data from another module)
    # a flow into the helper is reported at each call too, as a review of the view alone reports it
    assert len([line for path, line, rule in _seen(together) if path == "app/views.py" and "/tainted-" in rule]) == 2
    assert sum(rule.endswith("none-equality-comparison") for _, rule in rules) == 67
    assert [line for path, line, _ in _seen(together) if path == "partial.py"] == [0]  # the staged line only
    assert len(together.coverage.reviewed) == 70 and not together.coverage.skipped
