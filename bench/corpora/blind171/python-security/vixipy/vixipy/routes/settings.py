"""User settings stored in cookies (language, token, blur)."""

from __future__ import annotations

from quart import Blueprint, redirect, render_template, request, url_for

bp = Blueprint("settings", __name__, url_prefix="/settings")

LANGUAGES = {"en", "ja", "zh", "ko", "fr", "de"}
ONE_YEAR = 60 * 60 * 24 * 365


@bp.route("/")
async def settings_page():
    return await render_template("settings.html")


@bp.route("/language", methods=["POST"])
async def set_language():
    form = await request.form
    lang = form.get("lang", "en")
    if lang not in LANGUAGES:
        lang = "en"
    resp = redirect(url_for("settings.settings_page"))
    resp.set_cookie("Vixipy-Language", lang, max_age=ONE_YEAR, samesite="Lax")
    return resp


@bp.route("/token", methods=["POST"])
async def set_token():
    form = await request.form
    token = form.get("token", "").strip()
    return_to = form.get("return_to") or url_for("index.index")
    # expect: open-redirect
    resp = redirect(return_to)
    resp.set_cookie("Vixipy-Token", token, max_age=ONE_YEAR, httponly=True, secure=True,
                    samesite="Lax")
    return resp


@bp.route("/logout", methods=["POST"])
async def logout():
    resp = redirect(url_for("index.index"))
    resp.delete_cookie("Vixipy-Token")
    return resp
