"""Issues API tokens for the mobile app."""
import datetime
import os

import jwt

SIGNING_KEY = os.environ.get("JWT_SIGNING_KEY")


def issue(user_id):
    payload = {"sub": str(user_id), "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    # expect: hardcoded-secret
    return jwt.encode(payload, "mobile-app-secret-2021", algorithm="HS256")


def check(token):
    # expect: hardcoded-secret
    return jwt.decode(token, "mobile-app-secret-2021", algorithms=["HS256"])


def issue_configured(user_id):
    return jwt.encode({"sub": str(user_id)}, SIGNING_KEY, algorithm="HS256")


def check_configured(token):
    return jwt.decode(token, os.environ["JWT_SIGNING_KEY"], algorithms=["HS256"])
