"""Indico's request handlers read their arguments in `_process_args` (`self.filename =
request.args.get("file")`) and use them in `_process`, which the framework runs after it. A sink
that read the field itself was reported; one that read a local computed from it (`path =
os.path.join(root, self.filename)`, then `send_file(path)`) was not: the field was request data
only at the sink, never in the state the local was computed in. The field now holds the data
where the reading method begins, so its checks and reassignments apply as to any name. Real CLI,
real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

RH = '''import os

from flask import current_app, request, send_file
from werkzeug.exceptions import NotFound

from confapp.util.fs import resolve_under


class RH:
    def _process_args(self):
        pass

    def process(self):
        self._process_args()
        return self._process()


class RHDownloadMaterial(RH):
    def _process_args(self):
        RH._process_args(self)
        self.filename = request.args.get("file", "")

    def _process(self):
        root = current_app.config["ATTACHMENT_STORAGE"]
        path = os.path.join(root, self.filename)
        return send_file(path, as_attachment=True)


class RHDownloadChecked(RH):
    def _process_args(self):
        self.filename = request.args.get("file", "")

    def _process(self):
        path = resolve_under(current_app.config["ATTACHMENT_STORAGE"], self.filename)
        if path is None:
            raise NotFound()
        return send_file(path, as_attachment=True)


class RHDownloadNamed(RH):
    def _process_args(self):
        self.filename = request.args.get("file", "")

    def _process(self):
        if self.filename not in ("agenda.pdf", "minutes.pdf"):
            raise NotFound()
        path = os.path.join(current_app.config["ATTACHMENT_STORAGE"], self.filename)
        return send_file(path, as_attachment=True)
'''

FS = '''import os


def resolve_under(root, name):
    root = os.path.realpath(root)
    path = os.path.realpath(os.path.join(root, name))
    return path if os.path.commonpath([root, path]) == root else None
'''


def test_a_field_read_into_a_local_carries_what_another_method_stored(tmp_path: Path):
    found = taint_findings(tmp_path, {"confapp/modules/attachments.py": RH, "confapp/util/fs.py": FS})
    # the checked twins: a helper that keeps the path under the root, an allow-list on the field
    assert found == ["confapp/modules/attachments.py:25 tainted-path"], found
