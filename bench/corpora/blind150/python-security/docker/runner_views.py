"""Sandbox runner: starts analysis containers on request from the web UI."""
import logging

import docker
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("runner", __name__, url_prefix="/runner")
log = logging.getLogger(__name__)
client = docker.from_env()

IMAGES = {"python": "sandbox/python:3.12", "node": "sandbox/node:20"}


@bp.route("/run", methods=["POST"])
def run_image():
    image = request.json["image"]
    # expect: command-injection
    out = client.containers.run(image, request.json.get("cmd", ""), remove=True)
    return jsonify(output=out.decode(errors="replace"))


@bp.route("/start", methods=["POST"])
def start_detached():
    spec = request.get_json()
    # expect: command-injection
    container = client.containers.create(spec["image"], command=spec.get("cmd"), detach=True)
    container.start()
    return jsonify(id=container.id)


@bp.route("/scan/<path:image>")
def scan(image):
    # expect: command-injection
    report = client.containers.run(image, "trivy fs /", remove=True, network_disabled=True)
    return jsonify(report=report.decode(errors="replace"))


@bp.route("/sandbox/<lang>", methods=["POST"])
def run_sandbox(lang):
    image = IMAGES.get(lang)
    if image is None:
        abort(404)
    out = client.containers.run(
        image,
        ["python", "-I", "/work/main.py"] if lang == "python" else ["node", "/work/main.js"],
        remove=True,
        network_disabled=True,
        mem_limit="256m",
        read_only=True,
    )
    return jsonify(output=out.decode(errors="replace"))


@bp.route("/health")
def health():
    out = client.containers.run("alpine:3.19", "echo ok", remove=True)
    return jsonify(ok=out.strip() == b"ok")
