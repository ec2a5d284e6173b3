# library: re
import re

from flask import Flask, abort, request

app = Flask(__name__)
with open("/var/log/app/app.log", encoding="utf-8") as fh:
    LINES = fh.read().splitlines()
LEVEL_RE = re.compile(r"^(DEBUG|INFO|WARNING|ERROR)\b")


@app.get("/logs/grep")
def grep():
    pattern = request.args["q"]
    # expect: regex-injection
    rx = re.compile(pattern)
    return {"hits": [line for line in LINES if rx.search(line)]}


@app.get("/logs/find")
def find():
    needle = request.args["q"]
    rx = re.compile(re.escape(needle), re.IGNORECASE)
    return {"hits": [line for line in LINES if rx.search(line)]}


@app.get("/logs/user")
def by_user():
    user = request.args["user"]
    # expect: regex-injection
    hits = [line for line in LINES if re.search(r"user=" + user + r"\b", line)]
    return {"hits": hits}


@app.get("/logs/level")
def by_level():
    level = request.args.get("level", "ERROR")
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        abort(400)
    return {"hits": [line for line in LINES if re.match(level, line)]}
