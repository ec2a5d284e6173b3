"""Login and preference cookies for the Flask storefront."""
from flask import Flask, make_response, redirect, request, session, url_for

app = Flask(__name__)
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")


@app.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    resp = make_response(redirect(url_for("home")))
    # expect: insecure-cookie
    resp.set_cookie("auth_token", user.issue_token())
    return resp


@app.post("/login-secure")
def login_secure():
    user = authenticate(request.form["email"], request.form["password"])
    resp = make_response(redirect(url_for("home")))
    resp.set_cookie("auth_token", user.issue_token(), secure=True, httponly=True, samesite="Strict")
    return resp


@app.post("/theme")
def theme():
    resp = make_response("", 204)
    resp.set_cookie("theme", request.form.get("theme", "light"), max_age=31536000, secure=True, samesite="Lax")
    return resp


@app.post("/cart")
def cart():
    resp = make_response("", 204)
    # expect: insecure-cookie
    resp.set_cookie("cart_session", session.sid, httponly=False, secure=False)
    return resp


def authenticate(email, password):
    raise NotImplementedError
