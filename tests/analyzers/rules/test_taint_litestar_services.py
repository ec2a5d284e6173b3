"""A Litestar controller is handed its service by the framework (`guilds_service: GuildsService`, a
parameter typed with the project's class, never called in the file) and its query parameters as plain
parameters under a bare route decorator (`@get("/list")`): the service's method that splices the
parameter into SQL is reported at its sink, in its own file, and one that looks up an allow-list first
stays quiet. Before, the controller read no request the way a handler does (no bare route decorator
in HANDLES): the service's module was fed nothing. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

SERVICE = '''from sqlalchemy import text

SORT_COLUMNS = {"name": "team_name", "created": "created_at"}


class TeamsService:
    def __init__(self, session) -> None:
        self.session = session

    async def list_ordered(self, order_by: str, limit: int) -> list[dict]:
        result = await self.session.execute(text(f"SELECT team_id FROM team ORDER BY {order_by} LIMIT :limit"), {"limit": limit})
        return [dict(row._mapping) for row in result]

    async def list_sorted(self, sort: str) -> list[dict]:
        column = SORT_COLUMNS.get(sort, "team_name")
        result = await self.session.execute(text(f"SELECT team_id FROM team ORDER BY {column}"))
        return [dict(row._mapping) for row in result]
'''

CONTROLLER = '''from litestar import Controller, get
from litestar.di import Provide
from litestar.params import Parameter

from teams.dependencies import provides_teams_service
from teams.services import TeamsService


class TeamsController(Controller):
    path = "/api/teams"
    dependencies = {"teams_service": Provide(provides_teams_service)}

    @get("/list")
    async def list_teams(
        self,
        teams_service: TeamsService,
        order_by: str = Parameter(query="order_by", default="created_at"),
    ) -> list[dict]:
        return await teams_service.list_ordered(order_by, 50)

    @get("/sorted")
    async def list_sorted(self, teams_service: TeamsService, sort: str = "name") -> list[dict]:
        return await teams_service.list_sorted(sort)
'''


def test_an_injected_service_s_method_is_reported_at_its_sink(tmp_path: Path):
    found = taint_findings(tmp_path, {"teams/services.py": SERVICE, "teams/controllers.py": CONTROLLER})
    assert found == ["teams/services.py:11 tainted-sql"], found
