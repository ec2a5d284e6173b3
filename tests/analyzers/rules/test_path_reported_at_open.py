"""A file opened from a path the request names is one path-traversal finding, at the open: the
file object handed on (Django's `FileResponse(fh)`, Flask's `send_file(fh)`) is not a second path. A response that takes
a path (Starlette's `FileResponse(path)`) is still the sink. A path built from the request above the open is reported
from where it is built to the open (placement built-text): the line a reviewer points at is inside it."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import load_config

PATH_RULES = ("python/security/tainted-path", "python/security/path-traversal")

DJANGO_VIEW = '''import os

from django.http import FileResponse

ROOT = "/srv/attachments"


def attachment(request):
    fh = open(os.path.join(ROOT, request.GET.get("name")), "rb")
    return FileResponse(fh, as_attachment=True)
'''

FLASK_VIEW = '''import os

from flask import Flask, send_file

app = Flask(__name__)
ROOT = "/srv/exports"


@app.route("/exports/<kind>/<name>")
def export(kind, name):
    path = f"{ROOT}/{kind}/{name}"
    fh = open(path, "rb")
    return send_file(fh, download_name=name, as_attachment=True)


@app.route("/raw/<name>")
def raw(name):
    return send_file(os.path.join(ROOT, name))
'''

STARLETTE_VIEW = '''import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
ROOT = "/srv/attachments"


@app.get("/files")
def attachment(name: str):
    path = os.path.join(ROOT, name)
    return FileResponse(path)
'''


LOG_VIEW = '''import os

from django.http import HttpResponse

LOG_DIR = "/var/log/shop"


def view_log(request):
    service = request.GET.get("service")
    path = os.path.join(LOG_DIR, "%s.log" % (service))
    with open(path, encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")
'''


def _findings(tmp_path, text: str) -> list:
    path = tmp_path / "views.py"
    path.write_text(text)
    return [f for f in Checker(load_config(path)).check_file(path).findings if f.rule in PATH_RULES]


def _path_findings(tmp_path, text: str) -> list[tuple[str, str]]:
    """(rule, the text of the line its sink is on) of each path-traversal finding in ``text``."""
    lines = text.splitlines()
    return [(f.rule, lines[f.sink_span.start_line].strip()) for f in _findings(tmp_path, text)]


def test_an_opened_file_handed_to_a_response_is_one_finding_at_the_open(tmp_path):
    assert _path_findings(tmp_path, DJANGO_VIEW) == [
        ("python/security/tainted-path", 'fh = open(os.path.join(ROOT, request.GET.get("name")), "rb")')]


def test_a_response_given_the_path_is_still_the_sink(tmp_path):
    assert [line for _, line in _path_findings(tmp_path, STARLETTE_VIEW)] == ["return FileResponse(path)"]


def test_flask_send_file_of_an_opened_file_is_no_second_finding(tmp_path):
    assert [line for _, line in _path_findings(tmp_path, FLASK_VIEW)] == [
        'fh = open(path, "rb")', "return send_file(os.path.join(ROOT, name))"]


def test_a_path_built_from_the_request_is_reported_from_where_it_is_built_to_the_open(tmp_path):
    # (the labels of the corpora and a registry's traversal rules name the join, a file-serving rule the open)
    [found] = _findings(tmp_path, LOG_VIEW)
    assert found.rule == "python/security/tainted-path"
    assert (found.span.start_line + 1, found.span.end_line + 1) == (9, 11)
    assert (found.sink_span.start_line + 1) == 11
    assert "path text built at line 10" in found.message
