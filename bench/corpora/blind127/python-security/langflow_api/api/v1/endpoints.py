"""Run endpoint: tweaks patch component parameters, then the graph runs."""
from typing import Optional

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from langflow_api.components.url import URLComponent
from langflow_api.services.auth import get_current_active_user
from langflow_api.services.database import flows

router = APIRouter(tags=["Base"])


class RunRequest(BaseModel):
    input_value: str = ""
    tweaks: Optional[dict] = None


@router.post("/run/{flow_id}")
async def simplified_run_flow(flow_id: str, body: RunRequest, current_user=Depends(get_current_active_user)):
    tweaks = body.tweaks or {}
    url_params = tweaks.get("URL", {})
    component = URLComponent(**url_params)
    return {"outputs": component.fetch_content(), "input": body.input_value}


@router.get("/flows/search")
async def search_flows(q: str = "", current_user=Depends(get_current_active_user)):
    return {"flows": flows.search_by_name(current_user["id"], q)}


@router.get("/flows/search_exact")
async def search_flows_exact(name: str, current_user=Depends(get_current_active_user)):
    return {"flows": flows.get_by_name(current_user["id"], name)}
