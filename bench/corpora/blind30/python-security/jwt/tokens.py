"""Bearer-token helpers for the partner API (PyJWT)."""
import os

import jwt
import jwt as pyjwt
from jwt import PyJWKClient

JWKS = PyJWKClient("https://login.example.com/.well-known/jwks.json")
SIGNING_KEY = os.environ["API_JWT_KEY"]
INSPECT_ONLY = {"verify_signature": False}


def user_id_from(token: str) -> str:
    # expect: jwt-unverified
    claims = jwt.decode(token, verify=False)
    return claims["sub"]


def verified_user_id(token: str) -> str:
    claims = jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    return claims["sub"]


def tenant_of(token: str) -> str:
    # expect: jwt-unverified
    payload = pyjwt.decode(token, options={"verify_signature": False})
    return payload["tenant"]


def partner_claims(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    key = JWKS.get_signing_key(header["kid"]).key
    return jwt.decode(token, key, algorithms=["RS256"], audience="partner-api")


class TokenInspector:
    def __init__(self, options=None):
        self.options = options or INSPECT_ONLY

    def roles(self, token: str) -> list:
        # expect: jwt-unverified
        data = jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options=self.options)
        return data.get("roles", [])


def refresh_subject(request) -> str:
    raw = request.headers["Authorization"].split(" ", 1)[1]
    # expect: jwt-unverified
    decoded = jwt.decode(
        raw,
        SIGNING_KEY,
        algorithms=["HS256"],
        options={"verify_signature": False, "verify_exp": False},
    )
    return decoded["sub"]
