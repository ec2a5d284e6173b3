# library: Flask + urllib.request.urlopen
"""urllib.request.urlopen: value from request (args[...])."""
import urllib.request

from flask import Flask, request


app = Flask(__name__)


@app.route("/preview")
def preview_8():
    param = request.args["endpoint"]
    mapping = {"keyA": "status.example.com", "keyB": param, "keyC": "api.example.com"}
    bar = mapping["keyB"]
    # expect: ssrf
    with urllib.request.urlopen(bar, timeout=5) as fh:
        body = fh.read(4096)
    return {"bytes": len(body)}
