# library: PyJWT
"""Access tokens for the mobile API."""
import datetime as dt
import os

import jwt

# expect: hardcoded-secret
SIGNING_KEY = "mobile-api-7f3c1e9b2d4a8f60c5e1b7d3a9f2c4e8"
ISSUER = "https://auth.example.com"


def issue(user_id):
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": str(user_id), "iss": ISSUER, "iat": now, "exp": now + dt.timedelta(minutes=15)}
    # expect: hardcoded-secret
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")


def verify(token):
    # expect: hardcoded-secret
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], issuer=ISSUER)


def issue_service_token(service):
    key = os.environ["SERVICE_JWT_KEY"]
    return jwt.encode({"sub": service, "iss": ISSUER}, key, algorithm="HS256")


def verify_service_token(token):
    return jwt.decode(token, os.environ["SERVICE_JWT_KEY"], algorithms=["HS256"], issuer=ISSUER)


def refresh_token(user_id):
    # expect: hardcoded-secret
    return jwt.encode({"sub": str(user_id), "typ": "refresh"}, "refresh-secret-2024", algorithm="HS256")
