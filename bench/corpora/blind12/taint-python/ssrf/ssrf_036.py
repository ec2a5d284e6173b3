# library: Flask + urllib.request.urlopen
"""urllib.request.urlopen: value from request (form[...])."""
import urllib.request

from flask import Flask, request


app = Flask(__name__)

ALLOWED = {"status.example.com", "api.example.com", "cdn.example.com"}


@app.post("/preview")
def preview_18():
    param = request.form["endpoint"]
    if param not in ALLOWED:
        return {"error": "value not allowed"}, 400
    bar = param
    with urllib.request.urlopen(bar, timeout=5) as fh:
        body = fh.read(4096)
    return {"bytes": len(body)}
