"""History endpoints and workflow import."""
import logging
import pickle
import base64
import json

import yaml
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import RedirectResponse

from galaxy_jobs.managers.users import UserManager
from galaxy_jobs.webapps.depends import DependsOnTrans, SessionRequestContext, get_user_manager

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api", tags=["histories"])


@router.get("/histories")
def index(
    q: str = Query("", description="Filter histories by name"),
    trans: SessionRequestContext = DependsOnTrans,
    users: UserManager = Depends(get_user_manager),
):
    if trans.user is None:
        raise HTTPException(status_code=403)
    return users.histories_for(trans.user["id"], q)


@router.get("/u/{username}/h/{slug}")
def show_published(username: str, slug: str, trans: SessionRequestContext = DependsOnTrans, users: UserManager = Depends(get_user_manager)):
    if trans.user is None:
        raise HTTPException(status_code=403)
    history = users.history_by_slug(trans.user["id"], slug)
    if history is None:
        raise HTTPException(status_code=404)
    return history


@router.post("/workflows/upload")
async def import_workflow(request: Request, trans: SessionRequestContext = DependsOnTrans):
    raw = await request.body()
    content_type = request.headers.get("content-type", "")
    if "yaml" in content_type:
        workflow = yaml.safe_load(raw)
    else:
        workflow = json.loads(raw)
    return {"name": workflow.get("name"), "steps": len(workflow.get("steps", {}))}


@router.post("/workflows/restore")
async def restore_workflow_state(request: Request, trans: SessionRequestContext = DependsOnTrans):
    form = await request.form()
    blob = form.get("state", "")
    # expect: deserialization
    state = pickle.loads(base64.b64decode(blob))
    return {"restored_steps": len(state.get("steps", []))}


@router.get("/histories/switch")
def switch_history(redirect_to: str = "/", trans: SessionRequestContext = DependsOnTrans):
    log.info("switching history for user %s", trans.user and trans.user["id"])
    # expect: open-redirect
    return RedirectResponse(url=redirect_to)


@router.get("/histories/switch_local")
def switch_history_local(redirect_to: str = "/", trans: SessionRequestContext = DependsOnTrans):
    target = redirect_to if redirect_to.startswith("/") and not redirect_to.startswith("//") and "\\" not in redirect_to else "/"
    return RedirectResponse(url=target)
