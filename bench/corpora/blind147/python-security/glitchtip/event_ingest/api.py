"""Event ingest endpoints (django-ninja), Sentry compatible."""
import logging
import uuid

from asgiref.sync import sync_to_async
from django.http import HttpRequest
from ninja import Router, Schema
from ninja.errors import HttpError

from .authentication import event_auth
from .tasks import ingest_event, symbolicate_event

logger = logging.getLogger(__name__)
router = Router(auth=event_auth)


class EventIngestOut(Schema):
    event_id: str


async def async_call_celery_task(task, *args, **kwargs):
    await sync_to_async(task.delay)(*args, **kwargs)


@router.post("/{project_id}/store/", response=EventIngestOut)
async def event_store(request: HttpRequest, project_id: int):
    payload = request.body_json
    event_id = payload.get("event_id") or uuid.uuid4().hex
    try:
        event_id = uuid.UUID(event_id).hex
    except ValueError as err:
        raise HttpError(422, "event_id is not a uuid") from err
    await async_call_celery_task(ingest_event, project_id=project_id, event=payload, event_id=event_id)
    release = payload.get("release")
    if release and payload.get("exception"):
        await async_call_celery_task(symbolicate_event, project_id=project_id, release=release,
                                     frames=payload["exception"]["values"][0]["stacktrace"]["frames"])
    return {"event_id": event_id}


@router.post("/{project_id}/security/")
async def event_security(request: HttpRequest, project_id: int):
    report = request.body_json.get("csp-report", {})
    await async_call_celery_task(
        ingest_event,
        project_id=project_id,
        event={"csp": report, "culprit": report.get("document-uri", "")},
        event_id=uuid.uuid4().hex,
    )
    return {"event_id": None}
