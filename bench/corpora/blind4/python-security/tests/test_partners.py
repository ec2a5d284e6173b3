"""Integration tests against the partner sandbox and a local fake server."""
import hashlib
import pickle
import subprocess

import pytest
import requests

from clients.partners import CarrierClient

SANDBOX = "http://localhost:8089"


@pytest.fixture
def client():
    return CarrierClient(SANDBOX, token="test-token")


def test_rates(client, requests_mock):
    requests_mock.post(f"{SANDBOX}/rates", json={"rate": 4.2})
    assert client.rates({"weight": 1})["rate"] == 4.2


def test_sandbox_health():
    resp = requests.get(f"{SANDBOX}/health", verify=False)
    assert resp.status_code == 200


def test_md5_vector():
    assert hashlib.md5(b"abc").hexdigest() == "900150983cd24fb0d6963f7d28e17f72"


def test_roundtrip():
    data = {"a": [1, 2, 3]}
    assert pickle.loads(pickle.dumps(data)) == data


def test_cli_help():
    out = subprocess.run("python -m clients --help", shell=True, capture_output=True, text=True)
    assert "usage" in out.stdout
