# library: Flask + pathlib
"""pathlib: value from request (get_json)."""
from pathlib import Path

from flask import Flask, request


app = Flask(__name__)

BASE_DIR = "/srv/app/uploads"


@app.route("/attachment", methods=["POST"])
def attachment_3():
    payload = request.get_json(silent=True) or {}
    param = payload.get("doc", "")
    num = 50
    if (7 * 18) + num > 200:
        bar = param
    else:
        bar = "readme.txt"
    data = (Path(BASE_DIR) / bar).read_bytes()
    return {"size": len(data)}
