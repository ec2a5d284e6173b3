"""A name a Python package's `__init__.py` re-exports is the module's it names (issue 31): `from helpers
import get_param, run_shell`, where `helpers/__init__.py` says `from .source import get_param, run_shell`
(or the absolute `from helpers.source import ...`, an alias `as`, `from .source import *` with `__all__`, or
a subpackage's `__init__.py` one more hop down), finds the flows an import of `helpers.source` finds: the
helper's request data reaching the view's sink, and the view's request data reported at the helper's sink.
A package that defines the name itself is the module, as before. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.checked_tree import taint_findings

SOURCE = '''import subprocess


def get_param(req, name):
    return req.args.get(name)


def run_shell(cmd):
    subprocess.run(cmd, shell=True, check=True)
'''

VIEWS = '''import os

from flask import Flask, request

from helpers import get_param, run_shell

app = Flask(__name__)


@app.route("/file")
def read_file():
    name = get_param(request, "name")
    return open(os.path.join("/srv", name)).read()


@app.route("/run")
def run():
    run_shell("ls " + request.args.get("dir"))
    return "ok"
'''

FOUND = ["helpers/source.py:9 tainted-command", "views.py:12 tainted-path", "views.py:18 tainted-command"]


@pytest.mark.parametrize("package", [
    "from .source import get_param, run_shell\n",
    "from helpers.source import (\n    get_param as get_param,\n    run_shell,\n)\n",
    "from .source import *\n\n__all__ = [\"get_param\", \"run_shell\"]\n",
])
def test_a_name_a_package_re_exports_is_its_module_s(tmp_path: Path, package: str):
    found = taint_findings(tmp_path, {"helpers/source.py": SOURCE, "helpers/__init__.py": package, "views.py": VIEWS})
    assert sorted(found) == FOUND, found


def test_an_alias_and_a_subpackage_are_followed(tmp_path: Path):
    found = taint_findings(tmp_path, {"helpers/shell/impl.py": SOURCE.replace("def get_param", "def read_param"),
                                      "helpers/shell/__init__.py": "from .impl import read_param as get_param, run_shell\n",
                                      "helpers/__init__.py": "from .shell import get_param, run_shell\n",
                                      "views.py": VIEWS})
    assert sorted(found) == ["helpers/shell/impl.py:9 tainted-command", "views.py:12 tainted-path",
                             "views.py:18 tainted-command"], found


def test_a_package_defining_the_name_itself_is_the_module(tmp_path: Path):
    package = "from .source import run_shell\n\n\ndef get_param(req, name):\n    return \"index.txt\"\n"
    found = taint_findings(tmp_path, {"helpers/source.py": SOURCE, "helpers/__init__.py": package, "views.py": VIEWS})
    assert sorted(found) == ["helpers/source.py:9 tainted-command", "views.py:18 tainted-command"], found


RUNNER = '''import subprocess


class Runner:
    def log(self, path):
        return subprocess.run("git log -- " + path, shell=True, capture_output=True).stdout
'''

BASE = '''from tornado import web


class RunnerHandler(web.RequestHandler):
    @property
    def runner(self):
        return self.settings["runner"]
'''

HANDLERS = '''from tornado import web

from tools.base import RunnerHandler


class LogHandler(RunnerHandler):
    def get(self):
        self.finish(self.runner.log(self.get_argument("path")))
'''


def test_a_handler_calling_a_re_exported_class_s_methods_without_importing_it_still_feeds_them(tmp_path: Path):
    # (the package's name spelt by the handler's imports makes it a file that may import the module; it does
    # not, and calls the class's methods through a field named after it, as before)
    found = taint_findings(tmp_path, {"tools/runner.py": RUNNER, "tools/base.py": BASE, "tools/handlers.py": HANDLERS,
                                      "tools/__init__.py": "from tools.runner import Runner\n"})
    assert found == ["tools/runner.py:6 tainted-command"], found
