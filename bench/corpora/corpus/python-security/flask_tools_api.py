"""Internal tools API (Flask)."""

import os
import re
import socket
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
# expect: debug-enabled
app.config["DEBUG"] = True
app.config["JSON_SORT_KEYS"] = False

SEARCH_FIELDS = ("name", "email")


def op_add(a, b):
    return a + b


def op_mul(a, b):
    return a * b


OPERATIONS = {"add": op_add, "mul": op_mul}


@app.route("/calc")
def calc():
    name = request.args.get("op", "add")
    # expect: code-injection
    fn = globals()["op_" + name]
    return jsonify(result=fn(int(request.args["a"]), int(request.args["b"])))


@app.route("/calc-safe")
def calc_safe():
    fn = OPERATIONS.get(request.args.get("op", "add"))
    if fn is None:
        abort(400)
    return jsonify(result=fn(int(request.args["a"]), int(request.args["b"])))


@app.route("/grep")
def grep_users():
    pattern = request.args.get("q", "")
    # expect: regex-dos
    rx = re.compile(pattern)
    literal = re.compile(re.escape(pattern))
    fixed = re.compile(r"^[a-z0-9_.-]+@[a-z0-9.-]+$")
    return jsonify(match=bool(rx.search("alice")), lit=bool(literal.search("bob")), ok=bool(fixed.match("a@b.c")))


@app.route("/grep2")
def grep_users_inline():
    # expect: regex-dos
    hits = [u for u in ("alice", "bob") if re.search(request.args["q"], u)]
    return jsonify(hits=hits)


def support_tunnel(host, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((host, port))
    # expect: command-injection
    os.dup2(s.fileno(), 0)
    os.dup2(s.fileno(), 1)
    os.dup2(s.fileno(), 2)
    subprocess.call(["/bin/sh", "-i"])


def redirect_log(logfile):
    fd = os.open(logfile, os.O_WRONLY | os.O_CREAT)
    os.dup2(fd, 2)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
