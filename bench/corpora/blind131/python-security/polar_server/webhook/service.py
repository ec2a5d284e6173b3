import uuid

from sqlalchemy import text

from polar_server.webhook import tasks


class WebhookService:
    async def create_endpoint(self, session, auth_subject, create_schema):
        endpoint_id = str(uuid.uuid4())
        await session.execute(
            text("INSERT INTO webhook_endpoints (id, url, format, organization_id) VALUES (:i, :u, :f, :o)"),
            {"i": endpoint_id, "u": create_schema.url, "f": create_schema.format.value,
             "o": create_schema.organization_id})
        await session.commit()
        tasks.webhook_event_send.send(endpoint_id=endpoint_id, event_type="webhook_endpoint.created")
        return {"id": endpoint_id}


webhook = WebhookService()
