"""Server-side file dialog (storage directory per user)."""
import os

from flask import Blueprint, current_app, request

from ..utils.ajax import bad_request, make_json_response

blueprint = Blueprint("file_manager", __name__, url_prefix="/file_manager")


class Filemanager:
    def __init__(self, storage_dir):
        self.storage_dir = os.path.realpath(storage_dir)

    @staticmethod
    def check_access_permission(in_dir, path):
        in_dir = os.path.realpath(in_dir)
        target = os.path.realpath(os.path.join(in_dir, path.lstrip("/")))
        if target != in_dir and not target.startswith(in_dir + os.sep):
            raise PermissionError("Access denied ({0})".format(path))
        return target

    def getfolder(self, path):
        folder = os.path.join(self.storage_dir, path.lstrip("/"))
        files = {}
        # expect: path-traversal
        for name in sorted(os.listdir(folder)):
            full = os.path.join(folder, name)
            files[name] = {"is_dir": os.path.isdir(full), "size": os.path.getsize(full)}
        return files

    def getfolder_checked(self, path):
        folder = self.check_access_permission(self.storage_dir, path)
        return {name: os.path.isdir(os.path.join(folder, name)) for name in sorted(os.listdir(folder))}


@blueprint.route("/filemanager/<int:trans_id>/", methods=["POST"], endpoint="filemanager")
def file_manager(trans_id):
    data = request.get_json(silent=True) or {}
    mode = data.get("mode", "getfolder")
    path = data.get("path", "/")
    fm = Filemanager(current_app.config["STORAGE_DIR"])
    if mode == "getfolder":
        return make_json_response(data=fm.getfolder(path))
    if mode == "getfolder_checked":
        try:
            return make_json_response(data=fm.getfolder_checked(path))
        except PermissionError as e:
            return bad_request(str(e))
    return bad_request("unknown mode")
