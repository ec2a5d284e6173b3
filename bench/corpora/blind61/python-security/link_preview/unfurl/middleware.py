from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import PlainTextResponse

WORKSPACES = {"acme", "globex", "initech"}


class WorkspaceMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        workspace = request.headers.get("x-workspace", "")
        if workspace not in WORKSPACES:
            return PlainTextResponse("unknown workspace", status_code=403)
        request.state.workspace = workspace
        request.state.theme = request.query_params.get("theme", "light")
        return await call_next(request)
