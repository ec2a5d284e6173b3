"""JSON API used by the admin single-page UI."""
import os

from flask import Blueprint, abort, current_app, g, jsonify, request

from ..utils import get_record_and_parent, open_folder_in_browser, reveal_in_file_manager

bp = Blueprint("api", __name__, url_prefix="/admin/api")


@bp.route("/pathinfo")
def get_path_info():
    path = request.args["path"]
    record, parent = get_record_and_parent(g.admin_info.pad, path)
    segments = []
    while parent is not None:
        segments.append({"id": parent["_id"], "path": parent["_path"], "exists": True})
        parent = parent.parent
    segments.reverse()
    if record is not None:
        segments.append({"id": record["_id"], "path": record["_path"], "exists": True})
    return jsonify(segments=segments)


@bp.route("/rawrecord")
def get_raw_record():
    path = g.source_path
    if not path:
        path = "/"
    filename = g.admin_info.contents_file(path)
    if not os.path.isfile(filename):
        abort(404)
    # expect: path-traversal
    with open(filename, encoding="utf-8") as f:
        data = f.read()
    return jsonify(path=path, alt=g.alt, data=data)


@bp.route("/rawrecord-checked")
def get_raw_record_checked():
    filename = g.admin_info.safe_contents_file(g.source_path or "/")
    if filename is None or not os.path.isfile(filename):
        abort(404)
    with open(filename, encoding="utf-8") as f:
        data = f.read()
    return jsonify(data=data)


@bp.route("/browsefs", methods=["POST"])
def browsefs():
    rel = request.values.get("path", "")
    target = os.path.join(current_app.config["ENV_ROOT"], "content", rel.strip("/"))
    okay = open_folder_in_browser(target)
    return jsonify(okay=okay)


@bp.route("/reveal", methods=["POST"])
def reveal():
    rel = request.values.get("path", "")
    record = g.admin_info.pad.get(rel)
    if record is None:
        abort(404)
    okay = reveal_in_file_manager(os.path.join(current_app.config["ENV_ROOT"], "content"))
    return jsonify(okay=okay)


@bp.route("/servers")
def servers():
    names = sorted(current_app.config.get("PUBLISH_SERVERS", {}))
    return jsonify(servers=names)
