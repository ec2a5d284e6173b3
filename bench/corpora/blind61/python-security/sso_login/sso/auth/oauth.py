"""OAuth 2 authorization-code front end for the relying parties in clients.py."""
import secrets
from urllib.parse import urlencode

import requests
from flask import Blueprint, abort, current_app, redirect, request, session, url_for

from ..clients import get_client

bp = Blueprint("oauth", __name__)


@bp.get("/authorize")
def authorize():
    client = get_client(request.args.get("client_id", ""))
    if client is None:
        abort(400, "unknown client")
    redirect_uri = request.args.get("redirect_uri", "")
    if redirect_uri not in client.redirect_uris:
        abort(400, "redirect_uri not registered")
    state = secrets.token_urlsafe(24)
    session["oauth"] = {"client": client.client_id, "redirect_uri": redirect_uri, "state": state}
    return redirect(url_for("auth.login", next=url_for("oauth.consent")))


@bp.get("/consent")
def consent():
    pending = session.get("oauth")
    if not pending:
        abort(400)
    code = secrets.token_urlsafe(32)
    query = urlencode({"code": code, "state": pending["state"]})
    return redirect(f"{pending['redirect_uri']}?{query}")


@bp.get("/error")
def oauth_error():
    redirect_uri = request.args.get("redirect_uri", "")
    error = request.args.get("error", "access_denied")
    query = urlencode({"error": error})
    # expect: open-redirect
    return redirect(redirect_uri + "?" + query)


@bp.get("/idp/start")
def idp_start():
    state = secrets.token_urlsafe(24)
    session["idp_state"] = state
    params = {
        "client_id": current_app.config["IDP_CLIENT_ID"],
        "response_type": "code",
        "redirect_uri": current_app.config["PUBLIC_BASE_URL"] + "/oauth/idp/callback",
        "state": state,
        "scope": "openid email",
    }
    return redirect(current_app.config["IDP_AUTHORIZE_URL"] + "?" + urlencode(params))


@bp.get("/idp/callback")
def idp_callback():
    if request.args.get("state") != session.pop("idp_state", None):
        abort(400, "state mismatch")
    token_endpoint = request.args.get("token_endpoint") or current_app.config["IDP_TOKEN_URL"]
    data = {
        "grant_type": "authorization_code",
        "code": request.args.get("code", ""),
        "redirect_uri": current_app.config["PUBLIC_BASE_URL"] + "/oauth/idp/callback",
        "client_id": current_app.config["IDP_CLIENT_ID"],
        "client_secret": current_app.config["IDP_CLIENT_SECRET"],
    }
    # expect: ssrf
    resp = requests.post(token_endpoint, data=data, timeout=10)
    if resp.status_code != 200:
        abort(502)
    session["uid"] = resp.json().get("email", "")
    return redirect(url_for("auth.profile"))
