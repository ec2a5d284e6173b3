"""Token handling for the API gateway (PyJWT 1.x era code)."""
import jwt
import jwt as pyjwt
from jwt import decode as jwt_decode

SECRET = None  # loaded at startup


def user_id_from(token):
    # expect: unverified-jwt
    claims = jwt.decode(token, verify=False)
    return claims["sub"]


def tenant_of(token, key):
    # expect: unverified-jwt
    payload = pyjwt.decode(token, key, algorithms=["HS256"], verify=False)
    return payload.get("tenant")


class SessionDecoder:
    def __init__(self, key):
        self.key = key

    def claims(self, token):
        return jwt_decode(
            token,
            self.key,
            # expect: unverified-jwt
            verify=False,
        )


def roles_of(token):
    # expect: unverified-jwt
    return jwt.decode(token, options={"verify_signature": False}).get("roles", [])


def verified_claims(token, key):
    return jwt.decode(token, key, algorithms=["HS256"], audience="api")


def key_id(token):
    header = jwt.get_unverified_header(token)
    return header.get("kid")
