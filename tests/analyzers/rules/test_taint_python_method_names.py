"""A method of the project's own class that a view calls through an object it was handed (rotki's
`self.rest_api.export_history_csv(directory_path=...)`, the API object its constructor kept), from a
file that does not import the class's module, takes the view's request data (issue 31): the method's
compound name says whose it is (taint_method_names). The flow is reported at the sink of the module the
data ends in, not at the calls into it; a plain word (`export`) says whose it is only on a receiver named
after the class (`rest_api` of `RestAPI`), a name two classes share says nothing, and a method called
only with the server's own values stays quiet."""

from __future__ import annotations

from test_taint_modules import repository
from test_taint_python_callers import _tree_findings

VIEWS = '''from flask.views import MethodView
from flask import request


class BaseView(MethodView):
    def __init__(self, rest_api_object):
        self.rest_api = rest_api_object


class ExportView(BaseView):
    def put(self):
        return self.rest_api.export_history_csv(directory_path=request.json["directory_path"])

    def get(self):
        return self.rest_api.export_summary_csv(directory_path="/srv/exports")

    def post(self):
        return self.rest_api.export(request.json["name"])

    def patch(self):
        return self.rest_api.write_rows(request.json["name"])


class NodeView(BaseView):
    def get(self):
        return self.rest_api.query_node_block(request.args["endpoint"])
'''

REST = '''import os

from app.nodes import NodeInquirer


class RestAPI:
    def __init__(self):
        self.node_inquirer = NodeInquirer()

    def export_history_csv(self, directory_path):
        with open(os.path.join(directory_path, "history.csv"), "w") as f:
            f.write("")

    def export_summary_csv(self, directory_path):
        with open(os.path.join(directory_path, "summary.csv"), "w") as f:
            f.write("")

    def export(self, name):
        with open(os.path.join("/srv/exports", name), "w") as f:
            f.write("")

    def query_node_block(self, endpoint):
        return self.node_inquirer.latest_block(endpoint)


class CsvWriter:
    def write_rows(self, name):
        return open(name, "w")


class JsonWriter:
    def write_rows(self, name):
        return open(name, "w")
'''

NODES = '''import requests


class NodeInquirer:
    def latest_block(self, endpoint):
        return requests.post(endpoint, json={"method": "eth_blockNumber"}, timeout=10).json()
'''


def test_a_method_a_view_calls_through_an_object_it_was_handed_takes_its_request_data(tmp_path, monkeypatch):
    root = repository(tmp_path / "rotki", {"app/__init__.py": "", "app/api/__init__.py": "", "app/api/views.py": VIEWS,
                                           "app/rest.py": REST, "app/nodes.py": NODES})
    # the compound name's method opens the view's path, and `export` (a plain word, on a receiver named after
    # its class `RestAPI`: taint_method_names.held_methods) the view's name; not the one called with a fixed
    # directory, nor `write_rows` (two classes define it)
    assert _tree_findings(root, monkeypatch, "python/security/tainted-path") == {("app/rest.py", 11), ("app/rest.py", 19)}
    # passed on to another module's method: not reported at the call into it, which is no flaw (that
    # module's sink is reported where its callers are followed that far)
    assert {path for path, _ in _tree_findings(root, monkeypatch, "python/security/tainted-ssrf")} <= {"app/nodes.py"}



MANAGER = '''import shlex


class JobManager:
    def __init__(self, runner=None):
        self.runner = runner or pick_runner()

    def launch(self, tool_id, params, request_id):
        parts = [f"{tool_id}.sh"] + [f"--{key}={value}" for key, value in params.items()]
        line = " ".join(parts)
        return self.runner.submit_job(line, request_id)


def pick_runner():
    from app.runner import ShellRunner
    return ShellRunner()
'''

ENDPOINT = '''from flask import Blueprint, request

from app.manager import JobManager

bp = Blueprint("jobs", __name__)
manager = JobManager()


@bp.post("/jobs/<tool_id>")
def launch(tool_id):
    return manager.launch(tool_id, request.json["params"], request.args["rid"])
'''

RUNNER = '''import subprocess


class ShellRunner:
    def submit_job(self, command_line, request_id):
        return subprocess.Popen(command_line, shell=True).pid
'''


def test_a_call_found_by_its_method_name_handing_over_built_text_leaves_the_callers_unknown(tmp_path, monkeypatch):
    root = repository(tmp_path / "jobs", {"app/__init__.py": "", "app/endpoint.py": ENDPOINT, "app/manager.py": MANAGER,
                                          "app/runner.py": RUNNER})
    # the command line the manager builds is followed by no report at its call, so the request id it also
    # passes does not make the runner's callers known: the shell call's pattern finding stays
    findings = _tree_findings(root, monkeypatch, "python/security/subprocess-shell-true")
    assert ("app/runner.py", 6) in findings


ROUTES = '''from fastapi import APIRouter

from app.base import BaseController

router = APIRouter()


class RecipeController(BaseController):
    @router.get("/household")
    def household_recipes(self, search: str = ""):
        return self.repos.recipes.by_household_slug(search)
'''

BASE = '''from fastapi import Request

from app.repos import AllRepositories


class BaseController:
    def __init__(self, request: Request, session):
        self.repos = AllRepositories(session, request.headers.get("X-Household", "default"))
'''

REPOS = '''from sqlalchemy import text


class AllRepositories:
    def __init__(self, session, household):
        self.recipes = RecipeRepository(session, household)


class RecipeRepository:
    def __init__(self, session, household):
        self.session = session
        self.household = household

    def by_household_slug(self, search):
        sql = f"SELECT id FROM recipes WHERE household = '{self.household}' AND name LIKE :search"
        return self.session.execute(text(sql), {"search": f"%{search}%"}).all()
'''


def test_a_method_fed_by_name_still_leaves_its_instance_s_fields_to_whoever_built_it(tmp_path, monkeypatch):
    root = repository(tmp_path / "recipes", {"app/__init__.py": "", "app/routes.py": ROUTES, "app/base.py": BASE,
                                             "app/repos.py": REPOS})
    # the view's search reaches only a bound parameter; the household spliced in is the instance's field, which
    # the engine does not follow from its builder: not proven clean, so the pattern finding stays
    assert ("app/repos.py", 16) in _tree_findings(root, monkeypatch, "python/security/sql-injection")


SCHEMA_REPOS = '''from sqlalchemy import text


class AllRepositories:
    def __init__(self, session, household):
        self.recipes = RecipeRepository(session, household)


class RecipeRepository:
    def __init__(self, session, household):
        self.session = session
        self.household = household
        self.table = "recipes"

    def _use_schema(self):
        self.session.execute(text(f"SET search_path TO {self.household}, public"))

    def _count(self):
        return self.session.execute(text(f"SELECT count(*) FROM {self.table}")).scalar()

    def by_household_slug(self, search):
        self._use_schema()
        self._count()
        return self.session.execute(text("SELECT id FROM recipes WHERE name LIKE :search"), {"search": f"%{search}%"}).all()
'''


def test_a_method_of_no_parameter_but_self_its_siblings_call_leaves_the_instance_s_fields_to_whoever_built_it(
        tmp_path, monkeypatch):
    root = repository(tmp_path / "recipes", {"app/__init__.py": "", "app/routes.py": ROUTES, "app/base.py": BASE,
                                             "app/repos.py": SCHEMA_REPOS})
    # `_use_schema()`'s callers (its siblings) are known and pass it nothing, yet the schema it splices is the
    # field its builder stored: not proven clean, the pattern finding stays; the table name set to a constant is
    findings = _tree_findings(root, monkeypatch, "python/security/sql-injection")
    assert ("app/repos.py", 16) in findings
    assert ("app/repos.py", 19) not in findings
