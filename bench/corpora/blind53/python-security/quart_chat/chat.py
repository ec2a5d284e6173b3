"""Quart websocket chat."""
import json
import logging

from markupsafe import Markup, escape
from quart import Quart, request, websocket

from . import history

app = Quart(__name__)
log = logging.getLogger("chat")


@app.websocket("/ws/<room>")
async def room_socket(room):
    user = websocket.args.get("user", "anon")
    while True:
        data = json.loads(await websocket.receive())
        text = data.get("text", "")
        kind = data.get("kind", "text")
        if kind == "html":
            # expect: xss
            rendered = Markup(f"<b>{user}</b>: {text}")
        else:
            rendered = Markup("<b>{}</b>: {}").format(user, text)
        await history.save_message(room, {"user": user, "html": str(rendered)})
        await websocket.send(str(rendered))


@app.websocket("/ws/<room>/draft")
async def draft_socket(room):
    while True:
        blob = await websocket.receive()
        if isinstance(blob, bytes):
            draft = history.restore_draft(blob)
        else:
            draft = {"text": blob}
        await websocket.send(json.dumps({"room": room, "len": len(draft)}))


@app.websocket("/ws/<room>/draft-v2")
async def draft_socket_safe(room):
    while True:
        blob = await websocket.receive()
        draft = history.restore_draft_json(blob if isinstance(blob, bytes) else blob.encode())
        await websocket.send(json.dumps({"room": room, "len": len(draft)}))


@app.websocket("/ws/<room>/safe")
async def room_socket_safe(room):
    user = escape(websocket.args.get("user", "anon"))
    while True:
        data = json.loads(await websocket.receive())
        rendered = Markup("<b>{}</b>: {}").format(user, data.get("text", ""))
        await websocket.send(str(rendered))


@app.get("/rooms/<room>/log")
async def room_log(room):
    messages = await history.load_messages(room)
    log.info("log fetched for room %s (%d messages)", room.replace("\r", "").replace("\n", ""), len(messages))
    return {"messages": messages}


@app.get("/rooms/<room>/join")
async def join(room):
    nick = request.args.get("nick")
    if nick is None:
        nick = "guest"
    # expect: log-injection
    log.info(f"join request for {nick} in {room}")
    return {"room": room, "nick": nick}
