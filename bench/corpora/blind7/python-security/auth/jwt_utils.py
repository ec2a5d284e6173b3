import datetime as dt
import os
from typing import Any

import jwt

ISSUER = "accounts.example.com"
# expect: hardcoded-secret
JWT_SECRET = "s3cr3t-jwt-signing-key-do-not-share"


def issue_access_token(user_id: int, scopes: list[str]) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    payload = {"sub": str(user_id), "scp": scopes, "iss": ISSUER, "iat": now, "exp": now + dt.timedelta(minutes=15)}
    # expect: hardcoded-secret
    return jwt.encode(payload, JWT_SECRET, algorithm="HS256")


def read_access_token(token: str) -> dict[str, Any]:
    # expect: hardcoded-secret
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"], issuer=ISSUER)


def peek_claims(token: str) -> dict[str, Any]:
    # expect: jwt-verify-disabled
    return jwt.decode(token, options={"verify_signature": False})


def issue_refresh_token(user_id: int) -> str:
    key = os.environ["REFRESH_TOKEN_KEY"]
    exp = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=30)
    return jwt.encode({"sub": str(user_id), "exp": exp, "typ": "refresh"}, key, algorithm="HS512")


def read_refresh_token(token: str) -> dict[str, Any]:
    return jwt.decode(token, os.environ["REFRESH_TOKEN_KEY"], algorithms=["HS512"])


def service_token(service: str) -> str:
    # expect: hardcoded-secret
    return jwt.encode({"svc": service}, "internal-service-key-2024", algorithm="HS256")


def verify_partner(token: str, public_key_pem: str) -> dict[str, Any]:
    return jwt.decode(token, public_key_pem, algorithms=["RS256"], audience="partner-api")
