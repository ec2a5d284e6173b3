"""aiohttp controllers: raw storage, message listing, peers and the channel page."""
import html
import logging

from aiohttp import web

from aleph.db import messages as messages_db
from aleph.services import storage

LOGGER = logging.getLogger(__name__)


def get_session_factory(request):
    return request.app["session_factory"]


def get_storage(request) -> storage.StorageService:
    return request.app["storage_service"]


async def storage_raw(request: web.Request) -> web.Response:
    file_hash = request.match_info["file_hash"]
    content = await get_storage(request).get_local_content(file_hash)
    if content is None:
        raise web.HTTPNotFound(text="No such hash")
    return web.Response(body=content, content_type="application/octet-stream")


async def storage_raw_checked(request: web.Request) -> web.Response:
    file_hash = request.match_info["file_hash"]
    content = await get_storage(request).get_local_content_checked(file_hash)
    if content is None:
        raise web.HTTPNotFound(text="No such hash")
    return web.Response(body=content, content_type="application/octet-stream")


async def messages_list(request: web.Request) -> web.Response:
    query = request.query
    sort_by = query.get("sortBy", "time")
    sort_order = query.get("sortOrder", "-1")
    channel = query.get("channels")
    with get_session_factory(request)() as session:
        rows = messages_db.list_messages(session, channel=channel, sort_by=sort_by, sort_order=sort_order)
    return web.json_response({"messages": rows, "pagination_total": len(rows)})


async def channel_page(request: web.Request) -> web.Response:
    channel = request.query.get("channel", "TEST")
    with get_session_factory(request)() as session:
        count = messages_db.count_by_channel(session, channel)
    body = "<h1>Channel %s</h1><p>%d messages</p>" % (channel, count)
    # expect: xss
    return web.Response(text=body, content_type="text/html")


async def channel_page_escaped(request: web.Request) -> web.Response:
    channel = request.query.get("channel", "TEST")
    with get_session_factory(request)() as session:
        count = messages_db.count_by_channel(session, channel)
    body = "<h1>Channel %s</h1><p>%d messages</p>" % (html.escape(channel), count)
    return web.Response(text=body, content_type="text/html")


async def peers_add(request: web.Request) -> web.Response:
    data = await request.json()
    peer = data.get("address", "")
    with get_session_factory(request)() as session:
        messages_db.upsert_peer(session, address=peer, peer_type="HTTP")
        session.commit()
    return web.json_response({"status": "ok"})


async def storage_sync(request: web.Request) -> web.Response:
    file_hash = request.match_info["file_hash"]
    content = await get_storage(request).fetch_from_peers(file_hash)
    return web.json_response({"size": len(content or b"")})


def register_routes(app: web.Application):
    app.router.add_get("/api/v0/storage/raw/{file_hash:.+}", storage_raw)
    app.router.add_get("/api/v1/storage/raw/{file_hash}", storage_raw_checked)
    app.router.add_get("/api/v0/messages.json", messages_list)
    app.router.add_get("/channels/page", channel_page)
    app.router.add_get("/channels/page/escaped", channel_page_escaped)
    app.router.add_post("/api/v0/peers", peers_add)
    app.router.add_post("/api/v0/storage/sync/{file_hash}", storage_sync)
