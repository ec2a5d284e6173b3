# library: PyJWT (algorithm "none")
"""Service-to-service tokens."""
import os

import jwt

SECRET = os.environ["SVC_JWT_SECRET"]


def issue_internal(claims):
    # expect: jwt-no-verify
    return jwt.encode(claims, None, algorithm="none")


def issue(claims):
    return jwt.encode(claims, SECRET, algorithm="HS256")


def accept(token):
    # expect: jwt-no-verify
    return jwt.decode(token, SECRET, algorithms=["HS256", "none"])


def accept_strict(token):
    return jwt.decode(token, SECRET, algorithms=["HS256"])
