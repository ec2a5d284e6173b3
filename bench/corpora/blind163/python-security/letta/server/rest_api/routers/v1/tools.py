"""Tools router: list tools and run a tool with arguments from the request."""
from typing import Optional

from fastapi import APIRouter, Body, Depends, Header, HTTPException

from letta.schemas.tool import ToolReturnMessage
from letta.server.rest_api.utils import get_letta_server
from letta.server.server import SyncServer
from letta.services.tool_arguments import parse_tool_args, parse_tool_args_literal

router = APIRouter(prefix="/tools", tags=["tools"])


@router.get("/", operation_id="list_tools")
def list_tools(
    cursor: Optional[str] = None,
    limit: Optional[int] = 50,
    server: SyncServer = Depends(get_letta_server),
    user_id: Optional[str] = Header(None, alias="user_id"),
):
    actor = server.user_manager.get_user_or_default(user_id=user_id)
    return server.tool_manager.list_tools(actor=actor, cursor=cursor, limit=min(limit or 50, 200))


@router.post("/{tool_id}/run", response_model=ToolReturnMessage, operation_id="run_tool")
def run_tool(
    tool_id: str,
    args: str = Body(..., embed=True),
    server: SyncServer = Depends(get_letta_server),
    user_id: Optional[str] = Header(None, alias="user_id"),
):
    """Run a registered tool; `args` is the argument dict as the ADE's text box sends it."""
    actor = server.user_manager.get_user_or_default(user_id=user_id)
    tool = server.tool_manager.get_tool_by_id(tool_id=tool_id, actor=actor)
    if tool is None:
        raise HTTPException(status_code=404, detail="Tool not found")
    return server.run_tool(tool=tool, tool_args=parse_tool_args(args), actor=actor)


@router.post("/{tool_id}/dry-run", response_model=ToolReturnMessage, operation_id="dry_run_tool")
def dry_run_tool(
    tool_id: str,
    args: str = Body(..., embed=True),
    server: SyncServer = Depends(get_letta_server),
    user_id: Optional[str] = Header(None, alias="user_id"),
):
    actor = server.user_manager.get_user_or_default(user_id=user_id)
    tool = server.tool_manager.get_tool_by_id(tool_id=tool_id, actor=actor)
    return server.run_tool(tool=tool, tool_args=parse_tool_args_literal(args), actor=actor, dry_run=True)
