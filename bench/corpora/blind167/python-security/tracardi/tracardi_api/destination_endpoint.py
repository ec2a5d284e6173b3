"""Destinations: where profile updates are pushed (webhooks, CRM, mail tools)."""
from typing import Optional
from uuid import uuid4

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, HttpUrl

from app.api.auth.permissions import Permissions
from app.config import server
from tracardi.domain.destination import Destination
from tracardi.service.destination_dispatcher import DestinationDispatcher
from tracardi.service.storage.driver import storage

router = APIRouter(dependencies=[Depends(Permissions(roles=["admin", "developer", "marketer"]))])


class DestinationPayload(BaseModel):
    name: str
    description: Optional[str] = ""
    url: HttpUrl
    method: str = "post"
    enabled: bool = True
    on_profile_change_only: bool = True


@router.post("/destination", tags=["destination"], include_in_schema=server.expose_gui_api)
async def save_destination(payload: DestinationPayload):
    if payload.method.lower() not in ("post", "put"):
        raise HTTPException(status_code=422, detail="method must be post or put")
    destination = Destination(
        id=str(uuid4()),
        name=payload.name,
        description=payload.description,
        url=str(payload.url),
        method=payload.method.lower(),
        enabled=payload.enabled,
        on_profile_change_only=payload.on_profile_change_only,
    )
    await storage.driver.destination.save(destination)
    return {"id": destination.id}


@router.get("/destination/{id}", tags=["destination"], include_in_schema=server.expose_gui_api)
async def get_destination(id: str):
    destination = await storage.driver.destination.load(id)
    if destination is None:
        raise HTTPException(status_code=404, detail="no such destination")
    return destination


@router.post("/destination/{id}/test", tags=["destination"], include_in_schema=server.expose_gui_api)
async def test_destination(id: str):
    destination = await storage.driver.destination.load(id)
    if destination is None:
        raise HTTPException(status_code=404, detail="no such destination")
    status = await DestinationDispatcher().send_test(destination)
    return {"status": status}


@router.post("/destination/pro/{service}/test", tags=["destination"], include_in_schema=server.expose_gui_api)
async def test_pro_destination(service: str):
    status = await DestinationDispatcher().ping_pro_service(service)
    return {"status": status}


@router.delete("/destination/{id}", tags=["destination"], include_in_schema=server.expose_gui_api)
async def delete_destination(id: str):
    return await storage.driver.destination.delete(id)
