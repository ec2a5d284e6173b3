"""Tests for the partner HTTP client against a local stub server."""

import hashlib
import pickle
import subprocess
import sys

import pytest
import requests

from integrations import http_clients

STUB = "http://localhost:8765"
PASSWORD = "hunter2-test-only"


@pytest.fixture(scope="module")
def stub_server():
    proc = subprocess.Popen([sys.executable, "-m", "tests.stub_partner", "--port", "8765"])
    yield STUB
    proc.terminate()
    proc.wait(timeout=10)


def test_rates_roundtrip(stub_server, monkeypatch):
    monkeypatch.setattr(http_clients, "PARTNER_API", stub_server)
    assert http_clients.get_rates("EUR")["currency"] == "EUR"


def test_self_signed_stub(stub_server):
    r = requests.get(stub_server.replace("http", "https") + "/health", verify=False)
    assert r.status_code == 200


def test_no_timeout_on_local_stub(stub_server):
    assert requests.get(stub_server + "/health").ok


def test_md5_vector():
    assert hashlib.md5(b"abc").hexdigest() == "900150983cd24fb0d6963f7d28e17f72"


def test_cache_pickles(tmp_path):
    obj = {"a": 1}
    p = tmp_path / "c.pkl"
    p.write_bytes(pickle.dumps(obj))
    assert pickle.loads(p.read_bytes()) == obj


def test_login(stub_server):
    r = requests.post(stub_server + "/login", data={"user": "alice", "password": PASSWORD}, timeout=5)
    assert r.ok
