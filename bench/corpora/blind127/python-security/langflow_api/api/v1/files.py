"""Flow file uploads and downloads."""
import uuid

from fastapi import APIRouter, Depends, UploadFile
from fastapi.responses import Response

from langflow_api.services.auth import get_current_active_user
from langflow_api.services.storage.local import storage_service

router = APIRouter(prefix="/files", tags=["Files"])


@router.post("/upload/{flow_id}")
async def upload_file(flow_id: uuid.UUID, file: UploadFile, current_user=Depends(get_current_active_user)):
    content = await file.read()
    name = file.filename or ""
    if not name:
        name = f"{uuid.uuid4()}.bin"
    await storage_service.save_file(flow_id=str(flow_id), file_name=name, data=content)
    return {"flowId": str(flow_id), "file_path": f"{flow_id}/{name}"}


@router.post("/upload_safe/{flow_id}")
async def upload_file_safe(flow_id: uuid.UUID, file: UploadFile, current_user=Depends(get_current_active_user)):
    name = f"{uuid.uuid4()}.bin"
    await storage_service.save_file(flow_id=str(flow_id), file_name=name, data=await file.read())
    return {"file_path": f"{flow_id}/{name}"}


@router.get("/download/{flow_id}/{file_name}")
async def download_file(flow_id: uuid.UUID, file_name: str, current_user=Depends(get_current_active_user)):
    return Response(await storage_service.get_file(str(flow_id), file_name), media_type="application/octet-stream")
