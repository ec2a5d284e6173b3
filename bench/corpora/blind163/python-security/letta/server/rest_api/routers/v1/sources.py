"""Sources router: create a data source and upload files into it."""
from typing import List, Optional

from fastapi import APIRouter, Depends, File, Header, HTTPException, UploadFile

from letta.schemas.source import Source, SourceCreate
from letta.server.rest_api.utils import get_letta_server
from letta.server.server import SyncServer

router = APIRouter(prefix="/sources", tags=["sources"])
MAX_UPLOAD_BYTES = 50 * 1024 * 1024


@router.post("/", response_model=Source, operation_id="create_source")
def create_source(
    source_create: SourceCreate,
    server: SyncServer = Depends(get_letta_server),
    user_id: Optional[str] = Header(None, alias="user_id"),
):
    actor = server.user_manager.get_user_or_default(user_id=user_id)
    return server.source_manager.create_source(source_create, actor=actor)


@router.post("/{source_id}/upload", operation_id="upload_file_to_source")
async def upload_file_to_source(
    source_id: str,
    file: UploadFile = File(...),
    server: SyncServer = Depends(get_letta_server),
    user_id: Optional[str] = Header(None, alias="user_id"),
):
    actor = server.user_manager.get_user_or_default(user_id=user_id)
    source = server.source_manager.get_source_by_id(source_id=source_id, actor=actor)
    if source is None:
        raise HTTPException(status_code=404, detail=f"Source {source_id} not found")
    content = await file.read()
    if len(content) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="File too large")
    saved = server.source_manager.save_upload(source, file.filename, content, actor=actor)
    return {"file_id": saved.id, "file_name": saved.file_name}


@router.post("/{source_id}/upload-batch", operation_id="upload_files_to_source")
async def upload_files_to_source(
    source_id: str,
    files: List[UploadFile] = File(...),
    server: SyncServer = Depends(get_letta_server),
    user_id: Optional[str] = Header(None, alias="user_id"),
):
    actor = server.user_manager.get_user_or_default(user_id=user_id)
    source = server.source_manager.get_source_by_id(source_id=source_id, actor=actor)
    saved = []
    for upload in files:
        content = await upload.read()
        saved.append(server.source_manager.save_upload_checked(source, upload.filename, content, actor=actor).id)
    return {"file_ids": saved}


@router.get("/{source_id}/files/{file_id}/text", operation_id="get_file_text")
def get_file_text(
    source_id: str,
    file_id: str,
    server: SyncServer = Depends(get_letta_server),
    user_id: Optional[str] = Header(None, alias="user_id"),
):
    actor = server.user_manager.get_user_or_default(user_id=user_id)
    return {"text": server.source_manager.read_file_text(source_id, file_id, actor=actor)}
