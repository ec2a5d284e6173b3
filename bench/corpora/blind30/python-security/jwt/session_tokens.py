"""Issues session tokens after login."""
import datetime
import os

import jwt
from django.forms.models import model_to_dict

SECRET = os.environ["SESSION_JWT_SECRET"]


def _exp(minutes: int = 30) -> datetime.datetime:
    return datetime.datetime.now(tz=datetime.timezone.utc) + datetime.timedelta(minutes=minutes)


def issue_for(user) -> str:
    claims = {"sub": str(user.pk), "exp": _exp(), "scope": "session"}
    return jwt.encode(claims, SECRET, algorithm="HS256")


def issue_profile_token(user) -> str:
    # expect: sensitive-data-in-token
    return jwt.encode(model_to_dict(user), SECRET, algorithm="HS256")


def issue_for_row(user_row: dict) -> str:
    """user_row is the whole row of the users table (password hash, TOTP seed, ...)."""
    # expect: sensitive-data-in-token
    return jwt.encode(user_row, SECRET, algorithm="HS256")


def issue_legacy(user) -> str:
    body = {
        "sub": str(user.pk),
        "email": user.email,
        "password": user.password,
        "exp": _exp(),
    }
    # expect: sensitive-data-in-token
    return jwt.encode(body, SECRET, algorithm="HS256")


class TokenService:
    def __init__(self, secret: str):
        self.secret = secret

    def issue(self, user, request) -> str:
        data = dict(user.__dict__)
        data["exp"] = _exp()
        # expect: sensitive-data-in-token
        return jwt.encode(data, self.secret, algorithm="HS256")

    def issue_service_token(self, service_name: str) -> str:
        return jwt.encode({"sub": service_name, "exp": _exp(5), "aud": "internal"}, self.secret, algorithm="HS256")
