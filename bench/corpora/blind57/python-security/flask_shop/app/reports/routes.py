import logging
import os

from flask import Blueprint, abort, current_app, g, jsonify, request, send_file, send_from_directory

from ..auth import require_partner
from ..utils.request import get_param
from . import exporter

bp = Blueprint("reports", __name__, url_prefix="/reports")
audit = logging.getLogger("shop.audit")


@bp.post("/archive")
@require_partner
def make_archive():
    name = request.form.get("name", "report")
    filename = exporter.archive(name)
    audit.info("archive created by partner endpoint")
    return jsonify({"file": filename})


@bp.post("/archive/v2")
@require_partner
def make_archive_v2():
    filename = exporter.archive_quoted(request.form.get("name", "report"))
    return jsonify({"file": filename})


@bp.post("/archive/job")
def make_job_archive():
    try:
        job_id = int(request.form["job"])
    except (KeyError, ValueError):
        job_id = 0
    fmt = request.form.get("compression", "gz")
    exporter.archive_with_format(fmt, job_id)
    return jsonify({"file": exporter.archive_job(job_id)})


@bp.get("/download")
def download():
    filename = get_param("file")
    path = os.path.join(current_app.config["EXPORT_DIR"], filename)
    # expect: path-traversal
    return send_file(path, as_attachment=True)


@bp.get("/download/v2")
def download_v2():
    return send_from_directory(current_app.config["EXPORT_DIR"], get_param("file"), as_attachment=True)


@bp.get("/download/v3")
def download_v3():
    root = os.path.realpath(current_app.config["EXPORT_DIR"])
    path = os.path.realpath(os.path.join(root, get_param("file")))
    if os.path.commonpath([root, path]) != root:
        abort(404)
    return send_file(path, as_attachment=True)


@bp.post("/audit")
@require_partner
def audit_note():
    note = request.form.get("note", "")
    # expect: log-injection
    audit.warning("partner note from " + g.partner_user + ": " + note)
    return "", 204
