# library: PyJWT (decode options)
"""Claim extraction for the gateway."""
import jwt
from jwt import PyJWKClient

JWKS = PyJWKClient("https://login.example.com/.well-known/jwks.json")


def claims(token):
    signing_key = JWKS.get_signing_key_from_jwt(token)
    return jwt.decode(token, signing_key.key, algorithms=["RS256"], audience="gateway")


def tenant_of(token):
    # expect: jwt-no-verify
    return jwt.decode(token, options={"verify_signature": False})["tenant"]


def kid_of(token):
    return jwt.get_unverified_header(token).get("kid")


def claims_lenient(token, key):
    # expect: jwt-no-verify
    return jwt.decode(token, key, algorithms=["RS256"], options={"verify_signature": False, "verify_exp": False})


def claims_any_alg(token, key):
    alg = jwt.get_unverified_header(token)["alg"]
    # expect: jwt-no-verify
    return jwt.decode(token, key, algorithms=[alg])


def claims_allow_none(token, key):
    # expect: jwt-no-verify
    return jwt.decode(token, key, algorithms=["HS256", "none"])


def claims_no_aud(token, key):
    return jwt.decode(token, key, algorithms=["RS256"], options={"verify_aud": False, "require": ["exp", "iss"]})
