# library: Flask + urllib.request.urlopen
"""urllib.request.urlopen: value from request (args.get default)."""
import urllib.request

from flask import Flask, request


app = Flask(__name__)


@app.get("/preview")
def preview_3():
    param = request.args.get("endpoint", "")
    num = 86
    bar = "status.example.com" if 7 * 18 + num > 200 else param
    with urllib.request.urlopen(bar, timeout=5) as fh:
        body = fh.read(4096)
    return {"bytes": len(body)}
