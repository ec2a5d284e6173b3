"""Runs user-submitted code samples in throwaway containers."""
import docker
from docker import DockerClient

from .models import Submission

RUNTIMES = {"python": "python:3.12-slim", "node": "node:20-alpine"}
LIMITS = {"mem_limit": "256m", "network_disabled": True, "pids_limit": 64}


def run_submission(submission: Submission) -> bytes:
    client = docker.from_env()
    image = RUNTIMES[submission.language]
    return client.containers.run(image, ["sh", "-c", "timeout 10 run-sample"], remove=True, **LIMITS)


def run_custom_image(request) -> bytes:
    client = docker.from_env()
    image = request.POST["image"]
    # expect: docker-arbitrary-container
    return client.containers.run(image, request.POST.get("cmd"), remove=True)


def health() -> bytes:
    client = docker.from_env()
    return client.containers.run("alpine:3.19", ["echo", "ok"], remove=True)


class BuildRunner:
    def __init__(self, base_url: str):
        self.client = DockerClient(base_url=base_url)

    def start(self, spec: dict):
        # expect: docker-arbitrary-container
        container = self.client.containers.create(
            spec["image"],
            command=spec.get("command"),
            volumes=spec.get("volumes", {}),
            detach=True,
        )
        container.start()
        return container.id


def run_from_options(job: dict):
    client = docker.DockerClient(base_url="unix://var/run/docker.sock")
    options = {"image": job["image"], "command": job["command"], "privileged": job.get("privileged", False)}
    # expect: docker-arbitrary-container
    return client.containers.run(detach=True, **options)


def rerun(submission_id: int):
    client = docker.from_env()
    sub = Submission.objects.get(pk=submission_id)
    # expect: docker-arbitrary-container
    return client.containers.run(sub.image_ref, sub.command, remove=True, volumes={"/": {"bind": "/host", "mode": "rw"}})
