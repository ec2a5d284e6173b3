"""Runs user-submitted grading jobs in containers."""
import docker
from flask import Blueprint, jsonify, request

bp = Blueprint("sandbox", __name__)
RUNNER_IMAGE = "registry.internal/grader:2024.3"
LIMITS = {"mem_limit": "512m", "network_disabled": True, "pids_limit": 128}


@bp.post("/jobs")
def submit_job():
    client = docker.from_env()
    spec = request.get_json()
    # expect: container-run
    container = client.containers.run(spec["image"], spec.get("command"), detach=True, **LIMITS)
    return jsonify(id=container.id), 202


@bp.post("/jobs/prepare")
def prepare_job():
    client = docker.DockerClient(base_url="unix:///var/run/docker.sock")
    image = request.form.get("image", RUNNER_IMAGE)
    # expect: container-run
    container = client.containers.create(
        image,
        command=["/grader/run", request.form["submission_id"]],
        **LIMITS,
    )
    return jsonify(id=container.id), 201


@bp.post("/jobs/custom")
def submit_custom():
    client = docker.from_env()
    image_name = request.headers.get("X-Runner-Image", RUNNER_IMAGE)
    # expect: container-run
    out = client.containers.run(image_name, ["/grader/run"], remove=True, **LIMITS)
    return jsonify(output=out.decode())


@bp.post("/jobs/grade")
def grade():
    client = docker.from_env()
    sub = request.form["submission_id"]
    out = client.containers.run("registry.internal/grader:2024.3", ["/grader/run", sub], remove=True, **LIMITS)
    return jsonify(output=out.decode())


@bp.get("/jobs/selftest")
def selftest():
    client = docker.from_env()
    out = client.containers.run("alpine:3.19", "echo ok", remove=True)
    return jsonify(output=out.decode().strip())
