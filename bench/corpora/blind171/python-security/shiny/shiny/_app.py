"""The Starlette application that hosts a Shiny app and its sessions."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles

from .session._session import AppSession


class App:

    def __init__(self, ui, server, static_assets: str | None = None) -> None:
        self.ui = ui
        self.server = server
        self._sessions: dict[str, AppSession] = {}
        routes = [
            Route("/", self._on_root_request, methods=["GET", "HEAD"]),
            WebSocketRoute("/websocket/", self._on_connect),
            Route("/session/{session_id}/{action}/{subpath:path}", self._on_session_request,
                  methods=["GET", "POST"]),
            Route("/healthz", lambda request: PlainTextResponse("ok")),
        ]
        if static_assets:
            routes.append(Mount("/assets", app=StaticFiles(directory=static_assets)))
        self.starlette_app = Starlette(routes=routes)

    async def _on_root_request(self, request: Request) -> Response:
        return HTMLResponse(self.ui.render())

    async def _on_connect(self, ws) -> None:
        await ws.accept()
        session = AppSession(self, ws)
        self._sessions[session.id] = session
        try:
            await session.run()
        finally:
            self._sessions.pop(session.id, None)

    async def _on_session_request(self, request: Request) -> Response:
        session_id = request.path_params["session_id"]
        session = self._sessions.get(session_id)
        if session is None:
            return PlainTextResponse(f"Session {session_id!r} not found", status_code=404)
        return await session._handle_request(request, request.path_params["action"],
                                             request.path_params["subpath"])

    async def __call__(self, scope, receive, send) -> None:
        await self.starlette_app(scope, receive, send)


def not_found_page(request: Request) -> Response:
    return JSONResponse({"detail": "Not found", "path": request.url.path}, status_code=404)
