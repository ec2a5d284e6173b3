"""REST API v1: specifications, builds and their artifacts."""
import os
import re

import yaml
from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, PlainTextResponse

from conda_store_server import api, schema
from conda_store_server.server import dependencies
from conda_store_server.server.auth import Permissions
from conda_store_server.worker.tasks import task_build_conda_environment, task_fetch_lockfile

router_api = APIRouter(tags=["api"], prefix="/api/v1")

NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


@router_api.post("/specification/")
async def api_post_specification(
    request: Request,
    conda_store=Depends(dependencies.get_conda_store),
    auth=Depends(dependencies.get_auth),
    specification: str = Body(""),
    namespace: str = Body(None),
    lockfile_url: str | None = Body(None),
):
    """Register an environment.yaml and queue a build for it."""
    try:
        spec = yaml.safe_load(specification)
    except yaml.error.YAMLError as exc:
        raise HTTPException(status_code=400, detail=f"Invalid YAML: {exc}")
    if not isinstance(spec, dict) or "name" not in spec:
        raise HTTPException(status_code=400, detail="specification needs a name")
    namespace = namespace or auth.authenticate(request).primary_namespace
    auth.authorize_request(request, f"{namespace}/{spec['name']}", {Permissions.ENVIRONMENT_CREATE}, require=True)
    with conda_store.get_db() as db:
        build_id = api.register_specification(db, namespace=namespace, specification=spec, lockfile_url=lockfile_url)
    if lockfile_url:
        task_fetch_lockfile.si(build_id).apply_async(link=task_build_conda_environment.si(build_id))
    else:
        task_build_conda_environment.delay(build_id)
    return {"status": "ok", "data": {"build_id": build_id}}


@router_api.get("/build/{build_id}/logs/", response_class=PlainTextResponse)
async def api_get_build_logs(build_id: int, request: Request,
                             conda_store=Depends(dependencies.get_conda_store),
                             auth=Depends(dependencies.get_auth)):
    with conda_store.get_db() as db:
        build = api.get_build(db, build_id)
        if build is None:
            raise HTTPException(status_code=404, detail="build does not exist")
        auth.authorize_request(request, build.environment.full_name, {Permissions.ENVIRONMENT_READ}, require=True)
        return conda_store.storage.get(build.log_key)


@router_api.get("/build/{build_id}/artifact/")
async def api_get_build_artifact(build_id: int, request: Request, name: str = Query(...),
                                 conda_store=Depends(dependencies.get_conda_store),
                                 auth=Depends(dependencies.get_auth)):
    """Lockfiles, yaml exports and conda-pack archives written next to the build."""
    with conda_store.get_db() as db:
        build = api.get_build(db, build_id)
        if build is None:
            raise HTTPException(status_code=404, detail="build does not exist")
        auth.authorize_request(request, build.environment.full_name, {Permissions.ENVIRONMENT_READ}, require=True)
    artifact_dir = os.path.join(conda_store.store_directory, "artifacts", str(build_id))
    # expect: path-traversal
    return FileResponse(os.path.join(artifact_dir, name), filename=os.path.basename(name))


@router_api.delete("/environment/{namespace}/{name}/")
async def api_delete_environment(namespace: str, name: str, request: Request,
                                 conda_store=Depends(dependencies.get_conda_store),
                                 auth=Depends(dependencies.get_auth)):
    if not NAME_RE.match(namespace) or not NAME_RE.match(name):
        raise HTTPException(status_code=400, detail="invalid name")
    auth.authorize_request(request, f"{namespace}/{name}", {Permissions.ENVIRONMENT_DELETE}, require=True)
    with conda_store.get_db() as db:
        api.delete_environment(db, namespace, name)
    return {"status": "ok"}
