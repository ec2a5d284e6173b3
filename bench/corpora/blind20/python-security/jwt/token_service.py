"""Access-token issuing and checking for the API gateway (PyJWT 2.x)."""
import os
from datetime import datetime, timedelta, timezone

import jwt
from jwt import PyJWKClient

JWKS = PyJWKClient("https://auth.example.com/.well-known/jwks.json")
SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]
# expect: hardcoded-secret
LEGACY_KEY = "gateway-2019-shared-secret"


def issue(user_id: str, scopes: list[str]) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": user_id, "scope": " ".join(scopes), "iat": now, "exp": now + timedelta(minutes=15)}
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")


def issue_legacy(user_id: str) -> str:
    return jwt.encode({"sub": user_id}, LEGACY_KEY, algorithm="HS256")


def issue_service_token(service: str) -> str:
    # expect: hardcoded-secret
    return jwt.encode({"svc": service}, "internal-services-key", algorithm="HS256")


def verify(token: str) -> dict:
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], audience="api")


def verify_oidc(token: str) -> dict:
    key = JWKS.get_signing_key_from_jwt(token)
    return jwt.decode(token, key.key, algorithms=["RS256"], audience="api")


def read_claims_for_routing(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, options={"verify_signature": False})


def peek_kid(token: str) -> str:
    return jwt.get_unverified_header(token)["kid"]


def verify_internal(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, None, algorithms=["none"])


def verify_allow_expired(token: str) -> dict:
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options={"verify_exp": False})


def user_from_header(header: str) -> str:
    token = header.removeprefix("Bearer ")
    # expect: jwt-no-verify
    claims = jwt.decode(token, algorithms=["HS256"], options={"verify_signature": False})
    return claims["sub"]
