"""Session cookie handling for the Flask front end."""

from __future__ import annotations

import hashlib
import secrets

from flask import Response, make_response, request
from itsdangerous import URLSafeTimedSerializer

SESSION_COOKIE = "acme_session"


def _serializer(secret_key: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt="acme-session")


def set_session(resp: Response, secret_key: str, user_id: int) -> Response:
    token = _serializer(secret_key).dumps({"uid": user_id, "n": secrets.token_hex(8)})
    resp.set_cookie(SESSION_COOKIE, token, secure=True, httponly=True, samesite="Lax", max_age=86400)
    return resp


def set_remember_me(resp: Response, user_id: int, token: str) -> Response:
    # expect: insecure-cookie
    resp.set_cookie("remember", f"{user_id}:{token}", secure=False, httponly=False, max_age=30 * 86400)
    return resp


def set_theme(resp: Response) -> Response:
    theme = "dark" if request.args.get("theme") == "dark" else "light"
    resp.set_cookie("theme", theme, samesite="Lax")
    return resp


def cache_buster(static_path: str, content: bytes) -> str:
    return f"{static_path}?v={hashlib.sha1(content).hexdigest()[:10]}"


def logout() -> Response:
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE)
    return resp
