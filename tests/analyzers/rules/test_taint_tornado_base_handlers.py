"""Tornado handlers of a project's own base class (Thumbor's `ResultHandler(ContextHandler)`, the
base in another module subclassing `tornado.web.RequestHandler`): their route arguments (`def
get(self, key)`) were no source and what they write no HTML response, because the class does not
name `RequestHandler` itself. They are known by Tornado's own methods (`self.write`,
`self.get_query_argument`); a handler that declared a JavaScript or JSON content type does not
serve HTML. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

BASE = '''import tornado.web


class ContextHandler(tornado.web.RequestHandler):
    def initialize(self, context=None):
        self.context = context
'''

HANDLERS = '''import json

from imgproxy.handlers import ContextHandler


class ResultHandler(ContextHandler):
    def get(self, key):
        with open("/srv/results/" + key, "rb") as f:
            self.write(f.read())


class MetadataHandler(ContextHandler):
    def get(self, image):
        callback = self.get_query_argument("callback", "")
        self.write(f"{callback}({json.dumps({'image': image})});")


class ScriptMetadataHandler(ContextHandler):
    def get(self, image):
        self.set_header("Content-Type", "text/javascript")
        self.write(f"render({json.dumps({'image': image})});")
'''

LOGGING = '''import logging


class AuditHandler(logging.Handler):
    def emit(self, record):
        print(record.getMessage())
'''


def test_a_handler_of_the_project_s_tornado_base_class_takes_and_writes_request_data(tmp_path: Path):
    found = taint_findings(tmp_path, {"imgproxy/handlers/__init__.py": BASE, "imgproxy/handlers/imaging.py": HANDLERS,
                                      "imgproxy/audit.py": LOGGING})
    assert found == ["imgproxy/handlers/imaging.py:8 tainted-path", "imgproxy/handlers/imaging.py:14 tainted-xss"], found
