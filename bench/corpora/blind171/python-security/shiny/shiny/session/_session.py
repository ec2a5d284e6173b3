"""Per-connection session: inputs, outputs, uploads, downloads, dynamic routes."""

from __future__ import annotations

import secrets
from typing import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response

from .._fileupload import FileUploadManager

DynamicRouteHandler = Callable[[Request], Awaitable[Response]]


class AppSession:

    def __init__(self, app, ws) -> None:
        self.id = secrets.token_hex(32)
        self.app = app
        self._ws = ws
        self._file_upload_manager = FileUploadManager()
        self._downloads: dict[str, Callable[[], str]] = {}
        self._dynamic_routes: dict[str, DynamicRouteHandler] = {}

    def dynamic_route(self, name: str, handler: DynamicRouteHandler) -> str:
        self._dynamic_routes[name] = handler
        nonce = secrets.token_hex(8)
        return f"session/{self.id}/dynamic_route/{name}?nonce={nonce}"

    def register_download(self, name: str, producer: Callable[[], str]) -> None:
        self._downloads[name] = producer

    async def _handle_request(self, request: Request, action: str, subpath: str) -> Response:
        if action == "upload" and request.method == "POST":
            job_id = subpath
            job = self._file_upload_manager.get_upload_operation(job_id)
            if job is None:
                return PlainTextResponse("Invalid upload job", status_code=400)
            async for chunk in request.stream():
                job.write_chunk(chunk)
            job.finish()
            return PlainTextResponse("OK")
        if action == "download" and request.method == "GET":
            producer = self._downloads.get(subpath)
            if producer is None:
                return PlainTextResponse("Unknown download", status_code=404)
            path = producer()
            return FileResponse(path, filename=path.rsplit("/", 1)[-1])
        if action == "dynamic_route":
            handler = self._dynamic_routes.get(subpath)
            if handler is None:
                return HTMLResponse("<h1>Bad request</h1>", status_code=400)
            return await handler(request)
        return JSONResponse({"error": f"unknown action {action}"}, status_code=404)

    async def _on_upload_init(self, message: dict) -> dict:
        """Client says which files it is about to send (names, sizes, types)."""
        job_id = self._file_upload_manager.create_upload_operation(message["args"][0])
        return {"jobId": job_id, "uploadUrl": f"session/{self.id}/upload/{job_id}"}
