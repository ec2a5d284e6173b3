"""Small admin panel for the office print server (CUPS)."""
import os
import subprocess
import tempfile

from flask import Flask, abort, jsonify, request
from flask_login import login_required

app = Flask(__name__)

KNOWN_QUEUES = {"floor1-color", "floor1-mono", "floor2-mono", "plotter"}


@app.route("/queues")
@login_required
def queues():
    out = subprocess.run(["lpstat", "-a"], capture_output=True, text=True, check=False)
    return jsonify(lines=out.stdout.splitlines())


@app.route("/queues/<queue>/status")
@login_required
def queue_status(queue):
    if queue not in KNOWN_QUEUES:
        abort(404)
    out = subprocess.run(["lpstat", "-p", queue], capture_output=True, text=True, check=False)
    return jsonify(status=out.stdout.strip())


@app.route("/queues/<queue>/enable", methods=["POST"])
@login_required
def enable_queue(queue):
    # expect: command-injection
    code = os.system(f"cupsenable {queue}")
    return jsonify(ok=code == 0)


@app.route("/print", methods=["POST"])
@login_required
def print_upload():
    upload = request.files["document"]
    fd, path = tempfile.mkstemp(suffix=".pdf")
    with os.fdopen(fd, "wb") as fh:
        upload.save(fh)
    copies = int(request.form.get("copies", 1))
    # expect: command-injection
    code = os.system("lp -d " + request.form["printer"] + " -n " + str(copies) + " " + path)
    os.unlink(path)
    return jsonify(ok=code == 0)


@app.route("/restart", methods=["POST"])
@login_required
def restart():
    code = os.system("systemctl restart cups")
    return jsonify(ok=code == 0)


@app.route("/queues/<queue>/cancel-all", methods=["POST"])
@login_required
def cancel_all(queue):
    if queue not in KNOWN_QUEUES:
        abort(404)
    code = subprocess.call(["cancel", "-a", queue])
    return jsonify(ok=code == 0)
