"""A helper of the project's own Python modules whose parameter reaches a sink is reported at
that sink, in its own file, where a view near it calls it with request data (issue 31): the
line where the request's text is fetched, opened or rendered, as flow-labelled code marks it,
even for a thin wrapper (`def fetch_preview(url): return requests.get(url)`); the view's call
is reported as before. A helper called only with constants or cleaned values stays quiet, a
module no handler near it imports gets no callers' flows, and a client's IP address handed over
is not request data there. Checked in the editor (one file) and
through the CLI (a bulk scan of the tree): a check of the tree reports each such flow once, at the
helper's sink, as Semgrep and CodeQL do, unless the view builds the text the helper runs
(`query(f"... '{q}'")`: the injection is made at the call)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_taint_modules import check, repository

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk

FETCH = '''import requests


def fetch_preview(url):
    return requests.get(url, timeout=5).text[:2048]


def fetch_status(path):
    return requests.get("https://status.example.com/" + path, timeout=5).status_code
'''

STORAGE = '''import os

COVERS = "/srv/covers"


def cover_path(name):
    return os.path.join(COVERS, name)


def delete_cover(name):
    os.remove(cover_path(name))


def delete_thumb(name):
    os.remove(os.path.join(COVERS, "thumbs", name))
'''

VIEWS = '''import os

from flask import Flask, request

from helpers.fetch import fetch_preview, fetch_status
from helpers.storage import delete_cover, delete_thumb

app = Flask(__name__)


@app.route("/preview")
def preview():
    return {"html": fetch_preview(request.args.get("url", ""))}


@app.route("/status")
def status():
    return {"code": fetch_status(request.args.get("path", ""))}


@app.route("/covers/<name>", methods=["DELETE"])
def remove_cover(name):
    delete_cover(name)
    delete_thumb(os.path.basename(name))
    return "", 204
'''

MEDIA = '''import subprocess


class Transcoder:
    def __init__(self, binary="ffmpeg"):
        self.binary = binary

    def to_mp3(self, source):
        return subprocess.check_output(f"{self.binary} -i {source} out.mp3", shell=True)

    def to_mp3_argv(self, source):
        return subprocess.check_output([self.binary, "-i", source, "out.mp3"])
'''

TRANSCODE = '''from flask import Flask, request

from helpers.media import Transcoder

app = Flask(__name__)


@app.route("/mp3")
def mp3():
    return Transcoder().to_mp3(request.args["src"])


@app.route("/mp3-argv")
def mp3_argv():
    return Transcoder().to_mp3_argv(request.args["src"])
'''

NET = '''import ipaddress


def anonymize(remote_addr):
    ipv6 = ipaddress.IPv6Address(remote_addr)
    if ipv6.ipv4_mapped is not None:
        return str(ipv6.ipv4_mapped)
    return ipv6.exploded.rsplit(":", 5)[0]
'''

COMMENTS = '''from flask import Flask, request

from helpers.net import anonymize

app = Flask(__name__)


@app.route("/comment", methods=["POST"])
def comment():
    forwarded = request.headers.get("X-Forwarded-For", request.remote_addr)
    return {"author": anonymize(forwarded), "text": request.form["text"]}
'''

UNUSED = '''import subprocess


def run(cmd):
    return subprocess.run(cmd, shell=True)
'''


def _project(tmp_path):
    return repository(tmp_path / "site", {"helpers/__init__.py": "", "helpers/fetch.py": FETCH,
                                          "helpers/storage.py": STORAGE, "helpers/shell.py": UNUSED, "views.py": VIEWS,
                                          "helpers/net.py": NET, "comments.py": COMMENTS,
                                          "helpers/media.py": MEDIA, "transcode.py": TRANSCODE})


def test_a_helpers_sink_is_reported_in_its_own_file_where_a_view_calls_it_with_request_data(tmp_path):
    root = _project(tmp_path)
    assert check(root, "helpers/fetch.py") == {(5, "python/security/tainted-ssrf")}  # not the fixed host's
    assert check(root, "helpers/storage.py") == {(11, "python/security/tainted-path")}  # not the cleaned name's
    assert check(root, "helpers/shell.py") == set()  # nobody calls it
    # a client's IP address handed to a helper is not request data for its comparisons to decide access
    assert check(root, "helpers/net.py") == set()
    # a method's own `self` is no argument its callers pass: the argv list's program stays the class's
    assert check(root, "helpers/media.py") == {(9, "python/security/tainted-command")}
    assert check(root, "views.py") == {(13, "python/security/tainted-ssrf"), (23, "python/security/tainted-path")}


DB = '''import sqlite3


def query(sql):
    return sqlite3.connect("shop.db").execute(sql).fetchall()
'''

SEARCH = '''from flask import Flask, request

from helpers.db import query

app = Flask(__name__)


@app.route("/search")
def search():
    return {"rows": query(f"SELECT * FROM items WHERE name = '{request.args['q']}'")}


@app.route("/sorted")
def by_order():
    sql = "SELECT * FROM items"
    sql += " ORDER BY " + request.args["order"]
    return {"rows": query(sql)}
'''


@pytest.mark.parametrize("bulk_scan", [False, True], ids=["in process", "bulk scan"])
def test_a_check_of_the_tree_reports_each_flow_once_at_the_helpers_sink(tmp_path, monkeypatch, bulk_scan):
    # (a bulk scan runs a taint rule on a file where its sources are found, or where a module
    # the file imports or a handler near it may feed it: the helpers hold no source)
    if bulk_scan and bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    root = _project(tmp_path)
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    found = {(Path(r.path).as_posix(), f.span.end_line + 1, f.rule) for r in result.reports for f in r.findings
             if f.rule in ("python/security/tainted-ssrf", "python/security/tainted-path")}
    # the views' calls (views.py 13 and 23 when views.py is checked alone) are not reported again
    assert found == {("helpers/fetch.py", 5, "python/security/tainted-ssrf"),
                     ("helpers/storage.py", 11, "python/security/tainted-path")}


def test_a_view_that_builds_the_text_a_helper_runs_is_reported_at_its_call_in_a_check_of_the_tree(tmp_path, monkeypatch):
    root = repository(tmp_path / "shop", {"helpers/__init__.py": "", "helpers/db.py": DB, "search.py": SEARCH})
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=False)
    found = {(Path(r.path).as_posix(), f.span.end_line + 1) for r in result.reports for f in r.findings
             if f.rule == "python/security/tainted-sql"}
    assert {("search.py", 10), ("search.py", 17)} <= found  # the f-string and the `+=` built in the view


ENGINE = '''import subprocess


class EngineClient:
    def handle_task(self, context, task, **params):
        args = params.get("args")
        if not args:
            args = ""
        subprocess.run("agent-exec " + task["script"] + " " + args, shell=True)
'''

ACTIONS = '''from flask import Flask, request

from engine.rpc import EngineClient

app = Flask(__name__)
engine = EngineClient()


@app.post("/actions/<action_id>")
def execute(action_id):
    task = {"script": "deploy", "action": "run"}
    engine.handle_task(None, task=task, **request.get_json())
    return {}
'''


def _tree_findings(root: Path, monkeypatch, rule: str) -> set[tuple[str, int]]:
    """(file, last line) of the ``rule``'s findings in a check of the tree at ``root``."""
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=False)
    return {(Path(r.path).as_posix(), f.span.end_line + 1) for r in result.reports for f in r.findings if f.rule == rule}


def test_request_data_spread_as_keywords_is_reported_once_at_the_sink_its_kwargs_reach(tmp_path, monkeypatch):
    # Murano's `self.engine.handle_task(ctx, task=task, **params)`: the spread feeds `**params` (whose
    # `if not args: args = ""` default keeps the request's value on the other path), not `task`
    root = repository(tmp_path / "murano", {"engine/__init__.py": "", "engine/rpc.py": ENGINE, "actions.py": ACTIONS})
    # not again at the view's call (line 12)
    assert _tree_findings(root, monkeypatch, "python/security/tainted-command") == {("engine/rpc.py", 9)}


FILE_SERVICE = '''import os


class FileService:
    def store(self, owner, data, name=None):
        with open(os.path.join("/srv/files", owner, name or "upload.bin"), "wb") as out:
            out.write(data)


file_service = FileService()
'''

UPLOADS = '''from fastapi import APIRouter, Form, UploadFile

from files.service import file_service

router = APIRouter()


@router.post("/files")
async def upload_file(upload: UploadFile, name: str = Form(default="")):
    return file_service.store("org", await upload.read(), name=name or upload.filename)
'''


def test_a_method_of_an_instance_its_module_makes_is_reported_once_at_its_sink(tmp_path, monkeypatch):
    # Polar's services: `file_service = FileService()` at the foot of the module, its routes calling `file_service.store`
    root = repository(tmp_path / "polar", {"files/__init__.py": "", "files/service.py": FILE_SERVICE, "uploads.py": UPLOADS})
    # not again at the route's call (line 11)
    assert _tree_findings(root, monkeypatch, "python/security/tainted-path") == {("files/service.py", 6)}


LIBRARY_HELPERS = '''from flask import render_template_string


def render(template):
    return render_template_string(template)
'''

LIBRARY_USER = '''from helpers import render

# (a view would read request.args here; this module renders its own text)


def page(name):
    return render("<p>" + name + "</p>")
'''


def test_a_tree_whose_scan_finds_no_request_data_looks_at_no_callers_and_summarises_no_module(tmp_path, monkeypatch):
    # a library's tree: its words may spell a request's fields (in a comment), but the bulk scan's
    # source probes found request data in none of its files, so no file near a module is searched
    # for a handler and no module is summarised for a hand-over from one (on SQLAlchemy's lib/ that
    # work took the check from 1.8 s to 8.7 s)
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    root = repository(tmp_path / "lib", {"helpers.py": LIBRARY_HELPERS, "pages.py": LIBRARY_USER})
    asked = {"handles": 0, "analysed": 0}
    from postil.analyzers.rules.taint_callers import NearFiles
    from postil.analyzers.rules.taint_modules import Workspace

    handles, analysis = NearFiles.handles, Workspace._analysis

    def counted_handles(self, *args):
        asked["handles"] += 1
        return handles(self, *args)

    def counted_analysis(self, *args):
        asked["analysed"] += 1
        return analysis(self, *args)

    monkeypatch.setattr(NearFiles, "handles", counted_handles)
    monkeypatch.setattr(Workspace, "_analysis", counted_analysis)
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=True)
    assert not [f for r in result.reports for f in r.findings if f.rule.startswith("python/security/tainted")]
    assert asked == {"handles": 0, "analysed": 0}


RUNNER = '''import pexpect


def open_shell(host):
    return pexpect.spawn("ssh ops@" + host, timeout=30)
'''

CONSOLE = '''import json

import tornado.websocket

from . import runner


class ConsoleSocket(tornado.websocket.WebSocketHandler):
    def on_message(self, message):
        msg = json.loads(message)
        action = msg.get("action")
        if action == "ssh":
            self.child = runner.open_shell(msg["host"])
'''


def test_a_tornado_websocket_handler_is_a_caller_whose_messages_reach_the_helpers_sink(tmp_path):
    # the handler reads no `request.*`: its messages are what it gets; a check of the message's
    # `action` says nothing of its other keys
    root = repository(tmp_path / "console", {"console/__init__.py": "", "console/runner.py": RUNNER,
                                             "console/ws.py": CONSOLE})
    assert check(root, "console/runner.py") == {(5, "python/security/tainted-command")}


CATALOGUE = '''from lxml import etree


def products_named(tree, name):
    return tree.xpath("//product[name='" + name + "']")


def products_named_bound(tree, name):
    return tree.xpath("//product[name=$name]", name=name)
'''

SCHEMA = '''from typing import List

import strawberry
from strawberry.types import Info

from . import catalogue


@strawberry.type
class Query:
    @strawberry.field
    def products(self, info: Info, name: str, bound: bool = True) -> List[str]:
        tree = info.context.catalogue
        if bound:
            return catalogue.products_named_bound(tree, name)
        return catalogue.products_named(tree, name)
'''


def test_a_strawberry_resolver_is_a_caller_whose_arguments_reach_the_helpers_sink(tmp_path):
    # the schema reads no `request.*`: its fields' arguments are what the client sent
    root = repository(tmp_path / "graph", {"graph/__init__.py": "", "graph/catalogue.py": CATALOGUE,
                                           "graph/schema.py": SCHEMA})
    assert check(root, "graph/catalogue.py") == {(5, "python/security/tainted-xpath")}


HOOKS = '''import subprocess


def run_hook(command):
    return subprocess.run(command, shell=True, capture_output=True).stdout
'''

HTTP_CLIENT = '''from pkg import transport


class Client:
    def send(self, request):
        hook = request.headers.get("x-trace-hook")
        if hook:
            transport.run_hook(hook)
        return request.url
'''


@pytest.mark.parametrize("serves", [False, True], ids=["http-client", "flask-view"])
def test_an_http_clients_request_is_not_a_handlers(tmp_path, serves):
    # httpx's and requests' modules read `request.headers` and `request.url` everywhere: the request
    # they send. Read as handlers, every module of such a library was fed "request data" by its
    # callers (a check of httpx's 23 modules took 17 s of CPU, bandit's 0.8 s). A module that imports
    # a web framework or declares routes is a handler, as before.
    client = HTTP_CLIENT.replace("from pkg import transport", "from flask import Flask\n\nfrom pkg import transport") \
        if serves else HTTP_CLIENT
    root = repository(tmp_path / "lib", {"pkg/__init__.py": "", "pkg/transport.py": HOOKS, "pkg/client.py": client})
    assert check(root, "pkg/transport.py") == ({(5, "python/security/tainted-command")} if serves else set())


EXPORTS = '''import os
import subprocess

EXPORT_ROOT = "/srv/exports"


def export_tree(tree, options):
    fmt = options.get("format", "gedcom")
    subprocess.run(["gramps", "-O", tree, "-e", os.path.join(EXPORT_ROOT, tree + ".out")], check=True)
    return open(os.path.join(EXPORT_ROOT, options["name"]), "rb").read()
'''

# ways a Python handler reads the request that name no `request.*`: Flask-RESTful's request
# parser, webargs' decorator (its `args` is the parsed query), a graphene mutation's arguments,
# TurboGears' exposed methods, Girder's described routes and OpenStack's controller actions
READERS = {
    "reqparse": '''from flask_restful import Resource, reqparse

from .exports import export_tree


class ExportApi(Resource):
    def post(self, tree):
        parser = reqparse.RequestParser()
        parser.add_argument("name", type=str, location="json")
        args = parser.parse_args()
        return {"bytes": len(export_tree(tree, args))}
''',
    "webargs": '''from flask.views import MethodView
from webargs import fields
from webargs.flaskparser import use_args

from .exports import export_tree


class ExportResource(MethodView):
    @use_args({"name": fields.Str(required=True)}, location="query")
    def get(self, args, tree):
        return {"bytes": len(export_tree(tree, args))}
''',
    "graphene": '''import graphene

from .exports import export_tree


class ExportTree(graphene.Mutation):
    class Arguments:
        tree = graphene.String(required=True)
        options = graphene.JSONString()

    size = graphene.Int()

    def mutate(root, info, tree, options):
        return ExportTree(size=len(export_tree(tree, options)))
''',
    # TurboGears' object dispatch: an exposed method's arguments are the URL's and the query's
    "turbogears": '''from tg import TGController, expose

from .exports import export_tree


class TreesController(TGController):
    @expose("json")
    def export(self, tree, **kw):
        return {"bytes": len(export_tree(tree, kw))}
''',
    # Girder: the fields a route describes are handed over as keyword arguments
    "girder": '''from girder.api import access
from girder.api.describe import Description, autoDescribeRoute
from girder.api.rest import Resource

from .exports import export_tree


class TreeExport(Resource):
    @access.user
    @autoDescribeRoute(Description("Export a tree.").param("tree", "The tree").jsonParam("options", "Export options"))
    def export(self, tree, options):
        return {"bytes": len(export_tree(tree, options))}
''',
    # OpenStack's wsgi controllers: an action's `body` is the request's JSON body (Trove, Manila, Cinder)
    "openstack": '''from trove.common import wsgi

from .exports import export_tree


class TreesController(wsgi.Controller):
    def export(self, req, body, tenant_id, id):
        return wsgi.Result({"bytes": len(export_tree(id, body["export"]))}, 202)
''',
    # ... and Murano's: a plain class wrapped in the project's `wsgi.Resource`, its actions taking `request`
    "openstack-resource": '''from murano.common import wsgi

from .exports import export_tree


class Controller(object):
    def export(self, request, tree):
        return {"bytes": len(export_tree(tree, request.GET))}


def create_resource():
    return wsgi.Resource(Controller())
''',
    # Django's editing views (FreedomBox's apps): `form_valid` is handed the form bound to the posted fields
    "django-form": '''from django.views.generic.edit import FormView

from .exports import export_tree


class ExportView(FormView):
    def form_valid(self, form):
        export_tree(form.cleaned_data["tree"], form.cleaned_data)
        return super().form_valid(form)
''',
}


@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_handler_reading_the_request_through_its_framework_feeds_the_helpers_sink(tmp_path, reader):
    # none of these handlers spells `request.`: the module they call was never looked at for callers
    root = repository(tmp_path / "tree", {"tree/__init__.py": "", "tree/exports.py": EXPORTS,
                                          "tree/api.py": READERS[reader]})
    assert check(root, "tree/exports.py") == {(10, "python/security/tainted-path")}


FLASK_EXPORT = '''from flask import Flask, request

from .exports import export_tree

app = Flask(__name__)


@app.post("/trees/<tree>/export")
def export(tree):
    return {"bytes": len(export_tree(tree, request.get_json()))}
'''


def test_a_number_made_of_a_helpers_result_cleans_what_it_gives_back_not_what_the_helper_opens(tmp_path):
    # `len(...)` and `int(...)` clean a value; the helper called inside them still opens the request's name
    root = repository(tmp_path / "tree", {"tree/__init__.py": "", "tree/exports.py": EXPORTS,
                                          "tree/api.py": FLASK_EXPORT})
    assert check(root, "tree/exports.py") == {(10, "python/security/tainted-path")}
    assert check(root, "tree/api.py") == {(10, "python/security/tainted-path")}
