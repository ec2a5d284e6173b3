# library: Flask + file download
"""file download: value from request (args.getlist)."""
import os

from flask import Blueprint, request, send_file, send_from_directory


bp = Blueprint("pathtraver_download_14", __name__)

BASE_DIR = "/srv/app/uploads"

DEFAULT_VALUE = "readme.txt"


@bp.route("/download")
def download_14():
    values = request.args.getlist("path")
    param = values[0] if values else ""
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    return send_from_directory(BASE_DIR, bar)
