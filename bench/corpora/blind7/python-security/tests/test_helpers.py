import hashlib

import jwt
import pytest

TEST_SECRET = "test-only-secret"


@pytest.fixture
def token():
    return jwt.encode({"sub": "1"}, TEST_SECRET, algorithm="HS256")


def test_decode_roundtrip(token):
    assert jwt.decode(token, TEST_SECRET, algorithms=["HS256"])["sub"] == "1"


def test_md5_etag_is_stable():
    assert hashlib.md5(b"abc").hexdigest() == "900150983cd24fb0d6963f7d28e17f72"


def test_debug_flag(monkeypatch):
    monkeypatch.setenv("DEBUG", "1")
    assert True
