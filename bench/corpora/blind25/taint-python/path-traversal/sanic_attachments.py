"""Attachment download (Sanic)."""
from pathlib import Path

from sanic import Sanic
from sanic.response import file

app = Sanic("attachments")
ROOT = Path("/srv/attachments")


@app.get("/attachments")
async def attachment(request):
    ticket = request.args.get("ticket", "0")
    name = request.args.get("name", "")
    # expect: path-traversal
    return await file(ROOT / ticket / name)
