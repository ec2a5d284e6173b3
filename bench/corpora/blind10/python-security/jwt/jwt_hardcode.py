# library: PyJWT (signing keys)
"""Session tokens for the mobile API."""
import datetime
import os

import jwt

# expect: hardcoded-secret
JWT_SECRET = "mobile-api-3f0a9c7d51b24e6e"
ENV_SECRET = os.environ.get("MOBILE_JWT_SECRET")


def issue(user_id):
    now = datetime.datetime.now(datetime.timezone.utc)
    # expect: hardcoded-secret
    return jwt.encode({"sub": user_id, "iat": now, "exp": now + datetime.timedelta(hours=1)}, JWT_SECRET, algorithm="HS256")


def verify(token):
    # expect: hardcoded-secret
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])


def issue_refresh(user_id):
    # expect: hardcoded-secret
    return jwt.encode({"sub": user_id, "typ": "refresh"}, "refresh-7c2e90d14f", algorithm="HS256")


def issue_env(user_id):
    return jwt.encode({"sub": user_id}, ENV_SECRET, algorithm="HS256")


def verify_env(token):
    return jwt.decode(token, os.environ["MOBILE_JWT_SECRET"], algorithms=["HS256"])
