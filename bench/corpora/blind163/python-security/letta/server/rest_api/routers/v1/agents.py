"""Agents router: the message history of one agent."""
from typing import Optional

from fastapi import APIRouter, Depends, Header, Query

from letta.server.rest_api.utils import get_letta_server
from letta.server.server import SyncServer

router = APIRouter(prefix="/agents", tags=["agents"])


@router.get("/{agent_id}/messages", operation_id="list_agent_messages")
def list_agent_messages(
    agent_id: str,
    limit: int = Query(10, ge=1, le=500),
    order_by: str = Query("created_at"),
    role: Optional[str] = Query(None),
    server: SyncServer = Depends(get_letta_server),
    user_id: Optional[str] = Header(None, alias="user_id"),
):
    actor = server.user_manager.get_user_or_default(user_id=user_id)
    return server.message_manager.list_messages_for_agent(
        agent_id=agent_id, actor=actor, limit=limit, order_by=order_by, role=role
    )


@router.get("/{agent_id}/messages/search", operation_id="search_agent_messages")
def search_agent_messages(
    agent_id: str,
    query_text: str = Query(...),
    sort: str = Query("newest"),
    server: SyncServer = Depends(get_letta_server),
    user_id: Optional[str] = Header(None, alias="user_id"),
):
    actor = server.user_manager.get_user_or_default(user_id=user_id)
    return server.message_manager.search_messages(agent_id=agent_id, actor=actor, query_text=query_text, sort=sort)
