"""Monitor CRUD: the URL given here is what perform_checks fetches."""
import logging
from typing import Optional

from ninja import Router, Schema

from glitchtip.api.authentication import AuthHttpRequest
from .models import Monitor
from .tasks import perform_checks

logger = logging.getLogger(__name__)
router = Router()


class MonitorIn(Schema):
    name: str
    url: str
    expected_status: Optional[int] = 200
    timeout: Optional[int] = 20
    interval: int = 60


@router.post("/organizations/{slug:organization_slug}/monitors/")
def create_monitor(request: AuthHttpRequest, organization_slug: str, payload: MonitorIn):
    monitor = Monitor.objects.create(
        organization_id=request.organization_id,
        name=payload.name,
        url=payload.url,
        expected_status=payload.expected_status,
        timeout=min(int(payload.timeout or 20), 60),
        interval=payload.interval,
    )
    perform_checks.delay([monitor.pk])
    logger.info("monitor %s created for %s", monitor.pk, organization_slug)
    return {"id": monitor.pk}
