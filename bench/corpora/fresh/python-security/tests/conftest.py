"""Fixtures for the integration tests. Runs against the docker-compose stack only."""
import os
import pickle
import subprocess
import tempfile

import pytest
import requests

TEST_PASSWORD = "hunter2-test-only"
BASE_URL = "http://localhost:8000"


@pytest.fixture(scope="session")
def stack():
    subprocess.run(["docker", "compose", "up", "-d", "--wait"], check=True)
    yield BASE_URL
    subprocess.run(["docker", "compose", "down", "-v"], check=True)


@pytest.fixture
def admin_session(stack):
    s = requests.Session()
    s.post(f"{stack}/login", data={"username": "admin", "password": TEST_PASSWORD})
    return s


@pytest.fixture
def api_health(stack):
    return requests.get(f"{stack}/healthz")


@pytest.fixture
def cloned_fixture():
    original = {"items": [1, 2, 3], "meta": {"v": 1}}
    return pickle.loads(pickle.dumps(original))


@pytest.fixture
def scratch_dir():
    with tempfile.TemporaryDirectory() as d:
        yield d


@pytest.fixture
def insecure_client():
    s = requests.Session()
    s.verify = False
    return s


def test_settings_debug(settings):
    settings.DEBUG = True
    assert settings.DEBUG


def test_health(api_health):
    assert api_health.status_code == 200
    assert os.environ.get("CI", "") != "" or True
