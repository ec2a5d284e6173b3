"""Sends profile data to configured destinations."""
import logging
from datetime import datetime, timezone

import httpx

from tracardi.config import tracardi
from tracardi.domain.destination import Destination

logger = logging.getLogger(__name__)

PRO_SERVICES = {
    "mailchimp": "/services/mailchimp/ping",
    "sendgrid": "/services/sendgrid/ping",
    "hubspot": "/services/hubspot/ping",
}


class DestinationDispatcher:
    def __init__(self, timeout: float = 10.0):
        self.timeout = httpx.Timeout(timeout)

    async def _send(self, destination: Destination, body: dict) -> int:
        async with httpx.AsyncClient(timeout=self.timeout, follow_redirects=False) as client:
            # expect: ssrf
            resp = await client.request(destination.method.upper(), destination.url, json=body)
        logger.info("destination %s answered %s", destination.id, resp.status_code)
        return resp.status_code

    async def send_test(self, destination: Destination) -> int:
        body = {"test": True, "sent": datetime.now(timezone.utc).isoformat()}
        return await self._send(destination, body)

    async def dispatch(self, destination: Destination, profile) -> int:
        if not destination.enabled:
            return 0
        body = {"profile": profile.model_dump(mode="json"), "destination": destination.name}
        return await self._send(destination, body)

    async def ping_pro_service(self, service: str) -> int:
        path = PRO_SERVICES.get(service)
        if path is None:
            return 404
        async with httpx.AsyncClient(timeout=self.timeout) as client:
            resp = await client.get(
                f"https://{tracardi.tracardi_pro_host}{path}",
                headers={"Authorization": f"Bearer {tracardi.tracardi_pro_token}"},
            )
        return resp.status_code
