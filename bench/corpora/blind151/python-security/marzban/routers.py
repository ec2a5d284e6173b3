"""Admin and subscription routers (FastAPI)."""
import logging
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse, PlainTextResponse
from sqlalchemy.orm import Session

from . import crud
from .deps import get_current_admin, get_db
from .node_client import ReSTXRayNode
from .subscription import render_client_config, render_client_config_checked, render_info_page

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["User"])
sub_router = APIRouter(prefix="/sub", tags=["Subscription"])


@router.get("/users")
def get_users(
    search: Optional[str] = None,
    sort: Optional[str] = Query(None),
    offset: int = 0,
    limit: int = 50,
    db: Session = Depends(get_db),
    admin=Depends(get_current_admin),
):
    return crud.get_users(db, search=search, sort=sort, offset=offset, limit=limit)


@router.put("/user/{username}/note")
def set_user_note(username: str, body: dict, db: Session = Depends(get_db), admin=Depends(get_current_admin)):
    user = crud.get_user(db, username)
    if not user:
        raise HTTPException(404, "User not found")
    crud.update_note(db, user, body.get("note", ""))
    return {"username": username}


@router.post("/node")
def add_node(body: dict, db: Session = Depends(get_db), admin=Depends(get_current_admin)):
    node = crud.create_node(db, name=body["name"], address=body["address"], api_port=int(body.get("api_port", 62051)))
    ReSTXRayNode(address=node.address, api_port=node.api_port).connect()
    return {"id": node.id}


@sub_router.get("/{token}/", response_class=HTMLResponse)
def user_subscription_page(token: str, db: Session = Depends(get_db)):
    user = crud.get_user_by_sub_token(db, token)
    if not user:
        raise HTTPException(404)
    return render_info_page(user)


@sub_router.get("/{token}/{client_type}", response_class=PlainTextResponse)
def user_subscription_with_client_type(token: str, client_type: str, db: Session = Depends(get_db)):
    user = crud.get_user_by_sub_token(db, token)
    if not user:
        raise HTTPException(404)
    return render_client_config(user, client_type)


@sub_router.get("/{token}/v2/{client_type}", response_class=PlainTextResponse)
def user_subscription_checked(token: str, client_type: str, db: Session = Depends(get_db)):
    user = crud.get_user_by_sub_token(db, token)
    return render_client_config_checked(user, client_type)
