"""Shared pytest fixtures for the storefront test-suite."""
from __future__ import annotations

import hashlib
import os
import random
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
import requests
import yaml


@pytest.fixture(scope="session")
def rng() -> random.Random:
    return random.Random(1234)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "uploads").mkdir()
    os.chmod(tmp_path / "uploads", 0o755)
    return tmp_path


@pytest.fixture(scope="session")
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def fixtures_yaml() -> dict:
    with open(Path(__file__).parent / "fixtures.yml") as fh:
        return yaml.safe_load(fh)


@pytest.fixture
def scratch_file():
    with tempfile.NamedTemporaryFile("w+", suffix=".csv", delete=True) as fh:
        yield fh


@pytest.fixture(scope="session")
def git_sha() -> str:
    return subprocess.check_output(["git", "rev-parse", "HEAD"], text=True).strip()


@pytest.fixture
def fake_etag():
    return lambda body: hashlib.md5(body).hexdigest()


@pytest.fixture
def live_api(free_port):
    proc = subprocess.Popen(["python", "-m", "storefront.api", "--port", str(free_port)])
    yield f"http://127.0.0.1:{free_port}"
    proc.terminate()


def test_healthcheck(live_api):
    resp = requests.get(f"{live_api}/health", timeout=5)
    assert resp.status_code == 200
    assert resp.json()["status"] == "ok"
