"""Run user-submitted jobs in containers for the CI sandbox."""
import docker
from docker import DockerClient

DEFAULT_IMAGE = "python:3.12-slim"


def run_job(job):
    client = docker.from_env()
    image = job.get("image", DEFAULT_IMAGE)
    # expect: command-injection
    return client.containers.run(image, job["command"], detach=True, mem_limit="512m")


def prepare_job(job):
    cli = docker.DockerClient(base_url="unix://var/run/docker.sock")
    # expect: command-injection
    container = cli.containers.create(
        image=job["image"],
        command=job["script"],
        environment=job.get("env", {}),
    )
    return container.id


async def run_batch(jobs):
    client = docker.from_env()
    # expect: command-injection
    return [client.containers.run(j["image"], j["cmd"], detach=True) for j in jobs]


def lint_job(source_dir):
    client = docker.from_env()
    return client.containers.run("registry.internal/ci/flake8:6", ["flake8", "/src"], volumes={source_dir: {"bind": "/src", "mode": "ro"}}, remove=True)


def health_probe():
    client = DockerClient.from_env()
    return client.containers.create("alpine:3.19", "true").id
