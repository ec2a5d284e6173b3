"""Bearer-token helpers for the partner API."""
import jwt
from jwt import PyJWKClient

from .settings import JWKS_URL, JWT_AUDIENCE, JWT_SECRET


def claims_from_header(auth_header):
    token = auth_header.split(" ", 1)[1]
    # expect: jwt-no-verify
    return jwt.decode(token, verify=False)


def tenant_of(token):
    # expect: jwt-no-verify
    payload = jwt.decode(token, JWT_SECRET, verify=False, algorithms=["HS256"])
    return payload["tenant"]


class PartnerAuth:
    def __init__(self, secret):
        self.secret = secret

    def user_id(self, token):
        # expect: jwt-no-verify
        return jwt.decode(token, self.secret, algorithms=["HS256"], verify=False)["sub"]


def verified_claims(token):
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"], audience=JWT_AUDIENCE)


def claims_from_jwks(token):
    signing_key = PyJWKClient(JWKS_URL).get_signing_key_from_jwt(token)
    return jwt.decode(token, signing_key.key, algorithms=["RS256"], audience=JWT_AUDIENCE)


def key_id(token):
    return jwt.get_unverified_header(token).get("kid")
