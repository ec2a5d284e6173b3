"""Attachment download (Sanic), resolved and checked."""
from pathlib import Path

from sanic import Sanic
from sanic.exceptions import NotFound
from sanic.response import file

app = Sanic("attachments")
ROOT = Path("/srv/attachments").resolve()


@app.get("/attachments")
async def attachment(request):
    ticket = request.args.get("ticket", "0")
    name = request.args.get("name", "")
    target = (ROOT / ticket / name).resolve()
    if ROOT not in target.parents:
        raise NotFound("no such attachment")
    return await file(target)
