"""Report and attachment downloads."""
import io
import os
from pathlib import Path

import flask
from flask import Flask, abort, request, send_file, send_from_directory
from flask.views import MethodView
from werkzeug.utils import safe_join

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"
REPORT_DIR = Path("/srv/reports")


@app.route("/files/<path:filename>")
def download(filename):
    # expect: path-traversal
    return flask.send_file(filename)


@app.route("/uploads/<path:filename>")
def upload(filename):
    # expect: path-traversal
    return send_file(os.path.join(UPLOAD_DIR, filename), as_attachment=True)


@app.route("/reports")
def report():
    name = request.args["file"]
    # expect: path-traversal
    return send_file(f"/srv/reports/{name}", mimetype="application/pdf")


class ExportView(MethodView):
    base = REPORT_DIR / "exports"

    def get(self, filename):
        # expect: path-traversal
        return send_file(self.base / filename)


app.add_url_rule("/exports/<path:filename>", view_func=ExportView.as_view("export"))


@app.route("/attachments/<path:filename>")
def attachment(filename):
    return send_from_directory(UPLOAD_DIR, filename, as_attachment=True)


@app.route("/archive/<path:filename>")
def archived(filename):
    path = safe_join(UPLOAD_DIR, "archive", filename)
    if path is None:
        abort(404)
    return send_file(path)


@app.route("/generated/<filename>")
def generated(filename):
    data = b"%PDF-1.7 generated"
    return send_file(io.BytesIO(data), download_name=filename, mimetype="application/pdf")
