"""API operations on tools: fetch data, inspect tool XML, run a tool."""
import logging
from typing import Any, Dict, Optional

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from pydantic import BaseModel

from galaxy_jobs.managers.tools import ToolsService
from galaxy_jobs.webapps.depends import DependsOnTrans, SessionRequestContext

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api/tools", tags=["tools"])


class FetchPayload(BaseModel):
    src_url: str
    name: Optional[str] = None
    history_id: Optional[str] = None


class RunPayload(BaseModel):
    tool_id: str
    inputs: Dict[str, Any] = {}


def get_tools_service() -> ToolsService:
    return ToolsService()


@router.post("/fetch")
async def fetch(
    payload: FetchPayload,
    trans: SessionRequestContext = DependsOnTrans,
    service: ToolsService = Depends(get_tools_service),
):
    return await service.fetch_to_history(trans, payload.src_url, payload.name)


@router.post("/fetch_known")
async def fetch_known(payload: FetchPayload, trans: SessionRequestContext = DependsOnTrans, service: ToolsService = Depends(get_tools_service)):
    try:
        return await service.fetch_from_allowed(trans, payload.src_url)
    except ValueError as e:
        raise HTTPException(status_code=400, detail=str(e))


@router.post("/inspect")
async def inspect_tool_xml(request: Request, service: ToolsService = Depends(get_tools_service)):
    body = await request.body()
    return service.parse_tool_xml(body)


@router.post("/lint")
async def lint_tool_xml(request: Request, service: ToolsService = Depends(get_tools_service)):
    return service.lint_tool_xml(await request.body())


@router.post("/run")
def run(payload: RunPayload, trans: SessionRequestContext = DependsOnTrans, service: ToolsService = Depends(get_tools_service)):
    params = {**payload.inputs, "tool_version": trans.extra.get("tool_version") or "latest"}
    job_id = service.run_tool(trans, payload.tool_id, params)
    return {"job_id": job_id}


@router.post("/run_quoted")
def run_quoted(payload: RunPayload, trans: SessionRequestContext = DependsOnTrans, service: ToolsService = Depends(get_tools_service)):
    try:
        return {"job_id": service.run_tool_quoted(trans, payload.tool_id, payload.inputs)}
    except ValueError as e:
        raise HTTPException(status_code=400, detail=str(e))


@router.get("/{tool_id}/raw")
def raw_tool_source(tool_id: str, service: ToolsService = Depends(get_tools_service)):
    try:
        path = service.tool_source_path(tool_id)
    except ValueError:
        raise HTTPException(status_code=404)
    with open(path, encoding="utf-8") as fh:
        return {"source": fh.read()}
