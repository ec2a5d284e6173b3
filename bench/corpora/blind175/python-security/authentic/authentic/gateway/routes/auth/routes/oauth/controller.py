"""OAuth login through configured providers."""
import secrets
from typing import Annotated
from urllib.parse import urlencode, urlparse

import httpx
import litestar
from litestar import Request, Response
from litestar.exceptions import ClientException, NotFoundException
from litestar.params import Parameter
from litestar.response import Redirect

from authentic import database, schemas
from authentic.configuration import Configuration

configuration = Configuration()


def _allowed_return(target: str) -> bool:
    parsed = urlparse(target)
    if not parsed.scheme and not parsed.netloc:
        return target.startswith("/") and not target.startswith("//")
    return parsed.scheme == "https" and parsed.hostname in configuration.allowed_origins


class Controller(litestar.Controller):
    path = "/oauth"

    @litestar.get("/{provider:str}/login")
    async def login(self, request: Request, provider: str,
                    redirect_to: Annotated[str, Parameter(query="redirect_to")] = "/") -> Redirect:
        settings = configuration.oauth.get(provider)
        if settings is None:
            raise NotFoundException()
        state = secrets.token_urlsafe(24)
        request.session["oauth_state"] = state
        request.session["redirect_to"] = redirect_to
        query = urlencode({"client_id": settings.client_id, "redirect_uri": settings.redirect_uri,
                           "response_type": "code", "scope": settings.scope, "state": state})
        return Redirect(path=f"{settings.authorize_url}?{query}")

    @litestar.get("/{provider:str}/callback")
    async def callback(self, request: Request, provider: str, code: str, state: str,
                       client: database.Client) -> Redirect:
        settings = configuration.oauth.get(provider)
        if settings is None or state != request.session.pop("oauth_state", None):
            raise ClientException("invalid state")
        async with httpx.AsyncClient(timeout=10) as http:
            token = await http.post(settings.token_url, data={"code": code, "client_id": settings.client_id,
                                                              "client_secret": settings.client_secret,
                                                              "grant_type": "authorization_code",
                                                              "redirect_uri": settings.redirect_uri})
            profile = await http.get(settings.userinfo_url,
                                     headers={"Authorization": f"Bearer {token.json()['access_token']}"})
        user = await client.users.get_or_create_oauth(provider, schemas.oauth.Profile(**profile.json()))
        request.session["user_id"] = str(user.id)
        target = request.session.pop("redirect_to", "/")
        # expect: open-redirect
        return Redirect(path=target)

    @litestar.get("/logout")
    async def logout(self, request: Request,
                     redirect_to: Annotated[str, Parameter(query="redirect_to")] = "/") -> Redirect:
        request.session.clear()
        if not _allowed_return(redirect_to):
            redirect_to = "/"
        return Redirect(path=redirect_to)
