from urllib.parse import urlencode, urlparse

import aiohttp
from quart import Blueprint, current_app, g, redirect, request, session, url_for

auth = Blueprint("auth", __name__)

DISCORD_API = "https://discord.com/api/v10"


def _safe_next(target: str | None) -> str:
    if not target:
        return url_for("dashboard")
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("dashboard")
    return target


@auth.route("/login")
async def auth_login():
    oauth = g.bot.cfg.oauth
    session["next"] = request.args.get("next")
    params = {"client_id": oauth.client_id, "redirect_uri": oauth.redirect_uri,
              "response_type": "code", "scope": "identify guilds"}
    return redirect(f"{DISCORD_API}/oauth2/authorize?{urlencode(params)}")


@auth.route("/callback")
async def auth_callback():
    code = request.args.get("code")
    if not code:
        return "missing code", 400
    oauth = g.bot.cfg.oauth
    data = {"client_id": oauth.client_id, "client_secret": oauth.client_secret,
            "grant_type": "authorization_code", "code": code, "redirect_uri": oauth.redirect_uri}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as http:
        async with http.post(f"{DISCORD_API}/oauth2/token", data=data) as resp:
            token = await resp.json()
    session["token"] = token["access_token"]
    return redirect(_safe_next(session.pop("next", None)))


@auth.route("/logout")
async def auth_logout():
    session.clear()
    # expect: open-redirect
    return redirect(request.args.get("to", url_for("dashboard")))
