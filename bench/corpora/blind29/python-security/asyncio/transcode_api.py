"""aiohttp endpoints that hand media jobs to ffmpeg and ImageMagick."""
import asyncio
import asyncio.subprocess
from asyncio import create_subprocess_exec as spawn_exec

from aiohttp import web

PRESETS = {"fast", "medium", "slow"}
routes = web.RouteTableDef()


@routes.post("/transcode")
async def transcode(request):
    form = await request.post()
    source = form["source"]
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("ffmpeg", "-i", source, "-f", "mp4", "/srv/media/out.mp4")
    await proc.wait()
    return web.json_response({"rc": proc.returncode})


@routes.get("/thumbs/{name}")
async def thumbnail(request):
    name = request.match_info["name"]
    size = request.query.get("size", "128x128")
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("sh", "-c", f"convert /srv/media/{name} -resize {size} /srv/thumbs/{name}")
    await proc.communicate()
    return web.Response(text="ok")


@routes.post("/probe")
async def probe(request):
    payload = await request.json()
    argv = ["ffprobe", "-hide_banner"]
    argv.extend(payload.get("flags", []))
    argv.append(payload["url"])
    # expect: command-injection
    proc = await spawn_exec(*argv, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(body=out)


@routes.post("/tools/run")
async def run_tool(request):
    body = await request.json()
    tool = body.get("tool", "ffmpeg")
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_exec(
        tool,
        "-version",
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return web.Response(body=out)


@routes.post("/encode")
async def encode(request):
    form = await request.post()
    preset = form.get("preset", "medium")
    if preset not in PRESETS:
        raise web.HTTPBadRequest(text="unknown preset")
    proc = await asyncio.create_subprocess_exec("ffmpeg", "-preset", preset, "-i", "/srv/media/in.mov", "/srv/media/out.mp4")
    await proc.wait()
    return web.json_response({"rc": proc.returncode})


@routes.get("/version")
async def version(request):
    proc = await asyncio.create_subprocess_exec("ffmpeg", "-version", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(body=out)
