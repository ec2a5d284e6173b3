"""Sends a test event to a user-configured webhook (FastAPI)."""
import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class WebhookTest(BaseModel):
    endpoint: str
    event: str = "ping"


@app.post("/webhooks/test")
async def test_webhook(body: WebhookTest):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf
        resp = await client.post(body.endpoint, json={"event": body.event})
    return {"status": resp.status_code}
