import logging
import uuid
from pathlib import Path

from aiohttp import web

from . import settings
from .archives import extract_all, extract_checked
from .processing import ProcessingError, make_thumbnail, make_thumbnail_args, poster_frame, transcode

log = logging.getLogger("media.handlers")
routes = web.RouteTableDef()


def _account_dir(request) -> Path:
    folder = settings.UPLOAD_DIR / request["account"]
    folder.mkdir(parents=True, exist_ok=True)
    return folder


async def _save_upload(request, field_name="file") -> Path:
    reader = await request.multipart()
    part = await reader.next()
    while part is not None and part.name != field_name:
        part = await reader.next()
    if part is None:
        raise web.HTTPBadRequest(text="no file part")
    suffix = Path(part.filename or "upload.bin").suffix.lower()[:8]
    dest = _account_dir(request) / f"{uuid.uuid4().hex}{suffix}"
    size = 0
    with open(dest, "wb") as out:
        while chunk := await part.read_chunk():
            size += len(chunk)
            if size > settings.MAX_UPLOAD_BYTES:
                raise web.HTTPRequestEntityTooLarge(max_size=settings.MAX_UPLOAD_BYTES, actual_size=size)
            out.write(chunk)
    return dest


@routes.post("/images")
async def upload_image(request):
    src = await _save_upload(request)
    dest = settings.THUMB_DIR / (src.stem + ".jpg")
    geometry = settings.THUMB_SIZES.get(request["size"], "160x160")
    try:
        await make_thumbnail(src, dest, geometry, request["thumb_extra"])
    except ProcessingError as exc:
        raise web.HTTPUnprocessableEntity(text=str(exc))
    return web.json_response({"id": src.stem, "thumb": dest.name}, status=201)


@routes.post("/images/plain")
async def upload_image_plain(request):
    src = await _save_upload(request)
    dest = settings.THUMB_DIR / (src.stem + ".jpg")
    await make_thumbnail_args(src, dest, request["size"])
    return web.json_response({"id": src.stem, "thumb": dest.name}, status=201)


@routes.post("/videos")
async def upload_video(request):
    src = await _save_upload(request)
    preset = request.query.get("preset", "web")
    out = src.with_suffix(".mp4")
    await transcode(src, out, preset)
    await poster_frame(out, out.with_suffix(".jpg"), request.query.get("poster_at", "1"))
    return web.json_response({"id": src.stem}, status=201)


@routes.post("/bulk")
async def bulk_upload(request):
    archive = await _save_upload(request, "archive")
    names = extract_all(archive, _account_dir(request))
    return web.json_response({"extracted": len(names)})


@routes.post("/bulk/checked")
async def bulk_upload_checked(request):
    archive = await _save_upload(request, "archive")
    try:
        names = extract_checked(archive, _account_dir(request))
    except ValueError as exc:
        raise web.HTTPBadRequest(text=str(exc))
    return web.json_response({"extracted": len(names)})


@routes.get("/public/thumbs/{name}")
async def public_thumb(request):
    name = request.match_info["name"]
    path = settings.THUMB_DIR / Path(name).name
    if not path.is_file():
        raise web.HTTPNotFound()
    return web.FileResponse(path)


@routes.get("/thumbs/{name:.+}")
async def account_thumb(request):
    path = settings.THUMB_DIR / request.match_info["name"]
    # expect: path-traversal
    return web.FileResponse(path)
