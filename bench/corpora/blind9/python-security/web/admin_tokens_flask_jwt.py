# library: PyJWT inside a Flask before_request hook
"""Admin API authentication."""
import os

import jwt
from flask import Flask, abort, g, request

app = Flask(__name__)
PUBLIC_KEY = open(os.environ.get("ADMIN_JWT_PUBKEY", "/etc/admin/jwt.pub")).read()


@app.before_request
def load_admin():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    token = header[7:]
    g.claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="admin-api")


def impersonation_target(token):
    # expect: jwt-no-verify
    claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_signature": False})
    return claims.get("act_as")


def debug_claims(token):
    # expect: jwt-no-verify
    return jwt.decode(token, algorithms=["RS256"], options={"verify_signature": False, "verify_aud": False})


def audit_subject(token):
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="admin-api", leeway=30)["sub"]


@app.get("/admin/ping")
def ping():
    return {"sub": g.claims["sub"]}
