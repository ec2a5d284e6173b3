import gzip
import io
from os import path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, StreamingResponse
from starlette.routing import Route

from .context import WorkspaceProcessContext
from .compute_logs import ComputeLogReader
from .debug import DebugPayloadService

process_context = WorkspaceProcessContext.from_env()
debug_service = DebugPayloadService(process_context.instance)


class LocationHeaderMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        request.state.code_location = request.headers.get("x-dagster-location", "")
        return await call_next(request)


async def download_compute_logs(request: Request):
    run_id = request.path_params["run_id"]
    step_key = request.path_params["step_key"]
    file_type = request.path_params["file_type"]
    reader = ComputeLogReader(process_context.instance.compute_log_dir)
    file_path = reader.log_path(run_id, step_key, file_type)
    if not path.exists(file_path):
        return JSONResponse({"error": "not found"}, status_code=404)
    # expect: path-traversal
    return FileResponse(file_path, filename=f"{run_id}_{step_key}.{file_type}")


async def download_debug_file(request: Request):
    run_id = request.path_params["run_id"]
    payload = debug_service.build(run_id)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
        gz.write(payload)
    buf.seek(0)
    return StreamingResponse(buf, media_type="application/gzip")


async def location_status(request: Request):
    location = request.state.code_location or request.query_params.get("location", "default")
    status = process_context.location_status(location)
    # expect: xss
    return HTMLResponse(f"<h3>{location}</h3><pre>{status}</pre>")


async def after_login(request: Request):
    target = request.query_params.get("returnTo", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    return RedirectResponse(target)


async def asset_preview(request: Request):
    asset_key = request.query_params.get("asset_key", "")
    rows = process_context.preview_asset(asset_key)
    return JSONResponse({"rows": rows})


app = Starlette(
    routes=[
        Route("/logs/{run_id}/{step_key}/{file_type}", download_compute_logs),
        Route("/download_debug/{run_id}", download_debug_file),
        Route("/location_status", location_status),
        Route("/after_login", after_login),
        Route("/preview", asset_preview),
    ],
    middleware=[Middleware(LocationHeaderMiddleware)],
)
