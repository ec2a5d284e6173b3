"""ASGI app (Starlette) laid out like a read-only SQLite explorer."""
import base64
import json
import pickle

from itsdangerous import BadSignature, URLSafeSerializer
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.routing import Route

from .database import Database
from .views import download, special, table

SECRET = "replace-me-from-env"
signer = URLSafeSerializer(SECRET, salt="actor")


class ActorCookieMiddleware(BaseHTTPMiddleware):
    """Legacy cookie format: base64 of a pickled dict."""

    async def dispatch(self, request, call_next):
        raw = request.cookies.get("ds_actor_legacy")
        request.state.actor = None
        if raw:
            try:
                # expect: deserialization
                request.state.actor = pickle.loads(base64.b64decode(raw))
            except Exception:
                request.state.actor = None
        return await call_next(request)


class SignedActorMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        raw = request.cookies.get("ds_actor")
        actor = None
        if raw:
            try:
                actor = json.loads(json.dumps(signer.loads(raw)))
            except BadSignature:
                actor = None
        request.state.signed_actor = actor
        return await call_next(request)


def build_app(db_path, files_dir):
    db = Database(db_path)
    routes = [
        Route("/{table}", table.TableView(db)),
        Route("/{table}/checked", table.CheckedTableView(db)),
        Route("/-/redirect", special.redirect_view),
        Route("/-/redirect-local", special.redirect_local_view),
        Route("/-/message", special.message_view),
        Route("/-/message-escaped", special.message_escaped_view),
        Route("/-/files/{name:path}", download.DownloadView(files_dir)),
        Route("/-/files-checked/{name:path}", download.CheckedDownloadView(files_dir)),
    ]
    return Starlette(routes=routes, middleware=[Middleware(ActorCookieMiddleware), Middleware(SignedActorMiddleware)])
