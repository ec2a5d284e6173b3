"""Tiny HTTP front: queue a hash job, poll its result."""
import re

from flask import Flask, abort, jsonify, request

from tasks import app as celery_app
from tasks import calc_file_digest, calc_file_md5, calc_mirror_digest

web = Flask(__name__)
TASK_ID_RE = re.compile(r"^[0-9a-f-]{36}$")


@web.post("/md5")
def submit_md5():
    task = calc_file_md5.delay(request.form["url"])
    return jsonify(task_id=task.id), 202


@web.post("/digest")
def submit_digest():
    task = calc_file_digest.delay(request.form["url"], request.form.get("algo", "sha256"))
    return jsonify(task_id=task.id), 202


@web.post("/v2/digest")
def submit_digest_v2():
    task = calc_mirror_digest.delay(request.form["url"], request.form.get("algo", "sha256"))
    return jsonify(task_id=task.id), 202


@web.get("/result/<task_id>")
def result(task_id):
    if not TASK_ID_RE.match(task_id):
        abort(404)
    res = celery_app.AsyncResult(task_id)
    if not res.ready():
        return jsonify(state=res.state), 202
    if res.failed():
        return jsonify(state="FAILURE"), 500
    return jsonify(state="SUCCESS", digest=res.get(timeout=1))
