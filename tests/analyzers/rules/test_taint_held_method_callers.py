"""A method of a class that a view calls through an object named after the class feeds the method
(issue 31): bepasty's views call `current_app.storage.open(name)` with the URL's name; the
`Storage` class of `storage/filesystem.py`, which no view imports, opens a file built from it. The
method's name alone (`open`) says too little of whose method runs; the receiver's word `storage`
names the class. A method of that name on an object named otherwise (`current_app.cache.open`) is
not linked to it."""

from __future__ import annotations

from pathlib import Path

# (the real CLI over files written to a directory, whole lines: a flow's sink line is in its message)
from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

STORAGE = '''import os


class FileStorage:
    def __init__(self, directory):
        self.directory = directory

    def open(self, name):
        return open(os.path.join(self.directory, name), "rb")


class Archive:
    def open(self, name):
        return open(os.path.join("/srv/archive", name), "rb")
'''

VIEWS = '''from flask import Response, current_app
from flask.views import MethodView


class ItemView(MethodView):
    def get(self, name):
        with current_app.file_storage.open(name) as item:
            return Response(item.read(), mimetype="application/octet-stream")


class CachedView(MethodView):
    def get(self, name):
        with current_app.cache.open(name) as item:
            return Response(item.read(), mimetype="application/octet-stream")
'''


def test_a_receiver_named_after_a_class_feeds_its_method(tmp_path: Path):
    _write(tmp_path, {"site/__init__.py": "", "site/storage.py": STORAGE, "site/views.py": VIEWS})
    found = [line for line in _findings(tmp_path) if "tainted-path" in line]
    # FileStorage.open (line 9) is fed the URL's name; Archive.open (line 14) is called by no one named so
    assert found and all("site/storage.py:9:" in line for line in found), found
