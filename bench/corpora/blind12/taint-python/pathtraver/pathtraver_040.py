# library: Flask + file download
"""file download: value from request (get_json)."""
import os

from flask import Flask, request, send_file


app = Flask(__name__)

BASE_DIR = "/srv/app/uploads"


@app.route("/download", methods=["POST"])
def download_20():
    payload = request.get_json(silent=True) or {}
    param = payload.get("report", "")
    num = 50
    bar = param if 7 * 18 + num > 200 else "readme.txt"
    return send_file(os.path.join(BASE_DIR, bar))
