"""Runs customer build containers on the build hosts."""

from __future__ import annotations

import logging

import docker

log = logging.getLogger(__name__)
client = docker.from_env()
BUILD_IMAGE = "acme/builder:2025.10"


def run_build(job_id: str, script: str) -> str:
    container = client.containers.run(
        BUILD_IMAGE,
        command=["bash", "-lc", "make build"],
        environment={"JOB_ID": job_id},
        network_mode="none",
        mem_limit="2g",
        read_only=True,
        detach=True,
    )
    return container.id


def run_privileged_build(job_id: str) -> str:
    container = client.containers.run(
        BUILD_IMAGE,
        command=["make", "image"],
        # expect: insecure-setting
        privileged=True,
        volumes={"/var/run/docker.sock": {"bind": "/var/run/docker.sock", "mode": "rw"}},
        detach=True,
    )
    return container.id


def run_user_step(job: dict) -> str:
    # expect: command-injection
    out = client.containers.run(BUILD_IMAGE, command=f"sh -c '{job['step']}'", remove=True)
    return out.decode()


def run_user_step_argv(job: dict) -> str:
    out = client.containers.run(BUILD_IMAGE, command=["make", "--", str(job["target"])], remove=True,
                                network_mode="none")
    return out.decode()


def prune() -> None:
    client.containers.prune(filters={"label": "acme.build=1"})
    client.images.prune(filters={"dangling": True})
