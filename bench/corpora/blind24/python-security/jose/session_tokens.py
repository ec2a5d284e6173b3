"""Session tokens via python-jose for the mobile backend."""
from jose import jwt
from jose.exceptions import JWTError

from .settings import settings


def create_access_token(data: dict) -> str:
    return jwt.encode(data, settings.jwt_secret, algorithm="HS256")


def create_refresh_token(data: dict) -> str:
    # expect: hardcoded-secret
    return jwt.encode(data, "refresh-secret-123", algorithm="HS256")


def read_token(token: str) -> dict | None:
    try:
        return jwt.decode(token, settings.jwt_secret, algorithms=["HS256"])
    except JWTError:
        return None


def read_claims_fast(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, settings.jwt_secret, options={"verify_signature": False})


def read_unverified(token: str) -> dict:
    return jwt.get_unverified_claims(token)
