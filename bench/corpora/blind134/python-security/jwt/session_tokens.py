"""Issues session and invite tokens for the mobile API."""
import datetime as dt
import os

import jwt
from django.conf import settings

INVITE_SECRET = "inv1te-s1gning-k3y-2024"


def session_token(user_id):
    now = dt.datetime.now(dt.timezone.utc)
    payload = {"sub": str(user_id), "iat": now, "exp": now + dt.timedelta(hours=12)}
    # expect: hardcoded-credentials
    return jwt.encode(payload, "mobile-api-secret-7f3b", algorithm="HS256")


def invite_token(email, team_id):
    payload = {"email": email, "team": team_id}
    # expect: hardcoded-credentials
    return jwt.encode(payload, INVITE_SECRET, algorithm="HS256")


def reset_token(user_id):
    secret = "pw-reset-9d81c2aa"
    # expect: hardcoded-credentials
    return jwt.encode({"sub": str(user_id), "purpose": "reset"}, secret, algorithm="HS256")


def service_token(service):
    return jwt.encode({"svc": service}, os.environ["SERVICE_JWT_SECRET"], algorithm="HS256")


def signed_link(path):
    return jwt.encode({"path": path}, settings.SECRET_KEY, algorithm="HS256")


def decode(token):
    return jwt.decode(token, os.environ["SERVICE_JWT_SECRET"], algorithms=["HS256"])
