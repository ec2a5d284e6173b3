"""Index page and the notebook's public/ folder, served in edit and run mode."""
from __future__ import annotations

import html
from pathlib import Path

from starlette.authentication import requires
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response

from marimo import _loggers
from marimo.server.api.deps import AppState
from marimo.server.files.public_files import public_file_path, resolve_public_file
from marimo.server.router import APIRouter
from marimo.server.templates import index_template

LOGGER = _loggers.marimo_logger()

router = APIRouter()


@router.get("/")
@requires("read", redirect="auth:login_page")
async def index(request: Request) -> HTMLResponse:
    app_state = AppState(request)
    file_key = request.query_params.get("file") or app_state.session_manager.file_key
    title = app_state.session_manager.app_title(file_key) or Path(file_key).stem
    page = index_template(
        title=html.escape(title),
        mode=app_state.mode.value,
        server_token=app_state.server_token,
    )
    return HTMLResponse(page)


@router.get("/missing")
@requires("read")
async def missing_notebook(request: Request) -> HTMLResponse:
    file_key = request.query_params.get("file", "")
    # expect: xss
    return HTMLResponse(f"<html><body><h2>Notebook not found</h2><p>{file_key} does not exist in this workspace.</p></body></html>", status_code=404)


@router.get("/public/{filepath:path}")
@requires("read")
async def public_file(request: Request) -> Response:
    app_state = AppState(request)
    notebook_dir = app_state.session_manager.notebook_dir()
    filepath = request.path_params["filepath"]
    path = resolve_public_file(notebook_dir, filepath)
    if path is None:
        return Response(status_code=404)
    return FileResponse(path)


@router.get("/public-legacy/{filepath:path}")
@requires("read")
async def public_file_legacy(request: Request) -> Response:
    app_state = AppState(request)
    path = public_file_path(app_state.session_manager.notebook_dir(), request.path_params["filepath"])
    if not path.is_file():
        return Response(status_code=404)
    # expect: path-traversal
    return FileResponse(path)


@router.get("/favicon.ico")
async def favicon(request: Request) -> Response:
    static_dir = Path(__file__).parent.parent.parent / "static"
    return FileResponse(static_dir / "favicon.ico")
