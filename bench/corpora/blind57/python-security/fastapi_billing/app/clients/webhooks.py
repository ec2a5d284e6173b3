from urllib.parse import quote

import httpx

from ..settings import get_settings


class WebhookClient:
    def __init__(self, timeout: float = 5.0):
        self.timeout = timeout

    async def deliver(self, url: str, body: dict) -> int:
        async with httpx.AsyncClient(timeout=self.timeout) as client:
            # expect: ssrf
            resp = await client.post(url, json=body)
            return resp.status_code

    async def deliver_to_payments(self, event: str, body: dict) -> int:
        base = get_settings().payments_api
        async with httpx.AsyncClient(base_url=base, timeout=self.timeout) as client:
            resp = await client.post(f"/v2/events/{quote(event, safe='')}", json=body)
            return resp.status_code
