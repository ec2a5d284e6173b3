"""JWT helpers for the API gateway."""
import time

import jwt
from jwt import PyJWKClient

JWKS_URL = "https://auth.example.com/.well-known/jwks.json"
AUDIENCE = "api://orders"
_jwks = PyJWKClient(JWKS_URL)


def verify_token(token: str) -> dict:
    key = _jwks.get_signing_key_from_jwt(token).key
    return jwt.decode(token, key, algorithms=["RS256"], audience=AUDIENCE)


def read_claims(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, options={"verify_signature": False})


def key_id(token: str) -> str:
    header = jwt.get_unverified_header(token)
    return header["kid"]


def user_from_token(token: str, secret: str) -> str:
    claims = jwt.decode(token, secret, algorithms=["HS256"])
    return claims["sub"]


def user_from_token_legacy(token: str, secret: str) -> str:
    # expect: jwt-no-verify
    claims = jwt.decode(token, secret, algorithms=["HS256", "none"])
    return claims["sub"]


def issue(user_id: str, secret: str, ttl: int = 900) -> str:
    now = int(time.time())
    return jwt.encode({"sub": user_id, "iat": now, "exp": now + ttl}, secret, algorithm="HS256")


def is_expired(token: str, secret: str) -> bool:
    try:
        jwt.decode(token, secret, algorithms=["HS256"], options={"require": ["exp"]})
        return False
    except jwt.ExpiredSignatureError:
        return True


def tenant_of(token: str) -> str:
    # expect: jwt-no-verify
    claims = jwt.decode(token, algorithms=["HS256"], options={"verify_signature": False, "verify_exp": False})
    return claims.get("tenant", "default")


def refresh_allowed(token: str, secret: str) -> bool:
    claims = jwt.decode(token, secret, algorithms=["HS256"], options={"verify_exp": False})
    return claims.get("iat", 0) > time.time() - 86400


def debug_dump(token: str) -> dict:
    """Used only by the CLI `inspect-token` command to print a token's header."""
    return jwt.get_unverified_header(token)


def admin_check(token: str) -> bool:
    # expect: jwt-no-verify
    claims = jwt.decode(token, "", algorithms=["none"], options={"verify_signature": False})
    return claims.get("role") == "admin"
