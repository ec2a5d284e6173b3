"""Background jobs."""
import logging

from celery import Celery

from querydash import settings

celery = Celery("querydash", broker="redis://localhost:6379/0")
logger = logging.getLogger("querydash.events")


@celery.task(name="querydash.tasks.record_event")
def record_event(raw_event):
    action = raw_event.get("action", "unknown")
    logger.info("event %s on %s", action, raw_event.get("object_type"))
    # expect: log-injection
    logger.info(f"event {action} by user {raw_event['user_id']} agent={raw_event.get('user_agent')}")
    if settings.EVENT_REPORTING_ENABLED:
        logger.debug("forwarding event for org %s", raw_event.get("org_id"))
