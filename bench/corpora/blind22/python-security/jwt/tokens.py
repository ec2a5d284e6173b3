"""JWT issuing and checking for the mobile API (PyJWT 2.x)."""
import datetime as dt
import os

import jwt
from jwt import PyJWKClient

SECRET = os.environ["JWT_SECRET"]
JWKS = PyJWKClient("https://auth.example.com/.well-known/jwks.json")


def issue(user):
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": str(user.id), "iat": now, "exp": now + dt.timedelta(minutes=15)}
    return jwt.encode(claims, SECRET, algorithm="HS256")


def issue_support_token(user):
    # expect: hardcoded-secret
    return jwt.encode({"sub": str(user.id), "role": "support"}, "support-team-shared-secret", algorithm="HS256")


def issue_with_password(user):
    payload = {"sub": str(user.id), "email": user.email}
    payload["password"] = user.password
    # expect: jwt-exposed-data
    return jwt.encode(payload, SECRET, algorithm="HS256")


def verify(token):
    return jwt.decode(token, SECRET, algorithms=["HS256"])


def peek(token):
    # expect: jwt-no-verify
    return jwt.decode(token, options={"verify_signature": False})


def verify_partner(token):
    key = JWKS.get_signing_key_from_jwt(token)
    return jwt.decode(token, key.key, algorithms=["RS256"], audience="mobile-api")


def verify_loose(token):
    opts = {"verify_signature": False, "verify_exp": True}
    # expect: jwt-no-verify
    return jwt.decode(token, SECRET, algorithms=["HS256"], options=opts)


def issue_unsigned(claims):
    # expect: jwt-no-verify
    return jwt.encode(claims, None, algorithm="none")


def kid_of(token):
    return jwt.get_unverified_header(token).get("kid")
