"""Build the Quart app that serves the board UI and its API."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from quart import Quart, Request, send_from_directory

from .apis import GETS, POSTS

if TYPE_CHECKING:
    from argparse import Namespace

STATIC = os.path.join(os.path.dirname(__file__), "frontend", "build")


def get_app(args: "Namespace") -> Quart:
    class PipenBoardRequest(Request):
        def __init__(self, *ags, **kwargs) -> None:
            super().__init__(*ags, **kwargs)
            self.cli_args = args

    app = Quart(__package__, static_folder=STATIC)
    app.request_class = PipenBoardRequest

    @app.route("/")
    async def index():
        return await send_from_directory(STATIC, "index.html")

    @app.route("/assets/<path:name>")
    async def assets(name):
        return await send_from_directory(os.path.join(STATIC, "assets"), name)

    for path, view in GETS.items():
        app.add_url_rule(path, view_func=view, methods=["GET"])
    for path, view in POSTS.items():
        app.add_url_rule(path, view_func=view, methods=["POST"])
    return app
