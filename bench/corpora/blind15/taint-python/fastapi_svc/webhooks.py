# library: fastapi + requests (outbound webhook delivery)
from urllib.parse import urlparse

import requests
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
ALLOWED_HOSTS = {"hooks.slack.com", "discord.com"}


class Hook(BaseModel):
    url: str
    event: str = "ping"


def _payload(event: str) -> dict:
    return {"event": event, "source": "billing"}


@app.post("/hooks/test")
def test_hook(hook: Hook):
    target = hook.url.strip()
    body = _payload(hook.event)
    # expect: ssrf
    resp = requests.post(target, json=body, timeout=5)
    return {"status": resp.status_code}


@app.get("/proxy")
def proxy(host: str, path: str = "status"):
    url = "https://" + host + "/" + path
    # expect: ssrf
    return {"body": requests.get(url, timeout=5).text[:500]}


@app.post("/hooks/test/v2")
def test_hook_safe(hook: Hook):
    parsed = urlparse(hook.url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise HTTPException(status_code=400, detail="host not allowed")
    resp = requests.post(hook.url, json=_payload(hook.event), timeout=5, allow_redirects=False)
    return {"status": resp.status_code}
