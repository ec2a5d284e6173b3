"""Files, runs and build endpoints of the MLOps API server (FastAPI)."""
import logging
import typing

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from . import builder, db, datastore
from .deps import AuthInfo, authenticate_request, get_session

logger = logging.getLogger("mlrun-api")
router = APIRouter(prefix="/api/v1")


@router.get("/projects/{project}/files")
def get_files(
    project: str,
    path: str = Query(..., alias="path"),
    size: int = 0,
    offset: int = 0,
    auth_info: AuthInfo = Depends(authenticate_request),
):
    schema, _, objpath = path.partition("://")
    if not objpath:
        raise HTTPException(400, "path must include a schema")
    body = datastore.get_object(schema, objpath, size=int(size), offset=int(offset))
    return Response(content=body, media_type="application/octet-stream")


@router.get("/projects/{project}/artifacts-files")
def get_artifact_file(project: str, key: str, auth_info: AuthInfo = Depends(authenticate_request)):
    return Response(content=datastore.get_project_artifact(project, key))


@router.get("/projects/{project}/runs")
def list_runs(
    project: str,
    name: typing.Optional[str] = None,
    label: typing.List[str] = Query([], alias="label"),
    sort: bool = True,
    session=Depends(get_session),
    auth_info: AuthInfo = Depends(authenticate_request),
):
    runs = db.list_runs(session, project=project, name=name, labels=label, sort=sort)
    return {"runs": runs}


@router.get("/projects/{project}/runs-by-owner")
def list_runs_by_owner(project: str, owner: str, session=Depends(get_session)):
    return {"runs": db.list_runs_by_owner(session, project, owner)}


@router.post("/build/function")
async def build_function(request: Request, auth_info: AuthInfo = Depends(authenticate_request)):
    data = await request.json()
    function = data.get("function", {})
    requirements = function.get("spec", {}).get("build", {}).get("requirements", [])
    name = function.get("metadata", {}).get("name", "func")
    if data.get("isolated"):
        image = builder.build_image_argv(name, requirements)
    else:
        image = builder.build_image(name, requirements)
    return {"data": {"image": image}}
