from typing import Optional

from fastapi import APIRouter, Depends, Request

from ..models.chats import Chats
from ..utils.auth import get_verified_user

router = APIRouter()


@router.get("/")
async def get_session_user_chat_list(user=Depends(get_verified_user), page: Optional[int] = None):
    limit = 60
    skip = (page - 1) * limit if page else 0
    return Chats.get_chat_list_by_user_id(user.id, skip=skip, limit=limit)


@router.get("/search")
def search_user_chats(request: Request, text: str = "", user=Depends(get_verified_user)):
    tag = request.query_params.get("tag")
    if not text:
        text = ""
    return Chats.search_chats(user.id, text, tag=tag)


@router.get("/search/bound")
def search_user_chats_bound(text: str = "", user=Depends(get_verified_user)):
    return Chats.search_chats_bound(user.id, text)
