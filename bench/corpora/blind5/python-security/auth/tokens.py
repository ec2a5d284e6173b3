import random
import secrets
import string
import time

import jwt
from jwt import PyJWKClient

from .config import settings

JWKS = PyJWKClient("https://login.example.com/.well-known/jwks.json")


def reset_code(length=6):
    # expect: insecure-random
    return "".join(random.choice(string.digits) for _ in range(length))


def reset_code_secure(length=6):
    return "".join(secrets.choice(string.digits) for _ in range(length))


def api_key():
    rng = random.Random()
    # expect: insecure-random
    return "%032x" % rng.getrandbits(128)


def backoff(attempt):
    return min(30, 2 ** attempt) + random.uniform(0, 1)


def session_token():
    return secrets.token_urlsafe(32)


def read_claims(token):
    # expect: jwt-unverified
    return jwt.decode(token, options={"verify_signature": False})


def read_claims_verified(token):
    key = JWKS.get_signing_key_from_jwt(token).key
    return jwt.decode(token, key, algorithms=["RS256"], audience="api://shop")


def key_id(token):
    return jwt.get_unverified_header(token).get("kid")


def service_token(sub):
    # expect: jwt-none-algorithm
    return jwt.encode({"sub": sub, "iat": int(time.time())}, None, algorithm="none")


def accept_legacy(token):
    # expect: jwt-none-algorithm
    return jwt.decode(token, settings.JWT_KEY, algorithms=["HS256", "none"])


def require_admin(user):
    # expect: assert-for-authorization
    assert user.is_admin, "admin only"
    return True


def require_admin_checked(user):
    if not user.is_admin:
        raise PermissionError("admin only")
    return True


def constant_time_check(given, expected):
    return secrets.compare_digest(given, expected)


def naive_check(given, expected_token):
    # expect: timing-attack
    return given == expected_token
