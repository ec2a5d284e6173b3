import dramatiq
import httpx
from sqlalchemy import text

from polar_server.worker import sync_session

DISCORD_STATUS = "https://discord.com/api/v10/gateway"


@dramatiq.actor(max_retries=10, queue_name="webhooks")
def webhook_event_send(endpoint_id, event_type):
    with sync_session() as session:
        row = session.execute(text("SELECT url, format FROM webhook_endpoints WHERE id = :i"),
                              {"i": endpoint_id}).one()
    payload = {"type": event_type, "data": {"id": endpoint_id}}
    if row.format == "discord":
        httpx.get(DISCORD_STATUS, timeout=10.0)
    # expect: ssrf
    httpx.post(row.url, json=payload, timeout=20.0)
