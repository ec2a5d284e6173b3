"""An open document of a project, linked to its other modules (it calls their functions, or they
call its own: taint_modules.ModuleLink), is checked by units too (issue 31): what the user sees
after each edit is what a check of the whole text says, and follows a change in the other module."""

from __future__ import annotations

from pathlib import Path

from postil.analyzers.checker import Checker
from postil.config import load_config
from tests.analyzers.rules.test_incremental import TAINTED_COMMAND, Document

HELPERS = '''import os

from flask import request


def get_cmd():
    return request.args.get("cmd", "")


def run_cmd(cmd):
    os.system(cmd)
'''
VIEWS = '''import os

from flask import Flask, request

from helpers import get_cmd, run_cmd

app = Flask(__name__)


@app.route("/run")
def run():
    os.system(get_cmd())


@app.route("/hand")
def hand():
    run_cmd(request.args["cmd"])


@app.route("/clean")
def clean():
    name = "report"
    return name
'''


class Project(Document):
    """A handler module and its helpers; one of them open, checked again after each edit beside
    a check of its whole text."""

    def __init__(self, root: Path, open_name: str, views: str = VIEWS, files: dict[str, str] | None = None) -> None:
        for name, text in (files or {"helpers.py": HELPERS, "views.py": views}).items():  # (see Document)
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text)
        self.root, self.path = root, root / open_name
        self.text = self.path.read_text()
        self.editor, self.whole = Checker(load_config(root)), Checker(load_config(root))
        self.check()


def _flow_lines(findings) -> list[int]:
    return [f.sink_span.start_line + 1 for f in findings if f.rule == TAINTED_COMMAND]


def _taint_units(project: Project) -> tuple[int, int]:
    """(recomputed, of) the units the last check worked out (the taint rules with the link among the rules)"""
    assert project.editor.document_rules(str(project.path)).linked is not None  # (checked with the link)
    return project.recomputed


def test_the_taint_rules_of_a_linked_document_are_kept_in_its_unchanged_functions(tmp_path):
    views = Project(tmp_path, "views.py")
    assert _taint_units(views) == (3, 3)
    findings = views.replace('    name = "report"\n', '    name = "report"\n    size = 2\n')
    assert _taint_units(views) == (1, 3)  # the edited function alone: the others' flows kept
    assert _flow_lines(findings) == [12, 17]
    findings = views.replace("    os.system(get_cmd())\n", "    os.system(get_cmd())\n    os.system(get_cmd() + 'x')\n")
    assert _taint_units(views) == (1, 3)  # a flow through the helper's return value, in the function edited
    assert _flow_lines(findings) == [12, 13, 18]
    findings = views.replace("import os\n", "import os\n# a note\n")
    assert _taint_units(views) == (0, 3)
    assert _flow_lines(findings) == [13, 14, 19]


def test_the_editors_text_of_the_open_document_read_as_a_module_keeps_its_units(tmp_path):
    views = Project(tmp_path, "views.py")
    for size in (2, 3):  # (the server reads the open documents' texts in place of their files: this one's too)
        views.text = views.text.replace('    name = "report"\n', f'    name = "report"\n    size = {size}\n', 1)
        views.editor.modules.overlay = views.whole.modules.overlay = {views.path.resolve(): views.text}
        findings = views.check()
        assert _taint_units(views) == (1, 3)
        assert _flow_lines(findings) == [12, 17]


def test_a_helper_called_with_request_data_keeps_its_flow_while_another_function_changes(tmp_path):
    helpers = Project(tmp_path, "helpers.py")
    assert _flow_lines(helpers.check()) == [11]  # views.py passes request data to run_cmd
    findings = helpers.replace('request.args.get("cmd", "")', 'request.args.get("command", "")')
    assert _taint_units(helpers) == (1, 2)
    assert _flow_lines(findings) == [11]
    findings = helpers.replace("    os.system(cmd)\n", "    size = 2\n    os.system(cmd)\n")
    assert _taint_units(helpers) == (1, 2)
    assert _flow_lines(findings) == [12]


def test_a_change_in_the_other_module_checks_again_what_the_open_document_kept(tmp_path):
    views = Project(tmp_path, "views.py")
    views.replace('    name = "report"\n', '    name = "report"\n    size = 2\n')
    (tmp_path / "helpers.py").write_text(HELPERS.replace('request.args.get("cmd", "")', '"ls"'))
    findings = views.replace('    size = 2\n', '    size = 3\n')
    assert _flow_lines(findings) == [17]  # the kept verdict in run() followed get_cmd
    assert _taint_units(views) == (3, 3)
    findings = views.replace('    size = 3\n', '    size = 4\n')
    assert _taint_units(views) == (1, 3)  # nothing else changed: kept again
    (tmp_path / "helpers.py").write_text(HELPERS)
    findings = views.replace('    size = 4\n', '    size = 5\n')
    assert _flow_lines(findings) == [12, 17]


def test_a_new_file_calling_the_open_module_with_request_data_is_followed(tmp_path):
    helpers = Project(tmp_path, "helpers.py", VIEWS.replace('run_cmd(request.args["cmd"])', "run_cmd('ls')"))
    assert _flow_lines(helpers.check()) == []  # no file passes run_cmd request data
    helpers.replace('request.args.get("cmd", "")', 'request.args.get("command", "")')
    assert _taint_units(helpers) == (1, 2)
    (tmp_path / "admin.py").write_text("from flask import Flask, request\n\nfrom helpers import run_cmd\n\n"
                                       "app = Flask(__name__)\n\n\n@app.route('/admin')\ndef admin():\n"
                                       "    run_cmd(request.form['cmd'])\n")
    findings = helpers.replace('request.args.get("command", "")', 'request.args.get("name", "")')
    assert _flow_lines(findings) == [11]  # admin.py, new beside it, passes request data to run_cmd


def test_a_handler_module_calling_a_helper_that_returns_request_data_is_checked_by_units(tmp_path):
    views = Project(tmp_path, "views.py")
    assert views.recomputed == (3, 3)
    findings = views.replace('    name = "report"\n', '    name = "report"\n    size = 2\n')
    assert views.recomputed is not None  # by units, not the whole text again
    # the helper's request data reaches os.system; request data reaches the helper's os.system
    assert _flow_lines(findings) == [12, 17]
    findings = views.replace("    os.system(get_cmd())\n", "    os.system(get_cmd())\n    os.system(get_cmd() + 'x')\n")
    assert _flow_lines(findings) == [12, 13, 18]


def test_a_helper_module_called_with_request_data_is_checked_by_units(tmp_path):
    helpers = Project(tmp_path, "helpers.py")
    findings = helpers.replace("    os.system(cmd)\n", "    size = 2\n    os.system(cmd)\n")
    assert helpers.recomputed is not None
    findings = helpers.replace('    return request.args.get("cmd", "")\n', '    return "ls"\n')
    assert helpers.recomputed is not None


def test_a_change_in_the_other_module_is_followed_by_the_open_document(tmp_path):
    views = Project(tmp_path, "views.py")
    assert _flow_lines(views.check()) == [12, 17]
    (tmp_path / "helpers.py").write_text(HELPERS.replace('request.args.get("cmd", "")', '"ls"'))
    findings = views.replace('    name = "report"\n', '    name = "report"\n    size = 2\n')
    assert _flow_lines(findings) == [17]  # get_cmd gives no request data now
    (tmp_path / "helpers.py").write_text(HELPERS)
    findings = views.replace('    size = 2\n', '    size = 3\n')
    assert _flow_lines(findings) == [12, 17]
    assert views.recomputed is not None


HOOKS = """from flask import Flask, g, request

app = Flask(__name__)


@app.before_request
def load():
    g.label = request.args.get("label", "")
"""
STATE_VIEWS = """import os

from flask import g

from app.hooks import app


@app.route("/a")
def a():
    os.system("echo " + g.label)


@app.route("/b")
def b():
    x = 1
    return str(x)
"""


def test_request_state_a_hook_of_another_module_fills_is_followed_by_units(tmp_path):
    views = Project(tmp_path, "app/views.py", files={"app/__init__.py": "", "app/hooks.py": HOOKS,
                                                     "app/views.py": STATE_VIEWS})
    assert _flow_lines(views.check()) == [10]  # g.label: request data the hook put there
    findings = views.replace("    x = 1\n", "    x = 1\n    os.system(g.label)\n")
    assert _taint_units(views) == (1, 2)
    assert _flow_lines(findings) == [10, 16]
    (tmp_path / "app" / "hooks.py").write_text(HOOKS.replace('request.args.get("label", "")', '"fixed"'))
    findings = views.replace("    x = 1\n", "    x = 2\n")
    assert _flow_lines(findings) == []
