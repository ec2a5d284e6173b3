# library: PyJWT (PyJWKClient)
"""Verifies ID tokens from the corporate identity provider."""
import os

import jwt
from jwt import PyJWKClient

JWKS_URL = "https://login.example.com/.well-known/jwks.json"
AUDIENCE = os.environ.get("OIDC_CLIENT_ID", "portal")
jwks = PyJWKClient(JWKS_URL)


def verify_id_token(token: str) -> dict:
    key = jwks.get_signing_key_from_jwt(token)
    return jwt.decode(token, key.key, algorithms=["RS256"], audience=AUDIENCE)


def verify_id_token_flexible(token: str) -> dict:
    key = jwks.get_signing_key_from_jwt(token)
    header = jwt.get_unverified_header(token)
    # expect: jwt-no-verify
    return jwt.decode(token, key.key, algorithms=[header["alg"]], audience=AUDIENCE)


def service_token_claims(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, os.environ["SERVICE_KEY"], algorithms=["HS256", "none"])


def debug_claims(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, algorithms=["RS256"], options={"verify_signature": False, "verify_aud": False})


def expiry(token: str) -> int:
    claims = verify_id_token(token)
    return int(claims["exp"])
