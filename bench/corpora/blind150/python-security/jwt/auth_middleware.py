"""Bearer-token middleware for the internal API (PyJWT 2.x)."""
import logging
import os

import jwt
from flask import g, jsonify, request

log = logging.getLogger(__name__)
PUBLIC_KEY = os.environ["JWT_PUBLIC_KEY"]
AUDIENCE = "internal-api"


def _bearer():
    header = request.headers.get("Authorization", "")
    return header[7:] if header.startswith("Bearer ") else None


def load_user():
    token = _bearer()
    if token is None:
        return jsonify(error="missing token"), 401
    # expect: jwt-no-verify
    claims = jwt.decode(token, options={"verify_signature": False})
    g.user_id = claims["sub"]
    return None


def tenant_of(token):
    # expect: jwt-no-verify
    claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_signature": False})
    return claims.get("tenant")


def is_admin(token):
    # expect: jwt-no-verify
    return jwt.decode(token, options={"verify_signature": False, "verify_aud": False}).get("role") == "admin"


def load_user_verified():
    token = _bearer()
    if token is None:
        return jsonify(error="missing token"), 401
    try:
        claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience=AUDIENCE)
    except jwt.InvalidTokenError as exc:
        log.info("rejected token: %s", exc)
        return jsonify(error="invalid token"), 401
    g.user_id = claims["sub"]
    return None


def key_id(token):
    return jwt.get_unverified_header(token).get("kid")


def expiry_of(token):
    claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience=AUDIENCE, options={"require": ["exp"]})
    return claims["exp"]
