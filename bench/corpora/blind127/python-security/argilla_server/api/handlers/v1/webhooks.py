"""Webhooks: owners register URLs; events are delivered by a background job."""
import uuid
from dataclasses import asdict, dataclass, field

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from argilla_server.database import get_async_db
from argilla_server.jobs import webhook_jobs
from argilla_server.models.database import Webhook
from argilla_server.security import auth

router = APIRouter(tags=["webhooks"])


class WebhookCreate(BaseModel):
    url: str
    events: list[str] = []


@dataclass
class WebhookEvent:
    webhook_id: str
    event: str
    data: dict = field(default_factory=dict)


@router.post("/webhooks", status_code=201)
async def create_webhook(body: WebhookCreate, db=Depends(get_async_db), current_user=Depends(auth.get_current_owner)):
    webhook = Webhook(id=str(uuid.uuid4()), url=body.url, events=body.events)
    db.add(webhook)
    await db.commit()
    return {"id": webhook.id}


@router.post("/webhooks/{webhook_id}/ping")
async def ping_webhook(webhook_id: str, current_user=Depends(auth.get_current_owner)):
    event = WebhookEvent(webhook_id=webhook_id, event="ping")
    webhook_jobs.HIGH_QUEUE.enqueue(webhook_jobs.notify_event_job, **asdict(event))
    return {"queued": True}
