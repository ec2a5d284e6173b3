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
        bar = param
    else:
        bar = "readme.txt"
    data = (Path(BASE_DIR) / bar).read_bytes()
    return {"size": len(data)}
