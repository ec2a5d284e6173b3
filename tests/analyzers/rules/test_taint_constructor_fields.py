"""A constructor's argument kept in a field that another method of the class, in another module,
passes to a sink (issue 31): AWX's notification backends (`WebhookBackend(url=..., headers=...)`,
then `backend.send(body)`), DefectDojo's importers (`DefaultImporter(**kwargs)` keeping
`kwargs.get("service")`, read by `close_old_findings`). The sink is reported in its own module,
as a helper function's is, and once: in a check of the tree the view's call into the constructor is
not reported again (it was, as a second finding of the same flow, on 8 unlabelled call lines of 7
corpora: `WebDownload(image_id, uri).execute(dest)` beside the fetch in Glance's module). A body sent
to the fixed URL, or a keyword the caller fills with a constant, is no flow. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

BACKEND = '''import requests

DEFAULT_URL = "https://hooks.example.com/notify"


class WebhookBackend:
    def __init__(self, url=None, headers=None):
        self.url = url or DEFAULT_URL
        self.headers = headers or {}

    def send(self, body):
        return requests.post(self.url, json=body, headers=self.headers, timeout=30)

    def send_default(self, body):
        return requests.post(DEFAULT_URL, json=body, timeout=30)
'''

HOOKS = '''from flask import Flask, request

from app.backend import WebhookBackend

app = Flask(__name__)


@app.route("/test", methods=["POST"])
def test_hook():
    backend = WebhookBackend(url=request.form["url"])
    return str(backend.send({"text": "test"}))


@app.route("/default", methods=["POST"])
def default_hook():
    backend = WebhookBackend()
    return str(backend.send_default({"text": request.form["name"]}))
'''


def test_a_constructor_s_field_reports_the_sink_of_another_module_s_method(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/__init__.py": "", "app/backend.py": BACKEND, "app/hooks.py": HOOKS})
    assert found == ["app/backend.py:12 tainted-ssrf"], found


IMPORTER = '''from django.db import connection


class ScanImporter:
    def __init__(self, *args, **kwargs):
        self.service = kwargs.get("service") or ""
        self.scan_type = kwargs.get("scan_type")

    def close_old_findings(self):
        with connection.cursor() as cursor:
            cursor.execute("UPDATE finding SET active = false WHERE service = '%s'" % self.service)

    def record_test(self):
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO test (scan_type) VALUES (%s)", [self.scan_type])
'''

VIEWS = '''from rest_framework import viewsets
from rest_framework.response import Response

from app.importer import ScanImporter


class ImportScanView(viewsets.GenericViewSet):
    def create(self, request):
        importer = ScanImporter(service=request.data.get("service", ""), scan_type="ZAP Scan")
        importer.close_old_findings()
        importer.record_test()
        return Response(status=201)
'''


def test_a_keyword_argument_kept_from_kwargs_reaches_the_sink_of_another_module_s_method(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/__init__.py": "", "app/importer.py": IMPORTER, "app/views.py": VIEWS})
    assert "app/importer.py:11 tainted-sql" in found, found
    assert "app/importer.py:15 tainted-sql" not in found, found
