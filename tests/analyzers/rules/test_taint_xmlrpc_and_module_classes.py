"""Two shapes of request data reaching another module's class (issue 31):

- the standard library's XML-RPC server exposes the methods of the instance it is given
  (`server.register_instance(RemoteApi(api))`, Cobbler's remote interface) and the functions
  registered with `register_function`: what a client sends arrives as their arguments, which
  reach a helper class of another module (`templar.Templar().render(text, ...)`);
- a class read through its module (`from app import templar` then `templar.Templar().render(...)`,
  `converter = rates.CurrencyConverter(url)`): its method's sink is reported in its own file, as
  one of a class imported by name was.

Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

TEMPLAR = '''from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment


class Templar:
    def __init__(self):
        self.env = Environment()

    def render(self, text, variables):
        return self.env.from_string(text).render(**variables)

    def render_sandboxed(self, text, variables):
        return SandboxedEnvironment().from_string(text).render(**variables)
'''

REMOTE = '''import os
from xmlrpc.server import SimpleXMLRPCServer

from app import templar

TEMPLATES = "/var/lib/app/templates"


class RemoteApi:
    def __init__(self, api):
        self.api = api

    def read_template(self, name, token):
        with open(os.path.join(TEMPLATES, name)) as fh:
            return fh.read()

    def read_template_checked(self, name, token):
        with open(os.path.join(TEMPLATES, os.path.basename(name))) as fh:
            return fh.read()

    def preview(self, text, token):
        return templar.Templar().render(text, {})

    def preview_sandboxed(self, text, token):
        return templar.Templar().render_sandboxed(text, {})

    def _internal(self, name):
        with open(os.path.join(TEMPLATES, name)) as fh:
            return fh.read()


def echo_file(name):
    with open(os.path.join(TEMPLATES, name)) as fh:
        return fh.read()


def not_exposed(name):
    with open(os.path.join(TEMPLATES, name)) as fh:
        return fh.read()


def serve(api):
    server = SimpleXMLRPCServer(("127.0.0.1", 25151), allow_none=True)
    server.register_instance(RemoteApi(api))
    server.register_function(echo_file)
    server.serve_forever()
'''

VIEWS = '''from flask import Flask, request

from app import templar

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    engine = templar.Templar()
    return engine.render(request.form["text"], {})
'''


def test_an_xml_rpc_server_s_exposed_methods_and_functions_take_the_client_s_arguments(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/__init__.py": "", "app/templar.py": TEMPLAR, "app/remote.py": REMOTE})
    # the public method and the registered function, not the `_` method nor the function never
    # registered; the template's sink in its own module, once (not at the call into it too: a
    # check of the tree checks that module); the sandboxed twin and the basename-checked read stay quiet
    assert found == ["app/remote.py:14 tainted-path", "app/remote.py:33 tainted-path",
                     "app/templar.py:10 tainted-template"], found


def test_a_class_read_through_its_module_reports_its_method_s_sink(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/__init__.py": "", "app/templar.py": TEMPLAR, "app/views.py": VIEWS})
    assert "app/templar.py:10 tainted-template" in found, found
    assert "app/templar.py:13 tainted-template" not in found, found


JOBS = '''import requests
from celery import shared_task


@shared_task
def probe_scm(scm_url):
    return requests.get(scm_url.rstrip("/") + "/info/refs", timeout=10).status_code
'''

API_VIEWS = '''from rest_framework import generics
from rest_framework.response import Response

from proj.main.tasks import jobs


class ProjectUpdate(generics.GenericAPIView):
    def post(self, request, *args, **kwargs):
        jobs.probe_scm.delay(request.data["scm_url"])
        return Response(status=202)
'''


def test_a_task_two_directories_away_from_the_view_reports_its_sink(tmp_path: Path):
    # AWX's layout: `awx/api/views.py` queues a task of `awx/main/tasks/jobs.py`; the task's
    # importers are looked for two directories up from it
    files = {"proj/__init__.py": "", "proj/api/__init__.py": "", "proj/api/views.py": API_VIEWS,
             "proj/main/__init__.py": "", "proj/main/tasks/__init__.py": "", "proj/main/tasks/jobs.py": JOBS}
    assert "proj/main/tasks/jobs.py:7 tainted-ssrf" in taint_findings(tmp_path, files)
