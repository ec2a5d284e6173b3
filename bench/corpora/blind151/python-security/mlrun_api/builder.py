"""Local image builder used when no in-cluster builder is configured."""
import logging
import re
import subprocess

logger = logging.getLogger("mlrun-api")

REGISTRY = "registry.local:5000"
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


def build_image(name, requirements):
    tag = f"{REGISTRY}/func-{name}:latest"
    reqs = " ".join(requirements)
    script = f"docker build -t {tag} --build-arg REQUIREMENTS='{reqs}' /mlrun/build"
    # expect: command-injection
    subprocess.run(script, shell=True, check=True)
    return tag


def build_image_argv(name, requirements):
    if not NAME_RE.match(name):
        raise ValueError("invalid function name")
    tag = f"{REGISTRY}/func-{name}:latest"
    argv = ["docker", "build", "-t", tag, "--build-arg", "REQUIREMENTS=" + " ".join(requirements), "/mlrun/build"]
    subprocess.run(argv, check=True)
    return tag


def image_for(name):
    if not NAME_RE.match(name):
        raise ValueError("invalid function name")
    return f"{REGISTRY}/func-{name}:latest"
