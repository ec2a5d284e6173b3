"""aiohttp service that converts uploaded documents with LibreOffice and pandoc."""
import asyncio
import tempfile
from pathlib import Path

from aiohttp import web

SOFFICE = "/usr/bin/soffice"
PANDOC = "/usr/bin/pandoc"
FORMATS = {"pdf", "docx", "odt", "html"}


async def _wait(proc, timeout=120):
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout)
    except asyncio.TimeoutError:
        proc.kill()
        raise web.HTTPGatewayTimeout()
    if proc.returncode != 0:
        raise web.HTTPUnprocessableEntity(text=err.decode(errors="replace")[:500])
    return out


async def convert(request):
    data = await request.post()
    upload = data["file"]
    target = data.get("to", "pdf")
    if target not in FORMATS:
        raise web.HTTPBadRequest(text="unknown format")
    workdir = Path(tempfile.mkdtemp())
    src = workdir / "input"
    src.write_bytes(upload.file.read())
    proc = await asyncio.create_subprocess_exec(SOFFICE, "--headless", "--convert-to", target, "--outdir", str(workdir), str(src), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    await _wait(proc)
    return web.FileResponse(workdir / f"input.{target}")


async def markdown_to(request):
    data = await request.post()
    extra = data.get("options", "")
    workdir = Path(tempfile.mkdtemp())
    (workdir / "in.md").write_text(data["markdown"])
    # "options" is free text from the form, parsed by a shell
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("sh", "-c", f"cd {workdir} && {PANDOC} in.md -o out.html {extra}", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    await _wait(proc)
    return web.FileResponse(workdir / "out.html")


async def thumbnail(request):
    page = request.query.get("page", "1")
    name = request.match_info["name"]
    cmd = "pdftoppm -f " + page + " -l " + page + " -png /srv/docs/" + name + " /tmp/thumb"
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("/bin/bash", "-c", cmd)
    await _wait(proc)
    return web.FileResponse("/tmp/thumb-1.png")


async def version(request):
    proc = await asyncio.create_subprocess_exec(PANDOC, "--version", stdout=asyncio.subprocess.PIPE)
    out = await _wait(proc)
    return web.json_response({"pandoc": out.decode().splitlines()[0]})


async def cleanup():
    proc = await asyncio.create_subprocess_exec("sh", "-c", "rm -rf /tmp/tmp*/input*")
    await proc.wait()


app = web.Application(client_max_size=20 * 1024 * 1024)
app.add_routes([web.post("/convert", convert), web.post("/markdown", markdown_to),
                web.get("/thumb/{name}", thumbnail), web.get("/version", version)])
