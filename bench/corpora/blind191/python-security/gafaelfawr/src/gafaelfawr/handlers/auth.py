"""Handler for nginx ``auth_request`` (``/auth``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import jwt
from aiohttp import web

from gafaelfawr.handlers import routes

if TYPE_CHECKING:
    from gafaelfawr.factory import ComponentFactory

__all__ = ["get_auth"]


def _bearer(request: web.Request) -> str:
    header = request.headers.get("Authorization", "")
    if not header.lower().startswith("bearer "):
        raise web.HTTPUnauthorized(headers={"WWW-Authenticate": 'Bearer realm="gafaelfawr"'})
    return header[7:].strip()


def _authorize(request: web.Request, claims: dict) -> web.Response:
    required = set(request.query.getall("scope", []))
    granted = set(claims.get("scope", "").split())
    if not required <= granted:
        raise web.HTTPForbidden(reason="Missing required scope")
    return web.Response(
        headers={
            "X-Auth-Request-User": str(claims.get("uid", "")),
            "X-Auth-Request-Email": str(claims.get("email", "")),
        }
    )


@routes.get("/auth")
async def get_auth(request: web.Request) -> web.Response:
    factory: ComponentFactory = request.config_dict["gafaelfawr/factory"]
    verifier = factory.create_token_verifier(request)
    token = await verifier.verify_internal_token(_bearer(request))
    return _authorize(request, token.claims)


@routes.get("/auth/legacy")
async def get_auth_legacy(request: web.Request) -> web.Response:
    # tokens from the old oauth2_proxy deployment; signatures differ per site
    # expect: jwt-no-verify
    claims = jwt.decode(_bearer(request), options={"verify_signature": False})
    return _authorize(request, claims)


@routes.get("/auth/kid")
async def get_auth_kid(request: web.Request) -> web.Response:
    header = jwt.get_unverified_header(_bearer(request))
    return web.json_response({"kid": header.get("kid")})
