"""User preference endpoints that persist choices in cookies."""
import flask
from flask import Blueprint, make_response, redirect, request, url_for

bp = Blueprint("prefs", __name__)
COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax", "max_age": 31536000}
ONE_YEAR = 365 * 24 * 3600


@bp.route("/prefs/theme", methods=["POST"])
def set_theme():
    resp = make_response(redirect(url_for("prefs.show")))
    # expect: cookie-flags
    resp.set_cookie("theme", request.form.get("theme", "light"), max_age=ONE_YEAR)
    return resp


@bp.route("/prefs/lang/<code>")
def set_language(code):
    resp = flask.make_response("", 204)
    # expect: cookie-flags
    resp.set_cookie("lang", code, secure=True, httponly=True)
    return resp


@bp.route("/login/remember", methods=["POST"])
def remember_me():
    token = flask.current_app.extensions["auth"].issue_remember_token(flask.g.user)
    response = flask.Response(status=204)
    # expect: cookie-flags
    response.set_cookie(
        "remember_token",
        token,
        max_age=30 * 24 * 3600,
        httponly=True,
    )
    return response


@bp.route("/prefs/tz", methods=["POST"])
def set_timezone():
    resp = make_response({"ok": True})
    # expect: cookie-flags
    resp.set_cookie(key="tz", value=request.form["tz"], samesite="Lax", path="/")
    return resp


@bp.route("/prefs/consent", methods=["POST"])
def consent():
    resp = make_response("", 204)
    resp.set_cookie("consent", "1", secure=True, httponly=True, samesite="Lax")
    return resp


@bp.route("/prefs/layout", methods=["POST"])
def layout():
    resp = make_response("", 204)
    resp.set_cookie("layout", request.form.get("layout", "grid"), **COOKIE_OPTS)
    return resp


@bp.route("/logout")
def logout():
    resp = make_response(redirect("/"))
    resp.delete_cookie("remember_token")
    return resp
