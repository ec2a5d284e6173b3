# library: sanic
import hashlib
import hmac
import os

from sanic import Sanic
from sanic.response import json

app = Sanic("hooks")
SECRET = os.environ.get("WEBHOOK_SECRET", "").encode()
API_TOKEN = os.environ.get("API_TOKEN", "")


@app.post("/hooks/git")
async def git_hook(request):
    sent = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(SECRET, request.body, hashlib.sha256).hexdigest()
    # expect: timing-attack
    if sent != expected:
        return json({"ok": False}, status=401)
    return json({"ok": True})


@app.post("/hooks/git-safe")
async def git_hook_safe(request):
    sent = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(SECRET, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        return json({"ok": False}, status=401)
    return json({"ok": True})


@app.get("/metrics")
async def metrics(request):
    # expect: timing-attack
    if request.headers.get("X-Api-Token") == API_TOKEN:
        return json({"up": 1})
    return json({"ok": False}, status=401)


@app.get("/status")
async def status(request):
    if request.headers.get("Accept") == "application/json":
        return json({"status": "ok"})
    return json({"status": "ok", "format": "default"})
