# library: PyJWT (decode options)
"""Token checks for the API gateway."""
import os

import jwt

PUBLIC_KEY = open(os.environ.get("JWT_PUBLIC_KEY_PATH", "/etc/gateway/jwt.pub")).read()


def claims(token):
    # expect: jwt-no-verify
    return jwt.decode(token, options={"verify_signature": False})


def claims_verified(token):
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="gateway")


def tenant_of(token):
    # expect: jwt-no-verify
    payload = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_signature": False, "verify_exp": False})
    return payload["tenant"]


def key_id(token):
    return jwt.get_unverified_header(token).get("kid")


def claims_lenient_aud(token):
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_aud": False})


def user_id(token):
    # expect: jwt-no-verify
    return jwt.api_jwt.decode_complete(token, options={"verify_signature": False})["payload"]["sub"]
