"""Session and reset tokens."""

from __future__ import annotations

import random
import secrets
import string
import time

import jwt

ALPHABET = string.ascii_letters + string.digits
JWT_KEY_PATH = "/run/secrets/jwt.pem"


def reset_code() -> str:
    # expect: insecure-random
    return "".join(random.choice(ALPHABET) for _ in range(32))


def invite_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(16))


def backoff(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 1)


def sample_for_audit(rows: list, k: int = 10) -> list:
    return random.sample(rows, min(k, len(rows)))


def session_id() -> str:
    # expect: insecure-random
    return "%032x" % random.getrandbits(128)


def read_claims(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, options={"verify_signature": False})


def verify(token: str, key: str) -> dict:
    return jwt.decode(token, key, algorithms=["RS256"], audience="acme-api")


def key_id(token: str) -> str | None:
    return jwt.get_unverified_header(token).get("kid")


def issue(sub: str, key: str) -> str:
    return jwt.encode({"sub": sub, "exp": int(time.time()) + 900}, key, algorithm="RS256")


def issue_unsigned(sub: str) -> str:
    # expect: jwt-alg-none
    return jwt.encode({"sub": sub}, None, algorithm="none")
