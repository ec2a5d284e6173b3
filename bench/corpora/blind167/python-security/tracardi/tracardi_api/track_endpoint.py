"""Public collector: the JS tracker posts events here."""
from typing import Any, Dict, List, Optional

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel

from tracardi.process_engine.mysql_plugin import MysqlCouponAction, MysqlLookupAction
from tracardi.service.storage.driver import storage

router = APIRouter()


class EventPayload(BaseModel):
    type: str
    properties: Dict[str, Any] = {}


class TrackerPayload(BaseModel):
    source: str
    session: Optional[str] = None
    profile: Optional[str] = None
    events: List[EventPayload]


async def _run_actions(source, event: EventPayload):
    if event.type == "identify" and source.config.get("mysql_resource"):
        return await MysqlLookupAction(source.config["mysql_resource"], "customers").run(event.properties)
    if event.type == "purchase" and source.config.get("mysql_resource"):
        return await MysqlCouponAction(source.config["mysql_resource"]).run(event.properties)
    return None


@router.post("/track")
async def track(payload: TrackerPayload, request: Request):
    source = await storage.driver.event_source.load(payload.source)
    if source is None or not source.enabled:
        raise HTTPException(status_code=401, detail="unknown event source")
    results = []
    for event in payload.events[:50]:
        results.append({"type": event.type, "result": await _run_actions(source, event)})
    return {"source": source.id, "events": results, "ip": request.client.host if request.client else None}
