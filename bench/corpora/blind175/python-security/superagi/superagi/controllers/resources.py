"""Agent resources: files uploaded for an agent to read."""
import os

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile
from fastapi.responses import FileResponse
from fastapi_jwt_auth import AuthJWT
from fastapi_sqlalchemy import db

from superagi.helper.auth import check_auth, get_user_organisation
from superagi.helper.resource_helper import ResourceHelper
from superagi.models.agent import Agent
from superagi.models.resource import Resource

router = APIRouter()

ALLOWED_TYPES = {"application/pdf", "text/plain", "text/csv", "application/epub+zip", "text/markdown"}


@router.post("/add/{agent_id}", status_code=201)
async def upload(agent_id: int, file: UploadFile = File(...), name: str = Form(...),
                 size: int = Form(...), type: str = Form(...), Authorize: AuthJWT = Depends(check_auth)):
    agent = db.session.query(Agent).filter(Agent.id == agent_id).first()
    if agent is None:
        raise HTTPException(status_code=400, detail="Agent does not exist")
    if type not in ALLOWED_TYPES:
        raise HTTPException(status_code=400, detail="File type not supported")
    contents = await file.read()
    path = ResourceHelper.save_input_file(agent_id, file.filename, contents)
    resource = Resource(name=name, path=path, storage_type="FILE", size=size, type=type,
                        channel="INPUT", agent_id=agent.id)
    db.session.add(resource)
    db.session.commit()
    return resource


@router.get("/get/all/{agent_id}")
def get_all_resources(agent_id: int, Authorize: AuthJWT = Depends(check_auth)):
    return db.session.query(Resource).filter(Resource.agent_id == agent_id).all()


@router.get("/get/{resource_id}")
def download_file_by_id(resource_id: int, Authorize: AuthJWT = Depends(check_auth)):
    resource = db.session.query(Resource).filter(Resource.id == resource_id).first()
    if resource is None:
        raise HTTPException(status_code=404, detail="File not found")
    organisation = get_user_organisation(Authorize)
    if resource.agent.project.organisation_id != organisation.id:
        raise HTTPException(status_code=403, detail="Not your resource")
    return FileResponse(resource.path, filename=resource.name)


@router.get("/output/{agent_id}/{file_name}")
def download_output(agent_id: int, file_name: str, Authorize: AuthJWT = Depends(check_auth)):
    path = ResourceHelper.output_path(agent_id, file_name)
    if path is None or not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="File not found")
    return FileResponse(path, filename=os.path.basename(path))
