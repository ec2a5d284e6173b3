import logging

from aiohttp import web

from . import settings
from .handlers import routes
from .middlewares import account_middleware, error_middleware


def create_app() -> web.Application:
    settings.UPLOAD_DIR.mkdir(parents=True, exist_ok=True)
    settings.THUMB_DIR.mkdir(parents=True, exist_ok=True)
    app = web.Application(middlewares=[error_middleware, account_middleware], client_max_size=settings.MAX_UPLOAD_BYTES)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(create_app(), host="127.0.0.1", port=8081)
