"""Starlette app for the drink dispenser: slots, pouring and a menu page."""
import os

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import endpoints
from auth import PinBackend
from db import database

DEBUG = os.environ.get("DISPENSER_DEBUG", "0") == "1"

routes = [
    Route("/health", endpoints.health),
    Route("/slots", endpoints.list_slots),
    Route("/edit", endpoint=endpoints.edit, methods=["POST"]),
    Route("/pour", endpoint=endpoints.pour, methods=["POST"]),
    Route("/clean", endpoint=endpoints.clean, methods=["POST"]),
    Route("/menu", endpoint=endpoints.menu),
    Route("/history", endpoint=endpoints.history),
    Mount("/static", app=StaticFiles(directory="static"), name="static"),
]

app = Starlette(
    debug=DEBUG,
    routes=routes,
    middleware=[Middleware(AuthenticationMiddleware, backend=PinBackend())],
    on_startup=[database.connect],
    on_shutdown=[database.disconnect],
)

if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host=os.environ.get("DISPENSER_HOST", "127.0.0.1"), port=int(os.environ.get("DISPENSER_PORT", "8000")))
