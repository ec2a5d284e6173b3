"""Guild API controller: list guilds, update a guild's GitHub settings."""
from __future__ import annotations

from litestar import Controller, get, patch
from litestar.di import Provide
from litestar.params import Parameter
from pydantic import BaseModel

from byte_bot.server.domain.guilds.dependencies import provides_guilds_service
from byte_bot.server.domain.guilds.services import GuildsService


class GitHubConfigUpdate(BaseModel):
    discussion_sync: bool = False
    github_organization: str | None = None
    github_repository: str | None = None
    api_base_url: str | None = None


class GuildsController(Controller):
    path = "/api/guilds"
    dependencies = {"guilds_service": Provide(provides_guilds_service)}
    tags = ["Guilds"]

    @get("/list")
    async def list_guilds(
        self,
        guilds_service: GuildsService,
        order_by: str = Parameter(query="order_by", default="created_at"),
        limit: int = Parameter(query="limit", default=50, le=200),
    ) -> list[dict]:
        return await guilds_service.list_ordered(order_by, limit)

    @get("/list-sorted")
    async def list_guilds_sorted(
        self,
        guilds_service: GuildsService,
        sort: str = Parameter(query="sort", default="name"),
    ) -> list[dict]:
        return await guilds_service.list_sorted(sort)

    @get("/{guild_id:int}")
    async def get_guild(self, guilds_service: GuildsService, guild_id: int) -> dict:
        return await guilds_service.get_by_guild_id(guild_id)

    @patch("/{guild_id:int}/github")
    async def update_github_config(
        self, guilds_service: GuildsService, guild_id: int, data: GitHubConfigUpdate
    ) -> dict:
        """Save the GitHub settings a guild admin chose in the dashboard."""
        return await guilds_service.update_github_config(guild_id, data.model_dump(exclude_none=True))
