"""`postil check` after a file calling another module's function changed: the module's report rests
on what each file near it passes to its functions (taint_derived's rule questions, asked again of the
changed file alone: result_cache.reuse), so a comment added to a caller checks that caller alone, and
a caller that starts handing request data to the module's sink changes the module's findings. Real
files, real runs in this process (one job, so the files checked are counted here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from postil.cli import main
from postil.result_cache.check import MIN_FILES

pytestmark = pytest.mark.usefixtures("cache_on")

SHELL = "import os\n\n\ndef run(cmd):\n    return os.system(cmd)\n"
CALLER = '''from flask import Blueprint, request

from app.shell import run

bp = Blueprint("views", __name__)


@bp.route("/run")
def view():
    name = request.args.get("name", "")
    return str(run({argument}))
'''
SAFE, TAINTED = CALLER.format(argument='"ls -l"'), CALLER.format(argument='request.args.get("cmd")')
HANDLER = '''import os

from flask import Blueprint, request

bp = Blueprint("h{i}", __name__)


@bp.route("/h{i}")
def h{i}():
    return str(os.system("ls " + request.args.get("d{i}")))
'''
COMMAND = "python/security/tainted-command"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch) -> Path:
    """A project whose `app/shell.py` runs a command it is given, `app/views.py` a handler calling it
    with a constant, and MIN_FILES handlers reading the request themselves."""
    root = tmp_path / "project"
    (root / "app").mkdir(parents=True)
    (root / ".postil.toml").write_text("ignore = []\n")
    (root / "app" / "__init__.py").write_text("")
    (root / "app" / "shell.py").write_text(SHELL)
    (root / "app" / "views.py").write_text(SAFE)
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


def test_a_caller_that_starts_handing_request_data_to_a_module_s_sink_changes_that_module_s_findings(
        workspace, reads, capsys):
    first = check(capsys)
    assert COMMAND not in rules_in(first, "shell.py")
    (workspace / "app" / "views.py").write_text(TAINTED)
    reads.clear()
    after = check(capsys)
    assert COMMAND in rules_in(after, "shell.py")
    assert {"shell.py", "views.py"} <= {p.name for p in reads}  # (what views.py passes shell.py changed)
    assert after == check(capsys, "--no-cache")
    (workspace / "app" / "views.py").write_text(SAFE)  # and back: the module's finding goes
    again = check(capsys)
    assert COMMAND not in rules_in(again, "shell.py") and again == first


def test_a_comment_added_to_a_caller_of_a_module_checks_that_caller_alone(workspace, reads, capsys):
    (workspace / "app" / "views.py").write_text(TAINTED)
    first = check(capsys)
    assert COMMAND in rules_in(first, "shell.py")
    (workspace / "app" / "views.py").write_text(TAINTED + "# a note on the view\n")
    reads.clear()
    after = check(capsys)
    assert [p.name for p in reads] == ["views.py"]  # (shell.py's report kept: what views.py passes it is the same)
    assert after == check(capsys, "--no-cache") == first


def test_a_module_the_caller_imports_that_stops_giving_request_data_changes_the_findings_of_the_called_module(
        workspace, reads, capsys):
    """What views.py passes shell.py rests on the modules views.py imports too: a change to one of
    them checks shell.py again."""
    (workspace / "app" / "params.py").write_text('def get_cmd(req):\n    return req.args.get("cmd")\n')
    (workspace / "app" / "views.py").write_text(CALLER.replace(
        "from app.shell import run", "from app.params import get_cmd\nfrom app.shell import run").format(
        argument="get_cmd(request)"))
    first = check(capsys)
    assert COMMAND in rules_in(first, "shell.py")
    (workspace / "app" / "params.py").write_text('def get_cmd(req):\n    return "ls -l"\n')
    reads.clear()
    after = check(capsys)
    assert COMMAND not in rules_in(after, "shell.py")
    assert {"params.py", "shell.py"} <= {p.name for p in reads} and len(reads) < MIN_FILES
    assert after == check(capsys, "--no-cache")
