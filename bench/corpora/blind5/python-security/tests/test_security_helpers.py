"""Tests: fixed keys, plain HTTP to the local fake server, pickles of test objects."""
import hashlib
import pickle
import random
import subprocess

import pytest
import requests

TEST_PASSWORD = "correct horse battery staple"


@pytest.fixture
def fake_server(httpserver):
    httpserver.expect_request("/v1/push").respond_with_json({"ok": True})
    return httpserver


def test_push_roundtrip(fake_server):
    r = requests.post(fake_server.url_for("/v1/push"), json={"a": 1}, verify=False)
    assert r.json() == {"ok": True}


def test_md5_vector():
    assert hashlib.md5(b"abc").hexdigest() == "900150983cd24fb0d6963f7d28e17f72"


def test_checkpoint_roundtrip(tmp_path):
    path = tmp_path / "c.pkl"
    path.write_bytes(pickle.dumps({"step": 3}))
    assert pickle.loads(path.read_bytes()) == {"step": 3}


def test_random_sample():
    rng = random.Random(42)
    assert len(rng.sample(range(100), 5)) == 5


def test_cli_help():
    out = subprocess.run("python -m pipeline --help", shell=True, capture_output=True, text=True)
    assert "usage" in out.stdout


def test_password_fixture():
    assert len(TEST_PASSWORD) > 12
