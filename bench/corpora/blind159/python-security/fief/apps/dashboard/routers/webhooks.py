"""Dashboard endpoints managing webhooks and listing users."""
from typing import List, Optional

from fastapi import APIRouter, Depends, Form, Query, status

from fief.dependencies.admin_session import session_auth
from fief.dependencies.webhooks import get_webhook_by_id_or_404
from fief.models import Webhook
from fief.repositories import UserRepository, WebhookRepository
from fief.repositories.user import get_user_repository
from fief.tasks import send_test_webhook, trigger_webhooks

router = APIRouter(dependencies=[Depends(session_auth)])


@router.post("/webhooks", status_code=status.HTTP_201_CREATED)
async def create_webhook(
    url: str = Form(...),
    events: List[str] = Form(...),
    repository: WebhookRepository = Depends(WebhookRepository),
):
    webhook = await repository.create(Webhook(url=url, events=events))
    trigger_webhooks.send("webhook.created", str(webhook.id))
    return {"id": str(webhook.id), "url": webhook.url}


@router.post("/webhooks/{id}/test")
async def test_webhook(webhook: Webhook = Depends(get_webhook_by_id_or_404)):
    send_test_webhook.send(str(webhook.id))
    return {"status": "queued"}


@router.get("/users")
async def list_users(
    query: Optional[str] = Query(None),
    ordering: Optional[str] = Query(None),
    limit: int = Query(10, le=100),
    repository: UserRepository = Depends(get_user_repository),
):
    if query:
        return await repository.search(query, limit=limit)
    return await repository.list_ordered(ordering=ordering, limit=limit)
