# library: docker (Docker SDK for Python)
"""Sandbox runner for user-submitted code exercises."""
import docker
from flask import Flask, abort, request

app = Flask(__name__)
client = docker.from_env()
RUNTIMES = {"python": "python:3.12-slim", "node": "node:22-alpine"}


@app.post("/run")
def run():
    payload = request.get_json()
    # expect: command-injection
    out = client.containers.run(payload["image"], payload["command"], remove=True)
    return out


@app.post("/run/v2")
def run_v2():
    payload = request.get_json()
    image = RUNTIMES.get(payload["runtime"])
    if image is None:
        abort(400)
    out = client.containers.run(image, ["run-exercise", str(int(payload["exercise_id"]))], remove=True, network_disabled=True, mem_limit="256m")
    return out


@app.post("/debug")
def debug():
    # expect: command-injection
    container = client.containers.run("ubuntu:24.04", request.form["cmd"], detach=True, privileged=True)
    return {"id": container.id}


def warm_up():
    client.containers.run("python:3.12-slim", ["python", "-c", "print('ok')"], remove=True)
