"""JWT helpers for the mobile API (PyJWT 1.7, pinned in requirements.txt)."""
import os

import jwt

SECRET = os.environ["JWT_SECRET"]
PARTNER_PUBLIC_KEY = os.environ.get("PARTNER_PUBLIC_KEY", "")


def user_from_header(auth_header):
    token = auth_header.split(" ", 1)[1]
    # expect: jwt-no-verify
    claims = jwt.decode(token, SECRET, verify=False)
    return claims["sub"]


def tenant_of(token):
    # expect: jwt-no-verify
    return jwt.decode(token, verify=False).get("tenant")


def refresh_claims(refresh_token):
    # expect: jwt-no-verify
    claims = jwt.decode(refresh_token, SECRET, algorithms=["HS256"], verify=False)
    return {"sub": claims["sub"], "scope": claims.get("scope", "")}


def verified_claims(token):
    return jwt.decode(token, SECRET, algorithms=["HS256"], audience="mobile-api")


def verified_partner_claims(token):
    return jwt.decode(token, PARTNER_PUBLIC_KEY, algorithms=["RS256"], audience="mobile-api")


def key_id(token):
    return jwt.get_unverified_header(token).get("kid")


def issue(user_id, scope):
    return jwt.encode({"sub": str(user_id), "scope": scope}, SECRET, algorithm="HS256")
