# library: Flask + urllib.request.urlopen
"""urllib.request.urlopen: value from request (form.get or)."""
import urllib.request

from flask import Flask, request


app = Flask(__name__)

DEFAULT_VALUE = "status.example.com"


@app.route("/preview", methods=["POST"])
def preview_13():
    param = request.form.get("endpoint") or ""
    bar = param.strip()
    bar = DEFAULT_VALUE
    with urllib.request.urlopen(bar, timeout=5) as fh:
        body = fh.read(4096)
    return {"bytes": len(body)}
