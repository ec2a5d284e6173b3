"""Starlette application for wile."""
import os

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from uvicorn import run

from .api_routes import api_routes

DEBUG = os.environ.get("WILE_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("WILE_ALLOWED_HOSTS", "localhost").split(",")

middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=ALLOWED_HOSTS)]

app = Starlette(
    debug=DEBUG,
    routes=[
        Mount("/api", routes=api_routes),
        Mount("/static", app=StaticFiles(directory="static"), name="static"),
    ],
    middleware=middleware,
)


def main() -> None:
    run(
        "src.server.app:app",
        host=os.environ.get("WILE_HOST", "127.0.0.1"),
        port=int(os.environ.get("WILE_PORT", "8000")),
        reload=DEBUG,
    )


if __name__ == "__main__":
    main()
