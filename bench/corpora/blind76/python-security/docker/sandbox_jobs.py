"""Run user-submitted CI jobs in containers (the 'sandbox' service)."""
import os

import docker
import docker as dk
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("sandbox", __name__)

REGISTRY = os.environ.get("SANDBOX_REGISTRY", "registry.internal:5000")
ALLOWED_RUNTIMES = {
    "python": "python:3.12-slim",
    "node": "node:20-alpine",
}


@bp.route("/jobs", methods=["POST"])
def run_job():
    spec = request.get_json(force=True)
    client = docker.from_env()
    # expect: arbitrary-container-run
    container = client.containers.run(spec["image"], spec.get("command"), detach=True, mem_limit="512m")
    return jsonify(id=container.id), 202


@bp.route("/jobs/prepare", methods=["POST"])
def prepare_job():
    name = request.form["name"]
    tag = request.form.get("tag", "latest")
    image_ref = f"{REGISTRY}/{name}:{tag}"
    client = dk.DockerClient(base_url="unix:///var/run/docker.sock")
    # expect: arbitrary-container-run
    container = client.containers.create(image_ref, command=request.form.get("cmd"))
    return jsonify(id=container.id, status=container.status)


class RemoteRunner:
    def __init__(self, host):
        self.client = docker.DockerClient(base_url=f"tcp://{host}:2376", tls=True)

    def launch(self, image, env=None):
        # expect: arbitrary-container-run
        return self.client.containers.run(image, environment=env or {}, detach=True, auto_remove=True)


@bp.route("/jobs/<runtime>", methods=["POST"])
def run_runtime(runtime):
    client = docker.from_env()
    image = request.args.get("image") or ALLOWED_RUNTIMES["python"]
    # expect: arbitrary-container-run
    c = client.containers.run(image,
                              ["sh", "-c", "make test"],
                              detach=True)
    return jsonify(id=c.id)


@bp.route("/jobs/safe/<runtime>", methods=["POST"])
def run_allowlisted(runtime):
    if runtime not in ALLOWED_RUNTIMES:
        abort(404)
    client = docker.from_env()
    c = client.containers.run(ALLOWED_RUNTIMES[runtime], ["python", "-m", "pytest", "-q"], detach=True, network_disabled=True)
    return jsonify(id=c.id)


def healthcheck():
    client = docker.from_env()
    out = client.containers.run("alpine:3.19", ["echo", "ok"], remove=True)
    return out.strip() == b"ok"
