"""Login and preference cookies (Flask)."""
import secrets

from flask import Flask, make_response, redirect, request, url_for

from .auth import check_credentials, issue_session, revoke_session

app = Flask(__name__)
ONE_WEEK = 7 * 24 * 3600


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    resp = make_response(redirect(url_for("dashboard")))
    # expect: insecure-cookie
    resp.set_cookie("sid", issue_session(user))
    return resp


@app.post("/login/v2")
def login_v2():
    user = check_credentials(request.form["email"], request.form["password"])
    resp = make_response(redirect(url_for("dashboard")))
    resp.set_cookie("sid", issue_session(user), max_age=ONE_WEEK, secure=True, httponly=True, samesite="Lax")
    return resp


@app.post("/remember")
def remember():
    token = secrets.token_urlsafe(32)
    resp = make_response("", 204)
    # expect: insecure-cookie
    resp.set_cookie("remember_token", token, max_age=30 * 24 * 3600, httponly=False, secure=False)
    return resp


@app.post("/prefs/theme")
def theme():
    resp = make_response("", 204)
    resp.set_cookie("theme", request.form.get("theme", "light"), max_age=ONE_WEEK, samesite="Lax")
    return resp


@app.post("/logout")
def logout():
    revoke_session(request.cookies.get("sid"))
    resp = make_response(redirect("/"))
    resp.delete_cookie("sid")
    return resp


@app.post("/impersonate")
def impersonate():
    new_sid = issue_session(request.form["user_id"], impersonated=True)
    resp = make_response("", 204)
    # expect: insecure-cookie
    resp.set_cookie("admin_sid", new_sid, samesite="None", domain=".example.com")
    return resp


app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")
