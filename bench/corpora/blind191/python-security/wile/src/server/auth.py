"""Cookie sessions for the API."""
import base64
import functools
import json
import os
import pickle

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.requests import Request
from starlette.responses import JSONResponse

SECRET = os.environ["WILE_SECRET"]
_signer = URLSafeTimedSerializer(SECRET, salt="wile-session")
MAX_AGE = 14 * 24 * 3600


def load_session(request: Request):
    token = request.cookies.get("wile_session")
    if not token:
        return None
    try:
        return _signer.loads(token, max_age=MAX_AGE)
    except BadSignature:
        return None


def load_remember_me(request: Request):
    blob = request.cookies.get("wile_remember")
    if not blob:
        return None
    # expect: deserialization
    return pickle.loads(base64.urlsafe_b64decode(blob))


def load_prefs(request: Request):
    raw = request.cookies.get("wile_prefs", "{}")
    try:
        prefs = json.loads(base64.urlsafe_b64decode(raw + "==").decode())
    except ValueError:
        return {}
    return prefs if isinstance(prefs, dict) else {}


def current_user(request: Request):
    session = load_session(request) or load_remember_me(request)
    return session.get("user") if isinstance(session, dict) else None


def require_user(endpoint):
    @functools.wraps(endpoint)
    async def wrapper(request: Request):
        if current_user(request) is None:
            return JSONResponse({"error": "login required"}, status_code=401)
        return await endpoint(request)

    return wrapper
