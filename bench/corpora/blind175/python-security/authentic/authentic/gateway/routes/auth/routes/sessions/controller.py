"""The signed-in user's sessions: list and revoke."""
from typing import Annotated
from uuid import UUID

import litestar
from litestar import Request, Response
from litestar.exceptions import NotFoundException
from litestar.params import Parameter

from authentic import database

ORDER_COLUMNS = {"created": "created_at DESC", "used": "last_used_at DESC", "agent": "user_agent ASC"}


class Controller(litestar.Controller):
    path = "/sessions"

    @litestar.get()
    async def list(self, request: Request, client: database.Client,
                   order: Annotated[str, Parameter(query="order")] = "created") -> list[dict]:
        user_id = UUID(request.session["user_id"])
        column = ORDER_COLUMNS.get(order, ORDER_COLUMNS["created"])
        return await client.sessions.list_for_user(user_id, column)

    @litestar.get("/search")
    async def search(self, request: Request, client: database.Client,
                     agent: Annotated[str, Parameter(query="agent")] = "") -> list[dict]:
        user_id = UUID(request.session["user_id"])
        return await client.sessions.search_user_agent(user_id, agent)

    @litestar.delete("/{session_id:uuid}", status_code=204)
    async def revoke(self, request: Request, client: database.Client, session_id: UUID) -> None:
        user_id = UUID(request.session["user_id"])
        deleted = await client.sessions.delete(user_id, session_id)
        if not deleted:
            raise NotFoundException()
        return None

    @litestar.delete(status_code=204)
    async def revoke_all(self, request: Request, client: database.Client) -> None:
        user_id = UUID(request.session["user_id"])
        await client.sessions.delete_all_except(user_id, request.session.get("session_id"))
        return None
