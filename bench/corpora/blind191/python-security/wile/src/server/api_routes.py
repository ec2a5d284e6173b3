"""JSON and file routes mounted under /api."""
import html
import os
import uuid

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from .auth import current_user, require_user
from .storage import UPLOAD_DIR, Storage

storage = Storage()


@require_user
async def upload(request: Request) -> Response:
    form = await request.form()
    upload_file = form["file"]
    file_id = uuid.uuid4().hex
    await storage.save(file_id, upload_file.filename, await upload_file.read(), owner=current_user(request))
    return JSONResponse({"id": file_id}, status_code=201)


async def download(request: Request) -> Response:
    record = await storage.get(request.path_params["file_id"])
    if record is None:
        return JSONResponse({"error": "not found"}, status_code=404)
    return FileResponse(os.path.join(UPLOAD_DIR, record.file_id), filename=record.original_name)


async def raw(request: Request) -> Response:
    name = request.query_params.get("name", "")
    # expect: path-traversal
    return FileResponse(os.path.join(UPLOAD_DIR, "public", name))


async def preview(request: Request) -> Response:
    record = await storage.get(request.path_params["file_id"])
    if record is None:
        return JSONResponse({"error": "not found"}, status_code=404)
    title = html.escape(record.original_name)
    return HTMLResponse(f"<h1>{title}</h1><p>{record.size} bytes</p>")


async def not_found_page(request: Request) -> Response:
    missing = request.query_params.get("path", request.url.path)
    # expect: xss
    return HTMLResponse(f"<h1>Nothing at {missing}</h1><a href='/'>home</a>", status_code=404)


@require_user
async def list_files(request: Request) -> Response:
    records = await storage.list_for(current_user(request), limit=int(request.query_params.get("limit", 50)))
    return JSONResponse([r.as_dict() for r in records])


api_routes = [
    Route("/files", list_files, methods=["GET"]),
    Route("/files", upload, methods=["POST"]),
    Route("/files/{file_id:str}", download, methods=["GET"]),
    Route("/files/{file_id:str}/preview", preview, methods=["GET"]),
    Route("/raw", raw, methods=["GET"]),
    Route("/404", not_found_page, methods=["GET"]),
]
