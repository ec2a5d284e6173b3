# library: Flask + file download
"""file download: value from request (args.get + guard)."""
import os

from flask import Flask, request, send_file


app = Flask(__name__)

BASE_DIR = "/srv/app/uploads"

DEFAULT_VALUE = "readme.txt"


@app.route("/download")
def download_2():
    param = request.args.get("name")
    if not param:
        param = ""
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    # expect: path-traversal
    return send_file(os.path.join(BASE_DIR, bar))
