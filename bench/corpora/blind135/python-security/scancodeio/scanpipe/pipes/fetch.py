"""Fetch inputs: HTTP downloads, docker images, git repositories."""
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import requests

DOCKER_REF_RE = re.compile(r"^[a-z0-9][a-z0-9._/\-]*(:[\w.\-]+)?$")


def fetch_url(url, output_dir):
    if url.startswith("docker://"):
        return fetch_docker_image(url[len("docker://"):], output_dir)
    # expect: ssrf
    response = requests.get(url, timeout=60)
    name = Path(urlsplit(url).path).name or "download"
    target = Path(output_dir) / Path(name).name
    target.write_bytes(response.content)
    return target


def fetch_docker_image(reference, output_dir):
    if not DOCKER_REF_RE.match(reference):
        raise ValueError("invalid docker reference")
    subprocess.run(["skopeo", "copy", "docker://" + reference, "docker-archive:" + str(Path(output_dir) / "image.tar")], check=True)


def fetch_git_repo(repo_url, ref, dest):
    # expect: command-injection
    subprocess.run(f"git clone --depth 1 {repo_url} {dest} && cd {dest} && git checkout {ref}", shell=True, check=True)
