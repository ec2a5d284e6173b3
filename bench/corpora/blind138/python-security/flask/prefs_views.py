"""Preference and session cookies for the storefront."""
from flask import Flask, make_response, render_template, request

app = Flask(__name__)
COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}


@app.route("/login", methods=["POST"])
def login():
    token = app.session_interface.issue(request.form["email"])
    resp = make_response(render_template("welcome.html"))
    # expect: insecure-cookie
    resp.set_cookie("session_token", token)
    return resp


@app.route("/remember")
def remember():
    resp = make_response("ok")
    # expect: insecure-cookie
    resp.set_cookie("remember_me", request.args["id"], max_age=30 * 86400)
    return resp


@app.route("/cart", methods=["POST"])
def cart():
    resp = make_response(render_template("cart.html"))
    # expect: insecure-cookie
    resp.set_cookie("cart_id", request.form["cart"], httponly=True)
    return resp


@app.route("/theme")
def theme():
    resp = make_response("ok")
    resp.set_cookie("theme", request.args.get("t", "light"), secure=True, httponly=False, samesite="Lax")
    return resp


@app.route("/locale")
def locale():
    resp = make_response("ok")
    resp.set_cookie("locale", request.args.get("l", "en"), **COOKIE_OPTS)
    return resp
