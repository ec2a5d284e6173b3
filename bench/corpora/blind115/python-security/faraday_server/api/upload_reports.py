import os

import flask
from flask import Blueprint, request
from werkzeug.utils import secure_filename

from ..reports.processor import REPORTS_QUEUE, process_report_file
from .base import GenericWorkspacedView

upload_api = Blueprint("upload_reports", __name__)
UPLOAD_DIR = os.path.expanduser("~/.faraday/uploaded_reports")


@upload_api.route("/v3/ws/<workspace_name>/upload_report", methods=["POST"])
def file_upload(workspace_name):
    report_file = request.files["file"]
    GenericWorkspacedView()._get_workspace(workspace_name)
    raw_path = os.path.join(UPLOAD_DIR, workspace_name, report_file.filename)
    # expect: path-traversal
    report_file.save(raw_path)
    REPORTS_QUEUE.put((workspace_name, raw_path))
    return flask.jsonify({"message": "ok"})


@upload_api.route("/v3/ws/<workspace_name>/upload_report_safe", methods=["POST"])
def file_upload_safe(workspace_name):
    report_file = request.files["file"]
    ws = GenericWorkspacedView()._get_workspace(workspace_name)
    path = os.path.join(UPLOAD_DIR, str(ws.id), secure_filename(report_file.filename))
    report_file.save(path)
    REPORTS_QUEUE.put((ws.name, path))
    return flask.jsonify({"message": "ok"})
