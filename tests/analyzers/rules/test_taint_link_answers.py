"""What the taint engine works out of a project's modules for a linked file (taint_modules) is the
same whichever question came first (issue 31). A module's summaries of a rule are kept by the rule
alone: the editor's check asks them with the list of rules it ran, its entries with the list of those
it did not, a few units' check with another list, and each list used to parse and summarise every
module again (counted, not timed). What the files calling a module pass to its functions is the same
whichever of its functions were asked of first: it was kept by rule only, so a check asking for a
few functions first hid what callers pass to the others from a later question about all of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules import taint_modules
from postil.analyzers.rules.taint_modules import Workspace
from postil.config import load_config

SHELL = '''import subprocess


def run_report(cmd):
    return subprocess.run(cmd, shell=True)


def run_export(cmd):
    return subprocess.run(cmd, shell=True)
'''

PARAMS = '''from flask import request


def query_value(name):
    return request.args.get(name, "")


def page_size():
    return int(request.args.get("size", "20"))
'''

VIEWS = '''from flask import Flask, request

from helpers.shell import run_export, run_report

app = Flask(__name__)


@app.route("/report")
def report():
    return str(run_report(request.args["cmd"]))


@app.route("/export")
def export():
    return str(run_export(request.form["cmd"]))
'''


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    root = tmp_path / "shop"
    (root / "helpers").mkdir(parents=True)
    (root / "helpers" / "__init__.py").write_text("")
    (root / "helpers" / "shell.py").write_text(SHELL)
    (root / "helpers" / "params.py").write_text(PARAMS)
    (root / "views.py").write_text(VIEWS)
    return root


def _specs(root: Path) -> list:
    return [r.taint for r in Checker(load_config(root)).ruleset.taint_rules("python")]


def test_a_module_summary_is_worked_out_once_whichever_list_of_rules_asks(project: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    specs = _specs(project)
    module = project / "helpers" / "params.py"
    spec = next(s for s in specs if _returns_request_data(Workspace(project).summary(module, "query_value", s, specs, 2)))
    others = [s for s in specs if s is not spec]
    computed = []
    summarise = taint_modules.function_summary

    def counted(facts, asked, name):
        computed.append((id(asked), name))
        return summarise(facts, asked, name)

    monkeypatch.setattr(taint_modules, "function_summary", counted)
    workspace = Workspace(project)
    answers = [workspace.summary(module, "query_value", spec, these, 2)
               for these in (specs, [spec], [*others[:3], spec], [spec, *others])]
    assert _returns_request_data(answers[0])
    assert all(answer == answers[0] for answer in answers)
    assert computed == [(id(spec), "query_value")]
    assert [workspace.enters(module, spec, these, 2) for these in (specs, [spec])] == [True, True]


def _returns_request_data(summary) -> bool:
    return summary is not None and summary.source is not None


def _fed(root: Path, order: list[frozenset[str]]) -> list[dict]:
    specs = _specs(root)
    spec = next(s for s in specs if any(callers for callers in [Workspace(root).link(
        root / "helpers" / "shell.py", SHELL, "python").fed(s, specs, frozenset({"run_report"}))]))
    link = Workspace(root).link(root / "helpers" / "shell.py", SHELL, "python")
    return [dict(link.fed(spec, specs, functions)) for functions in order]


def test_what_callers_pass_a_module_is_the_same_whichever_functions_are_asked_first(project: Path) -> None:
    one, both = frozenset({"run_report"}), frozenset({"run_report", "run_export"})
    few_first = _fed(project, [one, both])
    all_first = _fed(project, [both, one])
    views = project / "views.py"
    assert few_first[1] == all_first[0] == {("run_report", 0): views, ("run_export", 0): views}
    assert few_first[0] == all_first[1] == {("run_report", 0): views}
