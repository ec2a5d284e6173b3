"""A FastAPI route takes its service as a typed dependency (`service: ToolsService =
Depends(get_tools_service)`, as Galaxy's routers take their managers): the service's methods
are followed like those of an instance the file makes — one that checks the path it returns
gives nothing tainted back, one that fetches a URL reports its sink where it is. Before, the
call was an unknown one: its argument's taint came back whole and the method's own sink was
never reached. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

SERVICE = '''import os

import httpx

TOOL_DIR = "/srv/galaxy/tools"


class ToolsService:
    def tool_source_path(self, tool_id: str) -> str:
        candidate = os.path.realpath(os.path.join(TOOL_DIR, tool_id + ".xml"))
        if not candidate.startswith(os.path.realpath(TOOL_DIR) + os.sep):
            raise ValueError("Tool outside the tool directory")
        return candidate

    def tool_test_path(self, tool_id: str) -> str:
        return os.path.join(TOOL_DIR, "test-data", tool_id)

    async def fetch(self, src_url: str) -> int:
        async with httpx.AsyncClient(timeout=30) as client:
            resp = await client.get(src_url)
        return len(resp.content)
'''

ROUTES = '''from fastapi import APIRouter, Depends

from managers.tools import ToolsService

router = APIRouter()


def get_tools_service() -> ToolsService:
    return ToolsService()


@router.get("/{tool_id}/raw")
def raw_tool_source(tool_id: str, service: ToolsService = Depends(get_tools_service)):
    with open(service.tool_source_path(tool_id), encoding="utf-8") as fh:
        return {"source": fh.read()}


@router.get("/{tool_id}/test-data")
def tool_test_data(
    tool_id: str,
    service: ToolsService = Depends(get_tools_service),
):
    with open(service.tool_test_path(tool_id), encoding="utf-8") as fh:
        return {"data": fh.read()}


@router.post("/fetch")
async def fetch(src_url: str, service: ToolsService = Depends(get_tools_service)):
    return {"size": await service.fetch(src_url)}
'''


def test_a_typed_dependency_s_methods_are_followed_into_its_class(tmp_path: Path):
    found = taint_findings(tmp_path, {"managers/tools.py": SERVICE, "webapps/tools.py": ROUTES})
    # (the route's call into the service is reported once, at the service's sink, in a check of the
    # tree; a check of the route alone warns at the call)
    assert found == ["managers/tools.py:20 tainted-ssrf", "webapps/tools.py:23 tainted-path"], found
