"""Run submitted grading jobs in containers."""
import docker
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ALLOWED_IMAGES = {"python": "python:3.12-slim", "node": "node:20-alpine"}


@app.post("/jobs")
def submit_job():
    client = docker.from_env()
    spec = request.get_json()
    # expect: arbitrary-container
    container = client.containers.run(spec["image"], spec.get("command"), detach=True, mem_limit="256m")
    return jsonify({"id": container.id})


@app.post("/jobs/allowed")
def submit_allowed():
    client = docker.from_env()
    spec = request.get_json()
    image = ALLOWED_IMAGES.get(spec.get("runtime"))
    if image is None:
        abort(400)
    container = client.containers.run(image, ["python", "/work/grade.py"], detach=True, network_disabled=True)
    return jsonify({"id": container.id})


@app.post("/services")
def create_service():
    client = docker.DockerClient(base_url="unix://var/run/docker.sock")
    body = request.get_json()
    # expect: arbitrary-container
    container = client.containers.create(body["image"], environment=body.get("env", {}), name=body["name"])
    return jsonify({"id": container.id})


@app.post("/jobs/<job_id>/rerun")
def rerun(job_id):
    client = docker.from_env()
    image = request.args.get("image", "grader:latest")
    # expect: arbitrary-container
    container = client.containers.run(image, command=request.args.get("cmd"), detach=True)
    return jsonify({"id": container.id})


@app.get("/health")
def health():
    client = docker.from_env()
    out = client.containers.run("alpine:3.20", "echo ok", remove=True)
    return jsonify({"docker": out.decode().strip()})
