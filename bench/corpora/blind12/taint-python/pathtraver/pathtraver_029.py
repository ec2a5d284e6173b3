# library: Flask + pathlib
"""pathlib: value from request (headers)."""
from pathlib import Path

from flask import Flask, request


app = Flask(__name__)

BASE_DIR = "/srv/app/uploads"


@app.get("/attachment")
def attachment_15():
    param = request.headers.get("X-Report", "")
    num = 50
    if (7 * 18) + num > 200:
        bar = "readme.txt"
    else:
        bar = param
    # expect: path-traversal
    data = (Path(BASE_DIR) / bar).read_bytes()
    return {"size": len(data)}
