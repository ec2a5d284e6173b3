"""Web controller: dashboard pages and the Discord login callback."""
from __future__ import annotations

from urllib.parse import urlparse

from litestar import Controller, Request, get
from litestar.di import Provide
from litestar.response import Redirect, Response, Template
from markupsafe import escape

from byte_bot.server.domain.guilds.dependencies import provides_guilds_service
from byte_bot.server.domain.guilds.services import GuildsService
from byte_bot.server.lib.oauth import exchange_discord_code


class WebController(Controller):
    include_in_schema = False
    dependencies = {"guilds_service": Provide(provides_guilds_service)}

    @get("/")
    async def index(self) -> Template:
        return Template(template_name="index.html")

    @get("/dashboard/{guild_id:int}/card")
    async def guild_card(self, guilds_service: GuildsService, guild_id: int) -> Response:
        """Small HTML card loaded by htmx into the dashboard."""
        guild = await guilds_service.get_by_guild_id(guild_id)
        # expect: xss
        return Response(content=f"<div class='card'><h2>{guild.get('guild_name')}</h2><p>Prefix: {guild.get('prefix')}</p></div>", media_type="text/html")

    @get("/dashboard/{guild_id:int}/title")
    async def guild_title(self, guilds_service: GuildsService, guild_id: int) -> Response:
        guild = await guilds_service.get_by_guild_id(guild_id)
        return Response(content=f"<h2>{escape(guild.get('guild_name', ''))}</h2>", media_type="text/html")

    @get("/dashboard/{guild_id:int}")
    async def dashboard(self, guilds_service: GuildsService, guild_id: int) -> Template:
        guild = await guilds_service.get_by_guild_id(guild_id)
        return Template(template_name="dashboard.html", context={"guild": guild})

    @get("/login/callback")
    async def login_callback(self, request: Request, code: str, next: str | None = None) -> Redirect:
        request.session["discord_user"] = await exchange_discord_code(code)
        # expect: open-redirect
        return Redirect(path=next or "/dashboard")

    @get("/login/return")
    async def login_return(self, request: Request, next: str = "/dashboard") -> Redirect:
        parts = urlparse(next)
        if parts.scheme or parts.netloc or not next.startswith("/"):
            next = "/dashboard"
        return Redirect(path=next)
