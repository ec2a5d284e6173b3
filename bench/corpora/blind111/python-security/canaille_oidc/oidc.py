"""OIDC endpoints: end_session redirect, client registration with a jwks_uri fetch."""
from urllib.parse import urlencode

import requests
from flask import Blueprint, abort, jsonify, redirect, request

from .backends.ldap import Client

bp = Blueprint("oidc", __name__, url_prefix="/oauth")


def fetch_client_jwks(client):
    if not client.jwks_uri:
        return {}
    # expect: ssrf
    return requests.get(client.jwks_uri, timeout=5).json()


@bp.route("/register", methods=["POST"])
def register():
    payload = request.get_json()
    client = Client(dn=None, oauthJWKURI=[payload.get("jwks_uri", "").encode()], oauthRedirectURI=[u.encode() for u in payload.get("redirect_uris", [])])
    keys = fetch_client_jwks(client)
    return jsonify({"keys": len(keys.get("keys", []))}), 201


@bp.route("/end_session")
def end_session():
    data = request.args
    client_id = data.get("client_id")
    clients = Client.query(oauthClientID=client_id) if client_id else []
    valid_uris = clients[0].post_logout_redirect_uris if clients else []
    uri = data.get("post_logout_redirect_uri")
    if uri and uri in valid_uris:
        if data.get("state"):
            uri = f"{uri}?{urlencode({'state': data['state']})}"
        return redirect(uri)
    return redirect("/")


@bp.route("/logout_done")
def logout_done():
    target = request.args.get("redirect_uri") or request.referrer or "/"
    if target.startswith("//"):
        abort(400)
    # expect: open-redirect
    return redirect(target)
