# library: PyJWT
"""Session tokens for the mobile API."""
import datetime as dt
import os

import jwt

# expect: hardcoded-secret
SIGNING_KEY = "mobile-api-signing-key-2023"
PUBLIC_KEY = open(os.environ.get("JWT_PUBLIC_KEY_PATH", "/etc/app/jwt.pub")).read()
ISSUER = "https://auth.example.com"


def issue(user_id: int) -> str:
    now = dt.datetime.now(tz=dt.timezone.utc)
    payload = {"sub": str(user_id), "iat": now, "exp": now + dt.timedelta(hours=1)}
    # expect: hardcoded-secret
    return jwt.encode(payload, SIGNING_KEY, algorithm="HS256")


def read(token: str) -> dict:
    # expect: hardcoded-secret
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"])


def read_rs256(token: str) -> dict:
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], issuer=ISSUER, audience="mobile")


def peek_kid(token: str) -> str | None:
    return jwt.get_unverified_header(token).get("kid")


def read_claims_fast(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, options={"verify_signature": False})


def read_with_leeway(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_signature": False, "verify_exp": True})


def refresh(token: str) -> str:
    claims = read_rs256(token)
    return issue(int(claims["sub"]))
