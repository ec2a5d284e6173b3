"""`postil check` after some files of a tree changed checks again only the files whose reports can
differ (result_cache.reuse) and answers exactly as a run without the cache: an edit to a helper
module changes the findings of the file that imports it; a comment added to one handler checks that
file alone; a module's report rests on what each file near it passes to its functions (taint_derived's
rule questions, asked again of the changed file alone), so a comment added to a caller checks that
caller alone, and a caller that starts handing request data to the module's sink changes the
module's findings. Real files, real runs in this process (one job, so the files checked are counted here)."""

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
COMMAND = "python/security/tainted-command"


def project(root: Path, monkeypatch, modules: dict[str, str], handlers: int = MIN_FILES) -> Path:
    """A project whose `app/` holds ``modules`` (name -> text) and ``handlers`` handlers reading the
    request themselves."""
    (root / "app").mkdir(parents=True)
    (root / ".postil.toml").write_text("ignore = []\n")
    for name, text in {"__init__": "", **modules}.items():
        (root / "app" / f"{name}.py").parent.mkdir(parents=True, exist_ok=True)
        (root / "app" / f"{name}.py").write_text(text)
    for i in range(handlers):
        (root / "app" / f"h{i}.py").write_text(HANDLER.format(i=i))
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch) -> Path:
    """A project whose `app/` holds a helper module and a view calling it with the request."""
    return project(tmp_path / "project", monkeypatch, {"helpers": HELPER, "views": VIEW})


@pytest.fixture
def callers(tmp_path: Path, monkeypatch) -> Path:
    """A project whose `app/shell.py` runs a command it is given and `app/views.py` a handler calling
    it with a constant."""
    return project(tmp_path / "project", monkeypatch, {"shell": SHELL, "views": SAFE})


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


def test_a_caller_that_starts_handing_request_data_to_a_module_s_sink_changes_that_module_s_findings(
        callers, reads, capsys):
    first = check(capsys)
    assert COMMAND not in rules_in(first, "shell.py")
    (callers / "app" / "views.py").write_text(TAINTED)
    reads.clear()
    after = check(capsys)
    assert COMMAND in rules_in(after, "shell.py")
    assert {"shell.py", "views.py"} <= {p.name for p in reads}  # (what views.py passes shell.py changed)
    assert after == check(capsys, "--no-cache")
    (callers / "app" / "views.py").write_text(SAFE)  # and back: the module's finding goes
    again = check(capsys)
    assert COMMAND not in rules_in(again, "shell.py") and again == first


def test_a_comment_added_to_a_caller_of_a_module_checks_that_caller_alone(callers, reads, capsys):
    (callers / "app" / "views.py").write_text(TAINTED)
    first = check(capsys)
    assert COMMAND in rules_in(first, "shell.py")
    (callers / "app" / "views.py").write_text(TAINTED + "# a note on the view\n")
    reads.clear()
    after = check(capsys)
    assert [p.name for p in reads] == ["views.py"]  # (shell.py's report kept: what views.py passes it is the same)
    assert after == check(capsys, "--no-cache") == first


def test_a_module_the_caller_imports_that_stops_giving_request_data_changes_the_findings_of_the_called_module(
        callers, reads, capsys):
    """What views.py passes shell.py rests on the modules views.py imports too: a change to one of
    them checks shell.py again."""
    (callers / "app" / "params.py").write_text('def get_cmd(req):\n    return req.args.get("cmd")\n')
    (callers / "app" / "views.py").write_text(CALLER.replace(
        "from app.shell import run", "from app.params import get_cmd\nfrom app.shell import run").format(
        argument="get_cmd(request)"))
    first = check(capsys)
    assert COMMAND in rules_in(first, "shell.py")
    (callers / "app" / "params.py").write_text('def get_cmd(req):\n    return "ls -l"\n')
    reads.clear()
    after = check(capsys)
    assert COMMAND not in rules_in(after, "shell.py")
    assert {"params.py", "shell.py"} <= {p.name for p in reads} and len(reads) < MIN_FILES
    assert after == check(capsys, "--no-cache")


def test_a_comment_added_to_one_handler_of_a_bulk_scanned_tree_sends_ast_grep_the_source_probes_alone(
        tmp_path, monkeypatch, reads, capsys):
    """A tree the bulk scan checks (scan._BULK_THRESHOLD files): the kept run's probes of the other
    files are told to the workspace, and the edited file is probed again by ast-grep's CLI with the
    taint rules' source probes alone (the pattern rules' and taint configs' records of it were never
    read: the file is checked in process), answering as a run without the cache."""
    from postil.analyzers.rules import bulk
    from postil.scan import _BULK_THRESHOLD

    root = project(tmp_path / "project", monkeypatch, {}, handlers=_BULK_THRESHOLD)
    sent: list[str] = []
    narrowed = bulk._narrowed

    def keeping(docs, names):
        out = narrowed(docs, names)
        sent.extend(doc["id"] for doc in out[0])
        return out

    monkeypatch.setattr(bulk, "_narrowed", keeping)
    first = check(capsys)
    assert any(not name.startswith(bulk.TAINT_PROBE) for name in sent)  # (the whole scan's)
    handler = root / "app" / "h3.py"
    handler.write_text(handler.read_text() + "# a note on the handler\n")
    sent.clear(), reads.clear()
    after = check(capsys)
    assert [p.name for p in reads] == ["h3.py"]
    assert sent and all(name.startswith(bulk.TAINT_PROBE) for name in sent)
    assert after == check(capsys, "--no-cache") == first


def test_a_run_checking_one_file_again_encodes_that_report_alone_and_keeps_the_others_as_read(
        workspace, monkeypatch, capsys):
    """The reports kept from the last run are saved again as the data they were read from; the next
    run of the same files answers from that entry exactly."""
    from postil.result_cache import codec

    first = check(capsys)
    handler = workspace / "app" / "h3.py"
    handler.write_text("# a note on the handler\n" + handler.read_text())
    encoded: list[str] = []
    report = codec._report
    monkeypatch.setattr(codec, "_report", lambda r: encoded.append(Path(r.path).name) or report(r))
    after = check(capsys)
    assert encoded == ["h3.py"]
    encoded.clear()
    assert check(capsys) == after != first and encoded == []  # (answered from the entry saved)
    assert after == check(capsys, "--no-cache")


QUIET_READ = 'from flask import request\n\n\ndef read():\n    return "ls -l"\n'
REQUEST_READ = 'from flask import request\n\n\ndef read():\n    return request.args.get("cmd")\n'
GETTER = "from app.reader import read\n\n\ndef get():\n    return read()\n"
GOT_BY_VIEW = VIEW.replace("get_param", "get").replace('get(request, "cmd")', "get()")
GOT_BY_FUNCTION = "import os\n\nfrom app.helpers import get\n\n\ndef run():\n    return os.system(get())\n"


@pytest.mark.parametrize("bulk", [False, True], ids=["checked-alone", "bulk-scanned"])
def test_a_module_two_files_reach_through_a_helper_starting_to_give_request_data_checks_both_again(
        tmp_path, monkeypatch, reads, capsys, bulk):
    """Whether the helper gives request data rests on the module it imports: the first file's check
    works it out, the second's is answered from the workspace's cache kept by the helper's content,
    and notes that module as its use all the same (so that its report is not kept when it changes).
    In a tree the bulk scan checks, whether a module the file imports may give request data
    (Workspace.may_feed) is answered from the scan's probes, walked once per module's content for
    all files (ScannedProbes.reached): that answer notes the modules it went through the same way."""
    from postil.scan import _BULK_THRESHOLD

    root = project(tmp_path / "project", monkeypatch, {"reader": QUIET_READ, "helpers": GETTER,
                                                       "views": GOT_BY_VIEW, "worker": GOT_BY_FUNCTION},
                   handlers=_BULK_THRESHOLD if bulk else MIN_FILES)
    first = check(capsys)
    assert COMMAND not in rules_in(first, "views.py") | rules_in(first, "worker.py")
    (root / "app" / "reader.py").write_text(REQUEST_READ)
    reads.clear()
    after = check(capsys)
    assert COMMAND in rules_in(after, "views.py") and COMMAND in rules_in(after, "worker.py")
    assert {"reader.py", "views.py", "worker.py"} <= {p.name for p in reads} and len(reads) < MIN_FILES
    assert after == check(capsys, "--no-cache")


FILLING_HOOK = '''from flask import g

from app.reader import read


def register_hooks(app):
    @app.before_request
    def load():
        g.cmd = read()
'''
READING_VIEW = '''import os

from flask import Blueprint, g

bp = Blueprint("{name}", __name__)


@bp.route("/{name}")
def {name}():
    return str(os.system(g.cmd))
'''


def test_a_module_a_hook_imports_starting_to_give_request_data_checks_both_files_reading_the_hook_s_state_again(
        tmp_path, monkeypatch, reads, capsys):
    """Whether the hook fills `g.cmd` with request data rests on the module it imports: the first
    view's check works it out, the second's is answered from the workspace's cache kept by the
    hook's content (StoredState.filled), and notes that module as its use all the same."""
    root = project(tmp_path / "project", monkeypatch, {
        "reader": QUIET_READ, "hooks": FILLING_HOOK, "views": READING_VIEW.format(name="views"),
        "worker": READING_VIEW.format(name="worker")})
    first = check(capsys)
    assert COMMAND not in rules_in(first, "views.py") | rules_in(first, "worker.py")
    (root / "app" / "reader.py").write_text(REQUEST_READ)
    reads.clear()
    after = check(capsys)
    assert COMMAND in rules_in(after, "views.py") and COMMAND in rules_in(after, "worker.py")
    assert {"reader.py", "views.py", "worker.py"} <= {p.name for p in reads} and len(reads) < MIN_FILES
    assert after == check(capsys, "--no-cache")


FAR_CALLER = '''from flask import Blueprint, request

from app.a.b.c.shell import run

bp = Blueprint("far", __name__)


@bp.route("/far")
def far():
    return str(run(request.args.get("cmd")))
'''


def test_a_module_a_near_caller_imports_stopping_giving_request_data_checks_a_far_caller_again(
        tmp_path, monkeypatch, reads, capsys):
    """Whether a far file's call is reported at the called module's sink (ModuleLink.fed_there)
    rests on what the files near the module pass it, and so on the modules they import: the near
    caller's check works it out, the far caller's is answered from the module's analysis kept by
    content, and notes those modules as its uses all the same."""
    root = project(tmp_path / "project", monkeypatch, {"x/__init__": "", "x/far": FAR_CALLER})
    package = root / "app" / "a" / "b" / "c"
    package.mkdir(parents=True)
    for name, text in {"__init__": "", "shell": SHELL, "params": 'def get_cmd(req):\n    return req.args.get("cmd")\n',
                       "views": CALLER.replace("from app.shell import run", "from app.a.b.c.params import get_cmd\n"
                                               "from app.a.b.c.shell import run").format(argument="get_cmd(request)")}.items():
        (package / f"{name}.py").write_text(text)
    for parent in (package.parent, package.parent.parent):
        (parent / "__init__.py").write_text("")
    first = check(capsys)
    assert COMMAND in rules_in(first, "shell.py") and COMMAND not in rules_in(first, "far.py")
    (package / "params.py").write_text('def get_cmd(req):\n    return "ls -l"\n')
    reads.clear()
    after = check(capsys)
    assert COMMAND in rules_in(after, "far.py") and COMMAND not in rules_in(after, "shell.py")
    assert {"params.py", "shell.py", "far.py"} <= {p.name for p in reads} and len(reads) < MIN_FILES
    assert after == check(capsys, "--no-cache")
