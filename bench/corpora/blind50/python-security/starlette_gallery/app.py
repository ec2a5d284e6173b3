"""Gallery app on Starlette."""
import html
import json

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse
from starlette.routing import Route

import storage


class AlbumMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        request.state.album = request.query_params.get("album", "public")
        request.state.viewer = request.cookies.get("viewer", "")
        return await call_next(request)


async def show_image(request):
    name = request.path_params["name"]
    path = storage.image_path(request.state.album, name)
    # expect: path-traversal
    return FileResponse(path)


async def show_image_checked(request):
    name = request.path_params["name"]
    try:
        path = storage.checked_image_path(request.state.album, name)
    except FileNotFoundError:
        return JSONResponse({"error": "not found"}, status_code=404)
    return FileResponse(path)


async def thumbnail(request):
    form = await request.form()
    src = storage.image_path("public", "cover.jpg")
    geometry = form.get("geometry", "160x160")
    out = storage.make_thumbnail_shell(src, geometry)
    return JSONResponse({"thumb": out})


async def thumbnail_safe(request):
    form = await request.form()
    path = storage.checked_image_path("public", form.get("name", "cover.jpg"))
    out = storage.make_thumbnail(path, form.get("size", "small"))
    return JSONResponse({"thumb": out})


async def caption(request):
    data = await request.json()
    parts = ["<figure>", "<img src='/img/cover.jpg'>"]
    parts.append("<figcaption>" + data.get("caption", "") + "</figcaption>")
    parts.append("</figure>")
    # expect: xss
    return HTMLResponse("".join(parts))


async def caption_escaped(request):
    data = await request.json()
    parts = ["<figure>", "<img src='/img/cover.jpg'>"]
    parts.append("<figcaption>" + html.escape(data.get("caption", "")) + "</figcaption>")
    parts.append("</figure>")
    return HTMLResponse("".join(parts))


async def greet(request):
    viewer = request.state.viewer
    viewer = "friend"
    return HTMLResponse(f"<p>Hello {viewer}</p>")


async def back(request):
    target = request.query_params.get("to", "/")
    # expect: open-redirect
    return RedirectResponse(url=target, status_code=303)


async def settings(request):
    raw = request.cookies.get("prefs", "{}")
    prefs = json.loads(raw)
    return JSONResponse({"layout": prefs.get("layout", "grid")})


routes = [
    Route("/img/{name}", show_image),
    Route("/img-checked/{name}", show_image_checked),
    Route("/thumb", thumbnail, methods=["POST"]),
    Route("/thumb-safe", thumbnail_safe, methods=["POST"]),
    Route("/caption", caption, methods=["POST"]),
    Route("/caption-escaped", caption_escaped, methods=["POST"]),
    Route("/greet", greet),
    Route("/back", back),
    Route("/settings", settings),
]

app = Starlette(routes=routes, middleware=[Middleware(AlbumMiddleware)])
