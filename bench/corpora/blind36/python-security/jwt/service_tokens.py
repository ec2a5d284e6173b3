"""Tokens exchanged between the billing service and its workers."""
import datetime

import jwt
import jwt as pyjwt
from jwt import decode as jwt_decode

UNSIGNED = "none"
ACCEPTED_ALGS = ["RS256", "none"]


def internal_token(job_id):
    claims = {"job": job_id, "iat": datetime.datetime.utcnow()}
    # expect: jwt-none-algorithm
    return jwt.encode(claims, key=None, algorithm=UNSIGNED)


class WorkerAuth:
    def __init__(self, public_key):
        self.public_key = public_key

    def claims(self, token):
        # expect: jwt-none-algorithm
        return jwt_decode(token, self.public_key, algorithms=ACCEPTED_ALGS)

    def legacy_claims(self, token):
        return pyjwt.decode(
            token,
            self.public_key,
            # expect: jwt-none-algorithm
            algorithms=["RS256", "HS256", "none"],
        )


def debug_token(payload):
    # expect: jwt-none-algorithm
    return pyjwt.encode(payload, "", "none")


def verified_claims(token, public_key):
    return jwt.decode(token, public_key, algorithms=["RS256"])


def reject_unsigned(token):
    header = jwt.get_unverified_header(token)
    if header.get("alg", "").lower() == "none":
        raise PermissionError("unsigned token")
    return header
