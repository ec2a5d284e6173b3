"""Log viewer for support staff."""
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
LOG_ROOT = Path("/var/log/app")


@app.get("/logs")
def view_log():
    service = request.args.get("service", "web")
    day = request.args.get("day", "today")
    # expect: path-traversal
    with open(LOG_ROOT / service / f"{day}.log") as fh:
        return {"lines": fh.readlines()[-200:]}
