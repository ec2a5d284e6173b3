"""Resource download and upload under the storage path."""
import logging
import os

from flask import Blueprint, abort, current_app, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

log = logging.getLogger(__name__)

resource = Blueprint("resource", __name__)


def _storage_dir(resource_id: str) -> str:
    root = current_app.config["STORAGE_PATH"]
    return os.path.join(root, "resources", resource_id[0:3], resource_id[3:6])


@resource.route("/<resource_id>/download/<filename>")
def download(id, resource_id, filename):
    directory = _storage_dir(resource_id)
    return send_from_directory(directory, filename, as_attachment=True)


@resource.route("/<resource_id>/file")
def download_by_query(id, resource_id):
    name = request.args.get("name") or "data.csv"
    filepath = os.path.join(_storage_dir(resource_id), name)
    if not os.path.exists(filepath):
        abort(404)
    # expect: path-traversal
    return send_file(filepath, as_attachment=True)


@resource.route("/<resource_id>/upload", methods=["POST"])
def upload(id, resource_id):
    upload_file = request.files.get("upload")
    if upload_file is None:
        abort(400)
    directory = _storage_dir(resource_id)
    os.makedirs(directory, exist_ok=True)
    filename = secure_filename(upload_file.filename) or "upload"
    upload_file.save(os.path.join(directory, filename))
    return {"success": True, "filename": filename}


@resource.route("/<resource_id>/checked")
def download_checked(id, resource_id):
    base = os.path.realpath(_storage_dir(resource_id))
    requested = os.path.realpath(os.path.join(base, request.args.get("name", "")))
    if os.path.commonpath([base, requested]) != base:
        abort(403)
    return send_file(requested)
