"""drakrun web API: sample upload, analysis status, logs and screenshots."""
import os
import re
import uuid
from tempfile import NamedTemporaryFile

from flask import Flask, abort, jsonify, request, send_file, send_from_directory

from drakrun.lib.config import load_config
from drakrun.web import jobs
from drakrun.web.analysis_files import (
    ANALYSES_DIR,
    read_checked_log,
    read_log,
    screenshot_dir,
)
from drakrun.web.archive import extract_archive, list_archive

app = Flask(__name__, static_folder="frontend/dist/assets")
config = load_config()

TASK_UID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MAX_TIMEOUT = 60 * 20


@app.after_request
def add_header(response):
    response.headers["Access-Control-Allow-Origin"] = config.web.cors_origin
    return response


@app.route("/upload", methods=["POST"])
def upload():
    sample = request.files.get("file")
    timeout = min(int(request.form.get("timeout", 600)), MAX_TIMEOUT)
    if sample is None:
        abort(400, description="missing file")
    with NamedTemporaryFile(delete=False, suffix=".bin") as tmp:
        sample.save(tmp.name)
    password = request.form.get("archive_password")
    if password:
        members = list_archive(tmp.name, password)
        if len(members) != 1:
            abort(400, description="archive must hold exactly one sample")
        unpacked = extract_archive(tmp.name, password, os.path.dirname(tmp.name))
        os.unlink(tmp.name)
        sample_path = unpacked
    else:
        sample_path = tmp.name
    task_uid = jobs.enqueue_local_sample(sample_path, timeout=timeout)
    return jsonify({"task_uid": task_uid})


@app.route("/upload_url", methods=["POST"])
def upload_url():
    payload = request.get_json(force=True)
    sample_url = payload["url"]
    timeout = min(int(payload.get("timeout", 600)), MAX_TIMEOUT)
    task_uid = jobs.enqueue_remote_sample(sample_url, timeout=timeout)
    return jsonify({"task_uid": task_uid})


@app.route("/upload_mwdb/<sha256>", methods=["POST"])
def upload_mwdb(sha256):
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        abort(400)
    task_uid = jobs.enqueue_mwdb_sample(sha256)
    return jsonify({"task_uid": task_uid})


@app.route("/status/<task_uid>")
def status(task_uid):
    return jsonify(jobs.job_status(task_uid))


@app.route("/logs/<task_uid>/<path:log_name>")
def logs(task_uid, log_name):
    return app.response_class(read_log(task_uid, log_name), mimetype="text/plain")


@app.route("/logs/v2/<task_uid>/<log_type>")
def logs_v2(task_uid, log_type):
    return app.response_class(read_checked_log(task_uid, log_type), mimetype="text/plain")


@app.route("/screenshot/<task_uid>/<int:which>")
def screenshot(task_uid, which):
    if not TASK_UID_RE.match(task_uid):
        abort(404)
    return send_from_directory(screenshot_dir(task_uid), f"{which}.png")


@app.route("/pcap/<uuid:task_uid>")
def pcap(task_uid: uuid.UUID):
    path = os.path.join(ANALYSES_DIR, str(task_uid), "dump.pcap")
    if not os.path.exists(path):
        abort(404)
    return send_file(path, mimetype="application/vnd.tcpdump.pcap")
