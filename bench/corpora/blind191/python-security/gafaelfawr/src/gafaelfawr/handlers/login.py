"""Handler for authentication (``/login``)."""
from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlparse

from aiohttp import web
from aiohttp_session import get_session, new_session

from gafaelfawr.handlers import routes

if TYPE_CHECKING:
    from gafaelfawr.config import Config
    from gafaelfawr.factory import ComponentFactory

__all__ = ["get_login", "get_login_callback"]


def _validated_return_url(request: web.Request, url: str) -> str:
    config: Config = request.config_dict["gafaelfawr/config"]
    parsed = urlparse(url)
    if parsed.scheme not in ("https", "http") or parsed.hostname != config.realm_host:
        raise web.HTTPBadRequest(reason=f"URL is not at {config.realm_host}")
    return url


@routes.get("/login")
async def get_login(request: web.Request) -> web.Response:
    factory: ComponentFactory = request.config_dict["gafaelfawr/factory"]
    return_url = request.query.get("rd") or request.headers.get("X-Auth-Request-Redirect")
    if not return_url:
        raise web.HTTPBadRequest(reason="No destination URL specified")
    return_url = _validated_return_url(request, return_url)
    session = await new_session(request)
    provider = factory.create_provider(request)
    state = provider.new_state()
    session["rd"] = return_url
    session["state"] = state
    raise web.HTTPSeeOther(provider.get_redirect_url(state))


@routes.get("/login/callback")
async def get_login_callback(request: web.Request) -> web.Response:
    factory: ComponentFactory = request.config_dict["gafaelfawr/factory"]
    session = await get_session(request)
    code = request.query.get("code")
    if request.query.get("state") != session.pop("state", None) or not code:
        raise web.HTTPForbidden(reason="Authentication state mismatch")
    provider = factory.create_provider(request)
    handle = await provider.get_token(code, session)
    session["handle"] = handle.encode()
    raise web.HTTPSeeOther(session.pop("rd"))


@routes.get("/logout")
async def get_logout(request: web.Request) -> web.Response:
    session = await get_session(request)
    session.invalidate()
    destination = request.query.get("rd", "/")
    # expect: open-redirect
    raise web.HTTPSeeOther(destination)
