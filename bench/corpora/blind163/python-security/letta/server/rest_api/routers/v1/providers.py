"""Providers router: register an LLM provider and check it by listing its models."""
from typing import Optional

from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel

from letta.server.rest_api.utils import get_letta_server
from letta.server.server import SyncServer

router = APIRouter(prefix="/providers", tags=["providers"])


class ProviderCheck(BaseModel):
    provider_type: str
    api_key: str
    base_url: Optional[str] = None


@router.post("/check", operation_id="check_provider")
def check_provider(
    request: ProviderCheck,
    server: SyncServer = Depends(get_letta_server),
    user_id: Optional[str] = Header(None, alias="user_id"),
):
    """Try the key (and optional base URL) before the provider is saved."""
    server.user_manager.get_user_or_default(user_id=user_id)
    manager = server.provider_manager
    if request.base_url:
        models = manager.list_models_at(request.base_url, request.api_key)
    else:
        models = manager.list_models_known(request.provider_type, request.api_key)
    if not models:
        raise HTTPException(status_code=400, detail="Provider returned no models")
    return {"models": models[:50]}


@router.get("/{provider_type}/models", operation_id="list_provider_models")
def list_provider_models(provider_type: str, server: SyncServer = Depends(get_letta_server)):
    return {"models": server.provider_manager.list_configured_models(provider_type)}
