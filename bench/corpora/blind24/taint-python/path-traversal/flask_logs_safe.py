"""Log viewer for support staff, resolved path checked against the root."""
from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
LOG_ROOT = Path("/var/log/app").resolve()


@app.get("/logs")
def view_log():
    service = request.args.get("service", "web")
    day = request.args.get("day", "today")
    target = (LOG_ROOT / service / f"{day}.log").resolve()
    if not target.is_relative_to(LOG_ROOT):
        abort(404)
    with open(target) as fh:
        return {"lines": fh.readlines()[-200:]}
