import random
import secrets

from flask import Blueprint, make_response, redirect, request, session, url_for

from portal.helpers.params import form_value, json_field
from portal.helpers.store import find_user, find_user_safe

bp = Blueprint("account", __name__)

THEMES = {"light", "dark", "contrast"}


@bp.post("/account/login")
def login():
    username = form_value("username")
    if not username:
        username = ""
    user = find_user(username)
    if user is None:
        return "unknown user", 404
    session["user_id"] = user["id"]
    return redirect(url_for("pages.hello"))


@bp.post("/account/login-safe")
def login_safe():
    user = find_user_safe(form_value("username") or "")
    return ("ok", 200) if user else ("unknown user", 404)


@bp.post("/account/role")
def set_role():
    role = request.form.get("role")
    if not role:
        role = "viewer"
    # expect: trust-boundary-violation
    session["role"] = role
    return "ok"


@bp.post("/account/theme")
def set_theme():
    theme = request.form.get("theme", "light")
    if theme in THEMES:
        session["theme"] = theme
    session["visits"] = session.get("visits", 0) + 1
    return "ok"


@bp.post("/account/display-name")
def display_name():
    name = json_field(request, "profile", "display_name")
    # expect: trust-boundary-violation
    session["display_name"] = name
    return "ok"


@bp.get("/account/remember")
def remember():
    resp = make_response("remembered")
    # expect: weak-random
    resp.set_cookie("remember_me", str(random.random())[2:], httponly=True, secure=True)
    return resp


@bp.get("/account/remember-safe")
def remember_safe():
    resp = make_response("remembered")
    resp.set_cookie("remember_me", secrets.token_urlsafe(24), httponly=True, secure=True)
    return resp


@bp.get("/account/csrf")
def csrf_seed():
    # expect: weak-random
    session["csrf_seed"] = str(random.normalvariate(0, 1))
    return "ok"


@bp.get("/account/bucket")
def ab_bucket():
    bucket = random.choice(["control", "variant"])
    resp = make_response(bucket)
    resp.set_cookie("ab_bucket", bucket, secure=True, httponly=True, samesite="Lax")
    return resp


@bp.get("/account/pref")
def pref_cookie():
    name = request.args.get("name", "pref")
    value = request.args.get("value", "")
    resp = make_response("saved")
    # expect: insecure-cookie
    resp.set_cookie(name, value, secure=False)
    return resp
