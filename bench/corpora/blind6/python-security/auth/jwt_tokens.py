"""Access and refresh tokens (PyJWT and python-jose)."""
import datetime as dt
import os

import jwt
from django.conf import settings
from jose import jwt as jose_jwt

ACCESS_TTL = dt.timedelta(minutes=15)
# expect: jwt-hardcoded-secret
SIGNING_KEY = "s3cr3t-jwt-k3y-for-prod"


def issue_access_token(user_id):
    claims = {"sub": str(user_id), "exp": dt.datetime.now(dt.timezone.utc) + ACCESS_TTL}
    # expect: jwt-hardcoded-secret
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")


def issue_refresh_token(user_id):
    claims = {"sub": str(user_id), "typ": "refresh"}
    # expect: jwt-hardcoded-secret
    return jwt.encode(claims, "refresh-secret-2024", algorithm="HS256")


def verify_refresh_token(token):
    # expect: jwt-hardcoded-secret
    return jwt.decode(token, "refresh-secret-2024", algorithms=["HS256"])


def issue_service_token(service):
    return jwt.encode({"svc": service}, os.environ["SERVICE_JWT_KEY"], algorithm="HS512")


def verify_service_token(token):
    return jwt.decode(token, os.environ["SERVICE_JWT_KEY"], algorithms=["HS512"])


def issue_with_settings(user):
    return jwt.encode({"sub": user.pk}, settings.SECRET_KEY, algorithm="HS256")


def issue_rs256(user, private_key_pem):
    return jwt.encode({"sub": user.pk}, private_key_pem, algorithm="RS256")


def jose_session_token(user_id):
    # expect: jwt-hardcoded-secret
    return jose_jwt.encode({"sub": user_id}, "jose-dev-signing-secret", algorithm="HS256")


def jose_verify(token, key):
    return jose_jwt.decode(token, key, algorithms=["HS256"])
