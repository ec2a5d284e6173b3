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

    def __init__(self, root: Path, open_name: str) -> None:  # (the files beside it: see Document)
        for name, text in (("helpers.py", HELPERS), ("views.py", VIEWS)):
            (root / name).write_text(text)
        self.root, self.path = root, root / open_name
        self.text = self.path.read_text()
        self.editor, self.whole = Checker(load_config(root)), Checker(load_config(root))
        self.check()


def _flow_lines(findings) -> list[int]:
    return [f.sink_span.start_line + 1 for f in findings if f.rule == TAINTED_COMMAND]


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
