# library: Flask (request data into open / send_file)
"""Report downloads for customers."""
import os

from flask import Blueprint, abort, request, send_file, send_from_directory
from werkzeug.utils import safe_join

bp = Blueprint("reports", __name__)
REPORT_DIR = "/srv/app/reports"


@bp.get("/report")
def report():
    name = request.args["name"]
    # expect: path-traversal
    with open(os.path.join(REPORT_DIR, name)) as fh:
        return fh.read(), 200, {"Content-Type": "text/csv"}


@bp.get("/report-safe")
def report_safe():
    path = safe_join(REPORT_DIR, request.args["name"])
    if path is None or not os.path.isfile(path):
        abort(404)
    with open(path) as fh:
        return fh.read(), 200, {"Content-Type": "text/csv"}


@bp.get("/report/<path:name>/pdf")
def report_pdf(name):
    # expect: path-traversal
    return send_file(REPORT_DIR + "/" + name + ".pdf")


@bp.get("/report/<path:name>/csv")
def report_csv(name):
    return send_from_directory(REPORT_DIR, name + ".csv", as_attachment=True)
