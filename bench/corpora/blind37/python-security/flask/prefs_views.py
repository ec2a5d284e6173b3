"""Preference and "remember me" cookies."""
import json

import flask
from flask import Blueprint, Response, make_response, render_template, request
from flask import make_response as build_response
from flask.views import MethodView

bp = Blueprint("prefs", __name__)

COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax"}


@bp.route("/prefs/theme", methods=["POST"])
def set_theme():
    theme = request.form.get("theme", "light")
    resp = make_response(render_template("prefs.html", theme=theme))
    # expect: cookie-flags
    resp.set_cookie("theme", theme)
    return resp


@bp.route("/api/session-hint")
def session_hint():
    token = request.args.get("t", "")
    response = Response(json.dumps({"ok": True}), mimetype="application/json")
    # expect: cookie-flags
    response.set_cookie("session_hint", token, max_age=3600, secure=True)
    return response


@bp.route("/login/remember", methods=["POST"])
def remember():
    token = request.form["token"]
    resp = flask.make_response(flask.redirect("/"))
    # expect: cookie-flags
    resp.set_cookie(
        "remember_token",
        value=token,
        httponly=True,
    )
    return resp


class LanguageView(MethodView):
    def post(self):
        lang = request.form.get("lang", "en")
        resp = build_response("", 204)
        # expect: cookie-flags
        resp.set_cookie("lang", lang, max_age=365 * 24 * 3600, path="/")
        return resp


bp.add_url_rule("/prefs/lang", view_func=LanguageView.as_view("lang"))


@bp.route("/login/sid", methods=["POST"])
def set_sid():
    resp = make_response(flask.redirect("/"))
    resp.set_cookie("sid", request.form["sid"], secure=True, httponly=True, samesite="Lax")
    return resp


@bp.route("/prefs/layout", methods=["POST"])
def set_layout():
    resp = make_response("", 204)
    resp.set_cookie("layout", request.form.get("layout", "grid"), **COOKIE_FLAGS)
    return resp


@bp.route("/prefs/reset", methods=["POST"])
def reset():
    resp = make_response(flask.redirect("/prefs"))
    resp.delete_cookie("theme")
    return resp
