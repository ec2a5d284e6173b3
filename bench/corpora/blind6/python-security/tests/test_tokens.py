"""Unit tests for token helpers (fixture keys and local servers only)."""
import jwt
import pytest
from Crypto.PublicKey import RSA

from auth import jwt_tokens

TEST_SECRET = "test-secret"


@pytest.fixture(scope="module")
def small_rsa_key():
    return RSA.generate(1024)


def test_service_token_round_trip(monkeypatch):
    monkeypatch.setenv("SERVICE_JWT_KEY", TEST_SECRET)
    token = jwt_tokens.issue_service_token("billing")
    assert jwt.decode(token, TEST_SECRET, algorithms=["HS512"])["svc"] == "billing"


def test_rs256_token(small_rsa_key):
    class User:
        pk = 7

    token = jwt_tokens.issue_rs256(User(), small_rsa_key.export_key())
    assert jwt.decode(token, small_rsa_key.public_key().export_key(), algorithms=["RS256"])["sub"] == 7


def test_rejects_tampered_token():
    token = jwt.encode({"sub": "1"}, TEST_SECRET, algorithm="HS256")
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token[:-2] + "xx", TEST_SECRET, algorithms=["HS256"])
