"""Serves built artifacts from the output folder during editing."""
import mimetypes
import os

from flask import Blueprint, abort, g, send_file, send_from_directory

bp = Blueprint("serve", __name__)


def _artifact_path(url_path):
    if url_path.endswith("/") or not url_path:
        url_path += "index.html"
    return os.path.join(g.admin_info.output_path, url_path)


@bp.route("/_raw/<path:url_path>")
def serve_raw(url_path):
    filename = _artifact_path(url_path)
    if not os.path.exists(filename):
        abort(404)
    mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    # expect: path-traversal
    return send_file(filename, mimetype=mimetype)


@bp.route("/", defaults={"url_path": ""})
@bp.route("/<path:url_path>")
def serve_artifact(url_path):
    if not url_path or url_path.endswith("/"):
        url_path += "index.html"
    return send_from_directory(g.admin_info.artifact_dir(), url_path)
