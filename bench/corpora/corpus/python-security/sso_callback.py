"""OIDC login flow for the internal admin portal (Flask)."""
import base64
import hashlib
import json
import os
import random
import secrets

import jwt
import requests
from flask import Flask, abort, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]

ISSUER = "https://login.example.com"
CLIENT_ID = os.environ.get("OIDC_CLIENT_ID", "admin-portal")
DISCOVERY = f"{ISSUER}/.well-known/openid-configuration"


def discovery() -> dict:
    return requests.get(DISCOVERY, timeout=5).json()


@app.route("/login")
def login():
    state = secrets.token_urlsafe(24)
    verifier = secrets.token_urlsafe(64)
    session["state"], session["verifier"] = state, verifier
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    auth = discovery()["authorization_endpoint"]
    return redirect(f"{auth}?client_id={CLIENT_ID}&state={state}&code_challenge={challenge}&code_challenge_method=S256")


@app.route("/login/legacy")
def login_legacy():
    # expect: insecure-random
    state = str(random.randint(0, 2**32))
    session["state"] = state
    return redirect(f"{ISSUER}/authorize?client_id={CLIENT_ID}&state={state}")


@app.route("/callback")
def callback():
    if request.args.get("state") != session.pop("state", None):
        abort(400)
    token_url = discovery()["token_endpoint"]
    resp = requests.post(token_url, data={"code": request.args["code"], "code_verifier": session.pop("verifier", "")}, timeout=10)
    id_token = resp.json()["id_token"]
    jwks = jwt.PyJWKClient(discovery()["jwks_uri"])
    key = jwks.get_signing_key_from_jwt(id_token).key
    claims = jwt.decode(id_token, key, algorithms=["RS256"], audience=CLIENT_ID, issuer=ISSUER)
    session["user"] = claims["sub"]
    return redirect(url_for("home"))


@app.route("/callback/legacy")
def callback_legacy():
    # expect: no-timeout
    resp = requests.post(f"{ISSUER}/token", data={"code": request.args["code"]})
    id_token = resp.json()["id_token"]
    # expect: jwt-no-verify
    claims = jwt.decode(id_token, options={"verify_signature": False})
    session["user"] = claims["sub"]
    return redirect(url_for("home"))


@app.route("/federate")
def federate():
    issuer = request.args["issuer"]
    # expect: ssrf
    cfg = requests.get(issuer.rstrip("/") + "/.well-known/openid-configuration", timeout=5).json()
    return redirect(cfg["authorization_endpoint"])


@app.route("/userinfo")
def userinfo():
    token = session.get("access_token", "")
    # expect: tls-verify-off
    r = requests.get(f"{ISSUER}/userinfo", headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=5)
    return r.json()


@app.route("/home")
def home():
    return {"user": session.get("user")}


@app.route("/debug/session")
def debug_session():
    # expect: assert-security
    assert app.debug, "debug only"
    return json.dumps(dict(session))
