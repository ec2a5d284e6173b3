"""`postil check` after some files of a tree changed checks again only the files whose reports can
differ (result_cache.reuse) and answers exactly as a run without the cache: an edit to a helper
module changes the findings of the file that imports it; a comment added to one handler checks that
file alone. Real files, real runs in this process (one job, so the files checked are counted here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from postil.cli import main
from postil.result_cache.check import MIN_FILES

pytestmark = pytest.mark.usefixtures("cache_on")

HELPER = "def get_param(req, name):\n    return req.args.get(name)\n"
CONSTANT = 'def get_param(req, name):\n    return "fixed-value-here"\n'
VIEW = '''import subprocess

from flask import Flask, request

from app.helpers import get_param

app = Flask(__name__)


@app.route("/run")
def run():
    cmd = get_param(request, "cmd")
    return subprocess.run(cmd, shell=True, capture_output=True).stdout
'''
HANDLER = '''import os

from flask import Blueprint, request

bp = Blueprint("h{i}", __name__)


@bp.route("/h{i}")
def h{i}():
    return str(os.system("ls " + request.args.get("d{i}")))
'''


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch) -> Path:
    """A project whose `app/` holds a helper module, a view calling it with the request, and
    MIN_FILES handlers reading the request themselves."""
    root = tmp_path / "project"
    (root / "app").mkdir(parents=True)
    (root / ".postil.toml").write_text("ignore = []\n")
    (root / "app" / "__init__.py").write_text("")
    (root / "app" / "helpers.py").write_text(HELPER)
    (root / "app" / "views.py").write_text(VIEW)
    for i in range(MIN_FILES):
        (root / "app" / f"h{i}.py").write_text(HANDLER.format(i=i))
    monkeypatch.chdir(root)
    return root


def check(capsys, *extra: str) -> dict:
    """The report of `postil check app --format json --jobs 1 EXTRA`, without its elapsed time."""
    main(["check", "app", "--format", "json", "--jobs", "1", *extra])
    report = json.loads(capsys.readouterr().out)
    del report["summary"]["elapsed_seconds"]
    return report


def rules_in(report: dict, name: str) -> set[str]:
    return {f["rule"] for f in report["findings"] if Path(f["path"]).name == name}


def test_a_helper_that_stops_returning_request_data_changes_the_findings_of_the_file_importing_it(
        workspace, reads, capsys):
    first = check(capsys)
    assert "python/security/tainted-command" in rules_in(first, "views.py")
    (workspace / "app" / "helpers.py").write_text(CONSTANT)
    reads.clear()
    clean = check(capsys)
    assert "python/security/tainted-command" not in rules_in(clean, "views.py")
    assert {"helpers.py", "views.py"} <= {p.name for p in reads} and len(reads) < MIN_FILES  # (the handlers' reports kept)
    assert check(capsys, "--no-cache") == clean
    (workspace / "app" / "helpers.py").write_text(HELPER)  # and back: the flow is there again
    assert check(capsys) == first


def test_a_comment_added_to_one_handler_checks_that_file_alone(workspace, reads, capsys):
    first = check(capsys)
    assert "python/security/tainted-command" in rules_in(first, "h3.py")
    handler = workspace / "app" / "h3.py"
    handler.write_text("# a note on the handler\n" + handler.read_text())  # (its finding moves a line down)
    reads.clear()
    after = check(capsys)
    assert [p.name for p in reads] == ["h3.py"]
    assert after == check(capsys, "--no-cache") and after != first


def test_a_handler_that_starts_importing_the_helper_is_seen_by_the_helper_s_callers(workspace, reads, capsys):
    """What the files near the helper import is an index every check may ask (who calls the
    helper): a file whose imports change sends the whole tree to be checked."""
    check(capsys)
    handler = workspace / "app" / "h3.py"
    handler.write_text("from app.helpers import get_param\n" + handler.read_text().replace(
        'request.args.get("d3")', 'get_param(request, "d3")'))
    reads.clear()
    after = check(capsys)
    assert len(reads) == MIN_FILES + 3
    assert "python/security/tainted-command" in rules_in(after, "h3.py")
    assert after == check(capsys, "--no-cache")
