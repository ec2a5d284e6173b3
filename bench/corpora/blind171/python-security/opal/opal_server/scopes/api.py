"""Scopes API: each scope has its own policy repo and data sources."""

from typing import List

from fastapi import APIRouter, Depends, HTTPException, Query, status
from fastapi.responses import JSONResponse, PlainTextResponse

from opal_common.authentication.deps import JWTAuthenticator, require_peer_type
from opal_common.authentication.types import PeerType
from opal_common.schemas.scopes import Scope
from opal_server.scopes.preview import preview_data_source
from opal_server.scopes.scope_repository import ScopeRepository
from opal_server.scopes.service import ScopesService


def init_scope_router(scopes: ScopeRepository, service: ScopesService,
                      authenticator: JWTAuthenticator) -> APIRouter:
    router = APIRouter()

    @router.put("", status_code=status.HTTP_201_CREATED)
    async def put_scope(scope_in: Scope, claims=Depends(authenticator)):
        require_peer_type(authenticator, claims, PeerType.datasource)
        await scopes.put(scope_in)
        await service.sync_scope(scope_in.scope_id)
        return JSONResponse({"scope_id": scope_in.scope_id})

    @router.get("", response_model=List[Scope])
    async def get_all_scopes(claims=Depends(authenticator)):
        require_peer_type(authenticator, claims, PeerType.datasource)
        return await scopes.all()

    @router.get("/{scope_id}/policy/file", response_class=PlainTextResponse)
    async def get_policy_file(scope_id: str, path: str = Query(...), claims=Depends(authenticator)):
        scope = await scopes.get(scope_id)
        if scope is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such scope")
        return service.read_policy_file(scope_id, path)

    @router.get("/{scope_id}/policy/raw", response_class=PlainTextResponse)
    async def get_policy_raw(scope_id: str, path: str = Query(...), claims=Depends(authenticator)):
        return service.read_policy_file_checked(scope_id, path)

    @router.post("/{scope_id}/data/preview")
    async def preview(scope_id: str, index: int = 0, claims=Depends(authenticator)):
        scope = await scopes.get(scope_id)
        if scope is None or index >= len(scope.data.entries):
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such data source")
        return await preview_data_source(scope.data.entries[index])

    return router
