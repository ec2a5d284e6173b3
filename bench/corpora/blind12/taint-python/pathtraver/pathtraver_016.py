# library: Flask + file download
"""file download: value from request (get_json[...])."""
import os

from flask import Blueprint, request, send_file


bp = Blueprint("pathtraver_download_8", __name__)

BASE_DIR = "/srv/app/uploads"


@bp.post("/download")
def download_8():
    data = request.get_json()
    param = str(data["doc"])
    num = 196
    bar = "readme.txt" if 7 * 18 + num > 200 else param
    return send_file(os.path.join(BASE_DIR, bar))
