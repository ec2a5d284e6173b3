"""Build steps the worker runs for one environment build."""
import json
import os
import shlex
import subprocess
import tempfile

import yaml

from conda_store_server import api


def build_prefix(conda_store, build) -> str:
    """<store>/<namespace>/<name>-<build id>; namespace and name come from the specification."""
    env = build.environment
    return os.path.join(conda_store.store_directory, env.namespace.name, f"{env.name}-{build.id}")


def solve_lockfile(conda_store, build):
    """Solve the specification with conda-lock, passing every value as its own argument."""
    with tempfile.TemporaryDirectory() as tmp:
        spec_path = os.path.join(tmp, "environment.yaml")
        with open(spec_path, "w") as fh:
            yaml.safe_dump(build.specification.spec, fh)
        subprocess.run(
            ["conda-lock", "--file", spec_path, "--platform", conda_store.conda_platform,
             "--lockfile", os.path.join(tmp, "conda-lock.yaml")],
            check=True, capture_output=True, cwd=tmp,
        )
        with open(os.path.join(tmp, "conda-lock.yaml")) as fh:
            build.lockfile = yaml.safe_load(fh)


def build_conda_environment(conda_store, build):
    """Install the solved lockfile into the build prefix and record the logs."""
    prefix = build_prefix(conda_store, build)
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as fh:
        yaml.safe_dump(build.lockfile, fh)
        lockfile_path = fh.name
    # expect: command-injection
    proc = subprocess.run(f"conda-lock install --prefix {prefix} {lockfile_path}", shell=True, capture_output=True, text=True)
    conda_store.storage.set(build.log_key, proc.stdout + proc.stderr, content_type="text/plain")
    if proc.returncode != 0:
        raise RuntimeError(f"build {build.id} failed")
    export = subprocess.run(
        [conda_store.conda_command, "env", "export", "--prefix", prefix, "--json"],
        check=True, capture_output=True, text=True,
    )
    build.export = json.loads(export.stdout)


def build_conda_pack(conda_store, build):
    prefix = build_prefix(conda_store, build)
    output = os.path.join(conda_store.store_directory, "artifacts", str(build.id), "environment.tar.gz")
    os.makedirs(os.path.dirname(output), exist_ok=True)
    subprocess.run(
        f"conda-pack --prefix {shlex.quote(prefix)} --output {shlex.quote(output)} --force",
        shell=True, check=True, capture_output=True,
    )
