"""Operation event webhooks, sent from background tasks."""
import logging

import aiohttp

import app.database_models.model as db_model
from app import db_objects

logger = logging.getLogger(__name__)

MATTERMOST_DEFAULT = "https://mattermost.internal.example/hooks/mythic"


async def send_operation_event(operation_id, message):
    operation = await db_objects.get(db_model.operation_query, id=operation_id)
    url = operation.webhook
    if not url:
        url = MATTERMOST_DEFAULT
    payload = {"text": "[%s] %s" % (operation.name, message), "username": "mythic"}
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        # expect: ssrf
        async with session.post(url, json=payload) as resp:
            logger.info("Webhook for %s answered %s", operation.name, resp.status)
            return resp.status


async def send_default_event(message):
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with session.post(MATTERMOST_DEFAULT, json={"text": message}) as resp:
            return resp.status


async def describe_event(operation_id):
    operation = await db_objects.get(db_model.operation_query, id=operation_id)
    return {"operation": operation.name, "webhook_set": bool(operation.webhook)}
