import os
import subprocess
from pathlib import Path

import aiofiles
from sanic import Sanic
from sanic.exceptions import BadRequest, NotFound
from sanic.response import file, html, json, redirect, text

app = Sanic("media")
MEDIA_ROOT = Path("/srv/media").resolve()
FORMATS = {"webp", "png", "jpeg"}


@app.get("/media/raw")
async def raw(request):
    rel = request.args.get("p")
    # expect: path-traversal
    return await file(os.path.join(MEDIA_ROOT, rel))


@app.get("/media/safe")
async def raw_safe(request):
    rel = request.args.get("p", "")
    target = (MEDIA_ROOT / rel).resolve()
    if MEDIA_ROOT not in target.parents:
        raise NotFound("no such file")
    return await file(target)


@app.post("/media/upload")
async def upload(request):
    upload = request.files.get("file")
    dest = MEDIA_ROOT / "incoming" / upload.name
    # expect: path-traversal
    async with aiofiles.open(dest, "wb") as fh:
        await fh.write(upload.body)
    return json({"stored": upload.name})


@app.post("/media/upload-safe")
async def upload_safe(request):
    upload = request.files.get("file")
    dest = MEDIA_ROOT / "incoming" / Path(upload.name).name
    async with aiofiles.open(dest, "wb") as fh:
        await fh.write(upload.body)
    return json({"stored": dest.name})


@app.post("/media/convert")
async def convert(request):
    fmt = request.json.get("format", "webp")
    src = request.json["src"]
    # expect: command-injection
    out = subprocess.getoutput(f"vips copy {MEDIA_ROOT}/{src} {MEDIA_ROOT}/out.{fmt}")
    return text(out)


@app.post("/media/convert-safe")
async def convert_safe(request):
    fmt = request.json.get("format", "webp")
    if fmt not in FORMATS:
        raise BadRequest("format")
    src = Path(request.json["src"]).name
    out = subprocess.run(["vips", "copy", str(MEDIA_ROOT / src), str(MEDIA_ROOT / f"out.{fmt}")], capture_output=True, text=True)
    return text(out.stdout)


@app.get("/media/caption")
async def caption(request):
    words = request.args.getlist("w", [])
    markup = "<figcaption>{}</figcaption>".format(" ".join(words))
    # expect: xss
    return html(markup)


@app.get("/media/caption-count")
async def caption_count(request):
    words = request.args.getlist("w", [])
    return html("<figcaption>{} words</figcaption>".format(len(words)))


@app.get("/media/go")
async def go(request):
    # expect: open-redirect
    return redirect(request.args.get("u", "/"))
