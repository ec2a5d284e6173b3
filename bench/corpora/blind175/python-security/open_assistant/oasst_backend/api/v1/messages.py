"""Message search and lookup for the web frontend and admins."""
from typing import Optional
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlmodel import Session

from oasst_backend.api import deps
from oasst_backend.models import ApiClient
from oasst_backend.prompt_repository import PromptRepository

router = APIRouter()

SORT_FIELDS = {"created_date": "created_date", "rank": "rank", "review_count": "review_count"}


@router.get("/")
def query_messages(
    username: Optional[str] = None,
    search: Optional[str] = Query(None, max_length=200),
    lang: Optional[str] = Query(None, min_length=2, max_length=8),
    sort: str = "created_date",
    desc: bool = True,
    max_count: int = Query(10, gt=0, le=1000),
    api_client: ApiClient = Depends(deps.get_trusted_api_client),
    db: Session = Depends(deps.get_db),
):
    repository = PromptRepository(db, api_client)
    if search:
        return repository.search_text(search, lang, max_count)
    order = SORT_FIELDS.get(sort, "created_date")
    return repository.query_messages(username=username, lang=lang, order=order, desc=desc, limit=max_count)


@router.get("/{message_id}")
def get_message(
    message_id: UUID,
    api_client: ApiClient = Depends(deps.get_api_client),
    db: Session = Depends(deps.get_db),
):
    message = PromptRepository(db, api_client).fetch_message(message_id)
    if message is None:
        raise HTTPException(status_code=404, detail="Message not found")
    return message


@router.get("/{message_id}/tree")
def get_tree(
    message_id: UUID,
    include_deleted: bool = False,
    api_client: ApiClient = Depends(deps.get_api_client),
    db: Session = Depends(deps.get_db),
):
    return PromptRepository(db, api_client).fetch_tree(message_id, include_deleted=include_deleted)


@router.get("/by_label/{label}")
def by_label(
    label: str,
    min_value: float = 0.5,
    api_client: ApiClient = Depends(deps.get_trusted_api_client),
    db: Session = Depends(deps.get_db),
):
    return PromptRepository(db, api_client).messages_with_label(label, min_value)
