"""Team controllers: list, page, create with an avatar job."""
from __future__ import annotations

import html
from typing import Annotated
from uuid import UUID

from litestar import Controller, MediaType, Response, get, post
from litestar.di import Provide
from litestar.params import Parameter

from app.domain.accounts.guards import requires_active_user
from app.lib.worker import queue
from app.schemas import TeamCreate
from app.services.teams import TeamService, provide_teams_service


class TeamController(Controller):
    tags = ["Teams"]
    guards = [requires_active_user]
    dependencies = {"teams_service": Provide(provide_teams_service)}

    @get(path="/api/teams")
    async def list_teams(
        self,
        teams_service: TeamService,
        sort: Annotated[str, Parameter(query="sort", default="name")],
        search: Annotated[str | None, Parameter(query="search", default=None)],
    ) -> list[dict]:
        return await teams_service.list_sorted(sort=sort, search=search)

    @get(path="/api/teams/ordered")
    async def list_teams_ordered(self, teams_service: TeamService, sort: str = "name") -> list[dict]:
        return await teams_service.list_checked(sort=sort)

    @get(path="/teams/{team_id:uuid}/page", media_type=MediaType.HTML)
    async def team_page(self, teams_service: TeamService, team_id: UUID) -> Response:
        team = await teams_service.get(team_id)
        body = f"<h1>{team.name}</h1><p>{html.escape(team.slug)}</p>"
        # expect: xss
        return Response(content=body, media_type=MediaType.HTML)

    @get(path="/teams/{team_id:uuid}/card", media_type=MediaType.HTML)
    async def team_card(self, teams_service: TeamService, team_id: UUID) -> Response:
        team = await teams_service.get(team_id)
        body = f"<div class='card'>{html.escape(team.name)}</div>"
        return Response(content=body, media_type=MediaType.HTML)

    @post(path="/api/teams")
    async def create_team(self, teams_service: TeamService, data: TeamCreate) -> dict:
        team = await teams_service.create({"name": data.name, "description": data.description})
        if data.avatar_url:
            await queue.enqueue("fetch_team_avatar", team_id=str(team.id), avatar_url=data.avatar_url)
        await queue.enqueue("fetch_gravatar", team_id=str(team.id), email=data.owner_email)
        return {"id": str(team.id), "name": team.name}
