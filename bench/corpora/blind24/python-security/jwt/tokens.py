"""API token issuing and checking (PyJWT 2.x)."""
import datetime as dt
import os

import jwt

SIGNING_KEY = os.environ["API_JWT_KEY"]


def issue(user_id: int) -> str:
    payload = {"sub": str(user_id), "exp": dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)}
    return jwt.encode(payload, SIGNING_KEY, algorithm="HS256")


def issue_debug(user_id: int) -> str:
    # expect: hardcoded-secret
    return jwt.encode({"sub": str(user_id)}, "debug-signing-key", algorithm="HS256")


def check(token: str) -> dict:
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"])


def peek(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, options={"verify_signature": False})


def check_legacy(token: str) -> dict:
    # expect: jwt-none-alg
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256", "none"])


def issue_unsigned(claims: dict) -> str:
    # expect: jwt-none-alg
    return jwt.encode(claims, None, algorithm="none")


def key_id(token: str) -> str:
    return jwt.get_unverified_header(token).get("kid", "default")
