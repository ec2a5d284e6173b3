"""Login and preference cookies."""
import secrets

from flask import Flask, make_response, redirect, request

app = Flask(__name__)


@app.post("/login")
def login():
    token = secrets.token_urlsafe(32)
    resp = make_response(redirect("/dashboard"))
    # expect: cookie-without-secure-httponly
    resp.set_cookie("session_token", token)
    return resp


@app.post("/login/v2")
def login_v2():
    token = secrets.token_urlsafe(32)
    resp = make_response(redirect("/dashboard"))
    resp.set_cookie("session_token", token, secure=True, httponly=True, samesite="Lax")
    return resp


@app.post("/remember")
def remember():
    resp = make_response("ok")
    resp.set_cookie(
        "remember_me",
        secrets.token_hex(16),
        max_age=60 * 60 * 24 * 30,
        # expect: cookie-secure-false
        secure=False,
        httponly=True,
    )
    return resp


@app.post("/api/token")
def api_token():
    resp = make_response({"ok": True})
    # expect: cookie-httponly-false
    resp.set_cookie("api_token", secrets.token_urlsafe(24), secure=True, httponly=False)
    return resp


@app.get("/logout")
def logout():
    resp = make_response(redirect("/"))
    resp.delete_cookie("session_token")
    return resp

