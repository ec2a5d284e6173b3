from fastapi import APIRouter, Depends, File, Form, UploadFile

from polar_server.auth import FilesWrite, get_auth_subject
from polar_server.file.service import file_service

router = APIRouter(prefix="/files", tags=["files"])


@router.post("/")
async def upload_file(
    upload: UploadFile = File(...),
    name: str = Form(default=""),
    auth_subject: FilesWrite = Depends(get_auth_subject),
):
    data = await upload.read()
    return file_service.store(auth_subject.organization_id, data, name=name or upload.filename)
