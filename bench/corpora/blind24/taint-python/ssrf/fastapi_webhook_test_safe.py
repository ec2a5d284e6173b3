"""Sends a test event to a registered webhook (FastAPI), looked up by id."""
import httpx
from fastapi import FastAPI, HTTPException

from .store import webhooks

app = FastAPI()


@app.post("/webhooks/{hook_id}/test")
async def test_webhook(hook_id: int):
    hook = webhooks.get(hook_id)
    if hook is None:
        raise HTTPException(404)
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(hook.verified_url, json={"event": "ping"})
    return {"status": resp.status_code}
