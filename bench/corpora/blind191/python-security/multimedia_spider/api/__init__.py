import os
import uuid

from sanic import Blueprint
from sanic.exceptions import BadRequest, NotFound
from sanic.response import file, json

from services.fetcher import fetch_page, fetch_platform_page
from services.store import list_items, save_item
from services.transcode import MEDIA_ROOT, clip_video, clip_video_checked

api = Blueprint("api", url_prefix="/api")


@api.post("/crawl")
async def crawl(request):
    body = request.json or {}
    url = body.get("url")
    if not url:
        raise BadRequest("url required")
    page = await fetch_page(url)
    item_id = await save_item(request.app.ctx.db, body.get("platform", "web"), url, page)
    return json({"id": item_id, "bytes": len(page)})


@api.post("/crawl/<platform:str>")
async def crawl_platform(request, platform):
    body = request.json or {}
    page = await fetch_platform_page(platform, body.get("path", "/"))
    item_id = await save_item(request.app.ctx.db, platform, body.get("path", "/"), page)
    return json({"id": item_id})


@api.get("/items")
async def items(request):
    platform = request.args.get("platform", "douyin")
    rows = await list_items(request.app.ctx.db, platform, int(request.args.get("limit", 20)))
    return json(rows)


@api.post("/clip")
async def clip(request):
    body = request.json or {}
    out_name = f"{uuid.uuid4().hex}.mp4"
    if body.get("strict", True):
        await clip_video_checked(body["source"], body.get("start", "0"), body.get("duration", "10"), out_name)
    else:
        await clip_video(body["source"], body.get("start", "0"), body.get("duration", "10"), out_name)
    return json({"file": out_name})


@api.get("/media/<media_id:uuid>")
async def media(request, media_id):
    return await file(os.path.join(MEDIA_ROOT, f"{media_id.hex}.mp4"))


@api.get("/media")
async def media_by_name(request):
    name = request.args.get("name", "")
    if not name:
        raise NotFound("missing name")
    # expect: path-traversal
    return await file(os.path.join(MEDIA_ROOT, name))
