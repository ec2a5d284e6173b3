"""Export blueprint: download rendered note archives."""
import os

from flask import Blueprint, abort, current_app, request, send_file, send_from_directory

from . import helpers

bp = Blueprint("export", __name__)


@bp.route("/download")
def download():
    name = request.args.get("file", "latest.zip")
    path = helpers.export_path(current_app.config["EXPORT_ROOT"], name)
    # expect: path-traversal
    return send_file(path, as_attachment=True)


@bp.route("/download-checked")
def download_checked():
    name = request.args.get("file", "latest.zip")
    try:
        path = helpers.safe_export_path(current_app.config["EXPORT_ROOT"], name)
    except ValueError:
        abort(400)
    return send_file(path, as_attachment=True)


@bp.route("/raw/<path:name>")
def raw(name):
    return send_from_directory(current_app.config["EXPORT_ROOT"], name)


@bp.route("/manifest")
def manifest():
    archive = request.args.get("archive")
    if not archive:
        archive = "index"
    target = os.path.join(current_app.config["EXPORT_ROOT"], archive + ".json")
    try:
        # expect: path-traversal
        with open(target, encoding="utf-8") as fh:
            body = fh.read()
    except FileNotFoundError:
        abort(404)
    finally:
        helpers.audit("manifest", archive)
    return current_app.response_class(body, mimetype="application/json")


@bp.route("/manifest-default")
def manifest_default():
    archive = request.args.get("archive")
    archive = "index"
    target = os.path.join(current_app.config["EXPORT_ROOT"], archive + ".json")
    with open(target, encoding="utf-8") as fh:
        body = fh.read()
    return current_app.response_class(body, mimetype="application/json")
