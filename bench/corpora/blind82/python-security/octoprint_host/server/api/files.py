import os

from flask import Blueprint, jsonify, request, send_file
from werkzeug.utils import secure_filename

from ...util.commandline import CommandlineCaller
from ..util import get_json_command_from_request, no_firstrun_access

api = Blueprint("api_files", __name__)
UPLOAD_FOLDER = os.environ.get("OCTOPRINT_UPLOADS", "/srv/octoprint/uploads")
caller = CommandlineCaller()


@api.route("/files/local/<path:filename>", methods=["GET"])
@no_firstrun_access
def read_gcode_file(filename):
    full = os.path.realpath(os.path.join(UPLOAD_FOLDER, filename))
    if os.path.commonpath([full, os.path.realpath(UPLOAD_FOLDER)]) != os.path.realpath(UPLOAD_FOLDER):
        return jsonify(error="invalid path"), 400
    return send_file(full)


@api.route("/files/local/<path:filename>", methods=["POST"])
@no_firstrun_access
def gcode_file_command(filename):
    valid_commands = {"select": [], "slice": ["slicer"], "copy": ["destination"], "move": ["destination"]}
    command, data, response = get_json_command_from_request(request, valid_commands)
    if command == "slice":
        slicer = data["slicer"]
        profile = data.get("profile") or "default"
        result = caller.call(["/usr/bin/" + secure_filename(slicer), "--profile", profile, os.path.join(UPLOAD_FOLDER, secure_filename(filename))])
        return jsonify(rc=result.returncode)
    if command in ("copy", "move"):
        destination = data["destination"]
        source = os.path.join(UPLOAD_FOLDER, secure_filename(filename))
        # expect: path-traversal
        with open(os.path.join(UPLOAD_FOLDER, destination), "wb") as target, open(source, "rb") as src:
            target.write(src.read())
        return jsonify(done=True)
    return jsonify(selected=filename)
