"""FastAPI routes of the chainlit server."""
import re
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse, RedirectResponse

from chainlit.auth import get_current_user
from chainlit.data import get_data_layer
from chainlit.element import element_from_dict
from chainlit.session import WebsocketSession
from chainlit.types import ElementRequest, ThreadFilter

router = APIRouter()
APP_ROOT = Path("/srv/chainlit")
AVATAR_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@router.put("/project/element")
async def update_thread_element(payload: ElementRequest, current_user=Depends(get_current_user)):
    element = element_from_dict(**payload.element)
    await element.send(for_id=payload.thread_id)
    return {"success": True}


@router.get("/project/file/{file_id}")
async def get_file(file_id: str, session_id: str, current_user=Depends(get_current_user)):
    session = WebsocketSession.get_by_id(session_id)
    if session is None:
        raise HTTPException(status_code=404)
    checked = str(uuid.UUID(file_id))
    return FileResponse(session.files_dir / checked)


@router.get("/avatars/{name}")
async def get_avatar(name: str):
    if not AVATAR_NAME.match(name):
        raise HTTPException(status_code=400)
    return FileResponse(APP_ROOT / "public" / "avatars" / f"{name}.png")


@router.post("/project/threads")
async def get_user_threads(filters: ThreadFilter, current_user=Depends(get_current_user)):
    data_layer = get_data_layer()
    return await data_layer.list_threads(user_id=current_user.id, search=filters.search, feedback=filters.feedback)


@router.get("/logout/redirect")
async def logout_redirect(request: Request):
    redirect_to = request.query_params.get("redirect_to")
    if not redirect_to:
        redirect_to = "/login"
    # expect: open-redirect
    return RedirectResponse(url=redirect_to, status_code=302)


@router.get("/login/redirect")
async def login_redirect(request: Request):
    target = request.query_params.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    return RedirectResponse(url=target, status_code=302)
