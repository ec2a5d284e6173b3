"""Authenticate calls from the payment provider's webhooks and from our own mobile app."""
import jwt
from flask import abort, current_app, request

PROVIDER_KEYS = {}  # kid -> public key, loaded at start-up


def _bearer():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    return header[len("Bearer "):]


def provider_claims():
    token = _bearer()
    kid = jwt.get_unverified_header(token).get("kid")
    key = PROVIDER_KEYS.get(kid)
    if key is None:
        abort(401)
    return jwt.decode(token, key, algorithms=["RS256"], audience="shop-webhooks")


def app_user_id():
    token = _bearer()
    # expect: jwt-no-verify
    claims = jwt.decode(token, verify=False)
    return claims["sub"]


def app_user_id_v2():
    token = _bearer()
    # expect: jwt-no-verify
    claims = jwt.decode(token, options={"verify_signature": False}, algorithms=["HS256"])
    return claims["sub"]


def verified_app_user_id():
    token = _bearer()
    claims = jwt.decode(token, current_app.config["APP_JWT_KEY"], algorithms=["HS256"], options={"require": ["exp", "sub"]})
    return claims["sub"]


def token_debug_info():
    """Shown on the internal support page; never used for access decisions."""
    token = _bearer()
    header = jwt.get_unverified_header(token)
    return {"alg": header.get("alg"), "kid": header.get("kid")}
