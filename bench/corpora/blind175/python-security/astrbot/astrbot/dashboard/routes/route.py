"""Base class of dashboard routes and the JSON envelope they return."""
from dataclasses import dataclass, field
from typing import Any

from quart import Quart, jsonify


@dataclass
class RouteContext:
    config: dict
    app: Quart


@dataclass
class Response:
    status: str = "ok"
    message: str = ""
    data: Any = field(default=None)

    def error(self, message: str):
        self.status = "error"
        self.message = message
        return self

    def ok(self, data: Any = None, message: str = ""):
        self.status = "ok"
        self.data = data
        self.message = message
        return self

    def to_json(self):
        return jsonify({"status": self.status, "message": self.message, "data": self.data})


class Route:
    """Subclasses fill self.routes with path -> (method, handler)."""

    def __init__(self, context: RouteContext):
        self.app = context.app
        self.config = context.config
        self.routes: dict = {}

    def register_routes(self):
        for path, (method, handler) in self.routes.items():
            self.app.add_url_rule(f"/api{path}", view_func=handler, methods=[method],
                                  endpoint=f"{type(self).__name__}.{handler.__name__}")
