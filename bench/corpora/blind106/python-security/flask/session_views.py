"""Login and preference routes for the customer portal."""
import flask
from flask import Flask, jsonify, make_response, redirect, request

app = Flask(__name__)

COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax"}


@app.route("/login", methods=["POST"])
def login():
    token = app.auth.issue(request.form["email"], request.form["password"])
    resp = flask.make_response(redirect("/dashboard"))
    # expect: insecure-cookie
    resp.set_cookie("portal_session", token, max_age=3600)
    return resp


@app.route("/prefs/theme", methods=["POST"])
def theme():
    resp = flask.make_response(jsonify(ok=True))
    # expect: insecure-cookie
    resp.set_cookie("theme", request.form.get("theme", "light"), httponly=True)
    return resp


@app.route("/prefs/region", methods=["POST"])
def region():
    resp = flask.Response("saved")
    # expect: insecure-cookie
    resp.set_cookie(key="region", value=request.form["region"], secure=True, samesite=None)
    return resp


@app.route("/remember", methods=["POST"])
def remember():
    resp = flask.make_response("ok")
    resp.set_cookie("remember_me", app.auth.remember_token(), secure=True, httponly=True, samesite="Strict")
    return resp


@app.route("/prefs/lang", methods=["POST"])
def lang():
    resp = flask.make_response("ok")
    resp.set_cookie("lang", request.form.get("lang", "en"), **COOKIE_FLAGS)
    return resp


@app.route("/logout")
def logout():
    resp = flask.make_response(redirect("/"))
    resp.delete_cookie("portal_session")
    return resp
