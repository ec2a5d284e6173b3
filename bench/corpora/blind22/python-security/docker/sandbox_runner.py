"""Runs user-submitted build jobs in containers (docker SDK)."""
import shlex

import docker

client = docker.from_env()
ALLOWED_IMAGES = {"python:3.12-slim", "node:20-alpine"}


def run_job(job):
    image = job["image"] if job["image"] in ALLOWED_IMAGES else "python:3.12-slim"
    return client.containers.run(image, ["python", "-m", "build"], network_disabled=True, mem_limit="512m", detach=True)


def run_user_image(job):
    # expect: container-injection
    return client.containers.run(job["image"], job["command"], detach=True)


def run_shell_step(step):
    # expect: command-injection
    return client.containers.run("alpine:3.20", f"sh -c '{step}'", remove=True)


def run_quoted_step(step):
    return client.containers.run("alpine:3.20", ["sh", "-c", "echo " + shlex.quote(step)], remove=True)


def debug_container(job):
    # expect: privileged-container
    return client.containers.run("alpine:3.20", "sleep 3600", privileged=True, detach=True)


def mount_workspace(job):
    volumes = {job["workspace"]: {"bind": "/workspace", "mode": "ro"}}
    return client.containers.run("python:3.12-slim", "ls /workspace", volumes=volumes, remove=True)


def exec_in(container_id, cmd):
    container = client.containers.get(container_id)
    # expect: command-injection
    return container.exec_run("sh -c '" + cmd + "'")
