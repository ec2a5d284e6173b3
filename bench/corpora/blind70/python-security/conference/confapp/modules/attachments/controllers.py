"""Attachment download controllers."""
import os

from flask import current_app, request, send_file
from werkzeug.exceptions import NotFound

from confapp.modules.events.controllers import RHEventBase
from confapp.util.fs import resolve_under


class RHDownloadMaterial(RHEventBase):
    def _process_args(self):
        RHEventBase._process_args(self)
        self.filename = request.args.get("file", "")

    def _process(self):
        root = os.path.join(current_app.config["ATTACHMENT_STORAGE"], str(self.event.id))
        path = os.path.join(root, self.filename)
        if not os.path.exists(path):
            raise NotFound()
        # expect: path-traversal
        return send_file(path, as_attachment=True)


class RHDownloadMaterialChecked(RHEventBase):
    def _process_args(self):
        RHEventBase._process_args(self)
        self.filename = request.args.get("file", "")

    def _process(self):
        root = os.path.join(current_app.config["ATTACHMENT_STORAGE"], str(self.event.id))
        path = resolve_under(root, self.filename)
        if path is None:
            raise NotFound()
        return send_file(path, as_attachment=True)


class RHPreviewMaterial(RHEventBase):
    def _process_args(self):
        RHEventBase._process_args(self)
        self.filename = request.args.get("file", "")
        self.encoding = request.args.get("encoding", "utf-8")

    def _process(self):
        storage = current_app.config["ATTACHMENT_STORAGE"]
        full = storage + "/" + str(self.event.id) + "/" + self.filename
        # expect: path-traversal
        with open(full, encoding="utf-8", errors="replace") as f:
            return f.read(4096), 200, {"Content-Type": "text/plain; charset=utf-8"}
