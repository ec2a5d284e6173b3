import html

import httpx
from starlette.endpoints import HTTPEndpoint
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse

from .storage import MIRRORS, MediaStore

store = MediaStore()


async def serve_media(request):
    name = request.path_params["name"]
    # expect: path-traversal
    return FileResponse(store.path_for(name))


async def serve_media_checked(request):
    path = store.safe_path_for(request.path_params["name"])
    if path is None or not path.is_file():
        return PlainTextResponse("not found", status_code=404)
    return FileResponse(path)


class AlbumCover(HTTPEndpoint):
    async def get(self, request):
        album = request.path_params["album"]
        size = request.query_params.get("size")
        # expect: path-traversal
        return FileResponse(store.cover_path(album, size))


async def gallery(request):
    theme = request.scope["state"]["theme"]
    title = request.query_params.get("title", "Gallery")
    parts = [f"<html><body class='{theme}'>"]
    parts.append(f"<h1>{title}</h1>")
    parts.append("</body></html>")
    # expect: xss
    return HTMLResponse("".join(parts))


async def gallery_escaped(request):
    theme = request.scope["state"]["theme"]
    if theme not in ("light", "dark"):
        theme = "light"
    title = html.escape(request.query_params.get("title", "Gallery"))
    return HTMLResponse(f"<html><body class='{theme}'><h1>{title}</h1></body></html>")


async def mirror(request):
    form = await request.form()
    source = form.get("source", "")
    async with httpx.AsyncClient(timeout=10) as client:
        # expect: ssrf
        upstream = await client.get(source)
    return JSONResponse({"status": upstream.status_code, "bytes": len(upstream.content)})


async def mirror_known(request):
    form = await request.form()
    base = MIRRORS.get(form.get("mirror", "cdn"), MIRRORS["cdn"])
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        upstream = await client.get("/status")
    return JSONResponse({"status": upstream.status_code})
