"""Bearer-token authentication for the API gateway (PyJWT)."""
import os

import jwt
from jwt import PyJWKClient, decode as jwt_decode

SECRET = os.environ["JWT_SECRET"]
JWKS = PyJWKClient("https://auth.example.com/.well-known/jwks.json")
NO_VERIFY = {"verify_signature": False}


def current_user(token):
    # expect: jwt-no-verify
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]


def current_user_v2(token):
    # expect: jwt-no-verify
    claims = jwt_decode(token, SECRET, algorithms=["HS256"], options=NO_VERIFY)
    return claims["sub"]


def current_user_legacy(token):
    # expect: jwt-no-verify
    claims = jwt.decode(token, SECRET, verify=False)
    return claims["sub"]


def current_user_multiline(token):
    # expect: jwt-no-verify
    claims = jwt.decode(
        token,
        key=SECRET,
        algorithms=["HS256"],
        options={"verify_signature": False, "verify_exp": True},
    )
    return claims["sub"]


def current_user_safe(token):
    # safe: verified with an algorithm list
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], audience="api")
    return claims["sub"]


def current_user_rs(token):
    # safe: key from the JWKS, then verified
    signing_key = JWKS.get_signing_key_from_jwt(token)
    claims = jwt.decode(token, signing_key.key, algorithms=["RS256"], audience="api")
    return claims["sub"]


def token_expiry_for_display(token):
    # safe: expiry shown in the UI only; the request is authenticated elsewhere
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})["exp"]
