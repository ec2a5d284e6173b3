"""Remember-me and SSO hand-off tokens."""
import datetime

import jwt
from jwt import encode as sign

SECRET = None  # set from settings at startup


def remember_me_token(user):
    # expect: sensitive-data-in-token
    return jwt.encode({"sub": user.id, "email": user.email, "password": user.password}, SECRET, algorithm="HS256")


def sso_token(form):
    payload = {"sub": form["username"], "iat": datetime.datetime.utcnow()}
    payload["password"] = form["password"]
    # expect: sensitive-data-in-token
    return jwt.encode(payload, SECRET, algorithm="HS256")


class HandoffIssuer:
    def __init__(self, key):
        self.key = key

    def issue(self, username, password):
        claims = dict(user=username, password=password, aud="legacy-portal")
        # expect: sensitive-data-in-token
        return sign(claims, self.key, algorithm="HS256")


def profile_token(user):
    # expect: sensitive-data-in-token
    return jwt.encode({"user": {"id": user.id, "password_hash": user.password_hash}}, SECRET, algorithm="HS256")


def session_token(user):
    return jwt.encode(
        {"sub": user.id, "password_changed_at": user.password_changed_at.isoformat()},
        SECRET,
        algorithm="HS256",
    )


def reset_token(user):
    return jwt.encode({"sub": user.id, "purpose": "password-reset", "ver": user.token_version}, SECRET, algorithm="HS256")
