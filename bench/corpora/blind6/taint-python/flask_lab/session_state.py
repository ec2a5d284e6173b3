"""Session and cookie handling for the lab's visitor features."""
import random
import secrets

from flask import Blueprint, make_response, request, session

bp = Blueprint("session_state", __name__)

THEMES = {"light", "dark", "contrast"}


@bp.post("/profile/name")
def set_name():
    # expect: trust-boundary-session
    session["display_name"] = request.form.get("name", "")
    return "", 204


@bp.post("/profile/role")
def set_role():
    role = request.args.get("role")
    if not role:
        role = "viewer"
    # expect: trust-boundary-session
    session["role"] = role
    return "", 204


@bp.post("/profile/theme")
def set_theme():
    theme = request.form.get("theme", "light")
    session["theme"] = theme if theme in THEMES else "light"
    return "", 204


@bp.post("/profile/visits")
def count_visit():
    session["visits"] = session.get("visits", 0) + 1
    return "", 204


@bp.get("/remember")
def remember():
    value = str(random.random())[2:]
    resp = make_response("remembered")
    # expect: weak-random-cookie
    resp.set_cookie("rememberMe", value, secure=True, httponly=True)
    return resp


@bp.get("/remember-safe")
def remember_safe():
    value = secrets.token_urlsafe(24)
    resp = make_response("remembered")
    resp.set_cookie("rememberMe", value, secure=True, httponly=True)
    return resp


@bp.get("/nonce")
def nonce():
    n = random.randint(100000, 999999)
    # expect: weak-random-session
    session["checkout_nonce"] = n
    return {"ok": True}


@bp.get("/gauss")
def gauss():
    v = str(random.normalvariate(0.0, 1.0)).replace(".", "")
    resp = make_response("ok")
    # expect: weak-random-cookie
    resp.set_cookie("visitor", v, secure=True, httponly=True)
    return resp


@bp.get("/ab-bucket")
def ab_bucket():
    bucket = random.choice(["a", "b"])
    return {"bucket": bucket, "delay_ms": int(random.uniform(50, 150))}


@bp.get("/cookie/named")
def named_cookie():
    name = request.args.get("cookie", "pref")
    value = request.args.get("value", "")
    resp = make_response("set")
    # expect: cookie-secure-false
    resp.set_cookie(name, value, secure=False, httponly=True)
    return resp


@bp.get("/cookie/named-safe")
def named_cookie_safe():
    value = request.args.get("value", "")
    resp = make_response("set")
    resp.set_cookie("pref", value[:32], secure=True, httponly=True, samesite="Lax")
    return resp
