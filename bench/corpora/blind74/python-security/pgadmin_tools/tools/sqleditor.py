"""Query tool: save the editor contents to the storage directory."""
import os

from flask import Blueprint, current_app, request

from ..misc.file_manager import Filemanager
from ..utils.ajax import bad_request, make_json_response

blueprint = Blueprint("sqleditor", __name__, url_prefix="/sqleditor")


@blueprint.route("/save_file/", methods=["POST"], endpoint="save_file")
def save_file():
    file_data = request.get_json(silent=True) or {}
    file_path = file_data.get("file_name", "")
    if not file_path:
        return bad_request("file name missing")
    storage_dir = current_app.config["STORAGE_DIR"]
    file_path = os.path.join(storage_dir, file_path.lstrip("/"))
    # expect: path-traversal
    with open(file_path, "w", encoding="utf-8") as output_file:
        output_file.write(file_data.get("file_content", ""))
    return make_json_response(data={"status": True})


@blueprint.route("/save_file_checked/", methods=["POST"], endpoint="save_file_checked")
def save_file_checked():
    file_data = request.get_json(silent=True) or {}
    try:
        file_path = Filemanager.check_access_permission(current_app.config["STORAGE_DIR"], file_data.get("file_name", ""))
    except PermissionError as e:
        return bad_request(str(e))
    with open(file_path, "w", encoding="utf-8") as output_file:
        output_file.write(file_data.get("file_content", ""))
    return make_json_response(data={"status": True})
