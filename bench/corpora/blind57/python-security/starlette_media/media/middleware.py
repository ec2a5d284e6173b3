class ViewerMiddleware:
    """Pure ASGI middleware: puts the viewer's chosen theme into the scope state."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            theme = headers.get(b"x-theme", b"light").decode("latin-1")
            scope.setdefault("state", {})["theme"] = theme
        await self.app(scope, receive, send)
